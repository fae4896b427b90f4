// Distinctive words (keyness): what a target report or group uses more, or less, than the rest of the corpus.
import { DEFAULT_KEYNESS_LIMIT, DEFAULT_MIN_FREQUENCY } from '../defaults.js';
import { UsageError } from '../errors.js';
import type { Article } from '../types.js';
import { articleTokens } from './words.js';

export interface KeywordScore {
  word: string;
  /** Occurrences in the target. */
  targetCount: number;
  /** Occurrences in the reference (the other reports). */
  referenceCount: number;
  /** Log-likelihood G² of the 2×2 table (quanteda's measure "lr", no correction): positive when over-used in the target. */
  g2: number;
  /** χ² (1 degree of freedom) p-value of |g2|. */
  p: number;
  /** Effect size: log2 of the ratio of relative frequencies, target over reference, each count plus 0.5. */
  logRatio: number;
}

export interface KeynessResult {
  /** The target report ids, as given. */
  target: string[];
  /** The reference report ids: every other report. */
  reference: string[];
  /** Words counted in the target and in the reference. */
  targetTokens: number;
  referenceTokens: number;
  minFrequency: number;
  maxP: number;
  /** Significantly more frequent in the target, strongest first. */
  overused: KeywordScore[];
  /** Significantly less frequent in the target, strongest first (most negative g2). */
  underused: KeywordScore[];
}

export interface KeynessOptions {
  /** A word is scored only when target + reference count reaches this; default 3. */
  minFrequency?: number;
  /** At most this many words in each list; default 20. */
  limit?: number;
  /** Only words with p at or below this are listed; default 0.05 (|G²| ≥ 3.84). */
  maxP?: number;
  /** Count case-folded word forms (default, as quanteda's dfm) or compromise lemmas. */
  unit?: 'form' | 'lemma';
  /** Count function words too; by default only content words (nouns, verbs, adjectives, adverbs) are counted. */
  includeFunctionWords?: boolean;
}

export { DEFAULT_KEYNESS_LIMIT, DEFAULT_MIN_FREQUENCY };
export const DEFAULT_MAX_P = 0.05;

/** Added to each count in the log ratio so that a word absent from one side has a finite ratio. */
export const LOG_RATIO_SMOOTHING = 0.5;

/**
 * Signed log-likelihood G² for a word seen `a` times in a target of `targetTotal` words and `b` times in a reference
 * of `referenceTotal` words: 2 × Σ O × ln(O / E) over the four cells (cells with O = 0 add nothing), positive when
 * the word's relative frequency is higher in the target.
 */
export function logLikelihood(a: number, b: number, targetTotal: number, referenceTotal: number): number {
  const total = targetTotal + referenceTotal;
  if (total === 0 || targetTotal === 0 || referenceTotal === 0) return 0;
  const wordTotal = a + b;
  const otherTotal = total - wordTotal;
  const cells: Array<[number, number]> = [
    [a, (wordTotal * targetTotal) / total],
    [b, (wordTotal * referenceTotal) / total],
    [targetTotal - a, (otherTotal * targetTotal) / total],
    [referenceTotal - b, (otherTotal * referenceTotal) / total],
  ];
  let g2 = 0;
  for (const [observed, expected] of cells) if (observed > 0 && expected > 0) g2 += observed * Math.log(observed / expected);
  g2 = Math.max(0, 2 * g2);
  return a / targetTotal >= b / referenceTotal ? g2 : -g2;
}

/** log2 of (a + 0.5) / targetTotal over (b + 0.5) / referenceTotal. */
export function logRatio(a: number, b: number, targetTotal: number, referenceTotal: number): number {
  if (targetTotal === 0 || referenceTotal === 0) return 0;
  return Math.log2(((a + LOG_RATIO_SMOOTHING) / targetTotal) / ((b + LOG_RATIO_SMOOTHING) / referenceTotal));
}

/** Upper-tail probability of χ² with one degree of freedom: erfc(√(x / 2)). */
export function chiSquareP(x: number): number {
  return x <= 0 ? 1 : erfc(Math.sqrt(x / 2));
}

/** Complementary error function, Chebyshev fit (Numerical Recipes `erfcc`), fractional error below 1.2e-7. */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Every word whose combined count reaches minFrequency, scored; sorted by g2, highest first, then by word. */
export function scoreKeyness(
  targetCounts: ReadonlyMap<string, number>,
  referenceCounts: ReadonlyMap<string, number>,
  minFrequency = DEFAULT_MIN_FREQUENCY,
): KeywordScore[] {
  const sum = (counts: ReadonlyMap<string, number>): number => [...counts.values()].reduce((s, n) => s + n, 0);
  const targetTotal = sum(targetCounts);
  const referenceTotal = sum(referenceCounts);
  const words = new Set([...targetCounts.keys(), ...referenceCounts.keys()]);
  const scores: KeywordScore[] = [];
  for (const word of words) {
    const a = targetCounts.get(word) ?? 0;
    const b = referenceCounts.get(word) ?? 0;
    if (a + b < minFrequency) continue;
    const g2 = logLikelihood(a, b, targetTotal, referenceTotal);
    scores.push({ word, targetCount: a, referenceCount: b, g2, p: chiSquareP(Math.abs(g2)), logRatio: logRatio(a, b, targetTotal, referenceTotal) });
  }
  return scores.sort((x, y) => y.g2 - x.g2 || (x.word < y.word ? -1 : x.word > y.word ? 1 : 0));
}

/** Word counts of the articles' body text, by case-folded form or lemma. */
export function keynessCounts(articles: readonly Article[], options: KeynessOptions = {}): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const token of articleTokens(article)) {
      if (!token.hasLetter || (!options.includeFunctionWords && !token.isContent)) continue;
      const key = options.unit === 'lemma' ? token.lemma : token.form;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** The words the target reports use significantly more and less than all the other reports. */
export function keyness(articles: readonly Article[], targetIds: readonly string[], options: KeynessOptions = {}): KeynessResult {
  return keynessByTarget(articles, [targetIds], options)[0]!;
}

/**
 * keyness() for several targets at once, each against all the other reports: every report's words are counted
 * once, so the cost grows with the corpus, not with targets × corpus.
 */
export function keynessByTarget(articles: readonly Article[], targets: ReadonlyArray<readonly string[]>, options: KeynessOptions = {}): KeynessResult[] {
  const counts = new Map(articles.map((article) => [article.id, keynessCounts([article], options)]));
  const merged = (ids: readonly string[]): Map<string, number> => {
    const total = new Map<string, number>();
    for (const id of ids) for (const [word, n] of counts.get(id) ?? []) total.set(word, (total.get(word) ?? 0) + n);
    return total;
  };
  return targets.map((targetIds) => {
    if (targetIds.length === 0) throw new UsageError('keyness needs at least one target report');
    const unknown = targetIds.filter((id) => !counts.has(id));
    if (unknown.length > 0) throw new UsageError(`no report with id ${unknown.map((id) => `"${id}"`).join(', ')}`);
    const reference = articles.map((a) => a.id).filter((id) => !targetIds.includes(id));
    return keynessFromCounts([...targetIds], reference, merged(targetIds), merged(reference), options);
  });
}

function keynessFromCounts(
  target: string[],
  reference: string[],
  targetCounts: Map<string, number>,
  referenceCounts: Map<string, number>,
  options: KeynessOptions,
): KeynessResult {
  const minFrequency = options.minFrequency ?? DEFAULT_MIN_FREQUENCY;
  const limit = options.limit ?? DEFAULT_KEYNESS_LIMIT;
  const maxP = options.maxP ?? DEFAULT_MAX_P;
  const scores = scoreKeyness(targetCounts, referenceCounts, minFrequency).filter((s) => s.g2 !== 0 && s.p <= maxP);
  const total = (counts: Map<string, number>): number => [...counts.values()].reduce((s, n) => s + n, 0);
  return {
    target,
    reference,
    targetTokens: total(targetCounts),
    referenceTokens: total(referenceCounts),
    minFrequency,
    maxP,
    overused: scores.filter((s) => s.g2 > 0).slice(0, limit),
    underused: scores
      .filter((s) => s.g2 < 0)
      .sort((x, y) => x.g2 - y.g2 || (x.word < y.word ? -1 : x.word > y.word ? 1 : 0))
      .slice(0, limit),
  };
}
