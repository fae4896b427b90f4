// Quotations shared or paraphrased across reports: the same words (word 4-grams, by containment) in two or more reports.
import type { Quote } from '../types.js';
import type { QuoteRecord } from '../extract/quotes.js';

/** One quotation within a SharedQuote. */
export interface SharedQuoteMember {
  report: string;
  text: string;
  speaker: string | null;
  offset: [number, number];
}

/** The same or nearly the same words quoted in more than one report. */
export interface SharedQuote {
  /** Report ids, sorted. */
  reports: string[];
  quotes: SharedQuoteMember[];
  /** Containment of word 4-grams, 0..1: the lowest over the links that join the group. */
  similarity: number;
}

const SHINGLE = 4;
/** A 4-gram found in more quotations than this is too common to link by. */
const MAX_POSTINGS = 50;

function foldWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function shingles(words: string[]): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(words.slice(i, i + SHINGLE).join(' '));
  return set;
}

/** Links quotations that share word 4-grams across reports; containment, not equality, so a fragment links to its whole. */
export function linkQuotes(quotes: Quote[]): SharedQuote[] {
  const candidates = quotes.filter((q) => !(q as Partial<QuoteRecord>).isScare);
  const sets = candidates.map((q) => shingles(foldWords(q.text)));
  const postings = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const s of set) {
      const list = postings.get(s);
      if (list === undefined) postings.set(s, [i]);
      else if (list.length <= MAX_POSTINGS) list.push(i);
    }
  });
  const shared = new Map<string, number>();
  for (const list of postings.values()) {
    if (list.length > MAX_POSTINGS) continue;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const i = list[a] as number;
        const j = list[b] as number;
        if ((candidates[i] as Quote).report === (candidates[j] as Quote).report) continue;
        const key = `${i} ${j}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const parent = candidates.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const linkScore = new Map<number, number>();
  const links: Array<[number, number, number]> = [];
  for (const [key, count] of shared) {
    const [i, j] = key.split(' ').map(Number) as [number, number];
    const smaller = Math.min((sets[i] as Set<string>).size, (sets[j] as Set<string>).size);
    const similarity = count / smaller;
    if (similarity < 0.5 || (count < 2 && smaller > 1)) continue;
    links.push([i, j, similarity]);
    parent[root(i)] = root(j);
  }
  for (const [i, , similarity] of links) {
    const r = root(i);
    linkScore.set(r, Math.min(linkScore.get(r) ?? 1, similarity));
  }
  const groups = new Map<number, number[]>();
  for (const [i, j] of links) {
    const r = root(i);
    const members = groups.get(r) ?? [];
    for (const k of [i, j]) if (!members.includes(k)) members.push(k);
    groups.set(r, members);
  }
  return [...groups.entries()].map(([r, members]) => {
    const sorted = members.sort((a, b) => a - b).map((k) => candidates[k] as Quote);
    return {
      reports: [...new Set(sorted.map((q) => q.report))].sort(),
      quotes: sorted.map((q) => ({ report: q.report, text: q.text, speaker: q.speaker, offset: q.offset })),
      similarity: Math.round((linkScore.get(r) ?? 1) * 1000) / 1000,
    };
  });
}
