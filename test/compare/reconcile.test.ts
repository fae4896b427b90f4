// Interval arithmetic: touching bounds, the fewest outliers and their tie-breaks, spread, the shared scale and range bars.
import { describe, expect, it } from 'vitest';
import { columnOf, covers, findConsensus, intervalsTouch, lowerMedian, rangeBar, scaleFor, spreadOf } from '../../src/compare/reconcile.js';

describe('intervals', () => {
  it('compares bounds inclusively: [1000, 1000] and [1000, null] touch', () => {
    expect(intervalsTouch({ low: 1000, high: 1000 }, { low: 1000, high: null })).toBe(true);
    expect(intervalsTouch({ low: 0, high: 20 }, { low: 17, high: null })).toBe(true);
    expect(intervalsTouch({ low: 10, high: 10 }, { low: 13, high: 13 })).toBe(false);
    expect(intervalsTouch({ low: 900, high: 1000 * 1.1 }, { low: 1100, high: 1100 })).toBe(true);
    expect(covers({ low: 5, high: null }, 1e12)).toBe(true);
    expect(covers({ low: 5, high: 6 }, 4)).toBe(false);
  });

  it('takes the lower median, a value someone stated', () => {
    expect(lowerMedian([20, 17, 20])).toBe(20);
    expect(lowerMedian([1000, 5000])).toBe(1000);
    expect(lowerMedian([])).toBeNull();
  });
});

describe('findConsensus', () => {
  it('agrees when one value satisfies every claim', () => {
    const c = findConsensus([
      { low: 17, high: null, value: 17 },
      { low: 20, high: 20, value: 20 },
      { low: 0, high: 20, value: 20 },
    ]);
    expect(c).toEqual({ kept: [0, 1, 2], outliers: [], low: 20, high: 20, best: 20 });
  });

  it('names the fewest outliers', () => {
    const c = findConsensus([
      { low: 10, high: 10, value: 10 },
      { low: 13, high: 13, value: 13 },
      { low: 10, high: 10, value: 10 },
    ]);
    expect(c.outliers).toEqual([1]);
    expect([c.low, c.best, c.high]).toEqual([10, 10, 10]);
  });

  it('breaks a tie toward the consensus holding the most stated values (more than 1,000 states 1,000, not 5,000)', () => {
    const c = findConsensus([
      { low: 1000, high: null, value: 1000 },
      { low: 900, high: 1100, value: 1000 },
      { low: 1000, high: null, value: 1000 },
      { low: 5000, high: 5000, value: 5000 },
    ]);
    expect(c.outliers).toEqual([3]);
    expect([c.low, c.best, c.high]).toEqual([1000, 1000, 1100]);
  });

  it('breaks a remaining tie toward the smaller value, and clamps best into the interval', () => {
    const tie = findConsensus([
      { low: 10, high: 10, value: 10 },
      { low: 30, high: 30, value: 30 },
    ]);
    expect(tie.outliers).toEqual([1]);
    const clamped = findConsensus([
      { low: 17, high: null, value: 17 },
      { low: 0, high: 20, value: 20 },
      { low: 18, high: null, value: 18 },
    ]);
    expect([clamped.low, clamped.best, clamped.high]).toEqual([18, 18, 20]);
  });

  it('gives null best for vague claims and nulls for no claims', () => {
    expect(findConsensus([{ low: 200, high: 999, value: null }]).best).toBeNull();
    expect(findConsensus([])).toEqual({ kept: [], outliers: [], low: null, high: null, best: null });
  });
});

describe('spreadOf', () => {
  it('is the largest low over the smallest high', () => {
    expect(spreadOf([{ low: 10, high: 10 }, { low: 13, high: 13 }])).toBeCloseTo(1.3, 10);
    expect(spreadOf([{ low: 10, high: null }, { low: 13, high: null }])).toBeNull();
    expect(spreadOf([{ low: 0, high: 0 }, { low: 3, high: 3 }])).toBeNull();
  });
});

describe('scaleFor and rangeBar', () => {
  it('uses a linear scale from 0 when values span at most tenfold, else a log scale', () => {
    expect(scaleFor([{ low: 10, high: 10 }, { low: 13, high: 13 }])).toEqual({ kind: 'linear', min: 0, max: 13 });
    expect(scaleFor([{ low: 900, high: null }, { low: 35_000, high: 35_000 }])).toEqual({ kind: 'log', min: 900, max: 35_000 });
    expect(scaleFor([])).toEqual({ kind: 'linear', min: 0, max: 1 });
  });

  it('accepts groups and reads their members', () => {
    const scale = scaleFor([{ members: [{ low: 1000, high: 1100 }, { low: 5000, high: 5000 }] }, { members: [{ low: 34_000, high: null }] }]);
    expect(scale).toEqual({ kind: 'log', min: 1000, max: 34_000 });
  });

  it('draws intervals on the shared scale in plain characters of the given width', () => {
    const scale = scaleFor([{ low: 0, high: 20 }, { low: 17, high: null }, { low: 20, high: 20 }]);
    expect(scale).toEqual({ kind: 'linear', min: 0, max: 20 });
    expect(rangeBar({ low: 20, high: 20, value: 20 }, scale, 21)).toBe('....................|');
    expect(rangeBar({ low: 0, high: 20, value: 20 }, scale, 21)).toBe('====================|');
    expect(rangeBar({ low: 17, high: null, value: 17 }, scale, 21)).toBe('.................|==>');
    expect(rangeBar({ low: 10, high: 10 }, scale, 21)).toBe('..........|..........');
    for (const bar of [rangeBar({ low: 3, high: 9 }, scale, 40), rangeBar({ low: 0, high: null }, scale, 7)]) {
      expect(bar).toMatch(/^[.=|<>]+$/);
    }
    expect(rangeBar({ low: 3, high: 9 }, scale, 40)).toHaveLength(40);
    expect(rangeBar({ low: 3, high: 9 }, scale, 0)).toBe('');
  });

  it('places values by their logarithm on a log scale and marks intervals that start below it', () => {
    const scale = { kind: 'log', min: 10, max: 1000 } as const;
    expect(columnOf(10, scale, 21)).toBe(0);
    expect(columnOf(100, scale, 21)).toBe(10);
    expect(columnOf(1000, scale, 21)).toBe(20);
    expect(rangeBar({ low: 0, high: 100, value: 100 }, scale, 21)).toBe('<=========|..........');
  });
});
