// Quotation marks in a segment's text: where each top-level quotation opens and closes, and the text with them masked.

const DOUBLE_OPEN = new Set(['\u201C', '\u00AB', '\u201E']);
const DOUBLE_CLOSE = new Set(['\u201D', '\u00BB']);

export interface RawQuote {
  /** Index of the opening mark in the segment text. */
  open: number;
  /** Index of the closing mark, or null when the quote runs to the end of the segment. */
  close: number | null;
  innerStart: number;
  innerEnd: number;
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Every mark scanQuoteMarks reads: the double marks that open and close, `"`, and the single `‘` and `’`. */
const QUOTE_MARK = /["\u00AB\u00BB\u2018\u2019\u201C\u201D\u201E]/g;

/** Top-level quotations of a segment in one linear pass; nested quotes stay inside their outer quote. */
export function scanQuoteMarks(text: string): RawQuote[] {
  const found: RawQuote[] = [];
  let open = -1;
  let kind: 'double' | 'single' | null = null;
  const finish = (close: number | null, end: number): void => {
    found.push({ open, close, innerStart: open + 1, innerEnd: end });
    open = -1;
    kind = null;
  };
  // only the marks themselves change what is open: the pass goes from one mark to the next
  QUOTE_MARK.lastIndex = 0;
  for (let mark = QUOTE_MARK.exec(text); mark !== null; mark = QUOTE_MARK.exec(text)) {
    const i = mark.index;
    const ch = mark[0];
    const prev = text[i - 1];
    const next = text[i + 1];
    if (kind === null) {
      if (DOUBLE_OPEN.has(ch) || (ch === '"' && !isSpace(next))) {
        open = i;
        kind = 'double';
      } else if (ch === '\u2018' && !isLetter(prev)) {
        open = i;
        kind = 'single';
      }
    } else if (kind === 'double') {
      if (DOUBLE_CLOSE.has(ch) || (ch === '"' && !isSpace(prev))) finish(i, i);
      else if (DOUBLE_OPEN.has(ch) || (ch === '"' && isSpace(prev) && !isSpace(next))) {
        finish(null, i);
        open = i;
        kind = 'double';
      }
    } else if (ch === '\u2019' && !isLetter(next)) {
      finish(i, i);
    } else if (DOUBLE_OPEN.has(ch)) {
      // a double quote cannot sit inside a top-level single one: the ‘ was an apostrophe-like mark
      open = i;
      kind = 'double';
    }
  }
  if (kind !== null) finish(null, text.length);
  return found
    .map((q) => {
      let s = q.innerStart;
      let e = q.innerEnd;
      while (s < e && isSpace(text[s])) s++;
      while (e > s && isSpace(text[e - 1])) e--;
      return { ...q, innerStart: s, innerEnd: e };
    })
    .filter((q) => q.innerEnd > q.innerStart && isLetterPresent(text, q.innerStart, q.innerEnd));
}

export function isLetterPresent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isLetter(text[i])) return true;
  return false;
}

/** The text with each quotation, marks included, replaced by `|` (offsets kept), for reading what is said outside quotes. */
export function maskQuotes(text: string, quotes: RawQuote[]): string {
  let masked = '';
  let at = 0;
  for (const q of quotes) {
    const end = q.close === null ? text.length : q.close + 1;
    masked += text.slice(at, q.open) + '|'.repeat(end - q.open);
    at = end;
  }
  return masked + text.slice(at);
}
