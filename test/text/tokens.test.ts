// The extractors' one tokenizer: words, words with punctuation, and prose numerals, each with offsets into the text.
import { describe, expect, it } from 'vitest';
import { isWordToken, tokenize } from '../../src/text/tokens.js';

const texts = (text: string, options?: Parameters<typeof tokenize>[1]) => tokenize(text, options).map((t) => t.text);

describe('tokenize', () => {
  it('cuts words with their inner apostrophes, dots and hyphens, and nothing else, by default', () => {
    expect(texts('Al-Noor’s U.N. envoy, 2,000 (sic) F-16s!')).toEqual(['Al-Noor’s', 'U.N', 'envoy', '2', '000', 'sic', 'F-16s']);
  });

  it('gives offsets that slice back to the token, in every mode', () => {
    const text = '“We left,” said Dr. Ines Aro, the U.N. aide; 1,250 people fled in 48-hour runs.';
    for (const options of [{}, { punctuation: true }, { numerals: true }]) {
      for (const token of tokenize(text, options)) expect(text.slice(token.start, token.end)).toBe(token.text);
    }
  });

  it('with punctuation, cuts each mark alone and keeps a dotted acronym whole', () => {
    expect(texts('“Go,” said the U.N. aide.', { punctuation: true })).toEqual(['“', 'Go', ',', '”', 'said', 'the', 'U.N.', 'aide', '.']);
    // a word's own full stop is punctuation
    expect(texts('Dr. Aro', { punctuation: true })).toEqual(['Dr', '.', 'Aro']);
  });

  it('with numerals, keeps a number whole with its separators and cuts it from the letters joined to it', () => {
    expect(texts('1,250 people, 1.5 tonnes, a 48-hour truce', { numerals: true })).toEqual(['1,250', 'people', ',', '1.5', 'tonnes', ',', 'a', '48', '-', 'hour', 'truce']);
  });

  it('tells words and numbers from punctuation', () => {
    const [word, mark, digits] = tokenize('aid, 12', { punctuation: true });
    expect([isWordToken(word), isWordToken(mark), isWordToken(digits), isWordToken(undefined)]).toEqual([true, false, true, false]);
  });
});
