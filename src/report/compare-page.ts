// The page of `compare` (the html format's brief): a section per story (or per side of `compare A B`), each group a
// row of range bars with its verdict in words, each claim with its outlet, claimant, words, sentence, file and line.
import type { Comparison, StoryGroup } from '../compare/index.js';
import type { FigureGroup } from '../compare/groups.js';
import { barPoint, positionOf, type Scale } from '../compare/reconcile.js';
import type { Story } from '../compare/stories.js';
import { bundledMeasures } from '../corpus/measures.js';
import type { Figure, Measures } from '../types.js';
import { figureInterval } from './findings.js';
import { countVerdicts, groupLabel, groupScale, measureTitle, n, pairSummaryLine, roleText, roleTone, rolesOf, scaleText, selfDisagreementLine, verdictText } from './compare-words.js';
import type { ComparePage, PageBar, PageClaim, PageGroup, PageReport, PageSection, PageTick } from './view.js';

/** Where the claims of a comparison come from, for its page: the stories compared, each report's file, each figure's line. */
export interface CompareSources {
  /** The stories the groups' `story` ids name, in corpus order; empty when the comparison was not split into stories. */
  stories: readonly Story[];
  /** Each report's file, relative to the corpus directory, by report id. */
  files: ReadonlyMap<string, string>;
  /** The 1-based line of each figure in its file, by report id and the figure's start offset; absent when the text was not read. */
  lines: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

const PAGE_LEGEND = [
  'Each bar is the interval a claim’s words allow, on its group’s own scale (given above the bars); a tick marks the number stated, a dot a single number; an arrow at an end: the interval goes on beyond the scale (no upper bound, or a vague count’s wide range).',
  'agree: every interval shares a value with every other. diverge: they do not, and the fewest claims whose removal leaves the rest agreeing are marked outlier. changed: a running total that grew. single: one report only.',
  'Only outliers are drawn in the diverge colour; context claims (vague counts, breakdowns) are grey and not judged.',
];

/** The brief: a section per story (or per side of `compare A B`), each group a row of bars with its verdict in words. */
export function comparePage(input: Comparison, outletOf: (id: string) => string, sources: CompareSources): ComparePage {
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
        tone: roleTone(group, role),
        bar: pageBar(figure, scale),
      };
    }),
  };
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
