// Numbers that are not counts: years, days of the month, clock times, ordinals, labels (`page 3`), ages and
// measurements; and the numbers that are counts only when their noun or a cue says so.
import { monthNumber } from '../text/calendar.js';
import type { Qualifier } from '../types.js';
import { lower, opensWithDigit, type NumberMatch, type Token } from './numbers.js';

const isMonth = (word: string): boolean => monthNumber(word) !== null;
/** Words before a four-digit number that make it a year (`in 2013`, `since 1990`, `summer 2015`). */
const YEAR_CONTEXT = new Set([
  'in', 'since', 'of', 'by', 'from', 'until', 'till', 'to', 'during', 'before', 'after', 'early', 'late', 'mid', 'spring',
  'summer', 'autumn', 'fall', 'winter', 'year', 'between', 'through', 'throughout', 'circa', 'c', 'ad', 'bc',
]);
const CLOCK_WORDS = new Set(['am', 'pm', 'gmt', 'utc', 'hrs', 'h', "o'clock", 'o’clock']);
const NON_COUNT_UNITS = new Set([
  'percent', 'per', '%', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet', 'kg', 'tonnes', 'tons',
  'degrees', 'dollars', 'euros', 'pounds', 'points', 'cents', 'pence', 'litres', 'liters', 'acres', 'hectares',
]);
/** Words before a number that make it a label, not a count (`page 3`, `Resolution 2254`). */
const LABEL_WORDS = new Set(['no', 'number', 'page', 'resolution', 'article', 'chapter', 'section', 'room', 'route', 'flight', 'phase', 'level', 'grade', 'channel']);

/** True when the number at m is a year, a day of the month, a clock time, an ordinal, a label or a measurement. */
export function isNotACount(sentence: string, tokens: Token[], m: NumberMatch): boolean {
  const first = tokens[m.first];
  const last = tokens[m.last];
  if (!first || !last) return true;
  const isDigits = opensWithDigit(first.text);
  const before = sentence.slice(Math.max(0, first.start - 2), first.start);
  const after = sentence.slice(last.end, last.end + 2);
  if (isDigits) {
    if (/[\p{L}\d#$£€¥\/@_]$/u.test(before) || /[\p{L}]-$/u.test(before)) return true;
    if (/^[\p{L}]/u.test(after) || /^[:.]\d/.test(after) || /^\s?%/.test(after)) return true;
    if (/\d[-–/.]$/.test(before)) return true;
    if (isYearLike(first.text) && (YEAR_CONTEXT.has(lower(tokens, m.first - 1)) || isMonth(lower(tokens, m.first - 1)) || opensWithDigit(tokens[m.first - 1]?.text))) return true;
    if (m.kind === 'range' && /^\d{4}$/.test(last.text)) return true;
  }
  const value = m.value ?? 0;
  const previous = lower(tokens, m.first - 1);
  const next = lower(tokens, m.last + 1);
  if (isDigits && value >= 1 && value <= 31 && Number.isInteger(value) && (isMonth(previous) || isMonth(next) || (next === 'of' && isMonth(lower(tokens, m.last + 2))))) return true;
  if (/^(?:st|nd|rd|th)$/.test(next) && tokens[m.last + 1]?.start === last.end) return true;
  if (CLOCK_WORDS.has(next) || (next === 'a' && lower(tokens, m.last + 2) === '.' && lower(tokens, m.last + 3) === 'm')) return true;
  if (next === 'p' && lower(tokens, m.last + 2) === '.') return true;
  if (NON_COUNT_UNITS.has(next) || next === '%') return true;
  if (LABEL_WORDS.has(previous) || previous === 'aged' || previous === 'age') return true;
  if (next === 'years' && lower(tokens, m.last + 2) === 'old') return true;
  return false;
}

/** A four-digit number that could be a year (1000-2100). */
function isYearLike(text: string): boolean {
  return /^\d{4}$/.test(text) && Number(text) >= 1000 && Number(text) <= 2100;
}

/**
 * True when the number at m is read as a count only if its noun or a cue says so: a four-digit number that could be
 * a year (`1300` in `killed 1300 people` is a count, in `the 1973 war` a year), a number after a capitalised word
 * (`Daraa 15 civilians` is a count, `Brigade 93` a name), and `one` unqualified (`one civilian was killed` is a count,
 * `one of the convoys` and `one official said` are not).
 */
export function needsEvidence(tokens: Token[], m: NumberMatch, qualifier: Qualifier): boolean {
  const first = tokens[m.first];
  if (!first) return true;
  if (m.isOne) return qualifier === 'exact';
  if (qualifier !== 'exact') return false;
  if (isYearLike(first.text)) return true;
  const prevToken = tokens[m.first - 1];
  return opensWithDigit(first.text) && prevToken !== undefined && /^\p{Lu}/u.test(prevToken.text) && !/^[A-Z]+$/.test(prevToken.text);
}

