// What `compare` and `figures` keep and in what order: --measure, --verdict, --claimant, --since/--until, --sort
// spread. Pure: filters over groups and figures already computed.
import type { Figure } from '../types.js';
import type { FigureGroup, Verdict } from './groups.js';

export const VERDICTS: readonly Verdict[] = ['agree', 'diverge', 'changed', 'single'];

export interface FigureFilter {
  /** Keep only these measures (any when empty). */
  measures: readonly string[];
  /** Keep only groups (or figures in groups) with these verdicts (any when empty). */
  verdicts: readonly Verdict[];
  /** Keep only what this claimant states: a case-insensitive part of the canonical name (`Red Cross`). */
  claimant: string | null;
  /** ISO days, inclusive: keep figures (groups with a day) within them. */
  since: string | null;
  until: string | null;
  /** Divergences first, the widest spread first; else the groups' own order. */
  sortBySpread: boolean;
}

export const NO_FILTER: FigureFilter = { measures: [], verdicts: [], claimant: null, since: null, until: null, sortBySpread: false };

/** Whether the filter keeps everything as it is. */
export function isOpen(filter: FigureFilter): boolean {
  return filter.measures.length === 0 && filter.verdicts.length === 0 && filter.claimant === null && filter.since === null && filter.until === null && !filter.sortBySpread;
}

/** Whether a figure is stated by the claimant, on the days and of the measure the filter asks for. */
function keepsFigure(figure: Figure, filter: FigureFilter): boolean {
  if (filter.measures.length > 0 && !filter.measures.includes(figure.measure)) return false;
  if (filter.claimant !== null && !(figure.attribution ?? '').toLowerCase().includes(filter.claimant.toLowerCase())) return false;
  if (filter.since !== null && (figure.asOf === null || figure.asOf < filter.since)) return false;
  if (filter.until !== null && (figure.asOf === null || figure.asOf > filter.until)) return false;
  return true;
}

/** The groups with a verdict asked for and at least one member the filter keeps, in order (by spread when asked). */
export function filterGroups(groups: readonly FigureGroup[], filter: FigureFilter): FigureGroup[] {
  const kept = groups.filter((g) => (filter.verdicts.length === 0 || filter.verdicts.includes(g.verdict)) && g.members.some((m) => keepsFigure(m, filter)));
  return filter.sortBySpread ? sortBySpread(kept) : kept;
}

/**
 * The figures the filter keeps, each judged by its group (verdict, spread) when `groupOf` knows it; in order, or
 * those of the widest divergences first.
 */
export function filterFigures(figures: readonly Figure[], groupOf: (figure: Figure) => FigureGroup | undefined, filter: FigureFilter): Figure[] {
  const kept = figures.filter((f) => keepsFigure(f, filter) && (filter.verdicts.length === 0 || filter.verdicts.includes(groupOf(f)?.verdict ?? 'single')));
  if (!filter.sortBySpread) return kept;
  const rank = new Map(sortBySpread([...new Set(kept.map(groupOf).filter((g): g is FigureGroup => g !== undefined))]).map((g, i) => [g, i]));
  return kept
    .map((f, i) => ({ f, i, r: rank.get(groupOf(f)!) ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map(({ f }) => f);
}

/** Divergences first, the widest spread first; the rest after, in their order. */
function sortBySpread(groups: readonly FigureGroup[]): FigureGroup[] {
  return groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => (b.g.spread ?? 0) - (a.g.spread ?? 0) || a.i - b.i)
    .map(({ g }) => g);
}
