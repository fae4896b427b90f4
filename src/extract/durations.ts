// Durations: compounds (`five-year`, `48-hour`, `a week-long`), their units, and what a duration measures.
import { PHRASE_STOPS } from '../text/english.js';
import { UNSPECIFIED_DURATION, type Figure } from '../types.js';
import { lower, readDurationCompound, type Token } from './numbers.js';

/** Duration words to the unit a figure carries (months and minutes carry none). */
export const DURATION_UNITS: Record<string, NonNullable<Figure['unit']> | 'months' | 'minutes'> = {
  hour: 'hours', hours: 'hours', day: 'days', days: 'days', week: 'weeks', weeks: 'weeks',
  year: 'years', years: 'years', month: 'months', months: 'months', minute: 'minutes', minutes: 'minutes',
};
/** Words between a noun and `last` that do not name what lasted (`an operation expected to last`). */
const LAST_BRIDGE = new Set(['to', 'expected', 'is', 'was', 'are', 'were', 'will', 'would', 'could', 'may', 'might', 'be', 'been', 'has', 'have', 'had', 'set', 'due', 'likely', 'which', 'that']);

/**
 * What a duration measures, as a noun: the noun a compound qualifies (`five-year war`, `a week-long operation`), or
 * the noun that lasts (`an operation expected to last several days`, `the siege lasted four years`); else
 * `unspecified`, so that `five-year war` and `divided for four years` are never one contradiction.
 */
export function whatLasted(tokens: Token[], first: number, last: number, isCompound: boolean): string {
  const word = (k: number): string => lower(tokens, k).replace(/[^a-z'-]/g, '');
  if (isCompound) {
    // the head of the noun phrase the compound opens: `five-year war`, `five-year Syrian civil war`
    let head = '';
    for (let k = last + 1; k <= last + 4 && /^\p{L}+$/u.test(tokens[k]?.text ?? '') && !PHRASE_STOPS.has(word(k)); k++) head = word(k);
    if (head.length >= 3) return head;
  }
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    if (!/^last(?:s|ed|ing)?$/.test(word(k))) continue;
    for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
      const noun = word(j);
      if (LAST_BRIDGE.has(noun)) continue;
      return /^[a-z]{3,}$/.test(noun) && !PHRASE_STOPS.has(noun) ? noun : UNSPECIFIED_DURATION;
    }
  }
  return UNSPECIFIED_DURATION;
}

export function readCompoundDuration(tokens: Token[], i: number): { value: number; unit: string; first: number; last: number } | null {
  const token = tokens[i];
  if (!token) return null;
  // digits joined to a unit: `48-hour`
  if (/^\d+$/.test(token.text) && lower(tokens, i + 1) === '-' && tokens[i + 1]?.start === token.end) {
    const unitToken = tokens[i + 2];
    const unit = /^(hour|day|week|month|year|minute)(?:-long)?$/i.exec(unitToken?.text ?? '');
    if (unit && unitToken?.start === tokens[i + 1]?.end) return { value: Number(token.text), unit: (unit[1] ?? '').toLowerCase(), first: i, last: i + 2 };
    return null;
  }
  const compound = readDurationCompound(token.text);
  if (!compound) return null;
  if (compound.value !== null) return { value: compound.value, unit: compound.unit, first: i, last: i };
  const previous = lower(tokens, i - 1);
  if (previous === 'a' || previous === 'an' || previous === 'one') return { value: 1, unit: compound.unit, first: i - 1, last: i };
  return null;
}

