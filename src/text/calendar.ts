// The calendar: month and weekday names, ISO days, and reading the common written forms of a full date. Pure.

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Month names and their short forms (`Sept` too), lower case, to the month's number (1-12). */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap(
    (name, i): Array<[string, number]> => [
      [name, i + 1],
      [name.slice(0, 3), i + 1],
      ...(name === 'september' ? [['sept', 9] as [string, number]] : []),
    ],
  ),
);

/** A month's name or short form, as a regular-expression source (case-insensitive use is the caller's). */
export const MONTH_WORD =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** A weekday's name or short form (`Wed`, `Thurs`), as a regular-expression source. */
export const WEEKDAY_WORD = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?';

/** The number (1-12) of a month's name or short form, any case, with or without a full stop; else null. */
export function monthNumber(word: string): number | null {
  return MONTH_NUMBERS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map(WEEKDAY_NAMES.map((name, i): [string, number] => [name, i]));

/** The full names of the months and weekdays, lower case (`january`, `monday`). */
export const CALENDAR_NAMES: readonly string[] = [...MONTH_NAMES, ...WEEKDAY_NAMES];

/** Every word isCalendarWord knows, lower case: the months' names and short forms, the weekdays' names. */
export const CALENDAR_WORDS: readonly string[] = [...MONTH_NUMBERS.keys(), ...WEEKDAY_NAMES];

/** The number (0 = Sunday ... 6 = Saturday) of a weekday's full name, any case; else null. */
export function weekdayNumber(word: string): number | null {
  return WEEKDAY_NUMBERS.get(word.toLowerCase()) ?? null;
}

/** True for a month's name or short form, or a weekday's full name (`may`, `Sept`, `Thursday`): a word of the calendar. */
export function isCalendarWord(word: string): boolean {
  return monthNumber(word) !== null || weekdayNumber(word) !== null;
}

/** A real calendar date as YYYY-MM-DD, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && isoDate(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD), or null when it is not one. */
export function dayNumber(iso: string | null): number | null {
  const m = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(ms) ? Math.round(ms / 86_400_000) : null;
}

/** The ISO date (YYYY-MM-DD) of a day number (days since 1970-01-01). */
export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of a year, month (1-12) and day; months and days past their end roll over, as Date.UTC does. */
export function dayOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The year, month (1-12) and day of a day number. */
export function dateOfDay(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** YYYY-MM-DD of a year, month and day as given (no check that the day exists). */
export function formatIso(year: number, month: number, day: number): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** 0 = Sunday … 6 = Saturday of a day number (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Monday of the ISO week that holds the day. */
export function mondayOf(day: number): number {
  return day - ((weekdayOfDay(day) + 6) % 7);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Months counted from year 0 (month 1-12 → index), so that adding months is integer arithmetic. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/** YYYY-MM-01 of a month index. */
export function firstOfMonthIndex(index: number): string {
  return formatIso(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** `Dec 22` with a known year → `2016-12-22`; null without a year. */
export function monthDayToIso(words: string, year: number | null): string | null {
  const match = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})$/.exec(words.trim());
  const month = match ? monthNumber(match[1]!) : null;
  if (!match || month === null || year === null) return null;
  return isoDate(year, month, Number(match[2]));
}

/** `December 15, 2016` → `2016-12-15`. */
export function parseMonthDayYear(words: string): string | null {
  const match = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(words.trim());
  const month = match ? monthNumber(match[1]!) : null;
  if (!match || month === null) return null;
  return isoDate(Number(match[3]), month, Number(match[2]));
}

/** A full date found in a text: the ISO day and where its words are. */
export interface FoundDate {
  iso: string;
  /** [start, end) inside the text searched. */
  span: [number, number];
}

const YEAR = '((?:19|20)\\d\\d)';
/**
 * The written forms of a full date (day, month and year) that news pages print: `December 15, 2016`, `Dec 15 2016`,
 * `15 December 2016`, `Wed 05 Apr 2017`, `2016-12-15`, `15.12.2016`, `13-08-2013`, `12/15/2016`.
 */
const FULL_DATE = new RegExp(
  [
    `\\b(${MONTH_WORD})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`,
    `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${MONTH_WORD})\\.?,?\\s+${YEAR}\\b`,
    `\\b${YEAR}-(\\d{2})-(\\d{2})\\b`,
    `(?<![\\d.\\-/])(\\d{1,2})([.\\-/])(\\d{1,2})\\11${YEAR}(?!\\d)`,
    // A page's date run together by a scrape: `Apr 232017` (two-digit day, then the year).
    `\\b(${MONTH_WORD})\\.?\\s+(\\d{2})${YEAR}\\b`,
  ].join('|'),
  'gi',
);

/**
 * Every full date in `text`, in order. Numeric dates with dots or dashes are read day first, as most of the world
 * writes them (`05.04.2017`, `13-08-2013`); with slashes, day first when the first number cannot be a month
 * (`15/12/2016`), month first when the second cannot (`12/15/2016`), and not at all when both could be
 * (`05/04/2017`): a wrong date is worse than none.
 */
export function findFullDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(FULL_DATE)) {
    const iso = readFullDate(m);
    if (iso) found.push({ iso, span: [m.index!, m.index! + m[0].length] });
  }
  return found;
}

function readFullDate(m: RegExpMatchArray): string | null {
  if (m[1]) return isoDate(Number(m[3]), monthNumber(m[1])!, Number(m[2]));
  if (m[4]) return isoDate(Number(m[6]), monthNumber(m[5]!)!, Number(m[4]));
  if (m[7]) return isoDate(Number(m[7]), Number(m[8]), Number(m[9]));
  if (m[14]) return isoDate(Number(m[16]), monthNumber(m[14])!, Number(m[15]));
  const [a, separator, b, year] = [Number(m[10]), m[11], Number(m[12]), Number(m[13])];
  if (separator !== '/' || a > 12) return isoDate(year, b, a);
  if (b > 12) return isoDate(year, a, b);
  return a === b ? isoDate(year, a, b) : null;
}
