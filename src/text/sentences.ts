// Sentence splitting with compromise, keeping each sentence's offsets in the file.
import nlp from 'compromise';

export interface Sentence {
  text: string;
  /** [start, end) in the file: `base` plus the index inside the given text. */
  offset: [number, number];
}

/** Splits `text` (a span of the file starting at `base`) into sentences, in order. */
export function splitSentences(text: string, base = 0): Sentence[] {
  if (text.trim() === '') return [];
  const found = nlp(text).sentences().json({ offset: true }) as Array<{ offset: { start: number; length: number } }>;
  return found.map(({ offset }) => {
    const start = offset.start;
    const end = start + offset.length;
    return { text: text.slice(start, end), offset: [base + start, base + end] };
  });
}

/** Counts words as compromise's tokenizer does (`1,000` and `al-Assad` count once). */
export function countWords(text: string): number {
  return text.trim() === '' ? 0 : nlp(text).wordCount();
}
