// Scopes compared at city or province level, through the gazetteer's `within`.
import { describe, expect, it } from 'vitest';
import { groupFigures } from '../../src/compare/groups.js';
import { scopeLevel } from '../../src/compare/scope.js';
import { makeGazetteer } from '../helpers/builders.js';
import { makeFigure } from '../helpers/figures.js';

const gazetteer = makeGazetteer({
  places: [
    { name: 'Utopia', type: 'country', aliases: [], within: null },
    { name: 'Riverton', type: 'city', aliases: [], within: 'Utopia' },
    { name: 'old Riverton', type: 'district', aliases: ['the old town'], within: 'Riverton' },
    { name: 'Mill Street', type: 'district', aliases: [], within: 'old Riverton' },
  ],
});

describe('scopeLevel', () => {
  const level = scopeLevel(gazetteer);
  it('lifts a district, through its parents, to its city; leaves cities, countries and unknown places alone', () => {
    expect(level('Mill Street')).toBe('Riverton');
    expect(level('the old town')).toBe('Riverton');
    expect(level('Riverton')).toBe('Riverton');
    expect(level('Utopia')).toBe('Utopia');
    expect(level('Nowhere')).toBe('Nowhere');
  });

  it('puts a district figure and a city figure of the same day in one group, and keeps the country apart', () => {
    const figures = [
      makeFigure({ report: 'a', measure: 'buses', subject: 'buses', value: 20, low: 20, high: 20, scope: 'Mill Street' }),
      makeFigure({ report: 'b', measure: 'buses', subject: 'buses', value: 12, low: 12, high: 12, scope: 'Riverton' }),
      makeFigure({ report: 'c', measure: 'buses', subject: 'buses', value: 300, low: 300, high: 300, scope: 'Utopia' }),
    ];
    const groups = groupFigures(figures, { scopeOf: level });
    expect(groups.map((g) => [g.scope, g.verdict, g.reports])).toEqual([
      ['Riverton', 'diverge', ['a', 'b']],
      ['Utopia', 'single', ['c']],
    ]);
    expect(groupFigures(figures).length).toBe(3);
  });
});
