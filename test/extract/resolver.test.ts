// The one speaker resolver, as figures and quotations both ask it: each way English credits a statement, in both
// orders, with and without a comma, in lower-case text, and the cases where nobody is credited (null, never a guess).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { claimantOfSentence, resolveClaimant, resolveSpeakerWords, speakerMemory, stripTitles, titlesOf } from '../../src/extract/speakers.js';
import { makeArticle, makeGazetteer } from '../helpers/builders.js';
import type { ParagraphSpec } from '../helpers/builders.js';

const gazetteer = makeGazetteer({
  actors: [
    { name: 'Harbour Relief Agency', type: 'organisation', aliases: ['HRA'], handles: ['harbourrelief'] },
    { name: 'Tomas Brenner', type: 'person', aliases: ['Brenner'], handles: [] },
  ],
});

/** [figure as written, claimant] of every figure of the paragraphs, read as extractArticle reads them. */
function credited(...paragraphs: Array<string | ParagraphSpec>): Array<[string, string | null]> {
  return extractArticle(makeArticle({ paragraphs }), gazetteer).figures.map((f) => [f.text, f.attribution]);
}

const claimant = (sentence: string, isLowerCase = false) => claimantOfSentence(sentence, gazetteer, isLowerCase).claimant;

describe('the speaker resolver: who a sentence credits', () => {
  it('reads `X said (that)` before the claim, with and without `that`', () => {
    expect(credited('The Harbour Relief Agency said that 40 families were displaced.')).toEqual([['40 families', 'Harbour Relief Agency']]);
    expect(credited('The Harbour Relief Agency said 40 families were displaced.')).toEqual([['40 families', 'Harbour Relief Agency']]);
  });

  it('reads `X said` after the claim, with and without a comma', () => {
    expect(credited('Forty families were displaced, the Harbour Relief Agency said.')).toEqual([['Forty families', 'Harbour Relief Agency']]);
    expect(credited('Forty families were displaced the Harbour Relief Agency said.')).toEqual([['Forty families', 'Harbour Relief Agency']]);
    expect(credited('Forty families were displaced, said Tomas Brenner.')).toEqual([['Forty families', 'Tomas Brenner']]);
    expect(credited('Nine boats were lost off the cape a harbour spokesman said.')).toEqual([['Nine boats', 'harbour spokesman']]);
    // `said` in a clause of its own credits no one with the figure
    expect(credited('Floods sank 14 boats in the north and nobody said anything.')).toEqual([['14 boats', null]]);
  });

  it('reads `according to X` after and before the claim', () => {
    expect(credited('Sixty boats sank, according to the HRA.')).toEqual([['Sixty boats', 'Harbour Relief Agency']]);
    expect(credited('According to Tomas Brenner, sixty boats sank.')).toEqual([['sixty boats', 'Tomas Brenner']]);
  });

  it('reads `X told ...`, `X reported`, `X estimated` and `X put the toll at`', () => {
    expect(credited('Brenner told reporters that 12 boats sank.')).toEqual([['12 boats', 'Tomas Brenner']]);
    expect(credited('The HRA reported 300 rescued fishermen.')).toEqual([['300 rescued fishermen', 'Harbour Relief Agency']]);
    expect(credited('A harbour official estimated that 25 vessels were lost.')).toEqual([['25 vessels', 'harbour official']]);
    expect(credited('The Harbour Police put the death toll at 23.')).toEqual([['23', 'Harbour Police']]);
  });

  it("reads `X's figures show`", () => {
    expect(credited("The HRA's figures show 300 families displaced.")).toEqual([['300 families', 'Harbour Relief Agency']]);
  });

  it('strips the titles before a name, and resolves a name the gazetteer lacks as written', () => {
    expect(credited('Harbour Minister Ana Ruiz said 14 boats sank.')).toEqual([['14 boats', 'Ana Ruiz']]);
    expect(resolveClaimant('Deputy Harbour Minister Ana Ruiz', gazetteer)).toBe('Ana Ruiz');
    expect(stripTitles(['Secretary', 'of', 'State', 'Ana', 'Ruiz'], titlesOf(gazetteer))).toEqual(['Ana', 'Ruiz']);
  });

  it('finds a name by its place in the clause in lower-case text', () => {
    expect(claimant('rajesh told police that 3 houses burned', true)).toBe('rajesh');
    expect(claimant('3 houses burned, says meena', true)).toBe('meena');
    expect(claimant('mr patil said 12 shops were burnt', true)).toBe('patil');
    // a report all in lower case is read so by the figures' extractor
    expect(credited('at least 40 boats were lost in the storm, says karat.')).toEqual([['at least 40 boats', 'karat']]);
    expect(claimant('at least 40 people were injured, it was said', true)).toBeNull();
    // the same words in cased text name no one
    expect(claimant('3 houses burned, says the board of the club')).toBeNull();
  });

  it('credits nobody where nobody is credited', () => {
    expect(credited('Floods sank 14 boats on Monday.')).toEqual([['14 boats', null]]);
    // a pronoun alone is no claimant for a figure: the resolver does not guess who `he` is
    expect(claimant('He said 30 boats sank.')).toBeNull();
    // `is said`, `said to`: no one says it
    expect(claimant('It is said that 30 boats sank.')).toBeNull();
    expect(claimant('Thirty boats were said to be lost.')).toBeNull();
  });

  it('covers only the figures of the claim: not those before `said` when it opens the sentence', () => {
    const claim = claimantOfSentence('Storms sank 10 boats, and the HRA said 3 crews were missing.', gazetteer);
    expect(claim.claimant).toBe('Harbour Relief Agency');
    expect(claim.covers('Storms sank '.length)).toBe(false);
    expect(claim.covers('Storms sank 10 boats, and the HRA said '.length)).toBe(true);
  });

  it('credits a figure inside a quotation to its speaker, and one in a post to its author', () => {
    expect(credited('“We pulled 18 fishermen from the water,” Brenner said.')).toEqual([['18 fishermen', 'Tomas Brenner']]);
    expect(credited({ kind: 'embed', text: 'Our crews reached 70 families today.', author: 'Harbour Relief', handle: '@harbourrelief' })).toEqual([
      ['70 families', 'Harbour Relief Agency'],
    ]);
  });
});

describe('the speaker resolver: a quotation speaker from its noun phrase', () => {
  it('resolves `she` to the last person who spoke and `it` to the last body, never the other way', () => {
    const quotesOf = (...paragraphs: string[]) => extractArticle(makeArticle({ paragraphs }), gazetteer).quotes.map((q) => q.speaker);
    expect(quotesOf('Mara Voss said the quay was shut. “We lost everything,” she said.')).toEqual(['Mara Voss']);
    expect(quotesOf('The HRA said the quay was shut. “Nobody may sail,” it said.')).toEqual(['Harbour Relief Agency']);
    expect(quotesOf('The HRA said the quay was shut. “We lost everything,” she said.')).toEqual([null]);
    // someone merely named, who said nothing, is no antecedent
    expect(quotesOf('Mara Voss reached the quay at dawn. “We lost everything,” she said.')).toEqual([null]);
  });

  it('reads a subject across a bracket before its verb, `for` inside an organisation name, and `Envoy for X` as a title', () => {
    const quotesOf = (...paragraphs: string[]) => extractArticle(makeArticle({ paragraphs }), gazetteer).quotes.map((q) => q.speaker);
    expect(quotesOf('The Office for Coastal Safety (OCS) said “the quay is shut”.')).toEqual(['Office for Coastal Safety']);
    expect(quotesOf('Harbour Envoy for Ostland Ines Aro said “the quay is shut”.')).toEqual(['Ines Aro']);
    // a long bracket is no aside: nobody is found across it
    expect(quotesOf('Boats sank (as the storm rose over the long northern breakwater) said “the quay is shut”.')).toEqual([null]);
  });

  it('keeps a described speaker as described, and a lone title run as written', () => {
    const memory = speakerMemory(gazetteer);
    expect(resolveSpeakerWords(['a', 'harbour', 'official'], memory)).toEqual({ name: 'a harbour official', isPerson: true });
    expect(resolveSpeakerWords(['Deputy', 'Minister'], memory)?.name).toBe('Deputy Minister');
    expect(resolveSpeakerWords([], memory)).toBeNull();
  });
});
