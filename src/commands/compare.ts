// `compare` and `compare A B`: where the reports agree or diverge (figure groups, coverage, shared quotations, timeline).
import { buildCoverage, mergeTimeline, sharedQuotations } from '../compare/coverage.js';
import { groupFigures } from '../compare/groups.js';
import { comparePair, type PairComparison } from '../compare/pairs.js';
import { scopeLevel } from '../compare/scope.js';
import { UsageError } from '../errors.js';
import { aggregateActors } from '../extract/actors.js';
import { analyseAll } from '../analysis/run.js';
import { aggregatePlaces } from '../extract/places.js';
import { buildCompareReport } from '../report/compare.js';
import { compareInputsFrom, type CompareInputs } from './compare-from.js';
import type { CommandContext, CommandSpec } from './index.js';
import { findArticle } from './select.js';
import { readSources, selectFiles } from './sources.js';

export const runCompare: CommandSpec['run'] = async (ctx) => {
    const [a, b] = ctx.args;
    if (a !== undefined && b === undefined) throw new UsageError(`compare takes no report id or two (compare ${a} <other-id>)`);
    const pair: [string, string] | null = a !== undefined && b !== undefined ? [a, b] : null;
    const from = ctx.options.from;
    const { ids, outlets, findings, gazetteer } = typeof from === 'string' ? await compareInputsFrom(from, ctx, pair) : await extractCorpus(ctx, pair);
    const figures = findings.flatMap((f) => f.figures);
    const options = { scopeOf: scopeLevel(gazetteer), measures: gazetteer.measures };
    const pairComparison: PairComparison | null = pair ? comparePair(figures, pair[0], pair[1], options) : null;
    const report = buildCompareReport(
      {
        groups: groupFigures(figures, options),
        coverage: buildCoverage(aggregateActors(findings.flatMap((f) => f.actors)), aggregatePlaces(findings.flatMap((f) => f.places)), ids),
        quotations: sharedQuotations(findings.flatMap((f) => f.quotes)),
        timeline: mergeTimeline(findings.flatMap((f) => f.events)),
        pair: pairComparison,
        measures: gazetteer.measures,
      },
      outlets,
    );
    return { report };
  };

/** compare's inputs from the corpus: its reports (or the two of `compare A B`), each extracted. */
async function extractCorpus(ctx: CommandContext, pair: [string, string] | null): Promise<CompareInputs> {
  const corpus = ctx.open();
  const all = selectFiles(corpus, []);
  if (pair) {
    findArticle(all, pair[0]);
    findArticle(all, pair[1]);
    if (pair[0] === pair[1]) throw new UsageError(`compare A B needs two different reports (got '${pair[0]}' twice)`);
    if (ctx.reports.length > 0) ctx.warn('--report is ignored when two report ids are given');
  }
  const files = pair ? all.filter((x) => pair.includes(x.id)) : selectFiles(corpus, ctx.reports);
  const sources = readSources(corpus, files, [], ctx.warn);
  const analysed = await analyseAll(sources, ['findings'], (article, a) => ({ outlet: article.meta.outlet.value, findings: a.findings }), ctx.analysis(corpus.gazetteer, files.length));
  return {
    ids: analysed.map((x) => x.findings.report),
    outlets: new Map(analysed.map((x) => [x.findings.report, x.outlet])),
    findings: analysed.map((x) => x.findings),
    gazetteer: corpus.gazetteer,
  };
}
