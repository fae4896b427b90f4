// The comparer: every report's findings in, figure groups with verdicts, coverage, shared quotations and the
// merged timeline out. Pure: what `compare` (and the library's compareFindings) compute before any rendering.
import type { ArticleFindings } from '../extract/index.js';
import { aggregateActors } from '../extract/actors.js';
import { aggregatePlaces } from '../extract/places.js';
import type { SharedQuote } from '../extract/quotes.js';
import type { Gazetteer } from '../types.js';
import { buildCoverage, mergeTimeline, sharedQuotations, type Coverage, type MergedEvent } from './coverage.js';
import { groupFigures, type FigureGroup } from './groups.js';
import { comparePair, type PairComparison } from './pairs.js';
import { scopeLevel } from './scope.js';

export interface Comparison {
  groups: FigureGroup[];
  coverage: Coverage;
  quotations: SharedQuote[];
  timeline: MergedEvent[];
  /** Set when two report ids were given: claims of the one against claims of the other. */
  pair: PairComparison | null;
}

/**
 * Compares the findings of reports (in corpus order; `ids` the reports compared, default: those of `findings`).
 * The gazetteer's places rank the scopes (a city within a country) so that figures of different scopes are kept apart.
 */
export function compareFindings(
  findings: readonly ArticleFindings[],
  gazetteer: Gazetteer,
  options: { pair?: [string, string] | null; ids?: readonly string[] } = {},
): Comparison {
  const figures = findings.flatMap((f) => f.figures);
  const groupOptions = { scopeOf: scopeLevel(gazetteer) };
  const pair = options.pair ?? null;
  return {
    groups: groupFigures(figures, groupOptions),
    coverage: buildCoverage(
      aggregateActors(findings.flatMap((f) => f.actors)),
      aggregatePlaces(findings.flatMap((f) => f.places)),
      options.ids ?? findings.map((f) => f.report),
    ),
    quotations: sharedQuotations(findings.flatMap((f) => f.quotes)),
    timeline: mergeTimeline(findings.flatMap((f) => f.events)),
    pair: pair ? comparePair(figures, pair[0], pair[1], groupOptions) : null,
  };
}
