// compare's and figures' filters: measure, verdict, claimant, days, and divergences first.
import { describe, expect, it } from 'vitest';
import { filterFigures, filterGroups, NO_FILTER, type FigureFilter } from '../../src/compare/filters.js';
import { groupFigures } from '../../src/compare/groups.js';
import type { Figure } from '../../src/types.js';
import { allBundledFigures } from './bundled-figures.js';

const figures = allBundledFigures('Syria');
const groups = groupFigures(figures);
const groupOf = new Map(groups.flatMap((g) => g.members.map((m) => [m, g] as const)));
const filter = (overrides: Partial<FigureFilter>): FigureFilter => ({ ...NO_FILTER, ...overrides });

describe('filterGroups', () => {
  it('keeps everything, in order, with no filter', () => {
    expect(filterGroups(groups, NO_FILTER)).toEqual(groups);
  });

  it('keeps the measures and verdicts asked for', () => {
    const kept = filterGroups(groups, filter({ measures: ['ambulances', 'buses'], verdicts: ['diverge'] }));
    expect(kept.map((g) => [g.measure, g.verdict])).toEqual([['ambulances', 'diverge']]);
  });

  it('keeps the groups in which the claimant states a figure (any part of the name, any case)', () => {
    const kept = filterGroups(groups, filter({ claimant: 'red cross' }));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((g) => g.members.some((m) => /red cross/i.test(m.attribution ?? '')))).toBe(true);
  });

  it('keeps the groups with a figure dated within --since and --until, inclusive', () => {
    const kept = filterGroups(groups, filter({ since: '2016-12-22', until: '2016-12-22' }));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((g) => g.members.some((m) => m.asOf === '2016-12-22'))).toBe(true);
    expect(filterGroups(groups, filter({ since: '2030-01-01' }))).toEqual([]);
  });

  it('puts divergences first, the widest spread first, the rest after in their order', () => {
    const sorted = filterGroups(groups, filter({ sortBySpread: true }));
    const spreads = sorted.map((g) => g.spread ?? 0);
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
    expect(sorted[0]!.verdict).toBe('diverge');
    expect(new Set(sorted)).toEqual(new Set(groups));
  });
});

describe('filterFigures', () => {
  it('keeps the figures of the groups with the verdict asked for, widest spread first', () => {
    const kept = filterFigures(figures, (f: Figure) => groupOf.get(f), filter({ verdicts: ['diverge'], sortBySpread: true }));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((f) => groupOf.get(f)?.verdict === 'diverge')).toBe(true);
    const spreads = kept.map((f) => groupOf.get(f)!.spread!);
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
  });

  it('keeps a measure and a claimant', () => {
    const kept = filterFigures(figures, (f: Figure) => groupOf.get(f), filter({ measures: ['ambulances'], claimant: 'Poznikhir' }));
    expect(kept.map((f) => [f.measure, f.value, f.attribution])).toEqual([['ambulances', 10, 'Viktor Poznikhir']]);
  });
});
