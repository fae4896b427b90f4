// The pages the html format lays out, computed in the core: compare's brief (sections, bars as numbers, roles and
// tones, ticks, file and line of each claim) and show's marked report (segments where marks begin and end).
import { describe, expect, it } from 'vitest';
import { buildCoverage } from '../../src/compare/coverage.js';
import { groupFigures } from '../../src/compare/groups.js';
import type { Story } from '../../src/compare/stories.js';
import { buildCompareReport, pageBar, scaleTicks } from '../../src/report/compare.js';
import { buildShowReport, pagePart, type Mark } from '../../src/report/show.js';
import type { ComparePage, ShowPage } from '../../src/report/view.js';
import { makeArticle } from '../helpers/builders.js';
import { makeFigure } from '../helpers/figures.js';

const ambulances = [
  makeFigure({ report: 'a', outlet: 'Alpha', measure: 'ambulances', subject: 'ambulances', value: 10, text: '10 ambulances', offset: [40, 53] }),
  makeFigure({ report: 'b', outlet: 'Beta', measure: 'ambulances', subject: 'ambulances', value: 13, text: '13 ambulances', attribution: 'ICRC', offset: [7, 20] }),
  makeFigure({ report: 'c', outlet: 'Gamma', measure: 'ambulances', subject: 'ambulances', value: 10, text: '10 ambulances' }),
];
const buses = [makeFigure({ report: 'a', outlet: 'Alpha', measure: 'buses', subject: 'buses', value: 17, qualifier: 'at_least', high: null, text: 'at least 17 buses' })];
const story: Story = { id: 's-a', title: 'The evacuation', reports: ['a', 'b', 'c'], from: '2016-12-15', until: '2016-12-16', places: ['Aleppo'] };
const groups = groupFigures([...ambulances, ...buses]).map((g) => ({ ...g, story: 's-a' }));
const outlets = new Map([
  ['a', 'Alpha'],
  ['b', 'Beta'],
  ['c', 'Gamma'],
]);
const sources = {
  stories: [story],
  files: new Map([
    ['a', 'a.txt'],
    ['b', 'sub/b.txt'],
  ]),
  lines: new Map([['b', new Map([[7, 3]])]]),
};

function comparePage(): ComparePage {
  const page = buildCompareReport({ groups, coverage: buildCoverage([], [], ['a', 'b', 'c']), quotations: [], timeline: [], pair: null }, outlets, sources).page?.();
  if (page?.kind !== 'compare') throw new Error('compare has a compare page');
  return page;
}

describe('the compare page', () => {
  it('has a section per story, with its reports and files, and the groups of that story', () => {
    const page = comparePage();
    expect(page.sections.map((s) => [s.id, s.heading])).toEqual([['s-a', 'The evacuation (2 groups: 1 diverge, 1 single)']]);
    expect(page.sections[0]?.notes).toEqual(['2016-12-15 to 2016-12-16; Aleppo; 3 reports']);
    expect(page.sections[0]?.reports).toEqual([
      { id: 'a', outlet: 'Alpha', file: 'a.txt' },
      { id: 'b', outlet: 'Beta', file: 'sub/b.txt' },
      { id: 'c', outlet: 'Gamma', file: null },
    ]);
    expect(page.summary).toBe('3 reports; 1 story; 2 groups: 1 diverge, 1 single.');
  });

  it('gives each claim its file and line, its role in words, and the diverge tone to outliers only', () => {
    const group = comparePage().sections[0]!.groups.find((g) => g.verdict === 'diverge')!;
    expect(group.verdictText).toBe('diverge, spread ×1.3');
    expect(group.claims.map((c) => [c.outlet, c.claimant, c.file, c.line, c.role, c.tone])).toEqual([
      ['Alpha', null, 'a.txt', null, null, null],
      ['Beta', 'ICRC', 'sub/b.txt', 3, 'outlier', 'diverge'],
      ['Gamma', null, null, null, null, null],
    ]);
    expect(group.claims[1]?.text).toBe('13 ambulances');
    expect(group.claims[1]?.interval).toBe('13');
  });

  it('draws the bars as fractions of the group scale, an open end as such', () => {
    const page = comparePage();
    const ambulanceBars = page.sections[0]!.groups.find((g) => g.verdict === 'diverge')!.claims.map((c) => c.bar);
    expect(ambulanceBars[1]).toEqual({ from: 1, to: 1, value: 1, isOpenHigh: false, isAboveScale: false, isBelowScale: false });
    expect(ambulanceBars[0]?.from).toBeCloseTo(10 / 13);
    const busBar = page.sections[0]!.groups.find((g) => g.verdict === 'single')!.claims[0]!.bar;
    expect(busBar.isOpenHigh).toBe(true);
    expect(busBar.to).toBe(1);
    expect(busBar.from).toBeLessThan(1); // the scale leaves room past the largest value for the open end
  });

  it('marks a vague count beyond the scale as running off its end', () => {
    const bar = pageBar(makeFigure({ value: null, qualifier: 'vague', low: 2000, high: 999_999 }), { kind: 'linear', min: 0, max: 6000 });
    expect(bar).toMatchObject({ from: 1 / 3, to: 1, value: null, isOpenHigh: false, isAboveScale: true });
  });

  it('puts round ticks and the two ends on a scale', () => {
    expect(scaleTicks({ kind: 'linear', min: 0, max: 13 }).map((t) => t.label)).toEqual(['0', '5', '10', '13']);
    const log = scaleTicks({ kind: 'log', min: 900, max: 35_000 });
    expect(log.map((t) => t.label)).toEqual(['900', '10,000', '35,000']); // 1,000 is too close to the 900 end
    expect(log[0]?.at).toBe(0);
    expect(log.at(-1)?.at).toBe(1);
  });

  it('is built only when asked for', () => {
    const report = buildCompareReport({ groups, coverage: buildCoverage([], [], ['a', 'b', 'c']), quotations: [], timeline: [], pair: null }, outlets);
    expect(typeof report.page).toBe('function');
    expect(JSON.stringify(report.extra)).not.toContain('"bar"');
  });
});

describe('the show page', () => {
  const article = makeArticle({ title: 'Buses reach Aleppo', paragraphs: ['Rebels said "20 buses left Aleppo on Thursday" today.', { kind: 'boilerplate', text: 'Subscribe now' }] });
  const body = article.parts[1]!;
  const at = (words: string): [number, number] => {
    const start = article.text.indexOf(words);
    return [start, start + words.length];
  };
  const marks: Mark[] = [
    { offset: at('20 buses'), kind: 'figure', label: 'buses' },
    { offset: at('20 buses left Aleppo on Thursday'), kind: 'quote', label: 'quotation, Rebels' },
    { offset: at('Aleppo on'), kind: 'place', label: 'Aleppo (city)' },
    { offset: at('on Thursday'), kind: 'date', label: '2016-12-15' },
  ];

  it('cuts a part where marks begin and end, each piece with its marks outermost first, overlaps kept', () => {
    const part = pagePart(body, marks, false);
    expect(part.segments.map((s) => [s.text, s.marks.map((m) => m.kind)])).toEqual([
      ['Rebels said "', []],
      ['20 buses', ['quote', 'figure']],
      [' left ', ['quote']],
      ['Aleppo ', ['quote', 'place']],
      ['on', ['quote', 'place', 'date']],
      [' Thursday', ['quote', 'date']],
      ['" today.', []],
    ]);
    expect(part.segments.map((s) => s.text).join('')).toBe(body.text);
  });

  it('keeps the JSON marks to figures and dates, and sets boilerplate aside unmarked with its rule', () => {
    const report = buildShowReport(article, marks);
    expect((report.records[0] as { marks: Mark[] }).marks.map((m) => m.kind)).toEqual(['figure', 'date']);
    const page = report.page?.() as ShowPage;
    expect(page.kind).toBe('show');
    expect(page.sections.map((s) => [s.heading, s.isSetAside, s.parts.length])).toEqual([
      ['The report, cleaned', false, 2],
      ['Set aside: boilerplate', true, 1],
    ]);
    expect(page.sections[1]?.parts[0]).toEqual({ kind: 'boilerplate', line: 5, rule: 'test', segments: [{ text: 'Subscribe now', marks: [] }] });
    expect(page.meta.map((m) => m.label)).toEqual(['file', 'outlet', 'published', 'byline']);
  });
});
