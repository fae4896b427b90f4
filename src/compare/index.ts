// The comparer: every report's findings in, figure groups with verdicts, coverage, shared quotations and the
// merged timeline out. Pure: what `compare` (and the library's compareFindings) compute before any rendering.
import type { ArticleFindings } from '../extract/index.js';
import { aggregateActors } from '../extract/actors.js';
import { aggregatePlaces } from '../extract/places.js';
import type { SharedQuote } from '../extract/quotes.js';
import type { Figure, Gazetteer, Measures } from '../types.js';
import { buildCoverage, mergeTimeline, sharedQuotations, type Coverage, type MergedEvent } from './coverage.js';
import { groupFigures, type FigureGroup } from './groups.js';
import { comparePair, type PairComparison } from './pairs.js';
import { scopeLevel } from './scope.js';
import type { Story } from './stories.js';

/** A figure group and the story it belongs to (null when the comparison was not split into stories). */
export type StoryGroup = FigureGroup & { story: string | null };

export interface Comparison {
  groups: StoryGroup[];
  coverage: Coverage;
  quotations: SharedQuote[];
  timeline: MergedEvent[];
  /** Set when two report ids were given: claims of the one against claims of the other. */
  pair: PairComparison | null;
  /** What is counted (the corpus's measures.json, else the bundled set), for the tables' titles. */
  measures?: Measures;
}

/**
 * Compares the findings of reports (in corpus order; `ids` the reports compared, default: those of `findings`).
 * The gazetteer's places rank the scopes (a city within a country) so that figures of different scopes are kept apart.
 * Given `stories`, claims are compared within each story, never across unrelated events; with more than one story,
 * a group's id is prefixed with its story's (`s-a/deaths/people/2020-03-01`).
 */
export function compareFindings(
  findings: readonly ArticleFindings[],
  gazetteer: Gazetteer,
  options: { pair?: [string, string] | null; ids?: readonly string[]; stories?: readonly Story[] } = {},
): Comparison {
  const figures = findings.flatMap((f) => f.figures);
  const groupOptions = { scopeOf: scopeLevel(gazetteer), ...(gazetteer.measures ? { measures: gazetteer.measures } : {}) };
  const pair = options.pair ?? null;
  const stories = options.stories ?? [];
  // Each story's figures in corpus order, picked by report rather than by a pass over every figure per story.
  const indicesByReport = new Map<string, number[]>();
  figures.forEach((figure, i) => {
    const indices = indicesByReport.get(figure.report);
    if (indices) indices.push(i);
    else indicesByReport.set(figure.report, [i]);
  });
  const figuresOf = (reports: readonly string[]): Figure[] =>
    [...new Set(reports)]
      .flatMap((report) => indicesByReport.get(report) ?? [])
      .sort((a, b) => a - b)
      .map((i) => figures[i] as Figure);
  const groups: StoryGroup[] =
    stories.length === 0
      ? groupFigures(figures, groupOptions).map((g) => ({ ...g, story: null }))
      : stories.flatMap((story) =>
          groupFigures(figuresOf(story.reports), groupOptions).map((g) => ({ ...g, id: stories.length > 1 ? `${story.id}/${g.id}` : g.id, story: story.id })),
        );
  return {
    groups,
    coverage: buildCoverage(
      aggregateActors(findings.flatMap((f) => f.actors)),
      aggregatePlaces(findings.flatMap((f) => f.places)),
      options.ids ?? findings.map((f) => f.report),
    ),
    quotations: sharedQuotations(findings.flatMap((f) => f.quotes)),
    timeline: mergeTimeline(findings.flatMap((f) => f.events)),
    pair: pair ? comparePair(figures, pair[0], pair[1], groupOptions) : null,
    ...(gazetteer.measures ? { measures: gazetteer.measures } : {}),
  };
}
