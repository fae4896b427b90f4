// Date expressions in a report, resolved against its publication date (date-expressions.ts reads them); dated events
// and the timeline.
import { dayNumber, isIsoDate } from '../text/calendar.js';
import type { Sentence } from '../text/sentences.js';
import type { Article, DateMention, DatePrecision, FigurePart } from '../types.js';
import { dateExpressions } from './date-expressions.js';
import { readArticle, type Reading } from './reading.js';

/** A sentence that a date expression dates: one timeline entry. */
export interface DatedEvent {
  report: string;
  /** ISO date; the first day of the period for week, month and year precision. */
  date: string;
  precision: DatePrecision;
  basis: 'stated' | 'inferred';
  /** The date expression as written. */
  dateText: string;
  /** [start, end) of the date expression in the file. */
  dateOffset: [number, number];
  sentence: string;
  /** [start, end) of the sentence in the file. */
  offset: [number, number];
  part: FigurePart;
}

/** Parts whose words are searched for dates: the content parts, plus the dateline (`BEIRUT, Dec 22 (Reuters)`). */

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };

/** The publication day from an ISO date, or null when absent or not a real date. */
function publicationDay(value: string | null): number | null {
  return value !== null && isIsoDate(value) ? dayNumber(value) : null;
}

/** The indices of the parts whose dates are read: the parts a reader reads (see `readSegments`). */
function readParts(reading: Reading): Set<number> {
  return new Set(reading.segments.map((s) => s.partIndex));
}

/** Every date expression in the parts a reader reads and in the datelines, in file order; `reading` is the article's. */
export function extractDates(article: Article, reading: Reading = readArticle(article)): DateMention[] {
  const pub = publicationDay(article.meta.published.value);
  const mentions: DateMention[] = [];
  const read = readParts(reading);
  for (const [index, part] of article.parts.entries()) {
    if (!read.has(index) && part.kind !== 'dateline') continue;
    for (const c of dateExpressions(part.text, part.offset[0], pub)) {
      mentions.push({ report: article.id, text: c.text, offset: [c.start, c.end], date: c.date, precision: c.precision, basis: c.basis });
    }
  }
  return mentions;
}

function isInside(mention: DateMention, span: readonly [number, number]): boolean {
  return mention.offset[0] >= span[0] && mention.offset[1] <= span[1];
}

/** The first resolved day-precision mention inside the sentence's [start, end) offset, else null. */
export function sentenceDate(mentions: DateMention[], sentence: [number, number]): DateMention | null {
  return mentions.find((m) => m.precision === 'day' && m.date !== null && isInside(m, sentence)) ?? null;
}

/** The mention that dates a sentence: the finest precision, the first on a tie. */
function datingMention(mentions: DateMention[]): DateMention | null {
  let best: DateMention | null = null;
  for (const m of mentions) {
    if (m.date === null) continue;
    if (best === null || PRECISION_RANK[m.precision] < PRECISION_RANK[best.precision]) best = m;
  }
  return best;
}

/** Opening quotation marks and brackets that splitSentences may leave before a sentence's start. */
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[']);

/**
 * splitSentences, with each sentence kept inside the span and its text the exact slice, and any opening quotation
 * mark just before a sentence taken into it: a guard, since splitSentences already keeps both so.
 */
function sentencesIn(text: string, base: number, sentences: readonly Sentence[]): Array<{ text: string; offset: [number, number] }> {
  return sentences.map((sentence) => {
    let start = Math.max(sentence.offset[0] - base, 0);
    const end = Math.min(sentence.offset[1] - base, text.length);
    while (start > 0 && OPENERS.has(text[start - 1] ?? '')) start -= 1;
    return { text: text.slice(start, end), offset: [base + start, base + end] };
  });
}

/**
 * Sentences of the parts a reader reads that a resolved date expression dates. An embed's sentences are
 * those of the post's words; a post sentence without a date of its own takes the date of the post's closing line.
 */
export function extractEvents(article: Article, mentions: DateMention[], reading: Reading = readArticle(article)): DatedEvent[] {
  const events: DatedEvent[] = [];
  for (const segment of reading.segments) {
    const part = article.parts[segment.partIndex];
    if (!part) continue;
    const kind = part.kind as FigurePart;
    const inPart = mentions.filter((m) => m.report === article.id && isInside(m, part.offset));
    if (inPart.length === 0) continue;
    const postDate = part.embed ? datingMention(inPart.filter((m) => !isInside(m, part.embed!.textOffset))) : null;
    for (const sentence of sentencesIn(segment.text, segment.base, segment.sentences)) {
      const dating = datingMention(inPart.filter((m) => isInside(m, sentence.offset))) ?? postDate;
      if (dating === null || dating.date === null) continue;
      events.push({
        report: article.id,
        date: dating.date,
        precision: dating.precision,
        basis: dating.basis,
        dateText: dating.text,
        dateOffset: dating.offset,
        sentence: sentence.text,
        offset: sentence.offset,
        part: kind,
      });
    }
  }
  return events;
}

/** Events oldest first; ties by report id, then by offset in the file. */
export function buildTimeline(events: DatedEvent[]): DatedEvent[] {
  return [...events].sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      (a.report < b.report ? -1 : a.report > b.report ? 1 : 0) ||
      a.offset[0] - b.offset[0],
  );
}
