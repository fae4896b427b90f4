// What an input (a page, a Markdown note, a JSON line) becomes before it is given an id: its metadata, its text
// blocks, and the report text written from them. Pure.

/** Where a report came from: the input's name as given, the line for JSON lines (1-based), the sha256 of its bytes. */
export interface Source {
  name: string;
  line: number | null;
  sha256: string;
}

/** One report read from an input. Metadata the input lacks is null, left for the loader to infer from the text. */
export interface Draft {
  source: Source;
  title: string | null;
  outlet: string | null;
  /** ISO date, YYYY-MM-DD, the calendar day as the input writes it (its own time zone). */
  published: string | null;
  byline: string | null;
  url: string | null;
  /** The input's own summary (a page's meta description): the block that repeats it is written set apart, as a standfirst. */
  standfirst: string | null;
  /** The readable text: one block element (paragraph, heading, list item, caption, embedded post line) each. */
  blocks: string[];
  /** The input's bytes, kept beside the text as `<id>.<extension>` (saved pages); null when nothing is kept. */
  original: { extension: string; bytes: Uint8Array } | null;
}

/** An input that cannot be imported: its name (with `:line` for a JSON line) and why, for one line on stderr. */
export interface Fault {
  input: string;
  reason: 'unreadable' | 'no-text' | 'bad-json' | 'exists' | 'not-written';
  message: string;
}

/** Fewer words than this in the blocks: the input has no readable text (an error page, a page of navigation). */
export const MIN_WORDS = 15;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The report text: the title, `By ...` and the date as a page shows them, then the blocks, a blank line between
 * any two, so that the loader labels each line (title, byline, caption, embed closer) by its own rules. A block that
 * repeats a header line (the page's own byline paragraph, its headline again) is written once; the block that is the
 * page's summary is followed by two blank lines, set apart as a standfirst is.
 */
export function renderReport(draft: Pick<Draft, 'title' | 'byline' | 'published' | 'standfirst' | 'blocks'>): string {
  const header = [draft.title, draft.byline ? `By ${draft.byline.replace(/^by\s+/i, '')}` : null, draft.published ? longDate(draft.published) : null].filter(
    (line): line is string => line !== null && line.trim() !== '',
  );
  const seen = new Set([...header, draft.byline ?? ''].map(foldLine));
  const body = draft.blocks.filter((block) => !seen.has(foldLine(block)));
  const summary = draft.standfirst === null ? null : foldLine(draft.standfirst);
  const lines = [...header, ...body].map((line) => line.trim());
  return `${lines.map((line, i) => (i === 0 ? '' : foldLine(lines[i - 1]!) === summary ? '\n\n\n' : '\n\n') + line).join('')}\n`;
}

/** `2016-12-15` → `December 15, 2016`, the form the loader reads a dated line in. */
function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${MONTH_NAMES[(month ?? 1) - 1]} ${day}, ${year}`;
}

/** The ISO calendar date at the start of a date-time as written (`2016-12-15T09:00:00+02:00`, `2016-12-15 10:00:00`), else null. */
export function isoDateOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? match.slice(1, 4).join('-') : null;
}

/** Words (runs holding a letter or digit) in the blocks. */
export function wordsIn(blocks: readonly string[]): number {
  return blocks.reduce((n, block) => n + block.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, 0);
}

/**
 * Collapses white space and trims, keeping line breaks (a `<br>`, a line of a list) as single newlines; removes
 * what a reader never sees and `check` would flag: control characters, soft hyphens, zero-width spaces.
 */
export function tidyBlock(text: string): string {
  return text
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00AD\u200B\uFEFF]/g, (c) => (c === '\t' ? ' ' : ''))
    .split('\n')
    .map((line) => line.replace(/[\s\u00A0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Names joined as a byline reads: `A`, `A and B`, `A, B and C`; null for none. */
export function joinNames(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function foldLine(line: string): string {
  return line.replace(/\s+/g, ' ').trim().toLowerCase();
}
