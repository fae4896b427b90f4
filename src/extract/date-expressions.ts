// Date expressions as English writes them (absolute and relative: `Dec 22`, `last Thursday`, `two weeks ago`, `the
// past 48 hours`), each resolved against the publication day to a date and a precision.
import { dateOfDay, dayOf, daysInMonth, firstOfMonthIndex, formatIso, isoOfDay, mondayOf, MONTH_WORD, monthIndex, monthNumber, weekdayNumber, weekdayOfDay } from '../text/calendar.js';
import type { DatePrecision } from '../types.js';

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
/** A month name; the full stop is taken only after an abbreviation (`Dec.`), never after `March.` ending a sentence. */
const MONTH = `(${MONTH_WORD})(?:(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))\\.)?`;
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

export interface Resolved {
  date: string | null;
  precision: DatePrecision;
  basis: 'stated' | 'inferred';
}

/** What a rule sees: the match's groups (undefined when a group did not take part) and the publication day. */
type Resolver = (groups: Array<string | undefined>, pub: number | null) => Resolved | null;

interface Rule {
  name: string;
  /** A word every match holds, tested first: most parts name no month or weekday, and the full patterns are slow to fail. */
  hint: RegExp | null;
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
  return { date: formatIso(year, month, day), precision: 'day', basis: 'stated' };
}

/** Days after publication beyond which a month and day without a year is taken to be in the previous year. */
const FUTURE_TOLERANCE_DAYS = 62;

/** The year of a month and day written without one: the publication year, or the one before if that is too far ahead. */
function yearForMonthDay(month: number, day: number, pub: number): number {
  const { year } = dateOfDay(pub);
  const candidate = dayOf(year, month, Math.min(day, daysInMonth(year, month)));
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
  const today = weekdayOfDay(pub);
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
  const { year, month } = dateOfDay(pub);
  if (u === 'hour') return inferred(isoOfDay(pub - Math.ceil(count / 24)), 'day');
  if (u === 'day') return inferred(isoOfDay(pub - count), 'day');
  if (u === 'week') return inferred(isoOfDay(mondayOf(pub - 7 * count)), 'week');
  if (u === 'month') return inferred(firstOfMonthIndex(monthIndex(year, month) - count), 'month');
  if (u === 'decade') return inferred(formatIso(year - 10 * count, 1, 1), 'year');
  return inferred(formatIso(year - count, 1, 1), 'year');
}

/** The first day of the window `the last N units` ending on publication: days back for hours, days and weeks. */
function windowStart(unit: string, count: number, pub: number): Resolved {
  const u = unit.toLowerCase().replace(/s$/, '');
  const { year, month } = dateOfDay(pub);
  if (u === 'hour') return inferred(isoOfDay(pub - Math.ceil(count / 24)), 'day');
  if (u === 'day') return inferred(isoOfDay(pub - count), 'day');
  if (u === 'week') return inferred(isoOfDay(pub - 7 * count), 'day');
  if (u === 'month') return inferred(firstOfMonthIndex(monthIndex(year, month) - count), 'month');
  if (u === 'decade') return inferred(formatIso(year - 10 * count, 1, 1), 'year');
  return inferred(formatIso(year - count, 1, 1), 'year');
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
  const { year, month } = dateOfDay(pub);
  const pubIndex = monthIndex(year, month);
  let startYear = month >= start ? year : year - 1;
  const isWithin = pubIndex - monthIndex(startYear, start) < 3;
  const mod = modifier?.toLowerCase();
  if (mod === 'last' && isWithin) startYear -= 1;
  if (mod === 'next') startYear = month >= start ? year + 1 : year;
  if (mod === 'this' && !isWithin && start !== 12) startYear = year;
  return inferred(formatIso(startYear, start, 1), 'month');
}

/** A month named alone: `last March` strictly before, `next March` strictly after, else the month-day year rule. */
function resolveMonthAlone(month: number, modifier: string | undefined, pub: number): Resolved {
  const { year, month: pubMonth } = dateOfDay(pub);
  const mod = modifier?.toLowerCase();
  if (mod === 'last') return inferred(formatIso(month < pubMonth ? year : year - 1, month, 1), 'month');
  if (mod === 'next') return inferred(formatIso(month > pubMonth ? year : year + 1, month, 1), 'month');
  if (mod === 'this') return inferred(formatIso(year, month, 1), 'month');
  return { date: formatIso(yearForMonthDay(month, 1, pub), month, 1), precision: 'month', basis: 'stated' };
}

/** this / last / next (and earlier / later this) week, month or year. */
function resolveCalendarUnit(unit: string, shift: number, pub: number): Resolved {
  const u = unit.toLowerCase();
  const { year, month } = dateOfDay(pub);
  if (u === 'week') return inferred(isoOfDay(mondayOf(pub) + 7 * shift), 'week');
  if (u === 'month') return inferred(firstOfMonthIndex(monthIndex(year, month) + shift), 'month');
  return inferred(formatIso(year + shift, 1, 1), 'year');
}

function shiftOf(word: string | undefined): number {
  const w = word?.toLowerCase() ?? '';
  if (w === 'last' || w === 'previous' || w === 'past') return -1;
  if (w === 'next' || w === 'coming') return 1;
  return 0;
}

/** A rule; `hint` is the source of its hint (null for none), read with the pattern's case-sensitivity. */
function rule(name: string, hint: string | null, source: string, resolve: Resolver, flags = 'g'): Rule {
  return { name, hint: hint === null ? null : new RegExp(hint, flags.replace('g', '')), pattern: new RegExp(source, flags), resolve };
}

/** The hints: a month's or a weekday's name (case-sensitive, as in the rules), a year, a season. */
const YEAR_HINT = '(?:19|20)\\d{2}';
const SEASON_HINT = 'spring|summer|autumn|fall|winter';

const RULES: readonly Rule[] = [
  rule('iso-date', null, `\\b(\\d{4})-(\\d{2})-(\\d{2})\\b(?!-)`, ([y, m, d]) => {
    const month = Number(m);
    if (month < 1 || month > 12) return null;
    return statedDay(Number(y), month, Number(d));
  }),
  // December 15, 2016 · Thursday, Dec. 15 · on Dec 22
  rule('month-day', MONTH_WORD, `\\b${PREP}?${WEEKDAY_LEAD}${MONTH}\\s+${DAY}\\b(?:,?\\s+${YEAR}\\b)?(?!\\s*(?:\\d|[-–]\\s*\\d))`, ([, month, day, year], pub) =>
    resolveMonthDay(monthOf(month), day, year, pub),
  ),
  // 15 December 2016 · on 15 December · Thursday 15th of December
  rule('day-month', MONTH_WORD, `\\b${PREP}?${WEEKDAY_LEAD}(?:the\\s+)?(?<![\\d,.]|[-–]\\s?)${DAY}(?:\\s+of)?\\s+${MONTH}(?![A-Za-z])(?:,?\\s+${YEAR}\\b)?`, ([, day, month, year], pub) =>
    resolveMonthDay(monthOf(month), day, year, pub),
  ),
  // December 2016 · in mid-March 2011
  rule('month-year', MONTH_WORD, `\\b(?:${PREP}${PART_OF}?|${PART_OF})?${MONTH},?\\s+(?:of\\s+)?${YEAR}\\b`, ([month, year]) => {
    const m = monthOf(month);
    return m === null ? null : { date: formatIso(Number(year), m, 1), precision: 'month', basis: 'stated' };
  }),
  // in March · since last December · mid-December
  rule('month-alone', MONTH_WORD, `\\b(?:${PREP}(?:${MODIFIER}\\s+)?${PART_OF}?|${MODIFIER}\\s+|${PART_OF})${MONTH}${MONTH_ALONE_END}`, ([mod1, mod2, month], pub) => {
    const m = monthOf(month);
    if (m === null) return null;
    return pub === null ? inferred(null, 'month') : resolveMonthAlone(m, mod1 ?? mod2, pub);
  }),
  // since 2012 · in early 2011 · mid-2015: a year needs a preposition to be a date
  rule('year', YEAR_HINT, `\\b(?:${PREP}${PART_OF}?|[Mm]id-)${YEAR}(?!\\s*(?:%|per\\s?cent))`, ([year]) => ({
    date: formatIso(Number(year), 1, 1),
    precision: 'year',
    basis: 'stated',
  })),
  // the summer of 2012 · summer 2012
  rule('season-year', SEASON_HINT, `\\b${PREP}?(?:the\\s+)?${PART_OF}?(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?${YEAR}\\b`, ([season, year], _pub) => {
    const start = SEASON_START[(season ?? '').toLowerCase()];
    return start === undefined ? null : { date: formatIso(Number(year), start, 1), precision: 'month', basis: 'stated' };
  }, 'gi'),
  // in the summer · last winter · this spring (`the fall of Aleppo` is no season)
  rule('season', SEASON_HINT, `\\b${PREP}?(?:the\\s+|(this|last|next)\\s+)${PART_OF}?(spring|summer|autumn|fall|winter)\\b(?!\\s+of\\b|-)`, ([mod, season], pub) =>
    pub === null ? inferred(null, 'month') : resolveSeason(season ?? 'summer', mod, pub),
  'gi'),
  // in the early hours of Thursday · the night of Wednesday
  rule('part-of-weekday', WEEKDAY, `\\b${PREP}?(?:[Tt]he\\s+)?(?:(?:${anyCase(['early', 'small', 'late', 'wee'])})\\s+)?(?:hours|morning|afternoon|evening|night)\\s+of\\s+${WEEKDAY}\\b`, ([weekday], pub) => {
    const w = weekdayOfWord(weekday);
    if (w === null) return null;
    return inferred(pub === null ? null : resolveWeekday(w, 'back', pub), 'day');
  }),
  // on Thursday · Wednesday night · last Friday · next Monday · late on Thursday
  rule(
    'weekday',
    WEEKDAY,
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
  rule('today', 'today|tonight|this|overnight', `\\b(?:(?:earlier|later)\\s+)?(?:today|tonight|this\\s+(?:morning|afternoon|evening))\\b|(?<!\\b(?:an|the)\\s)\\bovernight\\b(?!-)`, (_g, pub) =>
    inferred(pub === null ? null : isoOfDay(pub), 'day'),
  'gi'),
  rule('yesterday', 'yesterday|last', `\\b(?:the\\s+day\\s+before\\s+)?yesterday(?:\\s+(?:morning|afternoon|evening))?\\b|\\blast\\s+night\\b`, (_g, pub) =>
    inferred(pub === null ? null : isoOfDay(pub - 1), 'day'),
  'gi'),
  rule('tomorrow', 'tomorrow', `\\b(?:the\\s+day\\s+after\\s+)?tomorrow(?:\\s+(?:morning|afternoon|evening|night))?\\b`, (_g, pub) =>
    inferred(pub === null ? null : isoOfDay(pub + 1), 'day'),
  'gi'),
  // earlier this month · last week · next year · later in the week
  rule('calendar-unit', 'week|month|year', `\\b(?:(?:earlier|later)\\s+(?:this|in\\s+the)|(this|last|next|previous|coming))\\s+(week|month|year)\\b(?!-)`, ([mod, unit], pub) =>
    pub === null ? inferred(null, precisionOfUnit(unit ?? 'year')) : resolveCalendarUnit(unit ?? 'year', shiftOf(mod), pub),
  'gi'),
  // six years ago · a decade ago · 48 hours ago
  rule('ago', 'ago', `\\b${COUNT}\\s+(hours?|days?|weeks?|months?|years?|decades?)\\s+ago\\b`, ([count, unit], pub) => {
    const n = parseCount(count ?? '');
    if (n === null || unit === undefined) return null;
    return pub === null ? inferred(null, precisionOfUnit(unit)) : shiftUnit(unit, n, pub);
  }, 'gi'),
  // over the last 48 hours · in the past two weeks: the date is the window's first day (publication minus the span)
  rule('window', 'last|past|previous', `\\b(?<!\\bfor\\s)(?:(?:over|in|during|within)\\s+)?the\\s+(?:last|past|previous)\\s+(?:${COUNT}\\s+)?(hours?|days?|weeks?|months?|years?|decades?)\\b`, ([count, unit], pub) => {
    const n = count === undefined ? 1 : parseCount(count);
    if (n === null || unit === undefined) return null;
    if (pub === null) return inferred(null, precisionOfUnit(unit) === 'week' ? 'day' : precisionOfUnit(unit));
    return windowStart(unit, n, pub);
  }, 'gi'),
];

export interface DateCandidate extends Resolved {
  start: number;
  end: number;
  text: string;
}

function candidatesIn(text: string, base: number, pub: number | null): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const r of RULES) {
    if (r.hint !== null && !r.hint.test(text)) continue;
    // exec by lastIndex, not matchAll (which copies the pattern per call); the loop ends with lastIndex back at 0
    r.pattern.lastIndex = 0;
    for (let m = r.pattern.exec(text); m !== null; m = r.pattern.exec(text)) {
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
function keepLongest(candidates: DateCandidate[], base: number, length: number): DateCandidate[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const isTaken = new Uint8Array(length);
  const kept: DateCandidate[] = [];
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

/** The date expressions of a span of the file (`text` starting at `base`), resolved against the publication day; the
 * longest of overlapping ones kept, in file order. */
export function dateExpressions(text: string, base: number, pub: number | null): DateCandidate[] {
  return keepLongest(candidatesIn(text, base, pub), base, text.length);
}
