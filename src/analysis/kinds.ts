// What is computed per report and cached: the findings, what a report says of itself (outlet, date, title), what
// `stats` shows of it, the word statistics. Pure.
import { extractArticle, type ArticleFindings } from '../extract/index.js';
import type { WordStats } from '../language/word-stats.js';
import { reportCounts } from '../report/counts.js';
import type { ReportCounts } from '../report/stats.js';
import type { Article, Gazetteer } from '../types.js';

/** What a report says of itself, as its article is read: what commands print beside its findings. */
export interface ReportMeta {
  outlet: string | null;
  published: string | null;
  title: string | null;
}

/** Each kind of per-report analysis, by the name it has in the cache. */
export interface Analyses {
  findings: ArticleFindings;
  meta: ReportMeta;
  counts: ReportCounts;
  words: WordStats;
}

export type Kind = keyof Analyses;

export const KINDS: readonly Kind[] = ['findings', 'meta', 'counts', 'words'];

// The word statistics (and their syllable counter, 20 ms to load) are loaded the first time they are asked for.
const COMPUTE: { [K in Kind]: (article: Article, gazetteer: Gazetteer) => Analyses[K] | Promise<Analyses[K]> } = {
  findings: extractArticle,
  // a command asks for it beside the findings rather than read the report into its article a second time
  meta: (article) => ({ outlet: article.meta.outlet.value, published: article.meta.published.value, title: article.title }),
  counts: (article) => reportCounts(article),
  words: async (article) => (await import('../language/word-stats.js')).wordStats(article),
};

/** The analyses of `kinds` for one article. */
export async function analyseArticle(article: Article, gazetteer: Gazetteer, kinds: readonly Kind[]): Promise<Partial<Analyses>> {
  const out: Partial<Analyses> = {};
  for (const kind of kinds) (out as Record<Kind, unknown>)[kind] = await COMPUTE[kind](article, gazetteer);
  return out;
}
