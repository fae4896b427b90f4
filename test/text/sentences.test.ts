// Sentence splitting: boundaries from compromise, offsets that always point at the words.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

describe('splitSentences', () => {
  it('splits on sentence ends, not on abbreviations', () => {
    const text = 'Mr. Putin said 1,000 people left. U.N. spokesman Farhan Haq told reporters in New York.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Mr. Putin said 1,000 people left.', 'U.N. spokesman Farhan Haq told reporters in New York.']);
  });

  it('keeps an opening quote mark with the sentence it opens, and offsets inside the text', () => {
    const text = '"What is happening today is history," Assad said. "The people made history," he said. He left.';
    const sentences = splitSentences(text, 100);
    expect(sentences.map((s) => s.text)).toEqual(['"What is happening today is history," Assad said.', '"The people made history," he said.', 'He left.']);
    for (const s of sentences) expect(text.slice(s.offset[0] - 100, s.offset[1] - 100)).toBe(s.text);
    expect(sentences[sentences.length - 1]!.offset[1]).toBeLessThanOrEqual(100 + text.length);
  });

  it('returns nothing for blank text and one sentence for text without a full stop', () => {
    expect(splitSentences('   ')).toEqual([]);
    expect(splitSentences('  no full stop here  ', 5)).toEqual([{ text: 'no full stop here', offset: [7, 24] }]);
  });

  it('gives the same text split at another base its own offsets (a text split before is remembered, not its base)', () => {
    const text = 'Buses left. Ambulances followed.';
    expect(splitSentences(text, 0).map((s) => s.offset)).toEqual([[0, 11], [12, 32]]);
    expect(splitSentences(text, 50).map((s) => s.offset)).toEqual([[50, 61], [62, 82]]);
    const first = splitSentences(text);
    first[0]!.offset[0] = 999;
    expect(splitSentences(text)[0]!.offset).toEqual([0, 11]);
  });

  it('leaves a dash or bullet opening a sentence with that sentence, not at the end of the one before', () => {
    const text = 'Buses left. — Then more came. * A list item.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Buses left.', '— Then more came.', '* A list item.']);
  });

  it('splits a long text without sentence ends in pieces that still cover it in order', () => {
    const text = `${'word '.repeat(1500)}End.`;
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) expect(text.slice(s.offset[0], s.offset[1])).toBe(s.text);
    expect(sentences.map((s) => s.text).join(' ').replace(/\s+/g, ' ')).toBe(text.trim());
  });
});
