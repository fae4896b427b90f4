// groupFigures: keys, scope and subject families, day clusters, running totals, determinism and the JSON shape.
import { describe, expect, it } from 'vitest';
import { groupFigures, subjectFamily, type FigureGroup } from '../../src/compare/groups.js';
import type { Figure } from '../../src/types.js';
import { makeFigure } from '../helpers/figures.js';
import { allBundledFigures, EURONEWS, MEE } from './bundled-figures.js';

function holding(groups: FigureGroup[], figure: Figure): FigureGroup {
  const found = groups.filter((g) => g.members.includes(figure));
  expect(found).toHaveLength(1);
  return found[0] as FigureGroup;
}

/** A deterministic shuffle (a fixed permutation driven by a linear congruential generator). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function findUndefined(value: unknown, path = '$'): string | null {
  if (value === undefined) return path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUndefined(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = findUndefined(v, `${path}.${k}`);
      if (found) return found;
    }
  }
  return null;
}

describe('subjectFamily', () => {
  it('folds people, rebels, civilians, fighters and mixes into people for evacuees', () => {
    for (const subject of ['people', 'rebels', 'civilians', 'rebel fighters', 'rebels and family members', 'Civilians and Rebels', 'syrians']) {
      expect(subjectFamily('evacuees', subject), subject).toBe('people');
    }
  });
  it('keeps children and wounded evacuees apart unless mixed with others', () => {
    expect(subjectFamily('evacuees', 'children')).toBe('children');
    expect(subjectFamily('evacuees', 'wounded people')).toBe('wounded');
    expect(subjectFamily('evacuees', 'women and children')).toBe('people');
    expect(subjectFamily('evacuees', 'opposition fighters and wounded civilians')).toBe('people');
  });
  it('keeps kinds of dead apart: fighters, civilians and people are different counts', () => {
    expect(subjectFamily('deaths', 'terrorists')).toBe('fighters');
    expect(subjectFamily('deaths', 'rebel fighters')).toBe('fighters');
    expect(subjectFamily('deaths', 'civilians')).toBe('civilians');
    expect(subjectFamily('deaths', 'people')).toBe('people');
    expect(subjectFamily('deaths', 'rebels and civilians')).toBe('people');
    expect(subjectFamily('wounded', 'wounded')).toBe('people');
  });
  it('groups every kind of bus as buses, and keeps durations and other counts by their subject', () => {
    expect(subjectFamily('buses', 'green buses')).toBe('buses');
    expect(subjectFamily('buses', 'passenger buses')).toBe('buses');
    expect(subjectFamily('duration', 'ceasefire')).toBe('ceasefire');
    expect(subjectFamily('other', 'Homes')).toBe('homes');
  });
});

describe('groupFigures', () => {
  it('puts every figure in exactly one group and gives unique ids', () => {
    const figures = allBundledFigures('Syria');
    const groups = groupFigures(figures);
    for (const figure of figures) holding(groups, figure);
    expect(groups.flatMap((g) => g.members)).toHaveLength(figures.length);
    expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
  });

  it('gives the same groups for the same figures in any order', () => {
    const figures = allBundledFigures('Syria');
    const expected = JSON.stringify(groupFigures(figures));
    for (const seed of [1, 7, 42, 2016]) {
      expect(JSON.stringify(groupFigures(shuffled(figures, seed)))).toBe(expected);
    }
    expect(JSON.stringify(groupFigures([...figures].reverse()))).toBe(expected);
  });

  it('has a JSON shape with no undefined anywhere and survives a JSON round trip unchanged', () => {
    const groups = groupFigures(allBundledFigures(null));
    expect(findUndefined(groups)).toBeNull();
    expect(JSON.parse(JSON.stringify(groups))).toEqual(groups);
    for (const group of groups) {
      expect(Object.keys(group).sort()).toEqual(
        ['asOf', 'best', 'context', 'days', 'high', 'id', 'low', 'measure', 'members', 'outliers', 'reports', 'scope', 'spread', 'steps', 'subject', 'unit', 'verdict'],
      );
    }
  });

  it('regroups a sixth report with no code change', () => {
    const sixth = (text: string, rest: Partial<Figure>): Figure =>
      makeFigure({ report: 'sixth', outlet: 'Sixth Wire', text, sentence: text, asOf: '2016-12-15', ...rest });
    const buses25 = sixth('25 buses', { measure: 'buses', subject: 'buses', value: 25, attribution: 'A witness' });
    const evac10k = sixth('at least 10,000 people', { measure: 'evacuees', subject: 'people', value: 10_000, qualifier: 'at_least', asOf: '2016-12-19', scope: 'eastern Aleppo' });
    const groups = groupFigures([...allBundledFigures('Syria'), buses25, evac10k]);

    const buses = holding(groups, buses25);
    expect(buses.verdict).toBe('diverge');
    expect(buses.outliers.map((i) => buses.members[i])).toEqual([buses25]);
    expect(buses.reports).toEqual([EURONEWS, MEE, 'sixth'].sort());

    const series = holding(groups, evac10k);
    expect(series.verdict).toBe('changed');
    expect(series.steps.map((s) => [s.asOf, s.best])).toEqual([
      ['2016-12-16', 6000],
      ['2016-12-19', 10_000],
      ['2016-12-22', 34_000],
    ]);
  });

  it('does not group buses of different days (not a running total) unless a day window joins them', () => {
    const a = makeFigure({ report: 'a', measure: 'buses', subject: 'buses', value: 20, asOf: '2016-12-15' });
    const b = makeFigure({ report: 'b', measure: 'buses', subject: 'buses', value: 4, asOf: '2016-12-16' });
    const apart = groupFigures([a, b]);
    expect(apart.map((g) => g.verdict)).toEqual(['single', 'single']);
    const joined = groupFigures([a, b], { dayWindow: 1 });
    expect(joined).toHaveLength(1);
    expect(joined[0]?.verdict).toBe('diverge');
    expect(joined[0]?.days).toEqual(['2016-12-15', '2016-12-16']);
  });

  it('keeps a running total that fell as separate groups, not a change', () => {
    const earlier = makeFigure({ report: 'a', measure: 'evacuees', value: 5000, asOf: '2016-12-15' });
    const later = makeFigure({ report: 'b', measure: 'evacuees', value: 1000, asOf: '2016-12-16' });
    const groups = groupFigures([earlier, later]);
    expect(groups.map((g) => [g.verdict, g.asOf])).toEqual([
      ['single', '2016-12-15'],
      ['single', '2016-12-16'],
    ]);
  });

  it('links a rising running total around a diverging day, which stays its own group', () => {
    const d1 = makeFigure({ report: 'a', measure: 'deaths', value: 100, asOf: '2016-12-10' });
    const d2a = makeFigure({ report: 'a', measure: 'deaths', value: 150, asOf: '2016-12-11' });
    const d2b = makeFigure({ report: 'b', measure: 'deaths', value: 400, asOf: '2016-12-11' });
    const d3 = makeFigure({ report: 'c', measure: 'deaths', value: 200, asOf: '2016-12-12' });
    const groups = groupFigures([d1, d2a, d2b, d3]);
    expect(holding(groups, d2a).verdict).toBe('diverge');
    const series = holding(groups, d3);
    expect(series).toBe(holding(groups, d1));
    expect(series.verdict).toBe('changed');
    expect(series.steps.map((s) => s.best)).toEqual([100, 200]);
  });

  it('never groups different non-null scopes; an unscoped figure stays unscoped when several scopes exist', () => {
    const east = makeFigure({ report: 'a', measure: 'deaths', subject: 'rebels', value: 900, qualifier: 'more_than', scope: 'eastern Aleppo' });
    const syria = makeFigure({ report: 'b', measure: 'deaths', subject: 'fighters', value: 35_000, scope: 'Syria' });
    const unscoped = makeFigure({ report: 'c', measure: 'deaths', subject: 'rebels', value: 50 });
    const groups = groupFigures([east, syria, unscoped]);
    expect(groups).toHaveLength(3);
    expect(holding(groups, unscoped).scope).toBeNull();
    expect(groups.every((g) => g.verdict === 'single')).toBe(true);
  });

  it('lets an unscoped figure join the only scope stated on its day, even when other days state others', () => {
    const tweet = makeFigure({ report: 'a', measure: 'buses', subject: 'buses', value: 20, scope: 'eastern Aleppo', part: 'embed' });
    const unscoped = makeFigure({ report: 'b', measure: 'buses', subject: 'buses', value: 20, qualifier: 'at_most' });
    const laterElsewhere = makeFigure({ report: 'c', measure: 'buses', subject: 'buses', value: 4, scope: 'Aleppo', asOf: '2016-12-22' });
    const groups = groupFigures([tweet, unscoped, laterElsewhere]);
    expect(holding(groups, unscoped)).toBe(holding(groups, tweet));
    expect(holding(groups, tweet).verdict).toBe('agree');
    expect(holding(groups, laterElsewhere).members).toEqual([laterElsewhere]);
  });

  it('matches scopes case-insensitively', () => {
    const a = makeFigure({ report: 'a', measure: 'buses', subject: 'buses', value: 20, scope: 'Eastern Aleppo' });
    const b = makeFigure({ report: 'b', measure: 'buses', subject: 'buses', value: 20, scope: 'eastern  aleppo' });
    const groups = groupFigures([a, b]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.verdict).toBe('agree');
  });

  it('keeps durations in different units apart', () => {
    const hours = makeFigure({ report: 'a', measure: 'duration', subject: 'ceasefire', value: 48, unit: 'hours' });
    const days = makeFigure({ report: 'b', measure: 'duration', subject: 'ceasefire', value: 2, unit: 'days' });
    const groups = groupFigures([hours, days]);
    expect(groups.map((g) => g.unit)).toEqual(['days', 'hours']);
  });

  it('calls several figures from one report single, even when they differ', () => {
    const a = makeFigure({ report: 'a', measure: 'ambulances', subject: 'ambulances', value: 10, attribution: 'X' });
    const b = makeFigure({ report: 'a', measure: 'ambulances', subject: 'ambulances', value: 13, attribution: 'Y' });
    const [group] = groupFigures([a, b]);
    expect(group?.verdict).toBe('single');
    expect(group?.outliers).toEqual([]);
    expect(group?.spread).toBeNull();
  });

  it('judges vague counts only when the group has nothing else', () => {
    const hundreds = makeFigure({ report: 'a', measure: 'evacuees', value: null, low: 200, high: 999, qualifier: 'vague' });
    const thousands = makeFigure({ report: 'b', measure: 'evacuees', value: null, low: 2000, high: 999_999, qualifier: 'vague' });
    const [group] = groupFigures([hundreds, thousands]);
    expect(group?.verdict).toBe('diverge');
    expect(group?.context).toEqual([]);
    expect(group?.best).toBeNull();
  });

  it('groups undated figures together, apart from dated ones', () => {
    const undated = makeFigure({ report: 'a', measure: 'buses', subject: 'buses', value: 20, asOf: null });
    const dated = makeFigure({ report: 'b', measure: 'buses', subject: 'buses', value: 20 });
    const groups = groupFigures([undated, dated]);
    expect(groups).toHaveLength(2);
    expect(holding(groups, undated).asOf).toBeNull();
    expect(holding(groups, undated).id).toContain('undated');
  });

  it('handles thousands of figures in one group quickly', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      makeFigure({ report: `r${i % 50}`, measure: 'buses', subject: 'buses', value: 10 + (i % 997), offset: [i, i + 2] }),
    );
    const started = Date.now();
    const groups = groupFigures(many);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.verdict).toBe('diverge');
  });
});
