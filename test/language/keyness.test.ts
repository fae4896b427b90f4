// Keyness: G² and log ratio on tables worked by hand, and on a fixture corpus whose distinctive word is planted.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { chiSquareP, keyness, keynessCounts, logLikelihood, logRatio, scoreKeyness } from '../../src/language/keyness.js';
import { makeArticle } from '../helpers/builders.js';

// Three reports of 20 words each (function words counted too in the exact tests): `ceasefire` is 2 of every 20 in
// each, so its relative frequency is the same everywhere; `zorblax` is planted 4 times in the first only.
const planted = makeArticle({
  id: 'planted',
  paragraphs: ['Zorblax convoys crossed the ceasefire line today. Zorblax buses waited. The ceasefire held as zorblax trucks moved past zorblax checkpoints.'],
});
const second = makeArticle({
  id: 'second',
  paragraphs: ['Ambulances crossed the ceasefire line at dawn. Buses waited outside. The ceasefire held while soldiers watched the empty roads nearby.'],
});
const third = makeArticle({
  id: 'third',
  paragraphs: ['Families crossed the ceasefire line with bags. Children waited quietly. The ceasefire held and volunteers handed out warm blankets there.'],
});
const corpus = [planted, second, third];

describe('logLikelihood and logRatio', () => {
  it('computes G² of a 2×2 table by hand', () => {
    // a = 10 of 100 target words, b = 0 of 100 reference words. Expected: 5, 5, 95, 95.
    // G² = 2 × (10 ln(10/5) + 90 ln(90/95) + 100 ln(100/95)) = 14.3895...
    expect(logLikelihood(10, 0, 100, 100)).toBeCloseTo(14.389502660059355, 9);
    expect(logLikelihood(0, 10, 100, 100)).toBeCloseTo(-14.389502660059355, 9);
    // log2((10 + 0.5)/100 / ((0 + 0.5)/100)) = log2(21)
    expect(logRatio(10, 0, 100, 100)).toBeCloseTo(Math.log2(21), 12);
  });

  it('is zero when the relative frequencies are equal', () => {
    expect(logLikelihood(2, 4, 20, 40)).toBeCloseTo(0, 12);
    expect(logRatio(2, 4, 20, 40)).toBeLessThan(0.2);
  });

  it('gives the χ² p-value at the familiar critical values', () => {
    expect(chiSquareP(3.841458820694124)).toBeCloseTo(0.05, 6);
    expect(chiSquareP(6.6348966010212145)).toBeCloseTo(0.01, 6);
    expect(chiSquareP(0)).toBe(1);
  });
});

describe('keyness', () => {
  it('puts a word planted only in the target at the top of its distinctive words', () => {
    const result = keyness(corpus, ['planted'], { includeFunctionWords: true });
    expect(result.targetTokens).toBe(20);
    expect(result.referenceTokens).toBe(40);
    const top = result.overused[0];
    expect(top?.word).toBe('zorblax');
    expect(top).toMatchObject({ targetCount: 4, referenceCount: 0 });
    expect(top?.g2).toBeCloseTo(logLikelihood(4, 0, 20, 40), 9);
    expect(top?.logRatio).toBeGreaterThan(3);
  });

  it('finds the planted word with the default content-word counting too', () => {
    expect(keyness(corpus, ['planted']).overused[0]?.word).toBe('zorblax');
  });

  it('scores a word equally frequent everywhere about zero, and does not list it', () => {
    const result = keyness(corpus, ['planted'], { includeFunctionWords: true });
    const all = [...result.overused, ...result.underused].map((s) => s.word);
    expect(all).not.toContain('ceasefire');
    const options = { includeFunctionWords: true };
    const inCorpus = scoreKeyness(keynessCounts([planted], options), keynessCounts([second, third], options)).find((s) => s.word === 'ceasefire');
    expect(inCorpus).toMatchObject({ targetCount: 2, referenceCount: 4 });
    expect(inCorpus?.g2).toBeCloseTo(0, 9);
    const counts = (text: string): Map<string, number> => {
      const map = new Map<string, number>();
      for (const word of text.split(' ')) map.set(word, (map.get(word) ?? 0) + 1);
      return map;
    };
    const scores = scoreKeyness(counts('ceasefire a b c ceasefire d e f g h'), counts('ceasefire i j k l ceasefire m n o p ceasefire q r s t ceasefire u v w x'), 1);
    const ceasefire = scores.find((s) => s.word === 'ceasefire');
    expect(ceasefire?.g2).toBeCloseTo(0, 9);
    expect(ceasefire?.p).toBeCloseTo(1, 6);
  });

  it('lists what the target lacks as under-used, with negative G²', () => {
    // From the other side: zorblax is under-used in the group of the two other reports.
    const result = keyness(corpus, ['second', 'third'], { includeFunctionWords: true });
    expect(result.reference).toEqual(['planted']);
    expect(result.underused[0]?.word).toBe('zorblax');
    expect(result.underused[0]?.g2).toBeLessThan(0);
    expect(result.overused.map((s) => s.word)).not.toContain('zorblax');
  });

  it('drops words below the minimum frequency, so a single chance word cannot top the list', () => {
    const once = makeArticle({ id: 'once', paragraphs: ['Quixotic convoys crossed the ceasefire line. Buses waited. The ceasefire held as trucks moved past checkpoints.'] });
    const withDefault = keyness([once, second, third], ['once'], { includeFunctionWords: true, maxP: 1 });
    expect(withDefault.overused.map((s) => s.word)).not.toContain('quixotic');
    const withOne = keyness([once, second, third], ['once'], { includeFunctionWords: true, maxP: 1, minFrequency: 1 });
    expect(withOne.overused.map((s) => s.word)).toContain('quixotic');
  });

  it('limits each list', () => {
    const result = keyness(corpus, ['planted'], { includeFunctionWords: true, maxP: 1, minFrequency: 1, limit: 2 });
    expect(result.overused).toHaveLength(2);
  });

  it('rejects an unknown target id or an empty target', () => {
    expect(() => keyness(corpus, ['nope'])).toThrow(UsageError);
    expect(() => keyness(corpus, [])).toThrow(UsageError);
  });
});
