// Interval arithmetic for figure groups: which claims agree, the fewest outliers, the reconciled low / best / high, and range bars.

/** A closed interval of counts: both bounds inclusive; `high` null when unbounded above. */
export interface Interval {
  low: number;
  high: number | null;
}

/** One claim in a group: its interval and the number stated (null for a vague count). */
export interface Claim extends Interval {
  value: number | null;
}

/** What the claims of a group settle on; indices point into the claims array, ascending. */
export interface Consensus {
  /** Claims that share the consensus interval. */
  kept: number[];
  /** The fewest claims whose removal leaves the rest agreeing; empty when all agree. */
  outliers: number[];
  /** The consensus interval: the largest low and the smallest high of the kept claims (null high: unbounded). */
  low: number | null;
  high: number | null;
  /** The lower median of the kept claims' stated values, clamped into [low, high]; null when none states a value. */
  best: number | null;
}

/** Relative tolerance for comparing bounds, so that 1.1 × 1000 computed in floating point still touches 1100. */
const RELATIVE_TOLERANCE = 1e-9;

function isAtMost(a: number, b: number): boolean {
  return a <= b + RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** True when the interval contains x (bounds inclusive). */
export function covers(interval: Interval, x: number): boolean {
  return isAtMost(interval.low, x) && (interval.high === null || isAtMost(x, interval.high));
}

/** True when the two intervals share at least one value (bounds inclusive: [1000, 1000] and [1000, null] touch). */
export function intervalsTouch(a: Interval, b: Interval): boolean {
  return (b.high === null || isAtMost(a.low, b.high)) && (a.high === null || isAtMost(b.low, a.high));
}

/** The lower median of the values (a value someone stated), or null for none. */
export function lowerMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}

function clamp(x: number, low: number, high: number | null): number {
  if (x < low) return low;
  if (high !== null && x > high) return high;
  return x;
}

/**
 * The consensus of a set of claims. Intervals on a line agree pairwise exactly when they share one point, so the
 * fewest outliers are the claims that miss the point covered by the most claims. Candidate points are the claims'
 * lows (every maximal covering set is realised at one). Ties between equally small outlier sets go, in order, to
 * the consensus that contains the most stated values (so `more than 1,000` counts as a claim of 1,000, not of
 * 5,000), then to the smaller point (the conservative reading). O(claims × distinct lows).
 */
export function findConsensus(claims: readonly Claim[]): Consensus {
  const lows = [...new Set(claims.map((c) => c.low).filter((x) => Number.isFinite(x)))].sort((x, y) => x - y);
  let chosen: { kept: number[]; low: number; high: number | null; support: number } | null = null;
  for (const x of lows) {
    const kept: number[] = [];
    let high: number | null = null;
    claims.forEach((claim, index) => {
      if (!covers(claim, x)) return;
      kept.push(index);
      if (claim.high !== null && (high === null || claim.high < high)) high = claim.high;
    });
    const consensus: Interval = { low: x, high };
    const support = kept.filter((i) => {
      const value = claims[i]?.value;
      return value !== null && value !== undefined && covers(consensus, value);
    }).length;
    const isBetter =
      chosen === null ||
      kept.length > chosen.kept.length ||
      (kept.length === chosen.kept.length && support > chosen.support);
    if (isBetter) chosen = { kept, low: x, high, support };
  }
  if (chosen === null) return { kept: [], outliers: claims.map((_, i) => i), low: null, high: null, best: null };
  const keptSet = new Set(chosen.kept);
  const outliers = claims.map((_, i) => i).filter((i) => !keptSet.has(i));
  const values = chosen.kept.map((i) => claims[i]?.value).filter((v): v is number => typeof v === 'number');
  const median = lowerMedian(values);
  return {
    kept: chosen.kept,
    outliers,
    low: chosen.low,
    high: chosen.high,
    best: median === null ? null : clamp(median, chosen.low, chosen.high),
  };
}

/**
 * How far apart diverging claims are: the largest low divided by the smallest finite high (above 1 exactly when
 * some two claims do not touch). Null when no claim is bounded above or the smallest high is not positive.
 */
export function spreadOf(claims: readonly Interval[]): number | null {
  let largestLow: number | null = null;
  let smallestHigh: number | null = null;
  for (const claim of claims) {
    if (largestLow === null || claim.low > largestLow) largestLow = claim.low;
    if (claim.high !== null && (smallestHigh === null || claim.high < smallestHigh)) smallestHigh = claim.high;
  }
  if (largestLow === null || smallestHigh === null || smallestHigh <= 0) return null;
  return largestLow / smallestHigh;
}

// ---- a shared scale and plain-character range bars, for renderers ----------------------------------------

/** A linear or logarithmic mapping of counts onto columns; `min` and `max` are the counts at the two ends. */
export interface Scale {
  kind: 'linear' | 'log';
  min: number;
  max: number;
}

/** Values spanning more than this ratio are drawn on a log scale. */
const LOG_SCALE_RATIO = 10;

/**
 * One scale for all the given intervals (or the members of the given groups): log when the positive values span
 * more than tenfold, else linear from 0 (or the smallest value, if negative) to the largest value.
 */
export function scaleFor(items: ReadonlyArray<Interval | { members: readonly Interval[] }>): Scale {
  const values: number[] = [];
  for (const item of items) {
    const intervals = 'members' in item ? item.members : [item];
    for (const interval of intervals) {
      if (Number.isFinite(interval.low)) values.push(interval.low);
      if (interval.high !== null && Number.isFinite(interval.high)) values.push(interval.high);
    }
  }
  if (values.length === 0) return { kind: 'linear', min: 0, max: 1 };
  let max = -Infinity;
  let min = Infinity;
  let minPositive = Infinity;
  for (const v of values) {
    if (v > max) max = v;
    if (v < min) min = v;
    if (v > 0 && v < minPositive) minPositive = v;
  }
  if (Number.isFinite(minPositive) && max / minPositive > LOG_SCALE_RATIO) return { kind: 'log', min: minPositive, max };
  const low = Math.min(0, min);
  return { kind: 'linear', min: low, max: max > low ? max : low + 1 };
}

/** Where a count falls on a scale, from 0 (its `min` or below) to 1 (its `max` or above). */
export function positionOf(value: number, scale: Scale): number {
  let t: number;
  if (scale.kind === 'log') {
    const span = Math.log(scale.max) - Math.log(scale.min);
    t = value <= 0 ? 0 : span > 0 ? (Math.log(value) - Math.log(scale.min)) / span : 0;
  } else {
    const span = scale.max - scale.min;
    t = span > 0 ? (value - scale.min) / span : 0;
  }
  if (!(t > 0)) return 0;
  return t > 1 ? 1 : t;
}

/** The 0-based column of a count on a scale of the given width (clamped to the ends). */
export function columnOf(value: number, scale: Scale, width: number): number {
  return Math.round(positionOf(value, scale) * (width - 1));
}

/** Range-bar characters: the axis, the interval, the stated value, and the two open ends. */
export const BAR_CHARS = { axis: '.', fill: '=', value: '|', openHigh: '>', belowScale: '<' } as const;

/**
 * An interval drawn on the scale in exactly `width` plain characters: `.` the axis, `=` the interval, `|` the
 * stated value (or a single point), `>` at the right edge when unbounded above, `<` at the left edge when the
 * interval starts below a log scale's smallest value.
 */
export function rangeBar(interval: Interval & { value?: number | null }, scale: Scale, width: number): string {
  const size = Math.max(0, Math.min(1000, Math.floor(width)));
  if (size === 0) return '';
  const cells: string[] = Array.from({ length: size }, () => BAR_CHARS.axis);
  const from = columnOf(interval.low, scale, size);
  const to = interval.high === null ? size - 1 : columnOf(interval.high, scale, size);
  for (let c = from; c <= to; c++) cells[c] = BAR_CHARS.fill;
  if (interval.high === null) cells[size - 1] = BAR_CHARS.openHigh;
  if (scale.kind === 'log' && interval.low < scale.min && from === 0 && to > 0) cells[0] = BAR_CHARS.belowScale;
  const value = barPoint(interval);
  if (value !== null) cells[columnOf(value, scale, size)] = BAR_CHARS.value;
  return cells.join('');
}

/** The point a range bar marks: the stated number when its interval holds it, else the value of a one-point interval, else null. */
export function barPoint(interval: Interval & { value?: number | null }): number | null {
  const value = interval.value ?? (interval.high !== null && interval.high === interval.low ? interval.low : null);
  return value !== null && covers(interval, value) ? value : null;
}
