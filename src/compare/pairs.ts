// `compare A B`: two reports side by side: the figure groups they share, who disagrees with whom, and what only one has.
import type { Figure } from '../types.js';
import { groupFigures, type FigureGroup, type GroupOptions } from './groups.js';

/** One report's claimants disagreeing among themselves in a group (a claim of the report among the outliers, another not). */
export interface SelfDisagreement {
  report: string;
  group: FigureGroup;
}

export interface PairComparison {
  a: string;
  b: string;
  /** Groups with figures from both reports, whatever the verdict (agree, diverge, changed, or single when one side is only vague). */
  shared: FigureGroup[];
  /** Shared groups where A and B disagree: no claim of one report agrees with the claims of the other. */
  disagree: FigureGroup[];
  /** Shared groups where A and B agree: a claim of each is among the agreeing claims (whatever their own claimants say besides). */
  agree: FigureGroup[];
  /** Shared groups where one report's own claimants disagree among themselves. */
  selfDisagree: SelfDisagreement[];
  /** Groups with figures from report `a` only. */
  onlyA: FigureGroup[];
  /** Groups with figures from report `b` only. */
  onlyB: FigureGroup[];
}

/**
 * Groups the figures of reports `a` and `b` alone (other reports do not sway the verdicts) and sorts the groups by
 * which of the two reports they hold, and each shared group by who disagrees with whom: a disagreement inside one
 * report, between two of its claimants, is not a disagreement between the reports. Unknown report ids give empty
 * lists; `a` equal to `b` puts everything in `onlyA`.
 */
export function comparePair(figures: readonly Figure[], a: string, b: string, options: GroupOptions = {}): PairComparison {
  const groups = groupFigures(
    figures.filter((f) => f.report === a || f.report === b),
    options,
  );
  const pair: PairComparison = { a, b, shared: [], disagree: [], agree: [], selfDisagree: [], onlyA: [], onlyB: [] };
  for (const group of groups) {
    const hasA = group.reports.includes(a);
    const hasB = group.reports.includes(b);
    if (!(hasA && hasB && a !== b)) {
      (hasA ? pair.onlyA : pair.onlyB).push(group);
      continue;
    }
    pair.shared.push(group);
    if (group.verdict !== 'agree' && group.verdict !== 'diverge') continue;
    const { agreeing, outlying } = claimReports(group);
    if (agreeing.has(a) && agreeing.has(b)) pair.agree.push(group);
    else if (group.verdict === 'diverge') pair.disagree.push(group);
    for (const report of [a, b]) if (agreeing.has(report) && outlying.has(report)) pair.selfDisagree.push({ report, group });
  }
  return pair;
}

/** The reports with a judged claim among the agreeing ones, and those with a claim among the outliers. */
function claimReports(group: FigureGroup): { agreeing: Set<string>; outlying: Set<string> } {
  const outliers = new Set(group.outliers);
  const context = new Set(group.context);
  const agreeing = new Set<string>();
  const outlying = new Set<string>();
  group.members.forEach((member, i) => {
    if (outliers.has(i)) outlying.add(member.report);
    else if (!context.has(i)) agreeing.add(member.report);
  });
  return { agreeing, outlying };
}
