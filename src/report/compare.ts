// The `compare` report: figure groups with verdicts and range bars, coverage by report, shared quotations, the merged timeline.
import type { Coverage, CoverageEntry, MergedEvent } from '../compare/coverage.js';
import type { Comparison } from '../compare/index.js';
import type { FigureGroup } from '../compare/groups.js';
import type { PairComparison } from '../compare/pairs.js';
import { rangeBar, type Scale } from '../compare/reconcile.js';
import type { SharedQuote } from '../extract/quotes.js';
import { bundledMeasures } from '../corpus/measures.js';
import type { Figure, Measures } from '../types.js';
import { comparePage, type CompareSources } from './compare-page.js';
import {
  claimText,
  countVerdicts,
  groupLabel,
  groupScale,
  measureTitle,
  pairSummaryLine,
  roleText,
  roleTone,
  rolesOf,
  scaleText,
  selfDisagreementLine,
  verdictText,
  type ClaimRole,
} from './compare-words.js';
import { reportLabels } from './labels.js';
import type { Report, TableView, Column } from './view.js';

export { pageBar, scaleTicks, type CompareSources } from './compare-page.js';
export { groupLabel, groupScale, scaleText, spreadText, verdictText } from './compare-words.js';

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

function figureTable(title: string, groups: readonly FigureGroup[], isMeasureNamed = false): TableView<FigureRow> {
  return { kind: 'table', title: `${title} (${countVerdicts(groups)})`, columns: FIGURE_COLUMNS, rows: figureRows(groups, isMeasureNamed) };
}

/** One figure table per measure, in the order the groups come. */
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
