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
import type { CommandSpec } from './index.js';
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
  run: (ctx) => {
    const corpus = ctx.load();
    const [a, b] = ctx.args;
    if (a !== undefined && b === undefined) throw new UsageError(`compare takes no report id or two (compare ${a} <other-id>)`);
    if (a !== undefined && b !== undefined) {
      findArticle(corpus.articles, a);
      findArticle(corpus.articles, b);
      if (a === b) throw new UsageError(`compare A B needs two different reports (got '${a}' twice)`);
      if (ctx.reports.length > 0) ctx.warn('--report is ignored when two report ids are given');
    }
    const articles = a !== undefined && b !== undefined ? corpus.articles.filter((x) => x.id === a || x.id === b) : selectArticles(corpus.articles, ctx.reports);
    const findings = articles.map((article) => extractArticle(article, corpus.gazetteer));
    const figures = findings.flatMap((f) => f.figures);
    const options = { scopeOf: scopeLevel(corpus.gazetteer) };
    const pair: PairComparison | null = a !== undefined && b !== undefined ? comparePair(figures, a, b, options) : null;
    const ids = articles.map((x) => x.id);
    const report = buildCompareReport(
      {
        groups: groupFigures(figures, options),
        coverage: buildCoverage(aggregateActors(findings.flatMap((f) => f.actors)), aggregatePlaces(findings.flatMap((f) => f.places)), ids),
        quotations: sharedQuotations(findings.flatMap((f) => f.quotes)),
        timeline: mergeTimeline(findings.flatMap((f) => f.events)),
        pair,
      },
      new Map(articles.map((x) => [x.id, x.meta.outlet.value])),
    );
    return { report };
  },
};
