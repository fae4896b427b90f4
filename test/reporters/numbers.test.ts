// Human numbers: counts in whole numbers (approximate intervals rounded outward), the bar legend's marks as stated.
import { describe, expect, it } from 'vitest';
import { groupFigures } from '../../src/compare/groups.js';
import { BAR_CHARS, rangeBar } from '../../src/compare/reconcile.js';
import { groupScale, scaleText } from '../../src/report/compare.js';
import { intervalText } from '../../src/report/findings.js';
import { makeFigure } from '../helpers/figures.js';

describe('intervalText', () => {
  it('rounds an approximate interval outward to whole numbers', () => {
    expect(intervalText(270.9, 331.1)).toBe('270–332');
    expect(intervalText(21.6, 26.4)).toBe('21–27');
    expect(intervalText(900, 1100)).toBe('900–1,100');
    expect(intervalText(0.9 * 1000, 1.1 * 1000)).toBe('900–1,100'); // floating-point noise is not rounded outward
    expect(intervalText(17, null)).toBe('17–∞');
    expect(intervalText(20, 20)).toBe('20');
  });
});

describe('figure groups in whole numbers', () => {
  it('give an approximate single claim outward-rounded bounds and a whole best', () => {
    const [group] = groupFigures([makeFigure({ value: 301, low: 270.9, high: 331.1, qualifier: 'approx', measure: 'wounded', subject: 'people' })]);
    expect(group).toMatchObject({ verdict: 'single', low: 270, best: 301, high: 332 });
  });

  it('keep the scale text whole', () => {
    expect(scaleText({ kind: 'linear', min: 0, max: 331.1 })).toBe('0–332');
  });
});

describe('range bars', () => {
  it('end an interval with no upper bound in `>`, after the `|` of its stated value, even alone in its group', () => {
    const figure = makeFigure({ value: 900, low: 900, high: null, qualifier: 'more_than' });
    const [group] = groupFigures([figure]);
    const bar = rangeBar(figure, groupScale(group!), 20);
    expect(bar.endsWith(BAR_CHARS.openHigh)).toBe(true);
    expect(bar).toContain(BAR_CHARS.value);
    expect(bar.indexOf(BAR_CHARS.value)).toBeLessThan(bar.indexOf(BAR_CHARS.openHigh));
  });
});
