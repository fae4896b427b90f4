// `compare` and `compare A B`: where the reports agree or diverge (figure groups, coverage, shared quotations, timeline).
import { buildCoverage, mergeTimeline, sharedQuotations } from '../compare/coverage.js';
import { groupFigures } from '../compare/groups.js';
import { comparePair, type PairComparison } from '../compare/pairs.js';
import { scopeLevel } from '../compare/scope.js';
import { UsageError } from '../errors.js';
import { aggregateActors } from '../extract/actors.js';
import { extractArticle } from '../extract/index.js';
import { aggregatePlaces } from '../extract/places.js';
import { buildCompareReport } from '../report/compare.js';
import { Option } from 'commander';
import { compareInputsFrom, type CompareInputs } from './compare-from.js';
import type { CommandContext, CommandSpec } from './index.js';
import { findArticle, selectArticles } from './select.js';

export const compareCommand: CommandSpec = {
  name: 'compare',
  description:
    'where the reports agree or diverge: figure groups with verdicts, actor and place coverage, shared quotes, the merged timeline; `compare A B` for two reports side by side',
  example: 'compare euronews-2016-12-15 mee-2016-12-15',
  args: [
    { name: '[a]', description: 'a report id: with [b], compare these two reports only' },
    { name: '[b]', description: 'the second report id' },
  ],
  options: [new Option('--from <file>', 'compare the findings `extract` wrote (NDJSON; - for stdin) instead of extracting again')],
  run: async (ctx) => {
    const [a, b] = ctx.args;
    if (a !== undefined && b === undefined) throw new UsageError(`compare takes no report id or two (compare ${a} <other-id>)`);
    const pair: [string, string] | null = a !== undefined && b !== undefined ? [a, b] : null;
    const from = ctx.options.from;
    const { ids, outlets, findings, gazetteer } = typeof from === 'string' ? await compareInputsFrom(from, ctx, pair) : extractCorpus(ctx, pair);
    const figures = findings.flatMap((f) => f.figures);
    const options = { scopeOf: scopeLevel(gazetteer) };
    const pairComparison: PairComparison | null = pair ? comparePair(figures, pair[0], pair[1], options) : null;
    const report = buildCompareReport(
      {
        groups: groupFigures(figures, options),
        coverage: buildCoverage(aggregateActors(findings.flatMap((f) => f.actors)), aggregatePlaces(findings.flatMap((f) => f.places)), ids),
        quotations: sharedQuotations(findings.flatMap((f) => f.quotes)),
        timeline: mergeTimeline(findings.flatMap((f) => f.events)),
        pair: pairComparison,
      },
      outlets,
    );
    return { report };
  },
};

/** compare's inputs from the corpus: its reports (or the two of `compare A B`), each extracted. */
function extractCorpus(ctx: CommandContext, pair: [string, string] | null): CompareInputs {
  const corpus = ctx.load();
  if (pair) {
    findArticle(corpus.articles, pair[0]);
    findArticle(corpus.articles, pair[1]);
    if (pair[0] === pair[1]) throw new UsageError(`compare A B needs two different reports (got '${pair[0]}' twice)`);
    if (ctx.reports.length > 0) ctx.warn('--report is ignored when two report ids are given');
  }
  const articles = pair ? corpus.articles.filter((x) => pair.includes(x.id)) : selectArticles(corpus.articles, ctx.reports);
  return {
    ids: articles.map((x) => x.id),
    outlets: new Map(articles.map((x) => [x.id, x.meta.outlet.value])),
    findings: articles.map((article) => extractArticle(article, corpus.gazetteer)),
    gazetteer: corpus.gazetteer,
  };
}
