// What is computed per report and cached: the findings, what `stats` shows of the report itself, the word statistics. Pure.
import { extractArticle, type ArticleFindings } from '../extract/index.js';
import type { WordStats } from '../language/word-stats.js';
import { reportCounts } from '../report/counts.js';
import type { ReportCounts } from '../report/stats.js';
import type { Article, Gazetteer } from '../types.js';

/** Each kind of per-report analysis, by the name it has in the cache. */
export interface Analyses {
  findings: ArticleFindings;
  counts: ReportCounts;
  words: WordStats;
}

export type Kind = keyof Analyses;

export const KINDS: readonly Kind[] = ['findings', 'counts', 'words'];

// The word statistics (and their syllable counter, 20 ms to load) are loaded the first time they are asked for.
const COMPUTE: { [K in Kind]: (article: Article, gazetteer: Gazetteer) => Analyses[K] | Promise<Analyses[K]> } = {
  findings: extractArticle,
  counts: (article) => reportCounts(article),
  words: async (article) => (await import('../language/word-stats.js')).wordStats(article),
};

/** The analyses of `kinds` for one article. */
export async function analyseArticle(article: Article, gazetteer: Gazetteer, kinds: readonly Kind[]): Promise<Partial<Analyses>> {
  const out: Partial<Analyses> = {};
  for (const kind of kinds) (out as Record<Kind, unknown>)[kind] = await COMPUTE[kind](article, gazetteer);
  return out;
}
