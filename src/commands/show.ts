// `show ID`: one report cleaned, parts labelled, extractions marked, what was set aside listed by kind.
import { analyseAll } from '../analysis/run.js';
import { buildShowReport, showMarks } from '../report/show.js';
import type { CommandSpec } from './index.js';
import { findArticle } from './select.js';
import { loadedSources } from './sources.js';

export const runShow: CommandSpec['run'] = async (ctx) => {
    const corpus = await ctx.load();
    const article = findArticle(corpus.articles, ctx.args[0] ?? '');
    const findings = (await analyseAll(loadedSources(corpus, [article]), ['findings'], (_, a) => a.findings, ctx.analysis(corpus.gazetteer, 1)))[0]!;
    return { report: buildShowReport(article, showMarks(findings)) };
  };
