// What is computed per report and cached: the findings, what `stats` shows of the report itself, the word statistics. Pure.
import { extractArticle, type ArticleFindings } from '../extract/index.js';
import { wordStats, type WordStats } from '../language/word-stats.js';
import { reportCounts, type ReportCounts } from '../report/stats.js';
import type { Article, Gazetteer } from '../types.js';

/** Each kind of per-report analysis, by the name it has in the cache. */
export interface Analyses {
  findings: ArticleFindings;
  counts: ReportCounts;
  words: WordStats;
}

export type Kind = keyof Analyses;

export const KINDS: readonly Kind[] = ['findings', 'counts', 'words'];

const COMPUTE: { [K in Kind]: (article: Article, gazetteer: Gazetteer) => Analyses[K] } = {
  findings: extractArticle,
  counts: (article) => reportCounts(article),
  words: (article) => wordStats(article),
};

/** The analyses of `kinds` for one article. */
export function analyseArticle(article: Article, gazetteer: Gazetteer, kinds: readonly Kind[]): Partial<Analyses> {
  const out: Partial<Analyses> = {};
  for (const kind of kinds) (out as Record<Kind, unknown>)[kind] = COMPUTE[kind](article, gazetteer);
  return out;
}
