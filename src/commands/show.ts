// `show ID`: one report cleaned, parts labelled, extractions marked, what was set aside listed by kind.
import { analyseAll } from '../analysis/run.js';
import { buildShowReport, type Mark } from '../report/show.js';
import type { CommandSpec } from './index.js';
import { findArticle } from './select.js';
import { loadedSources } from './sources.js';

export const runShow: CommandSpec['run'] = async (ctx) => {
    const corpus = ctx.load();
    const article = findArticle(corpus.articles, ctx.args[0] ?? '');
    const findings = (await analyseAll(loadedSources(corpus, [article]), ['findings'], (_, a) => a.findings, ctx.analysis(corpus.gazetteer, 1)))[0]!;
    const marks: Mark[] = [
      ...findings.figures.map((f) => ({ offset: f.offset, kind: 'figure', label: `${f.measure}${f.attribution ? ` · ${f.attribution}` : ''}` })),
      ...findings.dates.filter((d) => d.date).map((d) => ({ offset: d.offset, kind: 'date', label: d.date! })),
    ];
    return { report: buildShowReport(article, dropOverlaps(marks)) };
  };

/** Marks are nested into the text, so overlapping ones keep the first (figures before dates). */
function dropOverlaps(marks: Mark[]): Mark[] {
  const kept: Mark[] = [];
  for (const mark of marks) {
    if (!kept.some((k) => mark.offset[0] < k.offset[1] && k.offset[0] < mark.offset[1])) kept.push(mark);
  }
  return kept;
}
