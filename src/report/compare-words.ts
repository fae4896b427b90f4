// The words of a comparison, shared by its tables and its page: a group's label, verdict and scale, each claim's role
// and colour, the count of verdicts, and who disagrees with whom in `compare A B`.
import type { FigureGroup, Verdict } from '../compare/groups.js';
import type { PairComparison } from '../compare/pairs.js';
import { scaleFor, type Scale } from '../compare/reconcile.js';
import type { Figure, Measures } from '../types.js';
import { intervalText } from './findings.js';
import type { Tone } from './view.js';

/** What a claim is in its group: judged and kept, an outlier, context (not judged), or a step of a `changed` count. */
export type ClaimRole = { kind: 'kept' } | { kind: 'outlier' } | { kind: 'context' } | { kind: 'step'; step: number };


const VERDICTS: readonly Verdict[] = ['agree', 'diverge', 'changed', 'single'];

/** A number as the tables and the page write it: thousands grouped, at most one decimal (`1,203.5`). */
export function n(value: number): string {
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
export function rolesOf(group: FigureGroup): ClaimRole[] {
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

export function claimText(figure: Figure): string {
  return `“${figure.text}”${figure.part === 'body' ? '' : ` (${figure.part})`}`;
}

export function roleText(role: ClaimRole): string | null {
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
export function roleTone(group: FigureGroup, role: ClaimRole): Tone | null {
  if (role.kind === 'outlier') return 'diverge';
  if (role.kind === 'context') return 'dim';
  return group.verdict === 'diverge' ? null : group.verdict;
}

export function countVerdicts(groups: readonly FigureGroup[]): string {
  const parts = VERDICTS.flatMap((v) => {
    const count = groups.filter((g) => g.verdict === v).length;
    return count === 0 ? [] : [`${count} ${v}`];
  });
  const count = `${groups.length} group${groups.length === 1 ? '' : 's'}`;
  return parts.length === 0 ? count : `${count}: ${parts.join(', ')}`;
}

/** A measure's title for tables and pages (`Evacuees`), as measures.json gives it; else its name. */
export function measureTitle(known: Measures, measure: string): string {
  return known.measures.find((spec) => spec.name === measure)?.title ?? measure;
}

/** Who disagrees with whom over the groups two reports share: `A and B agree on 3 ..., disagree on 1; A's own claimants disagree on 2.` */
export function pairSummaryLine(pair: PairComparison, a: string, b: string): string {
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
export function selfDisagreementLine({ group }: { report: string; group: FigureGroup }, outlet: string): string {
  const outliers = new Set(group.outliers);
  const claims = (isOutlier: boolean): string =>
    group.members
      .filter((m, i) => outliers.has(i) === isOutlier && !group.context.includes(i) && (isOutlier || m.report === group.members[group.outliers[0]!]?.report))
      .map((m) => `${m.text} (${m.attribution ?? 'unattributed'})`)
      .join(', ');
  return `${outlet} disagrees with itself on ${group.measure}${group.scope ? ` in ${group.scope}` : ''}: ${claims(true)} against ${claims(false)}.`;
}
