// The `compare` report: figure groups with verdicts and range bars, coverage by report, shared quotations, the merged timeline.
import type { Coverage, CoverageEntry, MergedEvent } from '../compare/coverage.js';
import type { Comparison, StoryGroup } from '../compare/index.js';
import type { FigureGroup, Verdict } from '../compare/groups.js';
import type { PairComparison } from '../compare/pairs.js';
import { barPoint, positionOf, rangeBar, scaleFor, type Scale } from '../compare/reconcile.js';
import type { Story } from '../compare/stories.js';
import type { SharedQuote } from '../extract/quotes.js';
import { bundledMeasures } from '../corpus/measures.js';
import type { Figure, Measure, Measures } from '../types.js';
import { figureInterval, intervalText } from './findings.js';
import { reportLabels } from './labels.js';
import type { Column, ComparePage, PageBar, PageClaim, PageGroup, PageReport, PageSection, PageTick, Report, TableView, Tone } from './view.js';

/**
 * The version of compare's JSON shape: 2 since coverage entries carry only the reports that mention them (`mentions`
 * holds no zeros, and `reports` is gone: it was the keys of `mentions`), so that the output grows with the mentions,
 * not with the reports times the names.
 */
export const COMPARE_SCHEMA_VERSION = 2;

/** Characters of a range bar (see `rangeBar`). */
export const BAR_WIDTH = 20;

/** `compare A B`: the two reports and the ids of the groups in each part of the comparison. */
export interface PairSummary {
  a: string;
  b: string;
  /** Groups with figures from both reports (whatever the verdict). */
  shared: string[];
  /** The shared groups where A and B disagree (no claim of one agrees with the claims of the other). */
  disagree: string[];
  /** The shared groups where a claim of each is among the agreeing claims. */
  agree: string[];
  /** Shared groups where one report's own claimants disagree among themselves. */
  selfDisagree: Array<{ report: string; group: string }>;
  onlyA: string[];
  onlyB: string[];
}

/** What the comparer found (see compareFindings). */
export type CompareInput = Comparison;

/** A row of a figure table: a group, or one of its claims (a member figure) under it. */
type FigureRow =
  | { kind: 'group'; group: FigureGroup; scale: Scale; isMeasureNamed: boolean }
  | { kind: 'claim'; group: FigureGroup; figure: Figure; index: number; scale: Scale; role: ClaimRole };

/** What a claim is in its group: judged and kept, an outlier, context (not judged), or a step of a `changed` count. */
type ClaimRole = { kind: 'kept' } | { kind: 'outlier' } | { kind: 'context' } | { kind: 'step'; step: number };


const VERDICTS: readonly Verdict[] = ['agree', 'diverge', 'changed', 'single'];

function n(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

/** `×4.55`: the spread with at most two decimals. */
export function spreadText(spread: number): string {
  return `×${Number(spread.toFixed(2))}`;
}

/** The scale's ends in words: `0–20`, `log 900–5,000`. */
export function scaleText(scale: Scale): string {
  return `${scale.kind === 'log' ? 'log ' : ''}${n(Math.floor(scale.min))}–${n(Math.ceil(scale.max))}`;
}

/** The scale of one group's bars: its judged members (every member when none is judged), so a vague `thousands` beside stated numbers does not flatten them. */
export function groupScale(group: FigureGroup): Scale {
  const context = new Set(group.context);
  const judged = group.members.filter((_, i) => !context.has(i));
  const drawn = judged.length > 0 ? judged : group.members;
  const scale = scaleFor(drawn);
  // room beyond the largest value for an interval with no upper bound, so that its bar ends in `>` after its `|`
  if (!drawn.some((m) => m.high === null)) return scale;
  return { ...scale, max: Math.ceil(scale.max * (scale.kind === 'log' ? 2 : 1.25)) };
}

/** The role of each member of a group, by index: linear in the members (a group may hold 100k claims). */
function rolesOf(group: FigureGroup): ClaimRole[] {
  const outliers = new Set(group.outliers);
  const context = new Set(group.context);
  const stepOf = new Map<number, number>();
  group.steps.forEach((s, step) => s.members.forEach((index) => stepOf.has(index) || stepOf.set(index, step)));
  return group.members.map((_, index) => {
    if (outliers.has(index)) return { kind: 'outlier' };
    if (context.has(index)) return { kind: 'context' };
    const step = stepOf.get(index);
    if (group.verdict === 'changed' && step !== undefined) return { kind: 'step', step: step + 1 };
    return { kind: 'kept' };
  });
}

/** The group's verdict in words: `diverge, spread ×4.55`, `changed 6,000 → 34,000`. */
export function verdictText(group: FigureGroup): string {
  if (group.verdict === 'diverge' && group.spread !== null) return `diverge, spread ${spreadText(group.spread)}`;
  if (group.verdict === 'changed') {
    const steps = group.steps.map((s) => (s.best === null ? '?' : n(s.best)));
    return `changed ${steps.join(' → ')}`;
  }
  return group.verdict;
}

/**
 * What the group counts and its reconciled estimate: `people in eastern Aleppo: best 1,000 (1,000–1,100)`; with
 * `isMeasureNamed`, the measure too (`evacuees (people): ...`), for tables that mix measures.
 */
export function groupLabel(group: FigureGroup, isMeasureNamed = false): string {
  const counted =
    !isMeasureNamed || group.subject === group.measure || group.measure === 'other' || group.measure === 'duration'
      ? group.subject
      : `${group.measure} (${group.subject})`;
  const what = `${counted}${group.scope === null ? '' : ` in ${group.scope}`}${group.unit === null || group.unit === group.subject ? '' : ` (${group.unit})`}`;
  if (group.best === null) return group.low === null ? what : `${what}: ${intervalText(group.low, group.high)}`;
  const interval = group.low === null ? '' : ` (${intervalText(group.low, group.high)})`;
  return `${what}: best ${n(group.best)}${interval}`;
}

function claimText(figure: Figure): string {
  return `“${figure.text}”${figure.part === 'body' ? '' : ` (${figure.part})`}`;
}

function roleText(role: ClaimRole): string | null {
  switch (role.kind) {
    case 'outlier':
      return 'outlier';
    case 'context':
      return 'context';
    case 'step':
      return `step ${role.step}`;
    case 'kept':
      return null;
  }
}

/** A claim's colour: only an outlier in the diverge colour; the other claims of a divergence none (they agree). */
function roleTone(group: FigureGroup, role: ClaimRole): Tone | null {
  if (role.kind === 'outlier') return 'diverge';
  if (role.kind === 'context') return 'dim';
  return group.verdict === 'diverge' ? null : group.verdict;
}

function figureRows(groups: readonly FigureGroup[], isMeasureNamed: boolean): FigureRow[] {
  return groups.flatMap((group) => {
    const scale = groupScale(group);
    const roles = rolesOf(group);
    return [
      { kind: 'group' as const, group, scale, isMeasureNamed },
      ...group.members.map((figure, index) => ({ kind: 'claim' as const, group, figure, index, scale, role: roles[index]! })),
    ];
  });
}

const FIGURE_COLUMNS: Array<Column<FigureRow>> = [
  { header: 'group', get: (r) => r.group.id, only: 'data' },
  {
    header: 'day',
    key: 'asOf',
    get: (r) => (r.kind === 'group' ? (r.group.asOf ?? 'undated') : r.group.days.length > 1 ? r.figure.asOf : ''),
    value: (r) => (r.kind === 'group' ? r.group.asOf : r.figure.asOf),
    tone: (r) => (r.kind === 'group' ? 'strong' : 'dim'),
    isNarrow: true,
  },
  { header: 'report', get: (r) => (r.kind === 'group' ? null : r.figure.report), only: 'data' },
  {
    header: 'claim (as written)',
    key: 'text',
    canStack: true,
    get: (r) => (r.kind === 'group' ? groupLabel(r.group, r.isMeasureNamed) : claimText(r.figure)),
    value: (r) => (r.kind === 'group' ? groupLabel(r.group, r.isMeasureNamed) : r.figure.text),
    tone: (r) => (r.kind === 'group' ? 'strong' : null),
  },
  { header: 'outlet', get: (r) => (r.kind === 'group' ? '' : (r.figure.outlet ?? r.figure.report)), value: (r) => (r.kind === 'group' ? null : r.figure.outlet) },
  { header: 'claimant', key: 'attribution', get: (r) => (r.kind === 'group' ? '' : (r.figure.attribution ?? '–')), value: (r) => (r.kind === 'group' ? null : r.figure.attribution) },
  { header: 'value', get: (r) => (r.kind === 'group' ? r.group.best : r.figure.value), only: 'data' },
  { header: 'low', get: (r) => (r.kind === 'group' ? r.group.low : r.figure.low), only: 'data' },
  { header: 'high', get: (r) => (r.kind === 'group' ? r.group.high : r.figure.high), only: 'data' },
  {
    header: 'range',
    get: (r) => (r.kind === 'group' ? scaleText(r.scale) : rangeBar(r.figure, r.scale, BAR_WIDTH)),
    tone: (r) => (r.kind === 'group' ? 'dim' : roleTone(r.group, r.role)),
    isNarrow: true,
    only: 'table',
  },
  {
    header: 'verdict',
    get: (r) => (r.kind === 'group' ? verdictText(r.group) : (roleText(r.role) ?? '')),
    value: (r) => (r.kind === 'group' ? r.group.verdict : roleText(r.role)),
    tone: (r) => (r.kind === 'group' ? r.group.verdict : roleTone(r.group, r.role)),
  },
];

function countVerdicts(groups: readonly FigureGroup[]): string {
  const parts = VERDICTS.flatMap((v) => {
    const count = groups.filter((g) => g.verdict === v).length;
    return count === 0 ? [] : [`${count} ${v}`];
  });
  const count = `${groups.length} group${groups.length === 1 ? '' : 's'}`;
  return parts.length === 0 ? count : `${count}: ${parts.join(', ')}`;
}

function figureTable(title: string, groups: readonly FigureGroup[], isMeasureNamed = false): TableView<FigureRow> {
  return { kind: 'table', title: `${title} (${countVerdicts(groups)})`, columns: FIGURE_COLUMNS, rows: figureRows(groups, isMeasureNamed) };
}

/** One figure table per measure, in the order the groups come. */
/** A measure's title for tables and pages (`Evacuees`), as measures.json gives it; else its name. */
function measureTitle(known: Measures, measure: string): string {
  return known.measures.find((spec) => spec.name === measure)?.title ?? measure;
}

function measureTables(groups: readonly FigureGroup[], known: Measures): Array<TableView<FigureRow>> {
  const measures = [...new Set(groups.map((g) => g.measure))];
  return measures.map((m) => figureTable(measureTitle(known, m), groups.filter((g) => g.measure === m)));
}

function pairTables(pair: PairComparison, outletOf: (id: string) => string): Array<TableView<FigureRow>> {
  const a = outletOf(pair.a);
  const b = outletOf(pair.b);
  const tables: Array<TableView<FigureRow>> = [
    figureTable(`Figures both ${a} and ${b} give`, pair.shared, true),
    figureTable(`Figures only ${a} gives`, pair.onlyA, true),
    figureTable(`Figures only ${b} gives`, pair.onlyB, true),
  ];
  const first = tables[0];
  if (first !== undefined) {
    first.notes = [pairSummaryLine(pair, a, b), ...pair.selfDisagree.map((s) => selfDisagreementLine(s, outletOf(s.report)))];
  }
  return tables;
}

/** Who disagrees with whom over the groups two reports share: `A and B agree on 3 ..., disagree on 1; A's own claimants disagree on 2.` */
function pairSummaryLine(pair: PairComparison, a: string, b: string): string {
  const of = (n: number): string => `${n} of the ${pair.shared.length} figure group${pair.shared.length === 1 ? '' : 's'} they share`;
  const own = [pair.a, pair.b]
    .map((id) => [id, pair.selfDisagree.filter((s) => s.report === id).length] as const)
    .filter(([, n]) => n > 0)
    .map(([id, n]) => `${possessive(id === pair.a ? a : b)} own claimants disagree among themselves on ${n}`);
  const between = pair.disagree.length === 0 ? `${a} and ${b} disagree on none` : `${a} and ${b} disagree on ${of(pair.disagree.length)}`;
  return `${between}; they agree on ${pair.agree.length}${own.length > 0 ? `; ${own.join('; ')}` : ''}.`;
}

function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** One report disagreeing with itself: which of its claimants said what. */
function selfDisagreementLine({ group }: { report: string; group: FigureGroup }, outlet: string): string {
  const outliers = new Set(group.outliers);
  const claims = (isOutlier: boolean): string =>
    group.members
      .filter((m, i) => outliers.has(i) === isOutlier && !group.context.includes(i) && (isOutlier || m.report === group.members[group.outliers[0]!]?.report))
      .map((m) => `${m.text} (${m.attribution ?? 'unattributed'})`)
      .join(', ');
  return `${outlet} disagrees with itself on ${group.measure}${group.scope ? ` in ${group.scope}` : ''}: ${claims(true)} against ${claims(false)}.`;
}

/** The flat table csv takes: one row per group. */
function groupsTable(groups: readonly FigureGroup[]): TableView<FigureGroup> {
  return {
    kind: 'table',
    columns: [
      { header: 'id', get: (g) => g.id },
      { header: 'measure', get: (g) => g.measure },
      { header: 'subject', get: (g) => g.subject },
      { header: 'scope', get: (g) => g.scope },
      { header: 'as of', key: 'asOf', get: (g) => g.asOf },
      { header: 'verdict', get: (g) => g.verdict, tone: (g) => g.verdict },
      { header: 'low', get: (g) => g.low },
      { header: 'best', get: (g) => g.best },
      { header: 'high', get: (g) => g.high },
      { header: 'spread', get: (g) => (g.spread === null ? null : Number(g.spread.toFixed(4))) },
      { header: 'outliers', get: (g) => g.outliers.map((i) => claimSummary(g.members[i])).join('; ') || null },
      { header: 'claims', get: (g) => g.members.map(claimSummary).join('; ') },
    ],
    rows: [...groups],
  };
}

function claimSummary(figure: Figure | undefined): string {
  if (figure === undefined) return '';
  return `${figure.text} (${figure.outlet ?? figure.report}${figure.attribution === null ? '' : `, ${figure.attribution}`})`;
}

function coverageTable(title: string, header: string, entries: readonly CoverageEntry[], coverage: Coverage): TableView<CoverageEntry> {
  const labels = reportLabels(coverage.reports);
  const single = entries.filter((e) => e.onlyIn !== null).length;
  return {
    kind: 'table',
    title,
    columns: [
      { header, key: 'name', get: (e) => e.name, tone: (e) => (e.inGazetteer ? null : 'dim') },
      { header: 'type', get: (e) => e.type, isNarrow: true },
      ...coverage.reports.map((id) => ({
        header: labels.get(id) ?? id,
        key: id,
        get: (e: CoverageEntry) => (e.mentions[id] === 0 ? null : (e.mentions[id] ?? null)),
        value: (e: CoverageEntry) => e.mentions[id] ?? 0,
        align: 'right' as const,
        isNarrow: true,
      })),
      { header: 'only in', key: 'onlyIn', dropRank: 1, get: (e) => (e.onlyIn === null ? '' : (labels.get(e.onlyIn) ?? e.onlyIn)), value: (e) => e.onlyIn, tone: () => 'warn' },
    ],
    rows: [...entries],
    notes: [`${entries.length} ${header === 'actor' ? 'actors' : 'places'}; ${single} mentioned by one report only. Counts are mentions; dimmed names are not in the gazetteer.`],
  };
}

function quotationsTable(quotations: readonly SharedQuote[], labels: Map<string, string>): TableView<SharedQuote> {
  return {
    kind: 'table',
    title: 'Quotations shared across reports',
    columns: [
      { header: 'reports', get: (s) => s.reports.map((id) => labels.get(id) ?? id).join(', '), value: (s) => s.reports.join('; ') },
      { header: 'similarity', get: (s) => Number(s.similarity.toFixed(2)), align: 'right', isNarrow: true },
      {
        header: 'words and speaker',
        key: 'quotes',
        canStack: true,
        get: (s) => s.quotes.map((q) => `${labels.get(q.report) ?? q.report}: “${q.text}” (${q.speaker ?? 'speaker not given'})`).join('  |  '),
      },
    ],
    rows: [...quotations],
    notes: quotations.length === 0 ? ['No quotation is shared by two reports.'] : [],
  };
}

function timelineTable(timeline: readonly MergedEvent[], labels: Map<string, string>): TableView<MergedEvent> {
  const merged = timeline.filter((e) => e.reports.length > 1);
  const differing = merged.filter((e) => e.isDateDiffering).length;
  return {
    kind: 'table',
    title: 'Events dated by more than one report',
    columns: [
      { header: 'date', get: (e) => e.date, isNarrow: true },
      { header: 'reports', get: (e) => e.reports.join('; '), only: 'data' },
      {
        header: 'dated by',
        key: 'events',
        get: (e) => e.events.map((d) => `${labels.get(d.report) ?? d.report}: ${d.dateText} (${d.date})`).join('; '),
      },
      { header: 'dates', key: 'isDateDiffering', get: (e) => (e.isDateDiffering ? 'differ' : 'agree'), value: (e) => e.isDateDiffering, tone: (e) => (e.isDateDiffering ? 'diverge' : 'agree'), isNarrow: true },
      { header: 'event', key: 'sentence', get: (e) => e.events[0]?.sentence ?? '', canStack: true },
    ],
    rows: merged,
    notes: [
      `${merged.length} event(s) dated by more than one report, ${differing} with dates that differ.`,
      `${timeline.length - merged.length} more dated by one report only: see --json or \`timeline\`.`,
    ],
  };
}

/** Where the claims of a comparison come from, for its page: the stories compared, each report's file, each figure's line. */
export interface CompareSources {
  /** The stories the groups' `story` ids name, in corpus order; empty when the comparison was not split into stories. */
  stories: readonly Story[];
  /** Each report's file, relative to the corpus directory, by report id. */
  files: ReadonlyMap<string, string>;
  /** The 1-based line of each figure in its file, by report id and the figure's start offset; absent when the text was not read. */
  lines: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

const NO_SOURCES: CompareSources = { stories: [], files: new Map(), lines: new Map() };

/** The whole comparison: figure tables (by measure, or by side for a pair), coverage, shared quotations, the merged timeline. */
export function buildCompareReport(input: CompareInput, outlets: ReadonlyMap<string, string | null>, sources: CompareSources = NO_SOURCES): Report {
  const { groups, coverage, quotations, timeline, pair } = input;
  const labels = reportLabels(coverage.reports);
  const outletOf = (id: string): string => outlets.get(id) ?? labels.get(id) ?? id;
  const figureViews = pair === null ? measureTables(groups, input.measures ?? bundledMeasures()) : pairTables(pair, outletOf);
  const summary: PairSummary | null =
    pair === null
      ? null
      : {
          a: pair.a,
          b: pair.b,
          shared: pair.shared.map((g) => g.id),
          disagree: pair.disagree.map((g) => g.id),
          agree: pair.agree.map((g) => g.id),
          selfDisagree: pair.selfDisagree.map((s) => ({ report: s.report, group: s.group.id })),
          onlyA: pair.onlyA.map((g) => g.id),
          onlyB: pair.onlyB.map((g) => g.id),
        };
  const lastFigureView = figureViews[figureViews.length - 1];
  if (lastFigureView !== undefined) {
    lastFigureView.notes = [
      ...(lastFigureView.notes ?? []),
      `In all, ${countVerdicts(groups)}.`,
      'Bars: = the interval the words allow, | the number stated, > no upper bound, < below a log scale.',
      'Each group has its own scale, given in its range cell (log when its values span more than tenfold).',
    ];
  }
  return {
    command: 'compare',
    schemaVersion: COMPARE_SCHEMA_VERSION,
    key: 'groups',
    records: groups,
    extra: { pair: summary, coverage, quotations, timeline },
    views: [
      ...figureViews,
      coverageTable('Actors by report', 'actor', coverage.actors, coverage),
      coverageTable('Places by report', 'place', coverage.places, coverage),
      quotationsTable(quotations, labels),
      timelineTable(timeline, labels),
    ],
    primary: groupsTable(groups),
    page: () => comparePage(input, outletOf, sources),
  };
}

// ---- the page (the html format's brief) -----------------------------------------------------------------

const PAGE_LEGEND = [
  'Each bar is the interval a claim’s words allow, on its group’s own scale (given above the bars); a tick marks the number stated, a dot a single number; an arrow at an end: the interval goes on beyond the scale (no upper bound, or a vague count’s wide range).',
  'agree: every interval shares a value with every other. diverge: they do not, and the fewest claims whose removal leaves the rest agreeing are marked outlier. changed: a running total that grew. single: one report only.',
  'Only outliers are drawn in the diverge colour; context claims (vague counts, breakdowns) are grey and not judged.',
];

/** The brief: a section per story (or per side of `compare A B`), each group a row of bars with its verdict in words. */
function comparePage(input: CompareInput, outletOf: (id: string) => string, sources: CompareSources): ComparePage {
  const { groups, pair } = input;
  const known = input.measures ?? bundledMeasures();
  const reportOf = (id: string): PageReport => ({ id, outlet: outletOf(id), file: sources.files.get(id) ?? null });
  const section = (id: string, heading: string, members: readonly FigureGroup[], reports: readonly string[], notes: string[] = []): PageSection => ({
    id,
    heading,
    notes,
    reports: reports.map(reportOf),
    groups: members.map((g) => pageGroup(g, outletOf, sources, known)),
  });
  let sections: PageSection[];
  if (pair !== null) {
    const [a, b] = [outletOf(pair.a), outletOf(pair.b)];
    sections = [
      section('both', `Figures both ${a} and ${b} give (${countVerdicts(pair.shared)})`, pair.shared, [pair.a, pair.b], [
        pairSummaryLine(pair, a, b),
        ...pair.selfDisagree.map((s) => selfDisagreementLine(s, outletOf(s.report))),
      ]),
      section('only-a', `Figures only ${a} gives (${countVerdicts(pair.onlyA)})`, pair.onlyA, [pair.a]),
      section('only-b', `Figures only ${b} gives (${countVerdicts(pair.onlyB)})`, pair.onlyB, [pair.b]),
    ];
  } else {
    const known = new Set(sources.stories.map((s) => s.id));
    sections = sources.stories
      .map((story) => {
        const members = groups.filter((g: StoryGroup) => g.story === story.id);
        return section(story.id, `${story.title ?? story.id} (${countVerdicts(members)})`, members, story.reports, [storyLine(story)]);
      })
      .filter((s) => s.groups.length > 0);
    const unplaced = groups.filter((g: StoryGroup) => g.story === null || !known.has(g.story));
    if (unplaced.length > 0) {
      const reports = input.coverage.reports.filter((id) => unplaced.some((g) => g.reports.includes(id)));
      sections.push(section('all', `All reports (${countVerdicts(unplaced)})`, unplaced, reports));
    }
  }
  const storyCount = pair === null && sources.stories.length > 0 ? `; ${sources.stories.length} stor${sources.stories.length === 1 ? 'y' : 'ies'}` : '';
  return {
    kind: 'compare',
    title: pair === null ? 'Where the reports agree and where they diverge' : `${outletOf(pair.a)} and ${outletOf(pair.b)}: where they agree and where they diverge`,
    summary: `${input.coverage.reports.length} report${input.coverage.reports.length === 1 ? '' : 's'}${storyCount}; ${countVerdicts(groups)}.`,
    legend: PAGE_LEGEND,
    sections,
  };
}

/** A story's days, places and number of reports in one line. */
function storyLine(story: Story): string {
  const days = story.from === null ? 'undated' : story.from === story.until ? story.from : `${story.from} to ${story.until}`;
  const places = story.places.length === 0 ? '' : `; ${story.places.slice(0, 5).join(', ')}`;
  return `${days}${places}; ${story.reports.length} report${story.reports.length === 1 ? '' : 's'}`;
}

function pageGroup(group: FigureGroup, outletOf: (id: string) => string, sources: CompareSources, known: Measures): PageGroup {
  const scale = groupScale(group);
  const roles = rolesOf(group);
  return {
    id: group.id,
    measure: measureTitle(known, group.measure),
    label: groupLabel(group),
    day: group.asOf,
    verdict: group.verdict,
    verdictText: verdictText(group),
    scale: { text: scaleText(scale), isLog: scale.kind === 'log', ticks: scaleTicks(scale) },
    claims: group.members.map((figure, index): PageClaim => {
      const role = roles[index]!;
      return {
        report: figure.report,
        outlet: figure.outlet ?? outletOf(figure.report),
        claimant: figure.attribution,
        date: figure.asOf,
        text: figure.text,
        sentence: figure.sentence,
        part: figure.part,
        interval: figureInterval(figure),
        file: sources.files.get(figure.report) ?? null,
        line: sources.lines.get(figure.report)?.get(figure.offset[0]) ?? null,
        role: roleText(role),
        tone: pageTone(group, role),
        bar: pageBar(figure, scale),
      };
    }),
  };
}

/** A claim's colour on the page: only outliers take the diverge colour; the kept claims of a diverge group are plain. */
function pageTone(group: FigureGroup, role: ClaimRole): Tone | null {
  if (role.kind === 'outlier') return 'diverge';
  if (role.kind === 'context') return 'dim';
  return group.verdict === 'diverge' ? null : group.verdict;
}

/** A claim's interval as fractions of its bar (see PageBar). */
export function pageBar(figure: Figure, scale: Scale): PageBar {
  const point = barPoint(figure);
  return {
    from: positionOf(figure.low, scale),
    to: figure.high === null ? 1 : positionOf(figure.high, scale),
    value: point === null ? null : positionOf(point, scale),
    isOpenHigh: figure.high === null,
    isAboveScale: figure.high !== null && figure.high > scale.max,
    isBelowScale: figure.low < scale.min,
  };
}

/** Ticks no closer than this (a share of the bar) to another tick. */
const TICK_GAP = 0.12;

/**
 * Marks along a scale: round numbers (1, 2 or 5 times a power of ten, about four of them; powers of ten on a log
 * scale) and its two ends, leaving out a round number too close to an end.
 */
export function scaleTicks(scale: Scale): PageTick[] {
  const round: number[] = [];
  if (scale.kind === 'log') {
    for (let p = Math.ceil(Math.log10(scale.min)); 10 ** p <= scale.max; p++) round.push(10 ** p);
  } else {
    const rough = (scale.max - scale.min) / 4;
    const power = 10 ** Math.floor(Math.log10(rough));
    const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
    for (let v = Math.ceil(scale.min / step) * step; v <= scale.max; v += step) round.push(v);
  }
  const ends = [scale.min, scale.max];
  const ticks = [...ends, ...round.filter((v) => ends.every((e) => Math.abs(positionOf(v, scale) - positionOf(e, scale)) >= TICK_GAP))];
  return [...new Set(ticks)].sort((x, y) => x - y).map((v) => ({ at: positionOf(v, scale), label: n(v) }));
}
