// Day clusters: a bucket's figures by the days they describe, the claims that decide each cluster's verdict and the
// consensus they settle on, and the links between the clusters of a running total (a count that grew).
import { dayNumber } from '../text/calendar.js';
import type { Figure } from '../types.js';
import type { Verdict } from './groups.js';
import { findConsensus, type Claim, type Consensus } from './reconcile.js';
import { isNarrowSubject } from './subjects.js';

/** Two strings in code-unit order (never the locale's), so that groups and ids are the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** compareText with null last. */
export function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}

/** A total order on figures, so that grouping does not depend on input order. */
export function compareFigures(a: Figure, b: Figure): number {
  return (
    compareNullable(a.asOf, b.asOf) ||
    compareText(a.report, b.report) ||
    a.offset[0] - b.offset[0] ||
    a.offset[1] - b.offset[1] ||
    compareText(a.text, b.text) ||
    compareText(a.measure, b.measure) ||
    compareText(a.subject, b.subject) ||
    compareNullable(a.scope, b.scope) ||
    compareNullable(a.attribution, b.attribution) ||
    (a.value ?? -1) - (b.value ?? -1) ||
    a.low - b.low ||
    (a.high ?? Infinity) - (b.high ?? Infinity) ||
    compareText(a.qualifier, b.qualifier)
  );
}

/** The distinct values, in compareText order. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareText);
}

/** A day cluster's figures and what they settle on. */
export interface Cluster {
  figures: Figure[];
  days: string[];
  judged: Figure[];
  consensus: Consensus;
  /** Reports of the judged figures. */
  judgedReports: string[];
}

function claimOf(figure: Figure): Claim {
  return { low: figure.low, high: figure.high, value: figure.value };
}

/**
 * The figures that decide a verdict: those with a stated number (all, when every one is vague), less breakdowns: a
 * figure on a narrower subject wholly below a figure on a broader subject of the same report (`more than 6,000
 * people ... Some 3,000 of these are rebel fighters`).
 */
function judgedOf(figures: readonly Figure[]): Figure[] {
  const stated = figures.filter((f) => f.qualifier !== 'vague' && f.value !== null);
  const candidates = stated.length > 0 ? stated : [...figures];
  const narrowness = new Map<string, boolean>();
  const isNarrow = (subject: string): boolean => {
    let known = narrowness.get(subject);
    if (known === undefined) narrowness.set(subject, (known = isNarrowSubject(subject)));
    return known;
  };
  const largestBroadLow = new Map<string, number>();
  for (const f of candidates) {
    if (isNarrow(f.subject)) continue;
    const known = largestBroadLow.get(f.report);
    if (known === undefined || f.low > known) largestBroadLow.set(f.report, f.low);
  }
  return candidates.filter((f) => {
    const broadLow = largestBroadLow.get(f.report);
    return !(broadLow !== undefined && f.high !== null && f.high < broadLow && isNarrow(f.subject));
  });
}

export function makeCluster(figures: Figure[]): Cluster {
  const sorted = [...figures].sort(compareFigures);
  const judged = judgedOf(sorted);
  return {
    figures: sorted,
    days: sortedUnique(sorted.flatMap((f) => (f.asOf === null ? [] : [f.asOf]))),
    judged,
    consensus: findConsensus(judged.map(claimOf)),
    judgedReports: sortedUnique(judged.map((f) => f.report)),
  };
}

export function clusterVerdict(cluster: Cluster): Verdict {
  if (cluster.judgedReports.length <= 1) return 'single';
  return cluster.consensus.outliers.length === 0 ? 'agree' : 'diverge';
}

/** A label per figure naming its day cluster: ISO days chained when at most `window` days apart; other asOf values apart. */
export function dayClusterLabels(figures: readonly Figure[], window: number): (figure: Figure) => string {
  const days = [...new Set(figures.flatMap((f) => (f.asOf === null ? [] : [f.asOf])))]
    .flatMap((day) => {
      const n = dayNumber(day);
      return n === null ? [] : [{ day, n }];
    })
    .sort((a, b) => a.n - b.n || compareText(a.day, b.day));
  const labels = new Map<string, string>();
  let first: string | null = null;
  let previous: number | null = null;
  for (const { day, n } of days) {
    if (first === null || previous === null || n - previous > window) first = day;
    labels.set(day, first);
    previous = n;
  }
  return (figure) => (figure.asOf === null ? 'undated' : (labels.get(figure.asOf) ?? `other:${figure.asOf}`));
}

/**
 * A bucket's figures into day clusters, in date order: days chained when at most `window` days apart. Figures
 * without an ISO date come last, one cluster per distinct asOf, and are never linked across days.
 */
export function clusterByDay(figures: readonly Figure[], window: number): { dated: Cluster[]; undated: Cluster[] } {
  const byDay = new Map<string | null, Figure[]>();
  for (const figure of figures) {
    const list = byDay.get(figure.asOf) ?? [];
    list.push(figure);
    byDay.set(figure.asOf, list);
  }
  const dated: Array<{ day: string; n: number; figures: Figure[] }> = [];
  const apart: Figure[][] = [];
  for (const [day, list] of byDay) {
    const n = day === null ? null : dayNumber(day);
    if (day === null || n === null) apart.push(list);
    else dated.push({ day, n, figures: list });
  }
  dated.sort((a, b) => a.n - b.n || compareText(a.day, b.day));
  const clusters: Cluster[] = [];
  let current: Figure[] = [];
  let lastDay: number | null = null;
  for (const entry of dated) {
    if (lastDay !== null && entry.n - lastDay > window) {
      clusters.push(makeCluster(current));
      current = [];
    }
    for (const figure of entry.figures) current.push(figure); // not push(...): a day of 100k figures overflows the stack
    lastDay = entry.n;
  }
  if (current.length > 0) clusters.push(makeCluster(current));
  apart.sort((a, b) => compareNullable(a[0]?.asOf ?? null, b[0]?.asOf ?? null));
  return { dated: clusters, undated: apart.map(makeCluster) };
}

/** True when two clusters state the same count: together they agree, and each one's best lies in the other's interval. */
function isSameCount(a: Cluster, b: Cluster): boolean {
  if (a.consensus.best === null || b.consensus.best === null) return false;
  const together = findConsensus([...a.judged, ...b.judged].map(claimOf));
  if (together.outliers.length > 0) return false;
  const inside = (x: number, c: Consensus): boolean =>
    c.low !== null && x >= c.low && (c.high === null || x <= c.high);
  return inside(a.consensus.best, b.consensus) && inside(b.consensus.best, a.consensus);
}

/**
 * Links the day clusters of a running total. Walking in date order, a cluster that states the same count as the
 * current step joins it; one whose best estimate is higher starts a new step (the count grew); a lower one starts
 * a new series. Diverging and vague-only clusters stand alone. A series of one step is an ordinary
 * group over all its days (case: some 300,000 on 16 Dec and more than 300,000 on 22 Dec agree); a series of
 * several steps is `changed`.
 */
export function linkCumulative(clusters: readonly Cluster[]): Cluster[][][] {
  const series: Cluster[][][] = [];
  let steps: Cluster[][] = [];
  let step: Cluster | null = null;
  const close = (): void => {
    if (steps.length > 0) series.push(steps);
    steps = [];
    step = null;
  };
  for (const cluster of clusters) {
    const canLink = cluster.consensus.best !== null && clusterVerdict(cluster) !== 'diverge';
    if (!canLink) {
      series.push([[cluster]]);
      continue;
    }
    const previous: Cluster | null = step;
    if (previous === null) {
      steps.push([cluster]);
      step = cluster;
      continue;
    }
    const lastStep = steps[steps.length - 1] ?? [];
    if (isSameCount(previous, cluster)) {
      lastStep.push(cluster);
      step = makeCluster([...previous.figures, ...cluster.figures]);
    } else if ((cluster.consensus.best ?? 0) > (previous.consensus.best ?? 0)) {
      steps.push([cluster]);
      step = cluster;
    } else {
      close();
      steps.push([cluster]);
      step = cluster;
    }
  }
  close();
  return series;
}
