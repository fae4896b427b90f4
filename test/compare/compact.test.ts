// What compare keeps of a report's findings while the others are read.
import { describe, expect, it } from 'vitest';
import { compactFindings } from '../../src/compare/compact.js';
import type { ArticleFindings } from '../../src/extract/index.js';
import { aggregateActors } from '../../src/extract/actors.js';
import type { ActorMention, DateMention, PlaceMention } from '../../src/types.js';
import { makeFigure } from '../helpers/figures.js';

const date = (text: string, at: number, iso: string | null, precision: DateMention['precision']): DateMention => ({
  report: 'r',
  text,
  offset: [at, at + text.length],
  date: iso,
  precision,
  basis: 'stated',
});
const actor = (name: string, at: number): ActorMention => ({ report: 'r', name, type: 'person', inGazetteer: true, alias: name, role: null, offset: [at, at + name.length] });
const place = (name: string, at: number): PlaceMention => ({ report: 'r', name, type: 'city', inGazetteer: true, within: null, spelling: name, isSuggested: false, offset: [at, at + name.length] });

function findings(): ArticleFindings {
  return {
    report: 'r',
    figures: [makeFigure({ report: 'r', text: '12 buses', offset: [5, 13] })],
    dates: [date('last year', 0, '2015-01-01', 'year'), date('on Monday', 40, null, 'day'), date('on 3 May', 60, '2016-05-03', 'day'), date('on 4 May', 90, '2016-05-04', 'day')],
    events: [],
    actors: [actor('Ada Lovelace', 100), actor('Ada Lovelace', 200), actor('Alan Turing', 300)],
    places: [place('Harbour Town', 10), place('Hill Town', 20), place('Harbour Town', 30)],
    quotes: [],
  };
}

describe('compactFindings', () => {
  const compact = compactFindings(findings());

  it('keeps of the dates only the first one resolved to a day', () => {
    expect(compact.dates.map((d) => d.text)).toEqual(['on 3 May']);
  });

  it('keeps every actor and place mention, in order and number, repeats as one shared object', () => {
    expect(compact.actors.map((a) => a.name)).toEqual(['Ada Lovelace', 'Ada Lovelace', 'Alan Turing']);
    expect(compact.actors[0]).toBe(compact.actors[1]);
    expect(compact.places.map((p) => p.name)).toEqual(['Harbour Town', 'Hill Town', 'Harbour Town']);
    expect(compact.places[0]).toBe(compact.places[2]);
    expect(aggregateActors(compact.actors).map((a) => [a.name, a.mentions])).toEqual([
      ['Ada Lovelace', { r: 2 }],
      ['Alan Turing', { r: 1 }],
    ]);
  });

  it('leaves the figures as they were', () => {
    expect(compact.figures).toEqual(findings().figures);
  });
});
