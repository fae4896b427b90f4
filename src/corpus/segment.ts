// Splitting a report's text into labelled parts (title, body, captions, embeds, boilerplate...) by named, general rules.
// Nothing is deleted: every non-blank line of the file ends up in exactly one part, so `show` can display it all.
import { findFullDates, monthDayToIso, MONTH_WORD, parseMonthDayYear, WEEKDAY_WORD } from '../text/calendar.js';
import { countWords } from '../text/words.js';
import type { Agency, Dateline, Embed, Part, PartKind } from '../types.js';
import { agencyNames, type AgencyNames } from './agencies.js';
import { isShareLine } from './boilerplate-words.js';
import { splitBlocks, type Block } from './blocks.js';

export { splitBlocks } from './blocks.js';

/** A letter or a digit: a text holding one has words (countWords > 0). */
const HAS_WORD = /[\p{L}\p{N}]/u;

// ---- the rules: each has a name that the part records -----------------------------------------------------

/** Web-page residue that is never the report's own words. */
const BOILERPLATE_RULES: ReadonlyArray<{ rule: string; test: (text: string) => boolean }> = [
  { rule: 'skip-link', test: (t) => /^skip to (?:main )?content$/i.test(t) },
  {
    rule: 'share-widget',
    test: (t) =>
      /share this article|copy to clipboard|copy\/paste the article|close button/i.test(t) ||
      isShareLine(t),
  },
  { rule: 'newsletter', test: (t) => /\bnewsletters?\b|^sign up\b|\bsubscribe\b/i.test(t) && countWords(t) <= 25 },
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

/**
 * A line carrying a © credit is a photo caption; so is a one-line block that ends in a parenthesised credit naming a
 * known agency (`(AFP)`, `(Reuters/Getty)`), after words that do not end a sentence. A body line ending in an
 * abbreviation in brackets (`(UAW)`) is not.
 */
function captionRule(block: Block, agencies: AgencyNames): string | null {
  const text = block.text;
  if (/©|\(c\) [A-Z]/.test(text)) return 'caption-credit-symbol';
  const credit = /\s*\(([A-Z][A-Za-z.]*(?:[ /][A-Z][A-Za-z.]*){0,3})\)$/.exec(text);
  if (!credit || credit.index === 0 || /[.!?"”’]$/.test(text.slice(0, credit.index)) || countWords(text) > 60 || text.includes('\n')) return null;
  return credit[1]!.split('/').some((name) => agencies.exact(name) !== null) ? 'caption-agency-credit' : null;
}

const BYLINE = /^By\s+(\S.{0,120})$/;

/**
 * A dateline at the start of a paragraph: a place (`BEIRUT`, `DERNA, Libya`, `London`), then a date (`Dec 22`,
 * `Sept 12, 2023`, `14 September 2023`) and/or an agency in brackets, then a dash: `BEIRUT, Dec 22 (Reuters) –`.
 * A place in capitals may be followed by the agency alone (`LONDON (Reuters) -`); a place in mixed case needs a date.
 */
const ANY_CASE_MONTH = `(?:${MONTH_WORD}|${MONTH_WORD.toUpperCase()})`;
const DATELINE = new RegExp(
  `^((?:[A-Z][A-Z.'’ -]{1,40}[A-Z.]|[A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+){0,2})(?:, [A-Z][A-Za-z.'’ -]{1,30}?){0,2})` +
    `(?:,\\s*((?:${ANY_CASE_MONTH}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+${ANY_CASE_MONTH}\\.?)(?:,?\\s+\\d{4})?))?` +
    `\\s*(?:\\((\\w[\\w .&'-]{0,30})\\))?\\s*[–—-]{1,2}\\s+`,
);

/**
 * A line that only dates the report: `This story is from March 31, 2002`, `Published July 2 2016`, `Updated: ...`,
 * `Date of publication 5 April 2017`, `Wed 05 Apr 2017 at 0914`, `13-08-2013`.
 */
const DATE_LINE_LEAD = /^(?:this (?:story|article|report) (?:is|was) (?:from|published(?: on)?)|(?:first |last )?(?:published|updated|posted|modified)(?: (?:on|at))?|date of publication)\s*:?\s*/i;

// ---- the segmenter ------------------------------------------------------------------------------------------

export interface Segmented {
  parts: Part[];
  title: string | null;
  dateline: Dateline | null;
}

export interface SegmentOptions {
  /** The year that settles a yearless dateline's date (the manifest's, or the report's own top lines'); else null. */
  publishedYear?: number | null;
  /** Known agencies and outlets: an agency credit makes a caption, an agency alone on the last line is a sign-off. */
  agencies?: readonly Agency[];
}

/** Labels every block of the text. */
export function segmentReport(text: string, options: SegmentOptions = {}): Segmented {
  const publishedYear = options.publishedYear ?? null;
  const agencies = agencyNames(options.agencies ?? []);
  const blocks = splitBlocks(text, (line) => isSignOff(line, agencies));
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
    else if (i >= blocks.length - 2 && isSignOff(b.text, agencies)) label(i, 'credits', 'sign-off');
  });
  const relatedAt = blocks.findIndex(
    (b, i) => isFree(i) && RELATED_LINKS.test(b.text) && blocks.slice(i + 1).every((n) => countWords(n.text) <= 25),
  );
  if (relatedAt >= 0) for (let i = relatedAt; i < blocks.length; i++) if (isFree(i)) label(i, 'boilerplate', 'related-links');
  blocks.forEach((b, i) => {
    if (!isFree(i)) return;
    const closer = EMBED_CLOSER.exec(b.text);
    if (closer) return labelEmbed(i, closer);
    const caption = captionRule(b, agencies);
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

  // 2. In reading order: lines that only date the report, the title, bylines, datelines, and repeated blocks.
  let title: string | null = null;
  let isTitleDecided = false;
  let titleKey = '';
  let isLeadTaken = false;
  let dateline: Dateline | null = null;
  /** A date that opens a block's text (`Wed 05 Apr 2017 After ...`), split off before the block's own part. */
  const leading = new Map<number, Part>();
  const seen = new Set<string>();
  const hasWordsAfter = (i: number): boolean => blocks.some((n, j) => j > i && isFree(j) && HAS_WORD.test(n.text));
  blocks.forEach((b, i) => {
    if (!isFree(i)) return;
    if (isDateLine(b.text)) return label(i, 'dateline', 'date-line');
    if (!isTitleDecided && DATELINE.exec(b.text) === null && leadingDate(b.text) === null) {
      isTitleDecided = true;
      if (readsAsTitle(b.text) && hasWordsAfter(i)) {
        title = b.text;
        titleKey = normalise(b.text);
        return label(i, 'title', 'first-line-title');
      }
    }
    isTitleDecided = true;
    if (BYLINE.test(b.text) && countWords(b.text) <= 14) return label(i, 'byline', 'by-line');
    const lead = leading.size === 0 && dateline === null ? leadingDate(b.text) : null;
    if (lead !== null) {
      leading.set(i, { kind: 'dateline', rule: 'leading-date', text: b.text.slice(0, lead.trimEnd().length), offset: [b.start, b.start + lead.trimEnd().length], line: b.line });
      blocks[i] = { ...b, start: b.start + lead.length, text: b.text.slice(lead.length), line: b.line + (lead.match(/\n/g)?.length ?? 0) };
      return;
    }
    const match = DATELINE.exec(b.text);
    const hasDateline = match !== null && (match[2] !== undefined || match[3] !== undefined);
    const key = normalise(hasDateline ? b.text.slice(match[0].length) : b.text);
    if (seen.has(key)) return label(i, 'duplicate', 'repeated-block');
    if (title !== null && key === titleKey) {
      // A page whose title is its lead sentence prints it again as the first paragraph: that copy is the body's lead.
      if (isLeadTaken || !titleReadsAsSentence(title)) return label(i, 'duplicate', 'repeated-title');
      isLeadTaken = true;
    }
    seen.add(key);
    if (hasDateline) {
      const head = match[0].trimEnd();
      dateline ??= {
        place: match[1]!,
        date: match[2] ? datelineDate(match[2], publishedYear) : null,
        dateText: match[2] ?? '',
        agency: match[3] ?? null,
        text: head,
        offset: [b.start, b.start + head.length],
      };
      labelled[i] = [
        { kind: 'dateline', rule: 'dateline', text: head, offset: [b.start, b.start + head.length], line: b.line },
        { kind: 'body', rule: 'after-dateline', text: b.text.slice(match[0].length), offset: [b.start + match[0].length, b.end], line: b.line + (match[0].match(/\n/g)?.length ?? 0) },
      ];
    }
  });

  // 3. What is left: a standfirst before the body, section headings, body paragraphs.
  const free = blocks.map((_, i) => i).filter(isFree);
  const typicalGap = median(free.map((i) => blocks[i]!.gapBefore).filter((g) => g > 0)) ?? 1;
  let hasBody = labelled.some((parts) => parts?.some((p) => p.kind === 'body'));
  /** The words of each free block, counted once: a block is asked again as the next one's neighbour. */
  const counted: number[] = [];
  const wordsOf = (i: number): number => (counted[i] ??= countWords(blocks[i]!.text));
  free.forEach((i, n) => {
    const b = blocks[i]!;
    const nextIndex = free[n + 1];
    const next = nextIndex === undefined ? null : blocks[nextIndex]!;
    const words = wordsOf(i);
    const isUnpunctuated = !/[.!?:;,"”’'…)]$/.test(b.text);
    // A standfirst is a short lead set apart from a body that follows it (looked for only before the body starts).
    const hasBodyAfter = (): boolean => free.slice(n + 1).some((j) => wordsOf(j) > 10);
    if (!hasBody && words > 10 && words <= STANDFIRST_MAX_WORDS && (isUnpunctuated || (next !== null && next.gapBefore > typicalGap)) && hasBodyAfter()) {
      return label(i, 'standfirst', isUnpunctuated ? 'standfirst-unpunctuated' : 'standfirst-set-apart');
    }
    if (words <= 10 && isUnpunctuated && /^[\p{Lu}\d]/u.test(b.text) && nextIndex !== undefined && wordsOf(nextIndex) > words) {
      return label(i, 'heading', 'section-heading');
    }
    hasBody = true;
    label(i, 'body', 'paragraph');
  });

  const parts = labelled.flatMap((own, i) => {
    const lead = leading.get(i);
    return lead ? [lead, ...(own ?? [])] : (own ?? []);
  });
  return { parts, title, dateline };
}

/** The longest a standfirst runs, in words; a longer lead block is the body. */
const STANDFIRST_MAX_WORDS = 60;
/** The longest a title runs, in words. */
const TITLE_MAX_WORDS = 30;

/**
 * A block reads as a title when it is short and one line of words: at most 30 words, no sentence ending inside it
 * and running on (`... rose. Officials said ...`).
 */
function readsAsTitle(text: string): boolean {
  return countWords(text) <= TITLE_MAX_WORDS && !/[.!?]["”’]?\s+["“‘]?[\p{Lu}\p{Ll}\d]/u.test(text);
}

/** A yearless dateline's date takes the year given; a dateline's own year (`Sept 12, 2023`) is its own. */
export function datelineDate(words: string, year: number | null): string | null {
  return findFullDates(words)[0]?.iso ?? monthDayToIso(words.replace(/^(\d{1,2})\s+([A-Za-z]+)\.?$/, '$2 $1'), year);
}

const WEEKDAY_LEAD = new RegExp(`^(?:${WEEKDAY_WORD}\\.?,?\\s+)?`, 'i');
/** After a date, what a page prints with it: a clock time and zone, `(updated ...)`. */
const DATE_TAIL = /^(?:,?\s*(?:at\s+)?\d{1,2}[:.]?\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}|UTC|GMT)(?:[+-]\d{1,2})?)?)?(?:\s*\((?:updated|modified)[^)]{0,40}\))?/i;

/** What a full date (findFullDates) opens with, tried where the date must start. */
const DATE_OPENING = new RegExp(`\\d|${MONTH_WORD}`, 'iy');

/** The words before a block's text proper when it opens with the report's date (`Wed 05 Apr 2017 `), else null. */
function leadingDate(text: string): string | null {
  const lead = DATE_LINE_LEAD.exec(text)?.[0] ?? '';
  const weekday = WEEKDAY_LEAD.exec(text.slice(lead.length))?.[0] ?? '';
  const at = lead.length + weekday.length;
  // a full date opens with a digit or a month's name: most blocks open with neither, and need no search
  DATE_OPENING.lastIndex = at;
  if (!DATE_OPENING.test(text)) return null;
  const date = findFullDates(text.slice(at, at + 40))[0];
  if (!date || date.span[0] !== 0) return null;
  const afterDate = at + date.span[1];
  const tail = DATE_TAIL.exec(text.slice(afterDate))?.[0] ?? '';
  const head = text.slice(0, afterDate + tail.length);
  const rest = text.slice(head.length);
  return /^\s+\S/.test(rest) || rest === '' ? head + (/^\s*/.exec(rest)?.[0] ?? '') : null;
}

/** A block that only dates the report (`This story is from March 31, 2002`, `Published July 2 2016`). */
function isDateLine(text: string): boolean {
  const head = leadingDate(text);
  return head !== null && head.trim() === text.trim() && countWords(text) <= 14;
}

/** A last line that is only an agency's name, as a wire's sign-off writes it: `Reuter`, `- AFP`, `Source: AA`. */
function isSignOff(text: string, agencies: AgencyNames): boolean {
  const name = withoutTrailingDots(text.replace(/^(?:[-–—]+\s*|source\s*:?\s+)/i, ''));
  return name.length <= 40 && agencies.exact(name) !== null;
}

const WHITE_SPACE = /\s/;

/**
 * The text without the full stops and white space that end it: what `replace(/[.\s]+$/, '')` does, read from the end
 * (that pattern, tried at every full stop and space of a line, cost more than the rest of the sign-off test).
 */
function withoutTrailingDots(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || WHITE_SPACE.test(text[end - 1]!))) end--;
  return text.slice(0, end);
}

/** A title that is a whole sentence (ends in a full stop, 15 words or more) may be the lead paragraph too. */
function titleReadsAsSentence(title: string): boolean {
  return /[.!?]["”’]?$/.test(title) && countWords(title) >= 15;
}

/** The comparison key of a block: case, spacing and quote styles folded. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201C\u201D"']/g, '')
    // runs of white space to one space: only those not already one space are replaced (most spaces are)
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim();
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
