// `figures`, `actors`, `places`, `timeline`, `quotes`: the extractor's findings across the selected reports.
import { aggregateActors } from '../extract/actors.js';
import { buildTimeline } from '../extract/dates.js';
import { analyseAll } from '../analysis/run.js';
import type { ArticleFindings } from '../extract/index.js';
import { aggregatePlaces } from '../extract/places.js';
import { linkQuotes } from '../extract/quotes.js';
import {
  buildActorsReport,
  buildFiguresReport,
  buildPlacesReport,
  buildQuotesReport,
  buildTimelineReport,
} from '../report/findings.js';
import { filterFigures, isOpen } from '../compare/filters.js';
import { compareFindings } from '../compare/index.js';
import { groupStories } from '../compare/stories.js';
import { chosenStory, filterFrom } from './filters.js';
import type { CommandContext, CommandSpec } from './index.js';
import { storyInputs } from './stories.js';
import { readSources, selectFiles } from './sources.js';

/** The findings of the selected reports, in corpus order (each report read, analysed and dropped in turn). */
export async function analyse(ctx: CommandContext): Promise<{ ids: string[]; findings: ArticleFindings[] }> {
  const corpus = ctx.open();
  const files = selectFiles(corpus, ctx.reports);
  const sources = readSources(corpus, files, [], ctx.warn);
  const findings = await analyseAll(sources, ['findings'], (_, a) => a.findings, ctx.analysis(corpus.gazetteer, files.length));
  return { ids: findings.map((f) => f.report), findings };
}

export const runFigures: CommandSpec['run'] = async (ctx) => {
  const filter = filterFrom(ctx.options);
  if (isOpen(filter) && ctx.options.story === undefined) return { report: buildFiguresReport((await analyse(ctx)).findings.flatMap((f) => f.figures)) };
  // A verdict, a spread or a story is the figure's group's: group as compare does, within each story.
  const { inputs, level, gazetteer } = await storyInputs(ctx);
  const stories = groupStories(inputs, { placeLevel: level });
  const story = chosenStory(ctx.options, stories);
  const chosen = (story ? inputs.filter((i) => story.reports.includes(i.report)) : inputs).map((i) => i.findings as ArticleFindings);
  const comparison = compareFindings(chosen, gazetteer, { stories: story ? [story] : stories });
  const groupOf = new Map(comparison.groups.flatMap((g) => g.members.map((m) => [m, g] as const)));
  const figures = chosen.flatMap((f) => f.figures);
  return { report: buildFiguresReport(filterFigures(figures, (f) => groupOf.get(f), filter)) };
};

export const runActors: CommandSpec['run'] = async (ctx) => {
    const { ids, findings } = await analyse(ctx);
    return { report: buildActorsReport(aggregateActors(findings.flatMap((f) => f.actors)), ids) };
  };

export const runPlaces: CommandSpec['run'] = async (ctx) => {
    const { ids, findings } = await analyse(ctx);
    return { report: buildPlacesReport(aggregatePlaces(findings.flatMap((f) => f.places)), ids) };
  };

export const runTimeline: CommandSpec['run'] = async (ctx) => ({ report: buildTimelineReport(buildTimeline((await analyse(ctx)).findings.flatMap((f) => f.events))) });

export const runQuotes: CommandSpec['run'] = async (ctx) => {
    const quotes = (await analyse(ctx)).findings.flatMap((f) => f.quotes);
    return { report: buildQuotesReport(quotes, linkQuotes(quotes)) };
  };
