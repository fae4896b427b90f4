// Figure groups and their verdicts: figures of the same measure, subject family, scope and day, judged agree / diverge / changed / single.
import { bundledMeasures } from '../corpus/measures.js';
import { UNSPECIFIED_DURATION, type Figure, type Measure, type MeasureKind, type Measures } from '../types.js';
import { dayNumber } from '../text/calendar.js';
import { findConsensus, spreadOf, type Claim, type Consensus } from './reconcile.js';

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

/** What grouping needs to know of the measures: their order (for sorting groups), kinds and running totals. */
interface MeasureTraits {
  order: ReadonlyMap<Measure, number>;
  kinds: ReadonlyMap<Measure, MeasureKind>;
  cumulative: readonly Measure[];
  /** People measures whose classes of people (fighters, civilians, children) are different counts. */
  byClass: ReadonlySet<Measure>;
}

const traitsOf = new WeakMap<Measures, MeasureTraits>();

function measureTraits(measures: Measures = bundledMeasures()): MeasureTraits {
  const known = traitsOf.get(measures);
  if (known) return known;
  const traits: MeasureTraits = {
    order: new Map(measures.measures.map((m, i) => [m.name, i])),
    kinds: new Map(measures.measures.map((m) => [m.name, m.kind])),
    cumulative: measures.measures.filter((m) => m.cumulative).map((m) => m.name),
    byClass: new Set(measures.measures.filter((m) => m.byClass).map((m) => m.name)),
  };
  traitsOf.set(measures, traits);
  return traits;
}

// ---- subject families -----------------------------------------------------------------------------------

/** Generic English words for kinds of people, by class. Unknown words keep their own family. */
export const SUBJECT_WORD_CLASSES: Readonly<Record<string, string>> = buildWordClasses({
  fighters: [
    'rebel', 'rebels', 'fighter', 'fighters', 'militant', 'militants', 'terrorist', 'terrorists', 'insurgent',
    'insurgents', 'gunman', 'gunmen', 'jihadist', 'jihadists', 'combatant', 'combatants', 'militia', 'militias',
    'militiamen', 'opposition', 'extremist', 'extremists',
  ],
  soldiers: ['soldier', 'soldiers', 'troop', 'troops', 'servicemen', 'serviceman'],
  civilians: ['civilian', 'civilians', 'resident', 'residents', 'inhabitant', 'inhabitants'],
  children: ['child', 'children', 'kid', 'kids', 'minor', 'minors', 'orphan', 'orphans', 'baby', 'babies', 'infant', 'infants', 'boys', 'girls'],
  wounded: ['wounded', 'injured', 'sick', 'patient', 'patients', 'casualties'],
  people: [
    'people', 'person', 'persons', 'individual', 'individuals', 'family', 'families', 'member', 'members', 'men',
    'women', 'evacuee', 'evacuees', 'refugee', 'refugees', 'lives', 'syrians', 'population', 'others',
  ],
});

function buildWordClasses(classes: Record<string, string[]>): Record<string, string> {
  const table: Record<string, string> = {};
  for (const [name, words] of Object.entries(classes)) for (const word of words) table[word] = name;
  return table;
}

/** Families counted on their own inside a total of people moved: a subset, not a rival count. */
const SUBSET_FAMILIES = ['children', 'wounded'] as const;

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The family a subject belongs to for a measure.
 * - Things (kind `thing`: buses, ambulances, vehicles, convoys): the measure itself (`green buses` and `passenger
 *   buses` are buses).
 * - People moved or affected (kind `people`, not `byClass`: evacuees, remaining, displaced...): one family `people`
 *   for people, rebels, civilians, fighters and mixes (`rebels and family members`); `children` and `wounded` stay
 *   apart when the subject is only that subset.
 * - People counted by class (`byClass`: deaths, wounded): the word class (`people`, `fighters`, `civilians`,
 *   `soldiers`, `children`), because 35,000 rebels killed and 300,000 people killed are different counts; a mix of
 *   classes is `people`; the measure's own class (`wounded` among the wounded) is no class.
 * - Amounts, durations and `other`: the subject as written (lower case).
 */
export function subjectFamily(measure: Measure, subject: string, measures?: Measures): string {
  const traits = measureTraits(measures);
  const kind = traits.kinds.get(measure) ?? 'other';
  if (kind === 'thing') return measure;
  const text = normalise(subject);
  if (kind !== 'people') return text;
  const { classes, isConjoined } = subjectClasses(text);
  if (!traits.byClass.has(measure)) {
    if (!isConjoined) for (const family of SUBSET_FAMILIES) if (classes.has(family)) return family;
    return 'people';
  }
  const isOwnClass = classes.delete(measure);
  if (classes.size === 0) return text === '' || isOwnClass ? 'people' : text;
  if (classes.size === 1) return [...classes][0] ?? 'people';
  if (!isConjoined && classes.has('children')) return 'children';
  return 'people';
}

// ---- grouping -------------------------------------------------------------------------------------------

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNullable(a: string | null, b: string | null): number {
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

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareText);
}

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

/** A day cluster's figures and what they settle on. */
interface Cluster {
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

/** The word classes of a subject (`rebel fighters` → fighters), and whether it joins several kinds with `and`. */
function subjectClasses(subject: string): { classes: Set<string>; isConjoined: boolean } {
  const text = normalise(subject);
  const classes = new Set<string>();
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    const cls = word === '' ? undefined : SUBJECT_WORD_CLASSES[word];
    if (cls !== undefined) classes.add(cls);
  }
  return { classes, isConjoined: /\b(?:and|or|plus)\b|[&,]/.test(text) };
}

/** True for a subject naming one kind of people other than people at large (`rebel fighters`, `civilians`). */
function isNarrowSubject(subject: string): boolean {
  const { classes, isConjoined } = subjectClasses(subject);
  return !isConjoined && classes.size === 1 && !classes.has('people');
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

function makeCluster(figures: Figure[]): Cluster {
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

function clusterVerdict(cluster: Cluster): Verdict {
  if (cluster.judgedReports.length <= 1) return 'single';
  return cluster.consensus.outliers.length === 0 ? 'agree' : 'diverge';
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

/** A label per figure naming its day cluster: ISO days chained when at most `window` days apart; other asOf values apart. */
function dayClusterLabels(figures: readonly Figure[], window: number): (figure: Figure) => string {
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
function clusterByDay(figures: readonly Figure[], window: number): { dated: Cluster[]; undated: Cluster[] } {
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
function linkCumulative(clusters: readonly Cluster[]): Cluster[][][] {
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
