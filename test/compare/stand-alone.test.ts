// What compare never sets side by side: amounts (what they measure is not read) and counts of no known measure.
import { describe, expect, it } from 'vitest';
import { groupFigures } from '../../src/compare/groups.js';
import { makeFigure } from '../helpers/figures.js';

describe('figures that stand alone', () => {
  it('two money amounts of one day are two single groups, not a contradiction', () => {
    const groups = groupFigures([
      makeFigure({ report: 'a', measure: 'money', subject: 'money', value: 572e6, unit: 'USD', asOf: '1987-03-01', offset: [0, 5] }),
      makeFigure({ report: 'b', measure: 'money', subject: 'money', value: 1.77e9, unit: 'USD', asOf: '1987-03-01', offset: [0, 5] }),
    ]);
    expect(groups.map((g) => g.verdict)).toEqual(['single', 'single']);
  });

  it('two counts of no known measure on one subject are two single groups', () => {
    const groups = groupFigures([
      makeFigure({ report: 'a', measure: 'other', subject: 'members', value: 67 }),
      makeFigure({ report: 'b', measure: 'other', subject: 'members', value: 10 }),
    ]);
    expect(groups.map((g) => g.verdict)).toEqual(['single', 'single']);
  });

  it('while two death tolls of one day are still judged together', () => {
    const groups = groupFigures([
      makeFigure({ report: 'a', measure: 'deaths', subject: 'people', value: 67, asOf: '2020-03-01' }),
      makeFigure({ report: 'b', measure: 'deaths', subject: 'people', value: 10, asOf: '2020-03-01' }),
    ]);
    expect(groups.map((g) => g.verdict)).toEqual(['diverge']);
  });
});
