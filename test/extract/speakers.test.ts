// The speaker resolver as figures ask it: who a sentence credits, with or without commas, in cased or lower-case text.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures.js';
import { claimantOfSentence } from '../../src/extract/speakers.js';
import { makeArticle, makeGazetteer } from '../helpers/builders.js';

const gazetteer = makeGazetteer({
  actors: [{ name: 'Coastal Rescue Service', type: 'organisation', aliases: ['CRS'], handles: [] }],
});

function claimants(...paragraphs: string[]): Array<[string, string | null]> {
  return extractFigures(makeArticle({ paragraphs }), { gazetteer, quotes: [], dates: [] }).map((f) => [f.text, f.attribution]);
}

describe('claimants of figures', () => {
  it('reads `X said.` at the end of a sentence with no comma before it', () => {
    expect(claimants('Nine fishermen were rescued off the cape a coastguard spokesman said.')).toEqual([['Nine fishermen', 'coastguard spokesman']]);
    expect(claimants('Floods killed 14 people the Coastal Rescue Service said on Friday.')).toEqual([['14 people', 'Coastal Rescue Service']]);
    expect(claimants('Floods killed 14 people in the north and nobody said anything.')).toEqual([['14 people', null]]);
  });

  it('reads `X said (that)`, `according to X`, `said X` and `X put the toll at`', () => {
    expect(claimants('The CRS said that 30 people were missing.')).toEqual([['30 people', 'Coastal Rescue Service']]);
    expect(claimants('About 200 houses were flooded, according to the Coastal Rescue Service.')).toEqual([['About 200 houses', 'Coastal Rescue Service']]);
    expect(claimants('Twelve people drowned, said Mara Voss, a local official.')).toEqual([['Twelve people', 'Mara Voss']]);
    expect(claimants('Local police put the death toll at 23.')).toEqual([['23', 'Local police']]);
  });

  it('finds a name by its place in the clause in lower-case text, and never guesses', () => {
    expect(claimants('at least 40 people were injured in the clashes, says karat.')).toEqual([['at least 40 people', 'karat']]);
    expect(claimants('karat said that 40 people were hurt.')).toEqual([['40 people', 'karat']]);
    expect(claimants('mr patil said 12 shops were burnt.')).toEqual([['12 shops', 'patil']]);
    expect(claimants('at least 40 people were injured, it was said.')).toEqual([['at least 40 people', null]]);
    // in cased text a lower-case phrase is no name
    expect(claimants('At least 40 people were injured, says the report of the board.')).toEqual([['At least 40 people', null]]);
  });

  it('covers only the figures of the claim: not those before `said` when it opens the sentence', () => {
    const claim = claimantOfSentence('Fires burnt 10 homes, and the mayor said 3 people were hurt.', gazetteer);
    expect(claim.claimant).toBe('mayor');
    expect(claim.covers('Fires burnt '.length)).toBe(false);
    expect(claim.covers('Fires burnt 10 homes, and the mayor said '.length)).toBe(true);
  });
});
