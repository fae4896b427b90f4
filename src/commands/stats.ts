// `stats`: one row per report and a totals row; a warning for each report of which less than half is read.
import { analyseAll } from '../analysis/run.js';
import { isLittleRead, littleReadMessage } from '../report/reading.js';
import type { WordStats } from '../language/word-stats.js';
import { buildStatsReport, countFindings, statsRecord, type ReportCounts } from '../report/stats.js';
import type { ArticleFindings } from '../extract/index.js';
import type { Source } from '../analysis/run.js';
import type { SkippedReport } from '../types.js';
import type { CommandSpec } from './index.js';
import { readSources, selectFiles } from './sources.js';

export const runStats: CommandSpec['run'] = async (ctx) => {
    const corpus = ctx.open();
    const files = selectFiles(corpus, ctx.reports);
    const skipped: SkippedReport[] = [];
    const sources = readSources(corpus, files, skipped, ctx.warn);
    const setup = ctx.analysis(corpus.gazetteer, files.length);
    // Each row from the analyses alone (its counts are cached with its findings): the report is not read into parts.
    const row = (source: Source, findings: ArticleFindings, counts: ReportCounts, words?: WordStats) => {
      if (isLittleRead(counts)) ctx.warn(littleReadMessage(source.file, counts));
      return statsRecord(source, counts, countFindings(findings), words);
    };
    // word statistics (`language`) only where they are printed: --format json and ndjson
    const records =
      ctx.format === 'json' || ctx.format === 'ndjson'
        ? await analyseAll(sources, ['findings', 'counts', 'words'], (source, a) => row(source, a.findings, a.counts, a.words), setup)
        : await analyseAll(sources, ['findings', 'counts'], (source, a) => row(source, a.findings, a.counts), setup);
    return { report: buildStatsReport(records, skipped) };
  };
