// Numbers as written in English prose (digits, number words, dozens, ranges, vague counts) turned into values and
// intervals, with the qualifier before them (`at least`, `about`).
import type { Qualifier } from '../types.js';

import { tokenize as cut, type Token } from '../text/tokens.js';

export type { Token } from '../text/tokens.js';

/** A number expression found in a token list; token indices are [first, last] inclusive. */
export interface NumberMatch {
  kind: 'number' | 'range' | 'vague';
  /** The number stated (the lower bound for a range); null for a vague count. */
  value: number | null;
  /** For a range the two ends; for a vague count its interval (high null when unbounded); else value and value. */
  low: number;
  high: number | null;
  first: number;
  last: number;
  /** True when the expression is the bare word `one` or the digit `1` (an idiom unless a qualifier precedes it). */
  isOne: boolean;
}

/** Splits a string into word, number and punctuation tokens, numbers whole with their separators (`2,000`). */
export function tokenize(text: string): Token[] {
  return cut(text, { numerals: true });
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** UNITS and TENS in one map: own words only (a word such as `constructor` is no number), looked up for every word read. */
const WORD_NUMBERS: ReadonlyMap<string, number> = new Map([...Object.entries(UNITS), ...Object.entries(TENS)]);

/** The number words a corpus's measures.json gives: vague counts (`dozens`, `tens of thousands`) and scales (`million`). */
export interface NumberWords {
  /** Longest phrase first; intervals inclusive, high null when unbounded. */
  vague: ReadonlyArray<{ words: readonly string[]; low: number; high: number | null }>;
  scales: Readonly<Record<string, number>>;
}

/** The value of a word number (`four`, `twenty-five`, `nineteen`), else null. */
export function wordValue(word: string): number | null {
  return lowerWordValue(word.toLowerCase());
}

/** wordValue of a word already in lower case. */
function lowerWordValue(w: string): number | null {
  const value = WORD_NUMBERS.get(w);
  if (value !== undefined) return value;
  // most words hold no hyphen: no need to try the compound's pattern on them
  if (!w.includes('-')) return null;
  const hyphen = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (hyphen) {
    const tens = entry(TENS, hyphen[1] ?? '');
    const unit = entry(UNITS, hyphen[2] ?? '');
    if (tens !== undefined && unit !== undefined && unit < 10) return tens + unit;
  }
  return null;
}

/** Whether a token's text opens with an ASCII digit (a cheap test before a number's patterns: most tokens are words). */
export function opensWithDigit(text: string | undefined): boolean {
  const first = text === undefined ? NaN : text.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/** The value of a digit token (`1,207`, `35000`, `1.5`), else null when its grouping is not a number's. */
export function digitValue(token: string): number | null {
  // both patterns open with a digit
  if (!opensWithDigit(token)) return null;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(token)) return Number(token.replace(/,/g, ''));
  if (/^\d+(?:\.\d+)?$/.test(token)) return Number(token);
  return null;
}

/**
 * `table[word]` when the table holds that word itself: a word of the text such as `constructor` or `toString` is not
 * read as a member every object inherits (a function, which made a figure's value NaN).
 */
export function entry<T>(table: Readonly<Record<string, T>>, word: string): T | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

/** The lower-case text of token i; '' past either end. */
export function lower(tokens: Token[], i: number): string {
  return tokens[i]?.text.toLowerCase() ?? '';
}

/** A plain number starting at token i: digits or words, with `hundred`/`thousand`/`million` and `dozen`. */
function readPlain(tokens: Token[], i: number, scales: NumberWords['scales']): { value: number; last: number; scale: number } | null {
  const first = tokens[i];
  if (!first) return null;
  let value: number | null = digitValue(first.text);
  let last = i;
  if (value === null) {
    const w = first.text.toLowerCase();
    if ((w === 'a' || w === 'an') && entry(scales, lower(tokens, i + 1)) !== undefined) {
      value = 1;
    } else if (w === 'a' && lower(tokens, i + 1) === 'dozen') {
      value = 1;
    } else {
      value = lowerWordValue(w);
    }
    if (value === null) return null;
  }
  // `two hundred`, `35 thousand`, `1.5 million`, `three hundred thousand`, `two dozen`
  let scale = 1;
  for (let j = last + 1; j < tokens.length; j++) {
    const w = lower(tokens, j);
    const multiplier = w === 'dozen' ? 12 : entry(scales, w);
    if (multiplier === undefined) break;
    scale *= multiplier;
    last = j;
  }
  value *= scale;
  // `twenty five` written as two words
  const unitAfter = entry(UNITS, lower(tokens, last + 1));
  if (last === i && entry(TENS, lower(tokens, i)) !== undefined && unitAfter !== undefined && unitAfter < 10) {
    value += unitAfter;
    last += 1;
  }
  return { value, last, scale };
}

function isAdjacent(tokens: Token[], a: number, b: number): boolean {
  const x = tokens[a];
  const y = tokens[b];
  return x !== undefined && y !== undefined && x.end === y.start;
}

/** The number expression starting at token i (plain, range, or vague count), else null. */
export function readNumber(tokens: Token[], i: number, numberWords: NumberWords): NumberMatch | null {
  const w = lower(tokens, i);
  for (const vague of numberWords.vague) {
    // the first word compared before the rest: most tokens open no vague count
    if (vague.words[0] === w && vague.words.every((word, k) => lower(tokens, i + k) === word)) {
      return { kind: 'vague', value: null, low: vague.low, high: vague.high, first: i, last: i + vague.words.length - 1, isOne: false };
    }
  }

  const plain = readPlain(tokens, i, numberWords.scales);
  if (!plain) return null;
  // ranges: `two or three`, `2-3`, `2–3`, `10 to 15`
  const joiner = lower(tokens, plain.last + 1);
  const isDash = (joiner === '-' || joiner === '–') && isAdjacent(tokens, plain.last, plain.last + 1) && isAdjacent(tokens, plain.last + 1, plain.last + 2);
  if (joiner === 'or' || joiner === 'to' || isDash) {
    const second = readPlain(tokens, plain.last + 2, numberWords.scales);
    // `sixty to seventy thousand`: the second number's scale is the first's too
    const low = second && plain.scale === 1 && second.scale > 1 && plain.value < second.value / second.scale ? plain.value * second.scale : plain.value;
    if (second && second.value > low) {
      return { kind: 'range', value: low, low, high: second.value, first: i, last: second.last, isOne: false };
    }
  }
  const isOne = plain.last === i && (w === 'one' || w === '1');
  return { kind: 'number', value: plain.value, low: plain.value, high: plain.value, first: i, last: plain.last, isOne };
}

/** `five-year`, `48-hour`, `week-long` (with a preceding `a`): a duration compound in one token. */
export function readDurationCompound(token: string): { value: number | null; unit: string } | null {
  // both patterns hold a hyphen, which most tokens do not
  if (!token.includes('-')) return null;
  const m = /^([a-z]+|\d+)-(hour|day|week|month|year|minute)(?:-long)?$/i.exec(token);
  if (m) {
    const count = m[1] ?? '';
    const value = /^\d+$/.test(count) ? Number(count) : wordValue(count);
    return value === null ? null : { value, unit: (m[2] ?? '').toLowerCase() };
  }
  const long = /^(hour|day|week|month|year)-long$/i.exec(token);
  if (long) return { value: null, unit: (long[1] ?? '').toLowerCase() };
  return null;
}

/** Rounds away binary noise (0.9 × 301 = 270.9, not 270.90000000000003). */
export function roundFigure(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

// ---- qualifiers ---------------------------------------------------------------------------------------------

/** Qualifier phrases, longest first where one is the end of another. */
export const QUALIFIERS: Array<[string, Qualifier]> = [
  ['no fewer than', 'at_least'],
  ['no less than', 'at_least'],
  ['no more than', 'at_most'],
  ['an estimated', 'approx'],
  ['as many as', 'at_most'],
  ['at least', 'at_least'],
  ['more than', 'more_than'],
  ['upwards of', 'more_than'],
  ['just over', 'more_than'],
  ['fewer than', 'less_than'],
  ['less than', 'less_than'],
  ['just under', 'less_than'],
  ['close to', 'approx'],
  ['at most', 'at_most'],
  ['up to', 'at_most'],
  ['over', 'more_than'],
  ['under', 'less_than'],
  ['about', 'approx'],
  ['around', 'approx'],
  ['some', 'approx'],
  ['roughly', 'approx'],
  ['nearly', 'approx'],
  ['almost', 'approx'],
  ['approximately', 'approx'],
  ['estimated', 'approx'],
];

/** QUALIFIERS with each phrase cut into its words, once. */
const QUALIFIER_WORDS: ReadonlyArray<[string[], Qualifier]> = QUALIFIERS.map(([phrase, qualifier]) => [phrase.split(' '), qualifier]);

/** The qualifier ending just before token i: [qualifier, index of its first token], or exact. */
export function qualifierBefore(tokens: Token[], i: number): [Qualifier, number] {
  const before = lower(tokens, i - 1);
  for (const [words, qualifier] of QUALIFIER_WORDS) {
    const first = i - words.length;
    if (first < 0) continue;
    // the phrase's last word compared before the rest: most tokens follow no qualifier
    if (words[words.length - 1] === before && words.every((word, k) => lower(tokens, first + k) === word)) return [qualifier, first];
  }
  return ['exact', i];
}

/** The contract's interval for a stated value and its qualifier (ranges and vague counts carry their own). */
export function intervalFor(qualifier: Qualifier, value: number): { low: number; high: number | null } {
  switch (qualifier) {
    case 'approx':
      // A whole count (people, things) stays whole: the interval is rounded outward (about 301 is 270-332).
      return Number.isInteger(value)
        ? { low: Math.floor(roundFigure(value * 0.9)), high: Math.ceil(roundFigure(value * 1.1)) }
        : { low: roundFigure(value * 0.9), high: roundFigure(value * 1.1) };
    case 'at_least':
    case 'more_than':
      return { low: value, high: null };
    case 'at_most':
    case 'less_than':
      return { low: 0, high: value };
    default:
      return { low: value, high: value };
  }
}
