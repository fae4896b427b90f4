// Coverage by report, shared quotations, the merged timeline, and the compare report built from figure groups.
import { describe, expect, it } from 'vitest';
import {
  buildCoverage,
  commonStems,
  contentWords,
  isSameEvent,
  mergeTimeline,
  periodOf,
  sharedQuotations,
  mentioningReports,
} from '../../src/compare/coverage.js';
import { groupFigures } from '../../src/compare/groups.js';
import { comparePair } from '../../src/compare/pairs.js';
import type { DatedEvent } from '../../src/extract/dates.js';
import { BAR_WIDTH, buildCompareReport, groupLabel, groupScale, scaleText, spreadText, verdictText } from '../../src/report/compare.js';
import type { TableView } from '../../src/report/view.js';
import { renderTable } from '../../src/reporters/table.js';
import type { Actor, Place, Quote } from '../../src/types.js';
import { makeFigure } from '../helpers/figures.js';

function makeActor(name: string, mentions: Record<string, number>, overrides: Partial<Actor> = {}): Actor {
  return { name, type: 'person', inGazetteer: true, aliases: [name], roles: [], mentions, ...overrides };
}

function makePlace(name: string, mentions: Record<string, number>): Place {
  return { name, type: 'city', inGazetteer: true, within: null, spellings: [name], suggestedAliases: [], mentions };
}

function makeEvent(report: string, date: string, sentence: string, overrides: Partial<DatedEvent> = {}): DatedEvent {
  return {
    report,
    date,
    precision: 'day',
    basis: 'stated',
    dateText: 'on Thursday',
    dateOffset: [0, 11],
    sentence,
    offset: [0, sentence.length],
    part: 'body',
    ...overrides,
  };
}

describe('buildCoverage', () => {
  const ids = ['a', 'b', 'c'];
  const coverage = buildCoverage(
    [
      makeActor('Solo', { b: 4 }),
      makeActor('Everyone', { a: 1, b: 1, c: 1 }),
      makeActor('Pair', { a: 2, c: 5 }),
      makeActor('Elsewhere', { z: 3 }),
    ],
    [makePlace('Town', { a: 1 }), makePlace('City', { a: 2, b: 2 })],
    ids,
  );

  it('counts the mentions of the compared reports that mention the name, and only theirs, in the order given', () => {
    const pair = coverage.actors.find((e) => e.name === 'Pair');
    expect(pair?.mentions).toEqual({ a: 2, c: 5 });
    expect(mentioningReports(pair!)).toEqual(['a', 'c']);
    const late = buildCoverage([makeActor('Late', { c: 1, z: 4, a: 3 })], [], ids).actors[0];
    expect(late && mentioningReports(late)).toEqual(['a', 'c']);
  });

  it('names the one report that covers an actor or place only it mentions', () => {
    expect(coverage.actors.find((e) => e.name === 'Solo')?.onlyIn).toBe('b');
    expect(coverage.actors.find((e) => e.name === 'Pair')?.onlyIn).toBeNull();
    expect(coverage.places.find((e) => e.name === 'Town')?.onlyIn).toBe('a');
  });

  it('leaves out names none of the compared reports mentions, and sorts by reach then mentions', () => {
    expect(coverage.actors.map((e) => e.name)).toEqual(['Everyone', 'Pair', 'Solo']);
    expect(coverage.places.map((e) => e.name)).toEqual(['City', 'Town']);
  });

  it('does not call anything "only in" one report when one report is compared', () => {
    const one = buildCoverage([makeActor('Solo', { a: 2 })], [], ['a']);
    expect(one.actors[0]?.onlyIn).toBeNull();
  });
});

describe('sharedQuotations', () => {
  const quote = (report: string, text: string, speaker: string | null = null): Quote => ({
    report,
    text,
    speaker,
    offset: [0, text.length],
    part: 'body',
  });

  it('links a quotation two reports share and leaves a quotation of one report alone', () => {
    const shared = sharedQuotations([
      quote('a', 'all their rotten eggs in one basket', 'a diplomat'),
      quote('b', 'Place them all in Idlib and then they have all their rotten eggs in one basket.', 'an official'),
      quote('c', 'something else entirely said by nobody we know about here'),
    ]);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.reports).toEqual(['a', 'b']);
    expect(shared[0]?.quotes.map((q) => q.speaker)).toEqual(['a diplomat', 'an official']);
  });
});

describe('contentWords and isSameEvent', () => {
  it('drops function words, words that only date, the date expression, and cuts stems', () => {
    const words = contentWords('The evacuation of the rebels began in earnest on Thursday, officials said.', 'on Thursday');
    expect([...words].sort()).toEqual(['began', 'earne', 'evacu', 'offic', 'rebel']);
  });

  it('needs three shared words making up enough of the smaller sentence', () => {
    const a = new Set(['buses', 'ambul', 'wound', 'cross']);
    expect(isSameEvent(a, new Set(['buses', 'ambul', 'wound', 'convo', 'leavi']))).toBe(true);
    expect(isSameEvent(a, new Set(['buses', 'ambul']))).toBe(false);
    const long = new Set(['buses', 'ambul', 'wound', 'x1', 'x2', 'x3', 'x4', 'x5']);
    expect(isSameEvent(new Set([...a, 'y1', 'y2', 'y3', 'y4', 'y5']), long)).toBe(false);
    expect(isSameEvent(new Set(), new Set())).toBe(false);
  });

  it('finds the topic words that too many sentences share', () => {
    const sets = [
      new Set(['alepp', 'buses']),
      new Set(['alepp', 'talks']),
      new Set(['alepp', 'snow']),
      new Set(['alepp', 'fire']),
      new Set(['rain']),
    ];
    expect([...commonStems(sets)]).toEqual(['alepp']);
    expect([...commonStems(sets.slice(0, 3))]).toEqual([]);
  });
});

describe('periodOf', () => {
  it('gives the days a date covers at each precision', () => {
    const day = periodOf('2016-12-15', 'day');
    expect(day?.[0]).toBe(day?.[1]);
    const month = periodOf('2016-12-01', 'month');
    expect(month && month[1] - month[0]).toBe(30);
    const year = periodOf('2016-01-01', 'year');
    expect(year && year[1] - year[0]).toBe(365);
    expect(periodOf('December', 'day')).toBeNull();
  });
});

describe('mergeTimeline', () => {
  const started = 'Buses and ambulances carried wounded civilians across the frontline';
  const events = [
    makeEvent('b', '2016-12-15', `${started} on Thursday.`),
    makeEvent('a', '2016-12-14', `On Wednesday, ${started.toLowerCase()} from the enclave.`, { dateText: 'On Wednesday' }),
    makeEvent('c', '2016-12-15', 'The talks in Geneva were postponed on Thursday.'),
    makeEvent('a', '2016-12-15', `${started} again on Thursday.`),
  ];

  it('merges the same event told by two reports and says their dates differ', () => {
    const merged = mergeTimeline(events);
    const buses = merged.find((e) => e.reports.length > 1);
    expect(buses?.reports).toEqual(['a', 'b']);
    expect(buses?.dates).toEqual(['2016-12-14', '2016-12-15']);
    expect(buses?.date).toBe('2016-12-14');
    expect(buses?.isDateDiffering).toBe(true);
  });

  it('never puts two events of one report into one entry, and keeps unrelated events apart', () => {
    const merged = mergeTimeline(events);
    expect(merged).toHaveLength(3);
    for (const entry of merged) expect(new Set(entry.events.map((e) => e.report)).size).toBe(entry.events.length);
    expect(merged.map((e) => e.date)).toEqual(['2016-12-14', '2016-12-15', '2016-12-15']);
  });

  it('does not flag a month that contains the other report’s day', () => {
    const merged = mergeTimeline([
      makeEvent('a', '2016-12-01', `${started} earlier this month.`, { precision: 'month', dateText: 'earlier this month' }),
      makeEvent('b', '2016-12-15', `${started} on Thursday.`),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.isDateDiffering).toBe(false);
  });

  it('gives the same entries for any input order', () => {
    const strip = (list: ReturnType<typeof mergeTimeline>) => list.map((e) => [e.date, e.reports, e.events.map((x) => x.sentence)]);
    expect(strip(mergeTimeline([...events].reverse()))).toEqual(strip(mergeTimeline(events)));
  });
});

describe('the compare report', () => {
  const buses = [
    makeFigure({ report: 'a', outlet: 'Alpha', measure: 'buses', subject: 'buses', value: 17, qualifier: 'at_least', text: 'at least 17 buses', attribution: 'state TV' }),
    makeFigure({ report: 'b', outlet: 'Beta', measure: 'buses', subject: 'buses', value: 20, text: '20 buses' }),
  ];
  const ambulances = [
    makeFigure({ report: 'a', outlet: 'Alpha', measure: 'ambulances', subject: 'ambulances', value: 10, text: '10 ambulances' }),
    makeFigure({ report: 'b', outlet: 'Beta', measure: 'ambulances', subject: 'ambulances', value: 13, text: '13 ambulances' }),
    makeFigure({ report: 'c', outlet: 'Gamma', measure: 'ambulances', subject: 'ambulances', value: 10, text: '10 ambulances' }),
  ];
  const groups = groupFigures([...buses, ...ambulances]).map((g) => ({ ...g, story: null }));
  const coverage = buildCoverage([], [], ['a', 'b', 'c']);
  const outlets = new Map([
    ['a', 'Alpha'],
    ['b', 'Beta'],
    ['c', 'Gamma'],
  ]);
  const report = buildCompareReport({ groups, coverage, quotations: [], timeline: [], pair: null }, outlets);

  it('puts the groups under `groups` and coverage, quotations, timeline and pair beside them', () => {
    expect(report.key).toBe('groups');
    expect(report.records).toBe(groups);
    expect(Object.keys(report.extra ?? {})).toEqual(['pair', 'coverage', 'quotations', 'timeline']);
    expect(report.extra?.pair).toBeNull();
  });

  it('has one table per measure, a row per group and one per claim, the verdict toned and in words', () => {
    const tables = report.views.filter((v): v is TableView => v.kind === 'table' && /^(Buses|Ambulances)/.test(v.title ?? ''));
    expect(tables.map((t) => t.title)).toEqual(['Buses (1 group: 1 agree)', 'Ambulances (1 group: 1 diverge)']);
    const ambulanceTable = tables[1] as TableView;
    expect(ambulanceTable.rows).toHaveLength(4);
    const verdict = ambulanceTable.columns.find((c) => c.header === 'verdict');
    const cells = ambulanceTable.rows.map((r) => [verdict?.get(r), verdict?.tone?.(r)]);
    expect(cells).toEqual([
      ['diverge, spread ×1.3', 'diverge'],
      ['', null], // only the outlier in the diverge colour: the others agree among themselves
      ['outlier', 'diverge'],
      ['', null],
    ]);
  });

  it('draws each claim as a bar on the group’s scale', () => {
    const ambulanceGroup = groups.find((g) => g.measure === 'ambulances');
    expect(ambulanceGroup).toBeDefined();
    if (!ambulanceGroup) return;
    expect(groupScale(ambulanceGroup)).toEqual({ kind: 'linear', min: 0, max: 13 });
    const table = report.views.find((v): v is TableView => v.kind === 'table' && (v.title ?? '').startsWith('Ambulances'));
    const range = table?.columns.find((c) => c.header === 'range');
    const bars = table?.rows.map((r) => range?.get(r));
    expect(bars?.[0]).toBe('0–13');
    expect(bars?.slice(1).every((b) => typeof b === 'string' && b.length === BAR_WIDTH)).toBe(true);
    expect(bars?.[2]).toBe(`${'.'.repeat(BAR_WIDTH - 1)}|`);
  });

  it('words verdicts, spreads, scales and labels', () => {
    expect(spreadText(4.545454)).toBe('×4.55');
    expect(scaleText({ kind: 'log', min: 900, max: 35_000 })).toBe('log 900–35,000');
    const changed = groupFigures([
      makeFigure({ report: 'a', measure: 'evacuees', value: 6000, qualifier: 'more_than', asOf: '2016-12-16' }),
      makeFigure({ report: 'b', measure: 'evacuees', value: 34_000, qualifier: 'at_least', asOf: '2016-12-22' }),
    ])[0];
    expect(changed && verdictText(changed)).toBe('changed 6,000 → 34,000');
    expect(changed && groupLabel(changed)).toBe('people: best 34,000 (34,000–∞)');
    expect(changed && groupLabel(changed, true)).toBe('evacuees (people): best 34,000 (34,000–∞)');
  });

  it('renders without colour in at most 120 columns', () => {
    const text = renderTable(report, { color: false, width: 120 });
    expect(text).toContain('outlier');
    expect(text).not.toContain('\u001b');
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(120);
  });

  it('splits a pair into shared, only-A and only-B tables and lists the group ids in `pair`', () => {
    const figures = [...buses, ...ambulances, makeFigure({ report: 'a', measure: 'convoys', subject: 'convoys', value: 9 })];
    const pair = comparePair(figures, 'a', 'b');
    const pairReport = buildCompareReport(
      { groups: groupFigures(figures.filter((f) => f.report !== 'c')).map((g) => ({ ...g, story: null })), coverage: buildCoverage([], [], ['a', 'b']), quotations: [], timeline: [], pair },
      outlets,
    );
    expect(pairReport.extra?.pair).toEqual({
      a: 'a',
      b: 'b',
      shared: pair.shared.map((g) => g.id),
      disagree: pair.disagree.map((g) => g.id),
      agree: pair.agree.map((g) => g.id),
      selfDisagree: [],
      onlyA: [pair.onlyA[0]?.id],
      onlyB: [],
    });
    expect(pair.disagree).toHaveLength(1);
    const titles = pairReport.views.map((v) => v.title);
    expect(titles.slice(0, 3)).toEqual([
      'Figures both Alpha and Beta give (2 groups: 1 agree, 1 diverge)',
      'Figures only Alpha gives (1 group: 1 single)',
      'Figures only Beta gives (0 groups)',
    ]);
  });
});
