// What a reader reads of an article: one list of the parts read (title, standfirst, body, captions, embedded posts),
// each as a segment of the file's text, and how many of the file's words they hold. Every extractor reads the article
// through this list; `stats` and `check` count words with it without loading the extractors.
import { normalise } from '../corpus/segment.js';
import { countWords } from '../text/words.js';
import type { Article, FigurePart, Part, PartKind } from '../types.js';
import type { ReadingCounts } from '../report/reading.js';

/** The kinds of part a reader reads; everything else (bylines, credits, boilerplate, repeats) is set aside. */
export const READ_KINDS: readonly FigurePart[] = ['title', 'standfirst', 'body', 'caption', 'embed'];

/** A stretch of the file an extractor reads: a read part's text, or an embed's words. */
export interface Segment {
  kind: FigurePart;
  /** Index of the part in `article.parts`. */
  partIndex: number;
  text: string;
  /** File offset of `text[0]`. */
  base: number;
  /** [start, end) indices into `text` that are photo credits (`© REUTERS/Name`, a closing `(AFP)`), never read. */
  excluded: Array<[number, number]>;
  /** For an embed: the post's author as written and their handle. */
  embed: Part['embed'] | null;
}

export function isReadKind(kind: PartKind): kind is FigurePart {
  return (READ_KINDS as readonly PartKind[]).includes(kind);
}

/**
 * The segments of an article a reader reads, in file order. A title that the body restates as its lead (a page whose
 * title is its first sentence) is read once, in the body.
 */
export function readSegments(article: Article): Segment[] {
  const segments: Segment[] = [];
  const bodyStarts = article.parts.filter((p) => p.kind === 'body').map((p) => normalise(p.text.slice(0, 400)));
  article.parts.forEach((part, partIndex) => {
    if (!isReadKind(part.kind)) return;
    if (part.kind === 'title' && bodyStarts.some((body) => body.startsWith(normalise(part.text)))) return;
    if (part.kind === 'embed') {
      if (part.embed) segments.push({ kind: 'embed', partIndex, text: part.embed.text, base: part.embed.textOffset[0], excluded: [], embed: part.embed });
      return;
    }
    const excluded = part.kind === 'caption' ? captionCredits(part.text) : [];
    segments.push({ kind: part.kind, partIndex, text: part.text, base: part.offset[0], excluded, embed: null });
  });
  return segments;
}

const SYMBOL_CREDIT = /©\s{0,3}[\p{L}.]{1,40}(?:\/[\p{L}.]{1,40}(?: [\p{Lu}][\p{L}.]{0,40}){0,3})?/gu;
const CLOSING_CREDIT = /\([^()\n]{1,60}\)\s*$/u;

/** Photo credits inside a caption: `©` and the agency/photographer after it, and a closing `(AFP)`. */
export function captionCredits(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of text.matchAll(SYMBOL_CREDIT)) spans.push([match.index, match.index + match[0].length]);
  const closing = CLOSING_CREDIT.exec(text);
  if (closing) spans.push([closing.index, closing.index + closing[0].length]);
  return spans;
}

/**
 * Counts the words of each part once, as runs of characters between white space that hold a letter or a digit:
 * linear in the text whatever it holds, so that any report, however odd, is measured.
 */
export function readingCounts(article: Article): ReadingCounts {
  let words = 0;
  let fileWords = 0;
  const setAside = new Map<string, number>();
  for (const part of article.parts) {
    const n = countWords(part.text);
    fileWords += n;
    if (isReadKind(part.kind)) words += n;
    else if (part.kind !== 'dateline' && part.kind !== 'byline' && part.kind !== 'heading') {
      const key = `${part.kind}: ${part.rule}`;
      setAside.set(key, (setAside.get(key) ?? 0) + n);
    }
  }
  const most = [...setAside].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return { words, fileWords, mostSetAsideBy: most && most[1] > 0 ? most[0] : null };
}
