// Splitting a report's text into labelled parts (title, body, captions, embeds, boilerplate...) by named, general rules.
// Nothing is deleted: every non-blank line of the file ends up in exactly one part, so `show` can display it all.
import type { Dateline, Embed, Part, PartKind } from '../types.js';

/** A run of non-blank lines: one paragraph, or a hard-wrapped paragraph joined back together. */
interface Block {
  start: number;
  end: number;
  text: string;
  line: number;
  /** Blank lines before this block (the first block counts those at the top of the file). */
  gapBefore: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

// ---- the rules: each has a name that the part records -----------------------------------------------------

/** Web-page residue that is never the report's own words. */
const BOILERPLATE_RULES: ReadonlyArray<{ rule: string; test: (text: string) => boolean }> = [
  { rule: 'skip-link', test: (t) => /^skip to (?:main )?content$/i.test(t) },
  {
    rule: 'share-widget',
    test: (t) =>
      /share this article|copy to clipboard|copy\/paste the article|close button/i.test(t) ||
      /^(?:comments?|share|tweet|e-?mail|print|whatsapp|facebook|twitter)$/i.test(t),
  },
  { rule: 'newsletter', test: (t) => wordCount(t) <= 25 && /\bnewsletters?\b|^sign up\b|\bsubscribe\b/i.test(t) },
  { rule: 'republishing', test: (t) => /\brepublish(?:ing)?\b/i.test(t) },
  { rule: 'scrape-header', test: (t) => /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*\/\s*[a-z]+\s+\d{1,2}\.?$/i.test(t) },
  { rule: 'breadcrumb', test: (t) => /^Home(?:[A-Z]|\s*[>»›|/]\s*\S)/.test(t) },
  { rule: 'via-line', test: (t) => /^Via\s+[A-Z][\w&.' -]{0,40}$/.test(t) && !/[.!?]$/.test(t) },
  { rule: 'developing-story', test: (t) => /^(?:check back (?:later )?for updates|this (?:is a developing story|story (?:is developing|will be updated)))/i.test(t) },
];

/** A header that opens a list of related links; it and the short lines after it to the end are boilerplate. */
const RELATED_LINKS = /^(?:you (?:might|may) also like|related(?: (?:articles|stories|coverage|news|content))?|read more|more on this(?: story)?|recommended(?: for you)?|most read|more from [\w ]{1,30})\s*:?$/i;

/** `— Name (@handle) Month D, YYYY`, optionally after the post's own words and HTML residue on the same line. */
const EMBED_CLOSER = new RegExp(`^(.*?)(?:—|&mdash;|–|--)\\s*([^()\\n]{1,60}?)\\s*\\((@?\\w{1,30})\\)\\s+(${MONTH_WORD}\\.? \\d{1,2},? \\d{4})\\s*$`);

/** Credits lines: `(Reporting by ...)`, `Writing by ...`, `[Featured Image by ...]`. */
const CREDITS = [
  /^\(?(?:additional )?(?:reporting|writing|editing|compiled) by\b/i,
  /^\[(?:featured )?(?:image|photo|picture|video)s?(?: credit)?:?\s.{1,120}\]$/i,
];

/** A line carrying a © credit, or ending in a short parenthesised agency credit such as `(AFP)`, is a photo caption. */
function captionRule(text: string): string | null {
  if (/©|\(c\) [A-Z]/.test(text)) return 'caption-credit-symbol';
  const credit = /\s*\((?:[A-Z][A-Za-z.]*)(?:[ /][A-Z][A-Za-z.]*){0,3}\)$/.exec(text);
  if (credit && credit.index > 0 && !/[.!?"”’]$/.test(text.slice(0, credit.index)) && wordCount(text) <= 60) return 'caption-agency-credit';
  return null;
}

const BYLINE = /^By\s+(\S.{0,120})$/;

/** `BEIRUT, Dec 22 (Reuters) –` at the start of a paragraph: place, optional date, optional agency, a dash. */
const DATELINE = new RegExp(
  `^([A-Z][A-Z.'’ -]{1,40}[A-Z.](?:, [A-Z][A-Za-z.'’ -]{1,30})?)(?:,\\s*(${MONTH_WORD}\\.?\\s+\\d{1,2}))?\\s*(?:\\((\\w[\\w .&'-]{0,30})\\))?\\s*[–—-]{1,2}\\s+`,
);

// ---- the segmenter ------------------------------------------------------------------------------------------

export interface Segmented {
  parts: Part[];
  title: string | null;
  dateline: Dateline | null;
}

/** Labels every block of the text. `publishedYear` settles the year of a dateline's date when known. */
export function segmentReport(text: string, publishedYear: number | null = null): Segmented {
  const blocks = splitBlocks(text);
  /** The part(s) each block became; a block merged into the next one's part holds an empty list. */
  const labelled: Array<Part[] | null> = blocks.map(() => null);
  const isFree = (i: number): boolean => labelled[i] === null;
  const partOf = (i: number, kind: PartKind, rule: string): Part => {
    const b = blocks[i]!;
    return { kind, rule, text: b.text, offset: [b.start, b.end], line: b.line };
  };
  const label = (i: number, kind: PartKind, rule: string): void => {
    labelled[i] = [partOf(i, kind, rule)];
  };

  // 1. Recognised by their own shape: boilerplate, credits, related links, embeds, captions.
  blocks.forEach((b, i) => {
    const boiler = BOILERPLATE_RULES.find((r) => r.test(b.text));
    if (boiler) label(i, 'boilerplate', boiler.rule);
    else if (CREDITS.some((re) => re.test(b.text))) label(i, 'credits', 'credits-line');
  });
  const relatedAt = blocks.findIndex(
    (b, i) => isFree(i) && RELATED_LINKS.test(b.text) && blocks.slice(i + 1).every((n) => wordCount(n.text) <= 25),
  );
  if (relatedAt >= 0) for (let i = relatedAt; i < blocks.length; i++) if (isFree(i)) label(i, 'boilerplate', 'related-links');
  blocks.forEach((b, i) => {
    if (!isFree(i)) return;
    const closer = EMBED_CLOSER.exec(b.text);
    if (closer) return labelEmbed(i, closer);
    const caption = captionRule(b.text);
    if (caption) label(i, 'caption', caption);
  });

  function labelEmbed(i: number, closer: RegExpExecArray): void {
    const b = blocks[i]!;
    const [, inline = '', author = '', handle = '', dateText = ''] = closer;
    let first = b;
    let textOffset: [number, number];
    let rule = 'embed-closer-inline';
    if (inline.trim() === '' && i > 0 && isFree(i - 1)) {
      // The post's words are the paragraph just above its closing line: both become one embed part.
      first = blocks[i - 1]!;
      labelled[i - 1] = [];
      textOffset = [first.start, first.end];
      rule = 'embed-closer-below';
    } else {
      const residue = /(?:\s*<\/?\w+[^<>]{0,40}>)+\s*$/.exec(inline);
      const words = (residue ? inline.slice(0, residue.index) : inline).trimEnd();
      textOffset = [b.start, b.start + words.length];
    }
    const embed: Embed = {
      text: text.slice(textOffset[0], textOffset[1]),
      textOffset,
      author: author.trim(),
      handle: handle.replace(/^@/, ''),
      date: parseMonthDayYear(dateText),
    };
    labelled[i] = [{ kind: 'embed', rule, text: text.slice(first.start, b.end), offset: [first.start, b.end], line: first.line, embed }];
  }

  // 2. In reading order: the title (the first block left), bylines, datelines, and blocks the scrape repeated.
  let title: string | null = null;
  let titleKey = '';
  let isLeadTaken = false;
  let dateline: Dateline | null = null;
  const seen = new Set<string>();
  blocks.forEach((b, i) => {
    if (!isFree(i)) return;
    if (title === null) {
      title = b.text;
      titleKey = normalise(b.text);
      return label(i, 'title', 'first-line-title');
    }
    if (BYLINE.test(b.text) && wordCount(b.text) <= 14) return label(i, 'byline', 'by-line');
    const match = DATELINE.exec(b.text);
    const hasDateline = match !== null && (match[2] !== undefined || match[3] !== undefined);
    const key = normalise(hasDateline ? b.text.slice(match[0].length) : b.text);
    if (seen.has(key)) return label(i, 'duplicate', 'repeated-block');
    if (key === titleKey) {
      // A page whose title is its lead sentence prints it again as the first paragraph: that copy is the body's lead.
      if (isLeadTaken || !titleReadsAsSentence(title)) return label(i, 'duplicate', 'repeated-title');
      isLeadTaken = true;
    }
    seen.add(key);
    if (hasDateline) {
      const head = match[0].trimEnd();
      dateline ??= {
        place: match[1]!,
        date: match[2] ? monthDayToIso(match[2], publishedYear) : null,
        dateText: match[2] ?? '',
        agency: match[3] ?? null,
        text: head,
        offset: [b.start, b.start + head.length],
      };
      labelled[i] = [
        { kind: 'dateline', rule: 'dateline', text: head, offset: [b.start, b.start + head.length], line: b.line },
        { kind: 'body', rule: 'after-dateline', text: b.text.slice(match[0].length), offset: [b.start + match[0].length, b.end], line: b.line },
      ];
    }
  });

  // 3. What is left: a standfirst before the body, section headings, body paragraphs.
  const free = blocks.map((_, i) => i).filter(isFree);
  const typicalGap = median(free.map((i) => blocks[i]!.gapBefore).filter((g) => g > 0)) ?? 1;
  let hasBody = labelled.some((parts) => parts?.some((p) => p.kind === 'body'));
  free.forEach((i, n) => {
    const b = blocks[i]!;
    const nextIndex = free[n + 1];
    const next = nextIndex === undefined ? null : blocks[nextIndex]!;
    const words = wordCount(b.text);
    const isUnpunctuated = !/[.!?:;,"”’'…)]$/.test(b.text);
    if (!hasBody && words > 10 && (isUnpunctuated || (next !== null && next.gapBefore > typicalGap))) {
      return label(i, 'standfirst', isUnpunctuated ? 'standfirst-unpunctuated' : 'standfirst-set-apart');
    }
    if (words <= 10 && isUnpunctuated && /^[\p{Lu}\d]/u.test(b.text) && next !== null && wordCount(next.text) > words) {
      return label(i, 'heading', 'section-heading');
    }
    hasBody = true;
    label(i, 'body', 'paragraph');
  });

  return { parts: labelled.flatMap((parts) => parts ?? []), title, dateline };
}

/** A title that is a whole sentence (ends in a full stop, 15 words or more) may be the lead paragraph too. */
function titleReadsAsSentence(title: string): boolean {
  return /[.!?]["”’]?$/.test(title) && wordCount(title) >= 15;
}

/** Splits text into blocks of non-blank lines; hard-wrapped lines (a line continuing in lower case) are joined. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let gap = 0;
  let lineNo = 0;
  let position = 0;
  while (position <= text.length) {
    const newline = text.indexOf('\n', position);
    const lineEnd = newline < 0 ? text.length : newline;
    lineNo++;
    const raw = text.slice(position, lineEnd);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') {
      gap++;
    } else {
      const start = position + lead;
      const end = start + trimmed.length;
      const last = blocks[blocks.length - 1];
      if (last && gap === 0 && isContinuation(last.text, trimmed)) {
        last.end = end;
        last.text = text.slice(last.start, end);
      } else {
        blocks.push({ start, end, text: trimmed, line: lineNo, gapBefore: gap });
      }
      gap = 0;
    }
    if (newline < 0) break;
    position = newline + 1;
  }
  return blocks;
}

/** A line that starts in lower case right after a line with no closing punctuation continues that paragraph. */
function isContinuation(previous: string, line: string): boolean {
  return /^[\p{Ll}(]/u.test(line) && !/[.!?:"”’)\]]$/.test(previous) && previous.length >= 40;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The comparison key of a block: case, spacing and quote styles folded. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201C\u201D"']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** `Dec 22` with a known year → `2016-12-22`; null without a year. */
export function monthDayToIso(words: string, year: number | null): string | null {
  const match = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})$/.exec(words.trim());
  if (!match || year === null) return null;
  return isoDate(year, MONTHS.indexOf(match[1]!.toLowerCase()) + 1, Number(match[2]));
}

/** `December 15, 2016` → `2016-12-15`. */
export function parseMonthDayYear(words: string): string | null {
  const match = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(words.trim());
  if (!match) return null;
  return isoDate(Number(match[3]), MONTHS.indexOf(match[1]!.toLowerCase()) + 1, Number(match[2]));
}

/** A real calendar date as YYYY-MM-DD, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
