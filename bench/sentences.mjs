// Sentences of a report as the bench counts them, to see how many repeat across a corpus: a repeated sentence is
// parsed once and then served from the parse memo, so a corpus of repeats flatters the tool.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SPLITTER = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'text', 'sentences.js');
if (!existsSync(SPLITTER)) throw new Error(`${SPLITTER} is missing: run \`npm run build\` first`);
/** The tool's own sentence splitter (compromise's rules), from the build. */
const { splitSentences } = await import(pathToFileURL(SPLITTER).href);

/** A sentence's identity: its words, white space folded. */
export const sentenceKey = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * The sentences of `text` with their spans: the text is cut into blocks at blank lines and each block split by the
 * tool's sentence splitter. Returns [{text, start, end}] with offsets in `text`.
 */
export function sentenceSpans(text) {
  const spans = [];
  const blank = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (;;) {
    const match = blank.exec(text);
    const end = match ? match.index : text.length;
    for (const sentence of splitSentences(text.slice(start, end), start)) {
      spans.push({ text: sentence.text, start: sentence.offset[0], end: sentence.offset[1] });
    }
    if (!match) break;
    start = match.index + match[0].length;
  }
  return spans;
}

/**
 * How many sentences of `texts` (one per report) repeat: `sentences` in all, `distinct` texts among them, `repeated`
 * (sentences whose text came earlier, anywhere), `repeatedAcrossReports` (whose text came earlier in another report)
 * and `repeatedChars` (their characters, what a memo would not parse again).
 */
export function sentenceRepeats(texts) {
  const firstReport = new Map();
  let sentences = 0;
  let repeated = 0;
  let repeatedAcrossReports = 0;
  let repeatedChars = 0;
  let chars = 0;
  texts.forEach((text, report) => {
    for (const span of sentenceSpans(text)) {
      const key = sentenceKey(span.text);
      sentences++;
      chars += key.length;
      const first = firstReport.get(key);
      if (first === undefined) {
        firstReport.set(key, report);
        continue;
      }
      repeated++;
      repeatedChars += key.length;
      if (first !== report) repeatedAcrossReports++;
    }
  });
  return { sentences, distinct: firstReport.size, repeated, repeatedAcrossReports, chars, repeatedChars };
}
