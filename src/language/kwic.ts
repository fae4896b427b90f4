// Concordance (keyword in context): every occurrence of a word, phrase or pattern in the reports' body text.
import { DEFAULT_KWIC_WINDOW } from '../defaults.js';
import { UsageError } from '../errors.js';
import type { Article, PartKind } from '../types.js';
import { voiceLookup, type QuoteSpan, type Voice } from './naming.js';

export interface KwicLine {
  report: string;
  /** Up to `window` words before the keyword (plus any characters attached to it, as `“`), white space collapsed. */
  left: string;
  /** The keyword as written. */
  keyword: string;
  /** Up to `window` words after the keyword (plus any characters attached to it, as `,`), white space collapsed. */
  right: string;
  /** [start, end) of the keyword in article.text. */
  offset: [number, number];
  part: PartKind;
  voice: Voice;
  /** The quotation's speaker when voice is not `own` and the report says who. */
  speaker: string | null;
}

export interface KwicOptions {
  /** Words of context on each side; default 5. */
  window?: number;
  /** The reports' quotations, to mark each line own voice or quoted; without them every line is own voice unless scare-quoted. */
  quotes?: readonly QuoteSpan[];
  /** The part kinds searched; default body only. Context never crosses a part's edge. */
  kinds?: readonly PartKind[];
}

export interface KwicGroup {
  report: string;
  lines: KwicLine[];
}

export { DEFAULT_KWIC_WINDOW };

/** Context is cut at this many characters per word of window, so one unbroken 100 KB "word" costs no more than a short one. */
const MAX_CHARS_PER_WORD = 40;

/**
 * The search pattern for a term. A string is a whole word or phrase, any case: spaces match any white space and `*`
 * any run of letters or digits (`rebel*`). A RegExp is used as given (made global).
 */
export function termPattern(term: string | RegExp): RegExp {
  if (term instanceof RegExp) {
    if (term.source === '(?:)') throw new UsageError('the search pattern is empty');
    return new RegExp(term.source, term.flags.replace(/[gy]/g, '') + 'g');
  }
  const words = term.trim();
  if (words === '') throw new UsageError('the search term is empty');
  const source = words
    .split(/\s+/)
    .map((word) =>
      word
        .split('*')
        .map((piece) => piece.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['\u2019]/g, "['\\u2019]"))
        .join('[\\p{L}\\p{N}]*'),
    )
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Every occurrence of `term` in the reports' parts (default: body), in report order, then file order. */
export function kwic(articles: readonly Article[], term: string | RegExp, options: KwicOptions = {}): KwicLine[] {
  const window = options.window ?? DEFAULT_KWIC_WINDOW;
  if (!Number.isInteger(window) || window < 0) throw new UsageError(`the window must be a whole number of words, 0 or more (got ${window})`);
  const kinds = options.kinds ?? ['body'];
  const pattern = termPattern(term);
  const lines: KwicLine[] = [];
  for (const article of articles) {
    const voiceOf = voiceLookup(article, options.quotes ?? []);
    for (const part of article.parts) {
      if (!kinds.includes(part.kind)) continue;
      const [from, to] = part.kind === 'embed' && part.embed ? part.embed.textOffset : part.offset;
      const text = article.text.slice(from, to);
      pattern.lastIndex = 0;
      for (const match of text.matchAll(pattern)) {
        if (match[0] === '') continue;
        const start = match.index;
        const end = start + match[0].length;
        const offset: [number, number] = [from + start, from + end];
        lines.push({
          report: article.id,
          left: leftContext(text, start, window),
          keyword: match[0],
          right: rightContext(text, end, window),
          offset,
          part: part.kind,
          ...voiceOf(offset),
        });
      }
    }
  }
  return lines;
}

/** The lines grouped by report, in the order the reports first appear. */
export function groupKwicByReport(lines: readonly KwicLine[]): KwicGroup[] {
  const groups = new Map<string, KwicLine[]>();
  for (const line of lines) {
    const group = groups.get(line.report);
    if (group) group.push(line);
    else groups.set(line.report, [line]);
  }
  return [...groups].map(([report, reportLines]) => ({ report, lines: reportLines }));
}

/** True for the characters JavaScript's `\s` matches (checked by code, as this runs per character of context). */
function isSpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Up to `window` white-space separated words of `text` ending at `end`, after what is attached to the keyword. */
function leftContext(text: string, end: number, window: number): string {
  let i = end;
  const attachedLimit = Math.max(0, end - MAX_CHARS_PER_WORD);
  while (i > attachedLimit && !isSpace(text, i - 1)) i--; // the rest of the keyword's own word (`“` in `“Idlib`)
  const limit = Math.max(0, i - window * MAX_CHARS_PER_WORD);
  for (let words = 0; words < window && i > limit; words++) {
    while (i > limit && isSpace(text, i - 1)) i--;
    while (i > limit && !isSpace(text, i - 1)) i--;
  }
  return text.slice(i, end).replace(/\s+/g, ' ').trim();
}

/** Up to `window` white-space separated words of `text` starting at `start`, after what is attached to the keyword. */
function rightContext(text: string, start: number, window: number): string {
  let i = start;
  const attachedLimit = Math.min(text.length, start + MAX_CHARS_PER_WORD);
  while (i < attachedLimit && !isSpace(text, i)) i++; // the rest of the keyword's own word (`,` in `Idlib,`)
  const limit = Math.min(text.length, i + window * MAX_CHARS_PER_WORD);
  for (let words = 0; words < window && i < limit; words++) {
    while (i < limit && isSpace(text, i)) i++;
    while (i < limit && !isSpace(text, i)) i++;
  }
  return text.slice(start, i).replace(/\s+/g, ' ').trim();
}
