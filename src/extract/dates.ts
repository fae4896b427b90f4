// Date expressions in a report (absolute and relative), resolved against its publication date; dated events and the timeline.
import { monthNumber, weekdayNumber } from '../text/calendar.js';
import type { Sentence } from '../text/sentences.js';
import type { Article, DateMention, DatePrecision, FigurePart } from '../types.js';
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

// ---- UTC day arithmetic: a day is an integer count of days since 1970-01-01 -------------------------------

const MS_PER_DAY = 86_400_000;

function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

function ymd(dayNo: number): { year: number; month: number; day: number } {
  const d = new Date(dayNo * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoOf(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function isoOfDay(dayNo: number): string {
  const { year, month, day } = ymd(dayNo);
  return isoOf(year, month, day);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekdayOf(dayNo: number): number {
  return (((dayNo + 4) % 7) + 7) % 7;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Months counted from year 0 (month 1-based → index), so that adding months is integer arithmetic. */
function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

function firstOfMonthIndex(index: number): string {
  return isoOf(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** Monday of the ISO week containing the day. */
function mondayOf(dayNo: number): number {
  return dayNo - ((weekdayOf(dayNo) + 6) % 7);
}

/** The publication day from an ISO date, or null when absent or malformed. */
function publicationDay(value: string | null): number | null {
  if (value === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumber(year, month, day);
}

// ---- English lexicon --------------------------------------------------------------------------------------

/** First month of each season (northern hemisphere, meteorological). */
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

function parseCount(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d{1,4}$/.test(w)) return Number(w);
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w] ?? null;
  const parts = w.split('-');
  if (parts.length === 2 && parts[0] !== undefined && parts[1] !== undefined) {
    const tens = NUMBER_WORDS[parts[0]];
    const units = NUMBER_WORDS[parts[1]];
    if (tens !== undefined && units !== undefined && tens >= 20 && units < 10) return tens + units;
  }
  return null;
}

// Regular-expression pieces. Each is a flat alternation or a bounded repetition, so matching stays linear.
const MONTH_RE =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
/** A month name; the full stop is taken only after an abbreviation (`Dec.`), never after `March.` ending a sentence. */
const MONTH = `(${MONTH_RE})(?:(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))\\.)?`;
/** After a month named alone: not a word going on, not a day or year (those are other rules). */
const MONTH_ALONE_END = '(?![A-Za-z]|\\.?\\s*\\d)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY = '(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?';
const YEAR = '(?<![\\d,.])((?:19|20)\\d{2})(?!\\d|[,.]\\d)';
/** `on` → `[Oo]n`: a word that may open a sentence, for the rules that are case-sensitive about month and weekday names. */
function anyCase(words: string[]): string {
  return words.map((w) => `[${w[0]?.toUpperCase() ?? ''}${w[0] ?? ''}]${w.slice(1)}`).join('|');
}
/** Prepositions kept in a mention's text when they lead it (`since 2012`, `on Thursday`). */
const PREP = `(?:(?:${anyCase(['on', 'in', 'since', 'until', 'till', 'by', 'from', 'during', 'throughout', 'through', 'before', 'after', 'into'])})\\s+)`;
/** `early`, `late`, `mid-` before a month, season or year. */
const PART_OF = `(?:(?:${anyCase(['early', 'late'])})\\s+|[Mm]id-)`;
const MODIFIER = `(${anyCase(['last', 'next', 'this'])})`;
/** A weekday named with the day (`Thursday, Dec. 15`) is one mention. */
const WEEKDAY_LEAD = `(?:${WEEKDAY},?\\s+)?`;
const COUNT = '(\\d{1,4}|[A-Za-z]+(?:-[A-Za-z]+)?)';
/** Weekday names that are part of a holiday or a title, not a date. */
const WEEKDAY_NOT_BEFORE = '(?<!\\b(?:Good|Black|Ash|Holy|Maundy|Cyber|Bloody|Super|Palm|Easter)\\s)';
const WEEKDAY_NOT_AFTER = '(?!\\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Observer|Independent|prayers?)\\b)';

interface Resolved {
  date: string | null;
  precision: DatePrecision;
  basis: 'stated' | 'inferred';
}

/** What a rule sees: the match's groups (undefined when a group did not take part) and the publication day. */
type Resolver = (groups: Array<string | undefined>, pub: number | null) => Resolved | null;

interface Rule {
  name: string;
  pattern: RegExp;
  resolve: Resolver;
}

function monthOf(word: string | undefined): number | null {
  return word === undefined ? null : monthNumber(word);
}

function weekdayOfWord(word: string | undefined): number | null {
  return word === undefined ? null : weekdayNumber(word);
}

/** A stated day; null when the day does not exist in that month. */
function statedDay(year: number, month: number, day: number): Resolved | null {
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { date: isoOf(year, month, day), precision: 'day', basis: 'stated' };
}

/** Days after publication beyond which a month and day without a year is taken to be in the previous year. */
const FUTURE_TOLERANCE_DAYS = 62;

/** The year of a month and day written without one: the publication year, or the one before if that is too far ahead. */
function yearForMonthDay(month: number, day: number, pub: number): number {
  const { year } = ymd(pub);
  const candidate = dayNumber(year, month, Math.min(day, daysInMonth(year, month)));
  return candidate - pub > FUTURE_TOLERANCE_DAYS ? year - 1 : year;
}

function resolveMonthDay(month: number | null, dayText: string | undefined, yearText: string | undefined, pub: number | null): Resolved | null {
  if (month === null || dayText === undefined) return null;
  const day = Number(dayText);
  if (day < 1 || day > 31) return null;
  if (yearText !== undefined) return statedDay(Number(yearText), month, day);
  if (day > daysInMonth(2000, month)) return null;
  if (pub === null) return { date: null, precision: 'day', basis: 'stated' };
  return statedDay(yearForMonthDay(month, day, pub), month, day);
}

/** The weekday `target` relative to publication: `back` = on or before, `before` = strictly before, `after` = strictly after. */
function resolveWeekday(target: number, direction: 'back' | 'before' | 'after', pub: number): string {
  const today = weekdayOf(pub);
  if (direction === 'after') {
    const ahead = (target - today + 7) % 7;
    return isoOfDay(pub + (ahead === 0 ? 7 : ahead));
  }
  const back = (today - target + 7) % 7;
  return isoOfDay(pub - (direction === 'before' && back === 0 ? 7 : back));
}

function inferred(date: string | null, precision: DatePrecision): Resolved {
  return { date, precision, basis: 'inferred' };
}

/** `N units ago`: the period of that unit N units before publication (a week from its Monday). */
function shiftUnit(unit: string, count: number, pub: number): Resolved {
  const u = unit.toLowerCase().replace(/s$/, '');
  const { year, month } = ymd(pub);
  if (u === 'hour') return inferred(isoOfDay(pub - Math.ceil(count / 24)), 'day');
  if (u === 'day') return inferred(isoOfDay(pub - count), 'day');
  if (u === 'week') return inferred(isoOfDay(mondayOf(pub - 7 * count)), 'week');
  if (u === 'month') return inferred(firstOfMonthIndex(monthIndex(year, month) - count), 'month');
  if (u === 'decade') return inferred(isoOf(year - 10 * count, 1, 1), 'year');
  return inferred(isoOf(year - count, 1, 1), 'year');
}

/** The first day of the window `the last N units` ending on publication: days back for hours, days and weeks. */
function windowStart(unit: string, count: number, pub: number): Resolved {
  const u = unit.toLowerCase().replace(/s$/, '');
  const { year, month } = ymd(pub);
  if (u === 'hour') return inferred(isoOfDay(pub - Math.ceil(count / 24)), 'day');
  if (u === 'day') return inferred(isoOfDay(pub - count), 'day');
  if (u === 'week') return inferred(isoOfDay(pub - 7 * count), 'day');
  if (u === 'month') return inferred(firstOfMonthIndex(monthIndex(year, month) - count), 'month');
  if (u === 'decade') return inferred(isoOf(year - 10 * count, 1, 1), 'year');
  return inferred(isoOf(year - count, 1, 1), 'year');
}

function precisionOfUnit(unit: string): DatePrecision {
  const u = unit.toLowerCase().replace(/s$/, '');
  if (u === 'hour' || u === 'day') return 'day';
  if (u === 'week') return 'week';
  if (u === 'month') return 'month';
  return 'year';
}

/** The most recent start of `season` on or before publication, shifted by whole years for `last` / `next` / `this`. */
function resolveSeason(season: string, modifier: string | undefined, pub: number): Resolved {
  const start = SEASON_START[season.toLowerCase()] ?? 6;
  const { year, month } = ymd(pub);
  const pubIndex = monthIndex(year, month);
  let startYear = month >= start ? year : year - 1;
  const isWithin = pubIndex - monthIndex(startYear, start) < 3;
  const mod = modifier?.toLowerCase();
  if (mod === 'last' && isWithin) startYear -= 1;
  if (mod === 'next') startYear = month >= start ? year + 1 : year;
  if (mod === 'this' && !isWithin && start !== 12) startYear = year;
  return inferred(isoOf(startYear, start, 1), 'month');
}

/** A month named alone: `last March` strictly before, `next March` strictly after, else the month-day year rule. */
function resolveMonthAlone(month: number, modifier: string | undefined, pub: number): Resolved {
  const { year, month: pubMonth } = ymd(pub);
  const mod = modifier?.toLowerCase();
  if (mod === 'last') return inferred(isoOf(month < pubMonth ? year : year - 1, month, 1), 'month');
  if (mod === 'next') return inferred(isoOf(month > pubMonth ? year : year + 1, month, 1), 'month');
  if (mod === 'this') return inferred(isoOf(year, month, 1), 'month');
  return { date: isoOf(yearForMonthDay(month, 1, pub), month, 1), precision: 'month', basis: 'stated' };
}

/** this / last / next (and earlier / later this) week, month or year. */
function resolveCalendarUnit(unit: string, shift: number, pub: number): Resolved {
  const u = unit.toLowerCase();
  const { year, month } = ymd(pub);
  if (u === 'week') return inferred(isoOfDay(mondayOf(pub) + 7 * shift), 'week');
  if (u === 'month') return inferred(firstOfMonthIndex(monthIndex(year, month) + shift), 'month');
  return inferred(isoOf(year + shift, 1, 1), 'year');
}

function shiftOf(word: string | undefined): number {
  const w = word?.toLowerCase() ?? '';
  if (w === 'last' || w === 'previous' || w === 'past') return -1;
  if (w === 'next' || w === 'coming') return 1;
  return 0;
}

function rule(name: string, source: string, resolve: Resolver, flags = 'g'): Rule {
  return { name, pattern: new RegExp(source, flags), resolve };
}

const RULES: readonly Rule[] = [
  rule('iso-date', `\\b(\\d{4})-(\\d{2})-(\\d{2})\\b(?!-)`, ([y, m, d]) => {
    const month = Number(m);
    if (month < 1 || month > 12) return null;
    return statedDay(Number(y), month, Number(d));
  }),
  // December 15, 2016 · Thursday, Dec. 15 · on Dec 22
  rule('month-day', `\\b${PREP}?${WEEKDAY_LEAD}${MONTH}\\s+${DAY}\\b(?:,?\\s+${YEAR}\\b)?(?!\\s*(?:\\d|[-–]\\s*\\d))`, ([, month, day, year], pub) =>
    resolveMonthDay(monthOf(month), day, year, pub),
  ),
  // 15 December 2016 · on 15 December · Thursday 15th of December
  rule('day-month', `\\b${PREP}?${WEEKDAY_LEAD}(?:the\\s+)?(?<![\\d,.]|[-–]\\s?)${DAY}(?:\\s+of)?\\s+${MONTH}(?![A-Za-z])(?:,?\\s+${YEAR}\\b)?`, ([, day, month, year], pub) =>
    resolveMonthDay(monthOf(month), day, year, pub),
  ),
  // December 2016 · in mid-March 2011
  rule('month-year', `\\b(?:${PREP}${PART_OF}?|${PART_OF})?${MONTH},?\\s+(?:of\\s+)?${YEAR}\\b`, ([month, year]) => {
    const m = monthOf(month);
    return m === null ? null : { date: isoOf(Number(year), m, 1), precision: 'month', basis: 'stated' };
  }),
  // in March · since last December · mid-December
  rule('month-alone', `\\b(?:${PREP}(?:${MODIFIER}\\s+)?${PART_OF}?|${MODIFIER}\\s+|${PART_OF})${MONTH}${MONTH_ALONE_END}`, ([mod1, mod2, month], pub) => {
    const m = monthOf(month);
    if (m === null) return null;
    return pub === null ? inferred(null, 'month') : resolveMonthAlone(m, mod1 ?? mod2, pub);
  }),
  // since 2012 · in early 2011 · mid-2015: a year needs a preposition to be a date
  rule('year', `\\b(?:${PREP}${PART_OF}?|[Mm]id-)${YEAR}(?!\\s*(?:%|per\\s?cent))`, ([year]) => ({
    date: isoOf(Number(year), 1, 1),
    precision: 'year',
    basis: 'stated',
  })),
  // the summer of 2012 · summer 2012
  rule('season-year', `\\b${PREP}?(?:the\\s+)?${PART_OF}?(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?${YEAR}\\b`, ([season, year], _pub) => {
    const start = SEASON_START[(season ?? '').toLowerCase()];
    return start === undefined ? null : { date: isoOf(Number(year), start, 1), precision: 'month', basis: 'stated' };
  }, 'gi'),
  // in the summer · last winter · this spring (`the fall of Aleppo` is no season)
  rule('season', `\\b${PREP}?(?:the\\s+|(this|last|next)\\s+)${PART_OF}?(spring|summer|autumn|fall|winter)\\b(?!\\s+of\\b|-)`, ([mod, season], pub) =>
    pub === null ? inferred(null, 'month') : resolveSeason(season ?? 'summer', mod, pub),
  'gi'),
  // in the early hours of Thursday · the night of Wednesday
  rule('part-of-weekday', `\\b${PREP}?(?:[Tt]he\\s+)?(?:(?:${anyCase(['early', 'small', 'late', 'wee'])})\\s+)?(?:hours|morning|afternoon|evening|night)\\s+of\\s+${WEEKDAY}\\b`, ([weekday], pub) => {
    const w = weekdayOfWord(weekday);
    if (w === null) return null;
    return inferred(pub === null ? null : resolveWeekday(w, 'back', pub), 'day');
  }),
  // on Thursday · Wednesday night · last Friday · next Monday · late on Thursday
  rule(
    'weekday',
    `\\b(?:(?:${anyCase(['early', 'late'])})\\s+)?${PREP}?(?:(${anyCase(['last', 'next', 'this', 'past', 'coming'])})\\s+)?${WEEKDAY_NOT_BEFORE}${WEEKDAY}\\b${WEEKDAY_NOT_AFTER}(?:\\s+(?:morning|afternoon|evening|night)\\b)?`,
    ([mod, weekday], pub) => {
      const w = weekdayOfWord(weekday);
      if (w === null) return null;
      if (pub === null) return inferred(null, 'day');
      const m = mod?.toLowerCase();
      const direction = m === 'next' || m === 'coming' ? 'after' : m === 'last' || m === 'past' ? 'before' : 'back';
      return inferred(resolveWeekday(w, direction, pub), 'day');
    },
  ),
  // today · earlier today · tonight · this morning · overnight (the night ending on publication day)
  rule('today', `\\b(?:(?:earlier|later)\\s+)?(?:today|tonight|this\\s+(?:morning|afternoon|evening))\\b|(?<!\\b(?:an|the)\\s)\\bovernight\\b(?!-)`, (_g, pub) =>
    inferred(pub === null ? null : isoOfDay(pub), 'day'),
  'gi'),
  rule('yesterday', `\\b(?:the\\s+day\\s+before\\s+)?yesterday(?:\\s+(?:morning|afternoon|evening))?\\b|\\blast\\s+night\\b`, (_g, pub) =>
    inferred(pub === null ? null : isoOfDay(pub - 1), 'day'),
  'gi'),
  rule('tomorrow', `\\b(?:the\\s+day\\s+after\\s+)?tomorrow(?:\\s+(?:morning|afternoon|evening|night))?\\b`, (_g, pub) =>
    inferred(pub === null ? null : isoOfDay(pub + 1), 'day'),
  'gi'),
  // earlier this month · last week · next year · later in the week
  rule('calendar-unit', `\\b(?:(?:earlier|later)\\s+(?:this|in\\s+the)|(this|last|next|previous|coming))\\s+(week|month|year)\\b(?!-)`, ([mod, unit], pub) =>
    pub === null ? inferred(null, precisionOfUnit(unit ?? 'year')) : resolveCalendarUnit(unit ?? 'year', shiftOf(mod), pub),
  'gi'),
  // six years ago · a decade ago · 48 hours ago
  rule('ago', `\\b${COUNT}\\s+(hours?|days?|weeks?|months?|years?|decades?)\\s+ago\\b`, ([count, unit], pub) => {
    const n = parseCount(count ?? '');
    if (n === null || unit === undefined) return null;
    return pub === null ? inferred(null, precisionOfUnit(unit)) : shiftUnit(unit, n, pub);
  }, 'gi'),
  // over the last 48 hours · in the past two weeks: the date is the window's first day (publication minus the span)
  rule('window', `\\b(?<!\\bfor\\s)(?:(?:over|in|during|within)\\s+)?the\\s+(?:last|past|previous)\\s+(?:${COUNT}\\s+)?(hours?|days?|weeks?|months?|years?|decades?)\\b`, ([count, unit], pub) => {
    const n = count === undefined ? 1 : parseCount(count);
    if (n === null || unit === undefined) return null;
    if (pub === null) return inferred(null, precisionOfUnit(unit) === 'week' ? 'day' : precisionOfUnit(unit));
    return windowStart(unit, n, pub);
  }, 'gi'),
];

interface Candidate extends Resolved {
  start: number;
  end: number;
  text: string;
}

function candidatesIn(text: string, base: number, pub: number | null): Candidate[] {
  const found: Candidate[] = [];
  for (const r of RULES) {
    r.pattern.lastIndex = 0;
    for (const m of text.matchAll(r.pattern)) {
      const resolved = r.resolve(m.slice(1), pub);
      if (resolved === null) continue;
      const matched = m[0].replace(/\s+$/, '');
      if (matched === '') continue;
      const start = base + m.index;
      found.push({ ...resolved, start, end: start + matched.length, text: matched });
    }
  }
  return found;
}

/** Keeps the longest of overlapping candidates (the earlier on a tie), in file order; `base` and `length` bound the span. */
function keepLongest(candidates: Candidate[], base: number, length: number): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const isTaken = new Uint8Array(length);
  const kept: Candidate[] = [];
  for (const c of ordered) {
    let isFree = true;
    for (let i = c.start - base; i < c.end - base; i += 1) {
      if (isTaken[i] === 1) {
        isFree = false;
        break;
      }
    }
    if (!isFree) continue;
    isTaken.fill(1, c.start - base, c.end - base);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
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
    for (const c of keepLongest(candidatesIn(part.text, part.offset[0], pub), part.offset[0], part.text.length)) {
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
