// `stats`: one row per report and a totals row.
import { analyseAll } from '../analysis/run.js';
import { buildStatsReport, countFindings, statsRecord } from '../report/stats.js';
import type { SkippedReport } from '../types.js';
import type { CommandSpec } from './index.js';
import { readSources, selectFiles } from './sources.js';

export const runStats: CommandSpec['run'] = async (ctx) => {
    const corpus = ctx.open();
    const files = selectFiles(corpus, ctx.reports);
    const skipped: SkippedReport[] = [];
    const sources = readSources(corpus, files, skipped, ctx.warn);
    const setup = ctx.analysis(corpus.gazetteer, files.length);
    // word statistics (`language`) only where they are printed: --format json and ndjson
    const records =
      ctx.format === 'json' || ctx.format === 'ndjson'
        ? await analyseAll(sources, ['findings', 'counts', 'words'], (article, a) => statsRecord(article, countFindings(a.findings), a.words, a.counts), setup)
        : await analyseAll(sources, ['findings', 'counts'], (article, a) => statsRecord(article, countFindings(a.findings), undefined, a.counts), setup);
    return { report: buildStatsReport(records, skipped) };
  };
