// Amounts: money (`$7.73 billion`, `192 mln dlrs`, `50 crore rupees`), percentages (`86 percent`, `5.5 pct`, `12%`) and
// quantities with a unit (`124 mln bushels`), read with their scale and unit from the corpus's measures.
import type { Measure, Qualifier } from '../types.js';
import type { AmountUnit, MeasureLexicon } from './measures.js';
import { entry, intervalFor, lower, opensWithDigit, qualifierBefore, readNumber, roundFigure, type Token } from './numbers.js';

/** An amount found at a token: token indices [first, last] inclusive, the qualifier's first token included. */
export interface Amount {
  first: number;
  last: number;
  value: number;
  low: number;
  high: number | null;
  qualifier: Qualifier;
  measure: Measure;
  /** The currency or unit (`USD`, `tonnes`); null for a percentage. */
  unit: string | null;
}

function isAdjacent(tokens: Token[], a: number, b: number): boolean {
  const x = tokens[a];
  const y = tokens[b];
  return x !== undefined && y !== undefined && x.end === y.start;
}

/** The unit words of the lexicon starting at token k, longest first. */
function unitAt(tokens: Token[], k: number, lexicon: MeasureLexicon): AmountUnit | null {
  for (const unit of lexicon.units) {
    if (unit.words.every((word, n) => lower(tokens, k + n) === word)) return unit;
  }
  return null;
}

/** A currency symbol or prefix at token i (`$`, `US$`, `Rs.`): the unit and the index of the number after it. */
function symbolAt(tokens: Token[], i: number, lexicon: MeasureLexicon): { unit: AmountUnit; next: number } | null {
  const one = lexicon.symbols.get(lower(tokens, i));
  if (one) return { unit: one, next: i + 1 };
  if (isAdjacent(tokens, i, i + 1)) {
    const two = lexicon.symbols.get(lower(tokens, i) + lower(tokens, i + 1));
    if (two) return { unit: two, next: i + 2 };
  }
  return null;
}

/**
 * The amount starting at token i: a currency symbol then a number (`$7.73 billion`, `£5m`), or a number, an optional
 * scale (`mln`, `bn`) and a unit word (`dlrs`, `pct`, `%`, `tonnes`); else null. Values are scaled (`192 mln` is
 * 192,000,000).
 */
export function readAmount(tokens: Token[], i: number, lexicon: MeasureLexicon): Amount | null {
  // the number comes at most two tokens on (after a symbol such as `US$`): most tokens have no digits so near
  if (!opensWithDigit(tokens[i]?.text) && !opensWithDigit(tokens[i + 1]?.text) && !opensWithDigit(tokens[i + 2]?.text)) return null;
  const symbol = symbolAt(tokens, i, lexicon);
  const at = symbol ? symbol.next : i;
  if (!opensWithDigit(tokens[at]?.text)) return null;
  const m = readNumber(tokens, at, lexicon.numberWords);
  if (!m || m.kind === 'vague' || m.value === null) return null;
  let last = m.last;
  let scale = 1;
  const short = entry(lexicon.measures.shortScales, lower(tokens, last + 1));
  if (short !== undefined && (symbol !== null || unitAt(tokens, last + 2, lexicon) !== null)) {
    scale = short;
    last += 1;
  }
  let unit: AmountUnit | null = symbol?.unit ?? null;
  if (unit === null) {
    unit = unitAt(tokens, last + 1, lexicon);
    if (unit === null) return null;
    last += unit.words.length;
  }
  const [qualifier, qStart] = m.kind === 'range' ? (['range', i] as [Qualifier, number]) : qualifierBefore(tokens, i);
  const value = roundFigure(m.value * scale);
  const interval =
    m.kind === 'range' ? { low: roundFigure(m.low * scale), high: m.high === null ? null : roundFigure(m.high * scale) } : intervalFor(qualifier, value);
  return { first: qStart, last, value, ...interval, qualifier, measure: unit.measure, unit: unit.unit };
}
