// `stats`: one row per report and a totals row.
import { countFindings, extractArticle } from '../extract/index.js';
import { wordStats } from '../language/words.js';
import { buildStatsReport, statsRecord } from '../report/stats.js';
import type { CommandSpec } from './index.js';
import { selectArticles } from './select.js';

export const statsCommand: CommandSpec = {
  name: 'stats',
  description: 'one row per report: words, sentences, paragraphs, quotes, figures, actors, places, boilerplate set aside',
  example: 'stats --format markdown',
  run: (ctx) => {
    const corpus = ctx.load();
    const articles = selectArticles(corpus.articles, ctx.reports);
    // word statistics (`language`) only where they are printed: --format json and ndjson
    const hasLanguage = ctx.format === 'json' || ctx.format === 'ndjson';
    const records = articles.map((article) =>
      statsRecord(article, countFindings(extractArticle(article, corpus.gazetteer)), hasLanguage ? wordStats(article) : undefined),
    );
    return { report: buildStatsReport(records, corpus.skipped) };
  },
};
