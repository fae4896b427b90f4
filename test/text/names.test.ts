// What starts a name: one test and one list of particles for every extractor.
import { describe, expect, it } from 'vitest';
import { isAcronym, isNameLink, isNameWord, NAME_PARTICLES } from '../../src/text/names.js';

describe('isNameWord', () => {
  it('takes a capital, or an article or particle joined to one', () => {
    for (const word of ['Aleppo', 'Ines', 'al-Noor', 'as-Sahel', 'bin-Rashid', 'd’Aubigny', 'ICRC']) expect(isNameWord(word), word).toBe(true);
  });

  it('refuses lower-case words, numbers and a joined particle before a lower-case word', () => {
    for (const word of ['aleppo', 'al-noor', 'de-escalation', '2016', '“', '']) expect(isNameWord(word), word).toBe(false);
  });
});

describe('name particles and links', () => {
  it('lets particles and the links of an organisation name stand inside a name, and nothing else', () => {
    for (const word of ['de', 'al', 'bin', 'van', 'of', 'the', 'for', 'De']) expect(isNameLink(word), word).toBe(true);
    for (const word of ['and', 'said', 'in']) expect(isNameLink(word), word).toBe(false);
    expect(NAME_PARTICLES.has('of')).toBe(false);
  });

  it('knows an acronym, dotted or not', () => {
    expect([isAcronym('ICRC'), isAcronym('U.N.'), isAcronym('Unicef'), isAcronym('A')]).toEqual([true, true, false, false]);
  });
});
