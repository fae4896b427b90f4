// Sentence splitting with compromise's tokenizer (no tagging: the same boundaries, several times faster), with file offsets.
import { compromise } from './nlp.js';
import { nlpChunks } from './chunks.js';
import { memoByText } from './memo.js';

export interface Sentence {
  text: string;
  /** [start, end) in the file: `base` plus the index inside the given text. */
  offset: [number, number];
}

/**
 * Splits `text` (a span of the file starting at `base`) into sentences, in order. compromise gives where each
 * sentence starts (after any opening quote mark); each sentence runs to where the next one starts, so together they
 * cover the text, and an opening quote mark goes with the sentence it opens.
 */
export function splitSentences(text: string, base = 0): Sentence[] {
  return sentenceSpans(text).map(([start, end]) => ({ text: text.slice(start, end), offset: [base + start, base + end] }));
}

/**
 * The sentences of `text` as [start, end) inside it. Figures, quotes and dates each split the same parts in turn, so
 * a report's texts are remembered (up to 200,000 characters) rather than tokenized three times.
 */
const sentenceSpans = memoByText(tokenizeSentences, 200_000);

function tokenizeSentences(text: string): Array<[number, number]> {
  if (text.trim() === '') return [];
  // `terms: false` skips building per-term records, which this needs none of (compromise's types only allow an object).
  const options = { offset: true, terms: false } as unknown as { offset: boolean };
  // compromise's sentence test is quadratic in a sentence's length, so long text goes in pieces (nlpChunks).
  const found = nlpChunks(text).flatMap((chunk) =>
    (compromise().tokenize(chunk.text).json(options) as Array<{ offset: { start: number } }>).map(({ offset }) => chunk.start + offset.start),
  );
  const starts = found.map((at, i) => {
    let start = i === 0 ? text.length - text.trimStart().length : Math.min(at, text.length);
    while (i > 0 && start > 0 && OPENING.includes(text[start - 1]!)) start--;
    return start;
  });
  const spans: Array<[number, number]> = [];
  starts.forEach((start, i) => {
    const end = start + text.slice(start, starts[i + 1] ?? text.length).trimEnd().length;
    if (end > start) spans.push([start, end]);
  });
  return spans;
}

const OPENING = '"“‘\'([«';

/** Counts words as compromise's tokenizer does (`1,000` counts once; a hyphenated `al-Assad` counts twice). */
export function countWords(text: string): number {
  return text.trim() === '' ? 0 : compromise().tokenize(text).wordCount();
}
