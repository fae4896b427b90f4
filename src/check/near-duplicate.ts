// Near-duplicate reports: Jaccard similarity of 5-word shingles of their body text, exact, through an inverted index.
import type { Article } from '../types.js';

/** Words per shingle. */
export const SHINGLE_WORDS = 5;

/** Jaccard similarity at or above which two reports are near-duplicates (0..1). */
export const DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.5;

export interface NearDuplicate {
  /** File of the report that sorts first. */
  a: string;
  /** File of the report that sorts second. */
  b: string;
  /** Jaccard similarity of the two shingle sets, 0..1, rounded to 3 decimals. */
  similarity: number;
}

/** Lower-cased words (letters and digits) of a report's body parts, in file order. */
export function bodyWords(article: Article): string[] {
  const words: string[] = [];
  for (const part of article.parts) {
    if (part.kind !== 'body') continue;
    for (const match of part.text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) words.push(match[0]);
  }
  return words;
}

/** The set of `size`-word shingles; a text shorter than `size` words is one shingle; no words, no shingles. */
export function shingles(words: readonly string[], size = SHINGLE_WORDS): Set<string> {
  const set = new Set<string>();
  if (words.length === 0) return set;
  if (words.length <= size) {
    set.add(words.join(' '));
    return set;
  }
  for (let i = 0; i + size <= words.length; i++) set.add(words.slice(i, i + size).join(' '));
  return set;
}

/**
 * Pairs of reports whose body shingle sets have a Jaccard similarity >= threshold, sorted by a, then b.
 * Exact Jaccard rather than MinHash: an inverted index (shingle -> reports) counts only the shingles that pairs share,
 * so for n reports of w words the cost is O(n·w) to build plus O(Σ m²) over shingles held by m reports, which stays
 * near O(n·w) when reports are not copies of each other; MinHash would only pay off once n² pairs dominate.
 */
export function nearDuplicates(
  articles: Article[],
  threshold = DEFAULT_NEAR_DUPLICATE_THRESHOLD,
): NearDuplicate[] {
  const sorted = [...articles].sort((x, y) => compareText(x.file, y.file));
  const sets = sorted.map((article) => shingles(bodyWords(article)));
  const holders = new Map<string, number[]>();
  sets.forEach((set, index) => {
    for (const shingle of set) {
      const list = holders.get(shingle);
      if (list) list.push(index);
      else holders.set(shingle, [index]);
    }
  });
  const shared = new Map<number, number>();
  const n = sorted.length;
  for (const list of holders.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = (list[i] as number) * n + (list[j] as number);
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const pairs: NearDuplicate[] = [];
  for (const [key, intersection] of shared) {
    const i = Math.floor(key / n);
    const j = key % n;
    const union = (sets[i]?.size ?? 0) + (sets[j]?.size ?? 0) - intersection;
    const similarity = union === 0 ? 0 : intersection / union;
    if (similarity >= threshold) {
      pairs.push({ a: sorted[i]?.file ?? '', b: sorted[j]?.file ?? '', similarity: Math.round(similarity * 1000) / 1000 });
    }
  }
  return pairs.sort((x, y) => compareText(x.a, y.a) || compareText(x.b, y.b));
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
