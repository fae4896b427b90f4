// Sentence splitting with compromise's sentence splitter (no terms, no tagging: its boundaries, far faster), with file offsets.
import { compromise } from './nlp.js';
import { nlpChunks } from './chunks.js';
import { memoByText } from './memo.js';

export interface Sentence {
  text: string;
  /** [start, end) in the file: `base` plus the index inside the given text. */
  offset: [number, number];
}

/**
 * Splits `text` (a span of the file starting at `base`) into sentences, in order, by compromise's rules
 * (abbreviations, quotations and brackets do not end a sentence). Between them they cover the text but for the
 * white space around each, and an opening quote mark goes with the sentence it opens.
 */
export function splitSentences(text: string, base = 0): Sentence[] {
  return sentenceSpans(text).map(([start, end]) => ({ text: text.slice(start, end), offset: [base + start, base + end] }));
}

/**
 * The sentences of `text` as [start, end) inside it. Figures, quotes and dates each split the same parts in turn, so
 * a report's texts are remembered (up to 200,000 characters) rather than split three times.
 */
const sentenceSpans = memoByText(cutSentences, 200_000);

/** compromise's sentence splitter, among the internal methods it exposes through `nlp.methods()` (typed `object` there). */
interface SplitterMethods {
  one: { tokenize: { splitSentences(text: string, world: object): string[] } };
}

function cutSentences(text: string): Array<[number, number]> {
  const { splitSentences: split } = (compromise().methods() as SplitterMethods).one.tokenize;
  const spans: Array<[number, number]> = [];
  // compromise's sentence test is quadratic in a sentence's length, so long text goes in pieces (nlpChunks).
  for (const chunk of nlpChunks(text)) {
    let at = chunk.start;
    // The pieces are the chunk cut up, in order, each sentence with the white space after it.
    for (const piece of split(chunk.text, compromise().world())) {
      const found = text.startsWith(piece, at) ? at : text.indexOf(piece, at);
      if (found < 0) continue; // not the chunk's own text (never seen): no offset to give it
      const start = found + piece.length - piece.trimStart().length;
      const end = found + piece.trimEnd().length;
      if (end > start) spans.push([start, end]);
      at = found + piece.length;
    }
  }
  return spans;
}
