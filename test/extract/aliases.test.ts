// matchAliases: gazetteer aliases looked up by the word they open with, found where a word starts and ends.
import { describe, expect, it } from 'vitest';
import { matchAliases, type Segment } from '../../src/extract/normalise.js';
import type { Gazetteer } from '../../src/types.js';
import { makeGazetteer } from '../helpers/builders.js';

const gazetteer: Gazetteer = makeGazetteer({
  actors: [
    { name: 'Northern Relief Committee', type: 'organisation', aliases: ['NRC', 'N.R.C.'], handles: [] },
    { name: 'Karim Haddad', type: 'person', aliases: ['Haddad'], handles: [] },
    { name: 'Valdoria', type: 'state', aliases: [], handles: [] },
    { name: 'The Herald', type: 'media', aliases: ['"Herald"'], handles: [] },
  ],
  places: [
    { name: 'Tell Qasr', type: 'village', aliases: ['Tel Qasr'], within: null },
    { name: 'Qasr', type: 'district', aliases: [], within: null },
    { name: 'Valdoria', type: 'country', aliases: [], within: null },
  ],
});

function found(text: string): string[] {
  const segment: Segment = { kind: 'body', partIndex: 0, text, base: 0, excluded: [], embed: null };
  return matchAliases(segment, gazetteer).map((m) => `${text.slice(m.start, m.end)}=${m.actor ? `actor ${m.actor.name}` : `place ${m.place?.name}`}`);
}

describe('matchAliases', () => {
  it('finds an alias only as whole words, the longest first', () => {
    expect(found('Fighting near Tell Qasr and Qasr, not in Qasra or NRCs.')).toEqual(['Tell Qasr=place Tell Qasr', 'Qasr=place Qasr']);
  });

  it('folds hyphens and case in a multi-word alias, and reads dotted initials', () => {
    expect(found('The northern relief committee and the N.R.C. reached Tel-Qasr.')).toEqual([
      'northern relief committee=actor Northern Relief Committee',
      'N.R.C.=actor Northern Relief Committee',
      'Tel-Qasr=place Tell Qasr',
    ]);
  });

  it('keeps a one-word alias case-sensitive', () => {
    expect(found('The nrc left; the NRC stayed.')).toEqual(['NRC=actor Northern Relief Committee']);
  });

  it('finds an alias that opens with no letter', () => {
    expect(found('As "Herald" wrote, Haddad left.')).toEqual(['"Herald"=actor The Herald', 'Haddad=actor Karim Haddad']);
  });

  it('reads a state that acts as the actor and a state named as a place as the place', () => {
    expect(found('Valdoria said it would help. Aid reached Valdoria.')).toEqual(['Valdoria=actor Valdoria', 'Valdoria=place Valdoria']);
  });
});
