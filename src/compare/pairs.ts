// `compare A B`: two reports side by side: the figure groups they share (with verdicts), those they disagree on, and what only one has.
import type { Figure } from '../types.js';
import { groupFigures, type FigureGroup, type GroupOptions } from './groups.js';

export interface PairComparison {
  a: string;
  b: string;
  /** Groups with figures from both reports, whatever the verdict (agree, diverge, changed, or single when one side is only vague). */
  shared: FigureGroup[];
  /** The shared groups whose verdict is `diverge`. */
  disagree: FigureGroup[];
  /** Groups with figures from report `a` only. */
  onlyA: FigureGroup[];
  /** Groups with figures from report `b` only. */
  onlyB: FigureGroup[];
}

/**
 * Groups the figures of reports `a` and `b` alone (other reports do not sway the verdicts) and sorts the groups by
 * which of the two reports they hold. Unknown report ids give empty lists; `a` equal to `b` puts everything in `onlyA`.
 */
export function comparePair(figures: readonly Figure[], a: string, b: string, options: GroupOptions = {}): PairComparison {
  const groups = groupFigures(
    figures.filter((f) => f.report === a || f.report === b),
    options,
  );
  const shared: FigureGroup[] = [];
  const onlyA: FigureGroup[] = [];
  const onlyB: FigureGroup[] = [];
  for (const group of groups) {
    const hasA = group.reports.includes(a);
    const hasB = group.reports.includes(b);
    if (hasA && hasB && a !== b) shared.push(group);
    else if (hasA) onlyA.push(group);
    else onlyB.push(group);
  }
  return { a, b, shared, disagree: shared.filter((g) => g.verdict === 'diverge'), onlyA, onlyB };
}
