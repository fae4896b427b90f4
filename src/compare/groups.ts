// Figure groups and their verdicts: figures of the same measure, subject family, scope and day, judged agree / diverge / changed / single.
import { UNSPECIFIED_DURATION, type Figure, type Measure, type Measures } from '../types.js';
import {
  clusterByDay,
  clusterVerdict,
  compareFigures,
  compareNullable,
  compareText,
  dayClusterLabels,
  linkCumulative,
  makeCluster,
  sortedUnique,
  type Cluster,
} from './clusters.js';
import { spreadOf } from './reconcile.js';
import { measureTraits, normalise, subjectFamily } from './subjects.js';

export { compareFigures } from './clusters.js';
export { SUBJECT_WORD_CLASSES, subjectFamily } from './subjects.js';

export type Verdict = 'agree' | 'diverge' | 'changed' | 'single';

/** One count in a `changed` group: the figures of one day (or of consecutive days that agree), in date order. */
export interface GroupStep {
  /** The latest day of the step (ISO date). */
  asOf: string | null;
  /** Every day the step's figures describe, ascending. */
  days: string[];
  low: number | null;
  best: number | null;
  high: number | null;
  reports: string[];
  /** Indices into the group's `members`, ascending. */
  members: number[];
}

/**
 * A group of figures about one thing. Indices (`outliers`, `context`, a step's `members`) point into `members`,
 * which is sorted by day, report and offset. Every figure given to `groupFigures` is in exactly one group.
 */
export interface FigureGroup {
  /** Stable id from the group's key and days, e.g. `evacuees/people/eastern-aleppo/2016-12-15`. */
  id: string;
  measure: Measure;
  /** The subject family (see `subjectFamily`), e.g. `people` for people, rebels, civilians and fighters evacuated. */
  subject: string;
  /** The place the figures cover; null when none of them says. */
  scope: string | null;
  /** For durations, the unit all members share; else null. */
  unit: Figure['unit'];
  /** The latest day the group's figures describe (ISO date); null when undated. */
  asOf: string | null;
  /** Every day the members describe, ascending. */
  days: string[];
  verdict: Verdict;
  /** Reconciled interval and best estimate (for `changed`: of the latest step). See `findConsensus`. */
  low: number | null;
  best: number | null;
  high: number | null;
  /** For `diverge`: the largest low over the smallest high of the judged members (> 1); else null. */
  spread: number | null;
  /** For `diverge`: the fewest members whose removal leaves the rest agreeing; else empty. */
  outliers: number[];
  /** Members shown but not judged: vague counts (`thousands`) beside stated numbers, and breakdowns of a larger figure of the same report. */
  context: number[];
  /** For `changed`: the counts in date order; else empty. */
  steps: GroupStep[];
  members: Figure[];
  /** Report ids of all members, sorted. */
  reports: string[];
}

export interface GroupOptions {
  /** Figures whose days are at most this many days apart (chained) form one day cluster. Default 0: the same day. */
  dayWindow?: number;
  /** What is counted (the corpus's measures.json): table order, kinds and running totals. Default: the bundled set. */
  measures?: Measures;
  /** Running totals, whose counts on different days are linked (`changed`) rather than kept apart; default: the
   * measures marked `cumulative`. */
  cumulativeMeasures?: readonly Measure[];
  /** The family a figure's subject belongs to; default `subjectFamily`. */
  familyOf?: (measure: Measure, subject: string) => string;
  /** The scope a stated scope is compared at (e.g. a quarter at its city's level); default the scope itself. */
  scopeOf?: (scope: string) => string;
}

// ---- grouping -------------------------------------------------------------------------------------------

function slug(text: string): string {
  const s = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return s === '' ? '-' : s;
}

interface Bucket {
  measure: Measure;
  family: string;
  unit: Figure['unit'];
  scopeKey: string | null;
  figures: Figure[];
}


/** Parts that announce what the body tells: a figure there that the body states again is the same claim. */
const LEAD_PARTS: ReadonlySet<Figure['part']> = new Set(['title', 'standfirst']);

/**
 * The figures less those of a title or standfirst that the same report's other parts state again (the same measure
 * and number, or the same vague count): a headline and its body are one claim, not two reports agreeing.
 */
export function withoutRestatements(figures: readonly Figure[]): Figure[] {
  const told = new Set<string>();
  const keyOf = (f: Figure): string => JSON.stringify([f.report, f.measure, f.value ?? f.qualifier, f.unit]);
  for (const f of figures) if (!LEAD_PARTS.has(f.part)) told.add(keyOf(f));
  return figures.filter((f) => !LEAD_PARTS.has(f.part) || !told.has(keyOf(f)));
}


/** Figures into buckets of measure, subject family, unit and effective scope. */
function bucketFigures(
  figures: readonly Figure[],
  familyOf: (measure: Measure, subject: string) => string,
  scopeOf: (scope: string) => string,
  window: number,
  standsAlone: (figure: Figure) => boolean,
): Bucket[] {
  const byKey = new Map<string, { measure: Measure; family: string; unit: Figure['unit']; figures: Figure[] }>();
  for (const figure of figures) {
    const family = familyOf(figure.measure, figure.subject);
    const key = JSON.stringify([figure.measure, family, figure.unit, ...(standsAlone(figure) ? [figure.report, figure.offset[0]] : [])]);
    let entry = byKey.get(key);
    if (entry === undefined) {
      entry = { measure: figure.measure, family, unit: figure.unit, figures: [] };
      byKey.set(key, entry);
    }
    entry.figures.push(figure);
  }
  const buckets: Bucket[] = [];
  for (const entry of byKey.values()) {
    const keyOf = unscopedAdoption(entry.figures, scopeOf, window);
    const byScope = new Map<string | null, Figure[]>();
    for (const figure of entry.figures) {
      const scopeKey = keyOf(figure);
      const list = byScope.get(scopeKey) ?? [];
      list.push(figure);
      byScope.set(scopeKey, list);
    }
    for (const [scopeKey, list] of byScope) {
      buckets.push({ measure: entry.measure, family: entry.family, unit: entry.unit, scopeKey, figures: list });
    }
  }
  return buckets;
}

/**
 * The scope key each figure of a bucket is grouped under. A scoped figure keeps its own. An unscoped figure joins
 * the only scope stated for its measure and family on its days (its day cluster), else the only scope stated for
 * them on any day; when several are stated it stays unscoped, because setting it against one of them could invent
 * a contradiction (a toll in eastern Aleppo is not a toll across Syria).
 */
function unscopedAdoption(
  figures: readonly Figure[],
  scopeOf: (scope: string) => string,
  window: number,
): (figure: Figure) => string | null {
  const dayLabel = dayClusterLabels(figures, window);
  const scopesByDay = new Map<string, Set<string>>();
  const allScopes = new Set<string>();
  for (const figure of figures) {
    if (figure.scope === null) continue;
    const key = normalise(scopeOf(figure.scope));
    allScopes.add(key);
    const label = dayLabel(figure);
    const set = scopesByDay.get(label) ?? new Set<string>();
    set.add(key);
    scopesByDay.set(label, set);
  }
  const onlyOne = (set: Set<string> | undefined): string | null => (set !== undefined && set.size === 1 ? ([...set][0] ?? null) : null);
  const everyDay = onlyOne(allScopes);
  return (figure) => {
    if (figure.scope !== null) return normalise(scopeOf(figure.scope));
    const sameDays = scopesByDay.get(dayLabel(figure));
    if (sameDays !== undefined) return onlyOne(sameDays);
    return everyDay;
  };
}


interface GroupDraft extends Omit<FigureGroup, 'id'> {
  idBase: string;
}

function indicesOf(members: readonly Figure[], figures: readonly Figure[]): number[] {
  const wanted = new Set(figures);
  return members.flatMap((m, i) => (wanted.has(m) ? [i] : []));
}

function draftFromCluster(bucket: Bucket, scope: string | null, cluster: Cluster): GroupDraft {
  const verdict = clusterVerdict(cluster);
  const members = cluster.figures;
  const judgedSet = new Set(cluster.judged);
  const outlierFigures = verdict === 'diverge' ? cluster.consensus.outliers.map((i) => cluster.judged[i]) : [];
  return {
    idBase: idBaseOf(bucket, scope, cluster.days),
    measure: bucket.measure,
    subject: bucket.family,
    scope,
    unit: bucket.unit,
    asOf: cluster.days[cluster.days.length - 1] ?? null,
    days: cluster.days,
    verdict,
    ...wholeNumbers(cluster.consensus),
    spread: verdict === 'diverge' ? spreadOf(cluster.judged) : null,
    outliers: indicesOf(members, outlierFigures.filter((f): f is Figure => f !== undefined)),
    context: members.flatMap((m, i) => (judgedSet.has(m) ? [] : [i])),
    steps: [],
    members,
    reports: sortedUnique(members.map((f) => f.report)),
  };
}

/**
 * A reconciled interval in whole numbers, as people and things are counted: low rounded down, high up (outward,
 * so that it still allows every value the words allow: `about 301` is 270.9–331.1, given as 270–332).
 */
function wholeNumbers(c: { low: number | null; best: number | null; high: number | null }): Pick<FigureGroup, 'low' | 'best' | 'high'> {
  const NOISE = 1e-9; // 0.9 × 1000 computed in floating point is still 900
  return {
    low: c.low === null ? null : Math.floor(c.low + NOISE),
    best: c.best === null ? null : Math.round(c.best),
    high: c.high === null ? null : Math.ceil(c.high - NOISE),
  };
}

function draftChanged(bucket: Bucket, scope: string | null, stepClusters: readonly Cluster[]): GroupDraft {
  const whole = makeCluster(stepClusters.flatMap((c) => c.figures));
  const members = whole.figures;
  const judgedSet = new Set(whole.judged);
  const steps: GroupStep[] = stepClusters.map((c) => ({
    asOf: c.days[c.days.length - 1] ?? null,
    days: c.days,
    ...wholeNumbers(c.consensus),
    reports: sortedUnique(c.figures.map((f) => f.report)),
    members: indicesOf(members, c.figures),
  }));
  const last = steps[steps.length - 1];
  return {
    idBase: idBaseOf(bucket, scope, whole.days),
    measure: bucket.measure,
    subject: bucket.family,
    scope,
    unit: bucket.unit,
    asOf: last?.asOf ?? null,
    days: whole.days,
    verdict: 'changed',
    low: last?.low ?? null,
    best: last?.best ?? null,
    high: last?.high ?? null,
    spread: null,
    outliers: [],
    context: members.flatMap((m, i) => (judgedSet.has(m) ? [] : [i])),
    steps,
    members,
    reports: sortedUnique(members.map((f) => f.report)),
  };
}

/** The shape of an ISO day, kept as it is in a group's id. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function idBaseOf(bucket: Bucket, scope: string | null, days: readonly string[]): string {
  const first = days[0];
  const last = days[days.length - 1];
  const day = (d: string): string => (ISO_DAY.test(d) ? d : slug(d));
  const when = first === undefined || last === undefined ? 'undated' : first === last ? day(first) : `${day(first)}..${day(last)}`;
  const parts = [bucket.measure, slug(bucket.family), scope === null ? 'any' : slug(scope)];
  if (bucket.unit !== null) parts.push(bucket.unit);
  parts.push(when);
  return parts.join('/');
}

function compareDrafts(a: GroupDraft, b: GroupDraft, order: ReadonlyMap<Measure, number>): number {
  const rank = (measure: Measure) => order.get(measure) ?? order.size;
  return (
    rank(a.measure) - rank(b.measure) ||
    compareText(a.measure, b.measure) ||
    compareText(a.subject, b.subject) ||
    compareNullable(a.scope === null ? '' : a.scope, b.scope === null ? '' : b.scope) ||
    compareNullable(a.unit, b.unit) ||
    compareNullable(a.days[0] ?? null, b.days[0] ?? null) ||
    compareText(a.idBase, b.idBase) ||
    compareFigures(a.members[0] as Figure, b.members[0] as Figure)
  );
}

/**
 * Groups figures and judges each group (see the contract's "Agree and diverge"):
 * - key: measure, subject family (`subjectFamily`), scope (see `unscopedAdoption`), duration unit (durations in
 *   different units are not converted), and day cluster (`dayWindow`, default the same day);
 * - judged members: those stating a number; vague counts (`thousands`) are `context` unless all members are vague,
 *   and so is a breakdown of a larger figure in the same report (`Some 3,000 of these are rebel fighters`);
 * - verdict: `single` when the judged members come from one report; `agree` when every judged interval touches
 *   every other; `diverge` otherwise, with the fewest outliers (see `findConsensus`) and the spread;
 * - running totals (`cumulativeMeasures`) on different days: `changed` when the count rose, one group when the
 *   days state the same count (see `linkCumulative`); a `changed` series may come from one report;
 * - low / high: the largest low and smallest high of the agreeing judged members (UCDP-style bounds that every
 *   agreeing source allows); best: the lower median of their stated values, inside [low, high].
 * Deterministic: the same figures in any order give the same groups, in the same order, with the same ids.
 */
export function groupFigures(figures: readonly Figure[], options: GroupOptions = {}): FigureGroup[] {
  const window = Math.max(0, options.dayWindow ?? 0);
  const traits = measureTraits(options.measures);
  const cumulative = new Set(options.cumulativeMeasures ?? traits.cumulative);
  const familyOf = options.familyOf ?? ((measure: Measure, subject: string) => subjectFamily(measure, subject, options.measures));
  const scopeOf = options.scopeOf ?? ((scope: string) => scope);
  const ordered = withoutRestatements(figures).sort(compareFigures);
  const drafts: GroupDraft[] = [];
  // What cannot be told apart from another thing of its measure stands alone, never a contradiction: a duration
  // that does not say what lasted (`five-year war`, `divided for four years`); an amount (money, a percentage,
  // tonnes), since what an amount measures (a company's results, a price) is not read; and a count of no known
  // measure (`67 members`, `13 elections`).
  const standsAlone = (f: Figure): boolean => {
    const kind = traits.kinds.get(f.measure);
    return (f.measure === 'duration' && f.subject === UNSPECIFIED_DURATION) || kind === 'amount' || kind === 'other';
  };
  for (const bucket of bucketFigures(ordered, familyOf, scopeOf, window, standsAlone)) {
    const scope =
      bucket.scopeKey === null
        ? null
        : (sortedUnique(bucket.figures.flatMap((f) => (f.scope === null ? [] : [scopeOf(f.scope).trim()])))[0] ?? null);
    const { dated, undated } = clusterByDay(bucket.figures, window);
    for (const cluster of undated) drafts.push(draftFromCluster(bucket, scope, cluster));
    if (!cumulative.has(bucket.measure)) {
      for (const cluster of dated) drafts.push(draftFromCluster(bucket, scope, cluster));
      continue;
    }
    for (const steps of linkCumulative(dated)) {
      if (steps.length === 1) {
        const only = steps[0] ?? [];
        drafts.push(draftFromCluster(bucket, scope, only.length === 1 && only[0] ? only[0] : makeCluster(only.flatMap((c) => c.figures))));
      } else {
        drafts.push(draftChanged(bucket, scope, steps.map((step) => makeCluster(step.flatMap((c) => c.figures)))));
      }
    }
  }
  drafts.sort((a, b) => compareDrafts(a, b, traits.order));
  const seen = new Map<string, number>();
  return drafts.map(({ idBase, ...group }) => {
    const count = (seen.get(idBase) ?? 0) + 1;
    seen.set(idBase, count);
    return { id: count === 1 ? idBase : `${idBase}#${count}`, ...group };
  });
}
