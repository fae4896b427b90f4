// What a duration measures: the noun that lasted, so that durations of different things are never one contradiction.
import { describe, expect, it } from 'vitest';
import { groupFigures } from '../../src/compare/groups.js';
import { extractFigures } from '../../src/extract/figures.js';
import { makeArticle } from '../helpers/builders.js';

const EMPTY = { actors: [], places: [], roles: [] };
const durations = (text: string, id = 'r') =>
  extractFigures(makeArticle({ id, paragraphs: [text] }), { gazetteer: EMPTY, quotes: [], dates: [] }).filter((f) => f.measure === 'duration');

describe('durations', () => {
  it('take the noun a compound qualifies, past adjectives: five-year war, a week-long operation', () => {
    expect(durations('The city fell in the five-year civil war.').map((f) => [f.text, f.subject, f.value, f.unit])).toEqual([['five-year', 'war', 5, 'years']]);
    expect(durations('They were moved out in a week-long operation.').map((f) => f.subject)).toEqual(['operation']);
  });

  it('take the noun that lasts: an operation expected to last several days, the siege lasted four months', () => {
    expect(durations('The evacuation is expected to last three days, officials said.').map((f) => f.subject)).toEqual(['evacuation']);
    expect(durations('The siege lasted four years before the town fell.').map((f) => f.subject)).toEqual(['siege']);
  });

  it('say unspecified when the words do not say what lasted, and such durations are never grouped together', () => {
    const a = durations('The city has been divided for four years.', 'a');
    const b = durations('Talks went on in the five-year war.', 'b');
    expect(a.map((f) => f.subject)).toEqual(['unspecified']);
    const groups = groupFigures([...a, ...b, ...durations('The river town has been split for five years.', 'c')]);
    expect(groups.every((g) => g.verdict === 'single')).toBe(true);
    expect(groups).toHaveLength(3);
  });
});
