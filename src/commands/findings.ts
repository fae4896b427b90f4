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
import type { CommandContext, CommandSpec } from './index.js';
import { readSources, selectFiles } from './sources.js';

/** The findings of the selected reports, in corpus order (each report read, analysed and dropped in turn). */
export async function analyse(ctx: CommandContext): Promise<{ ids: string[]; findings: ArticleFindings[] }> {
  const corpus = ctx.open();
  const files = selectFiles(corpus, ctx.reports);
  const sources = readSources(corpus, files, [], ctx.warn);
  const findings = await analyseAll(sources, ['findings'], (_, a) => a.findings, ctx.analysis(corpus.gazetteer, files.length));
  return { ids: findings.map((f) => f.report), findings };
}

export const figuresCommand: CommandSpec = {
  name: 'figures',
  description: 'every figure: report, measure, subject, value, qualifier, claimant, as-of date, the words as written',
  example: `figures --json | jq '.figures[] | select(.measure == "ambulances") | {outlet, text, attribution}'`,
  run: async (ctx) => ({ report: buildFiguresReport((await analyse(ctx)).findings.flatMap((f) => f.figures)) }),
};

export const actorsCommand: CommandSpec = {
  name: 'actors',
  description: 'canonical actors by report (mentions), with type, aliases seen and roles or titles',
  example: 'actors --report reuters-2016-12-22',
  run: async (ctx) => {
    const { ids, findings } = await analyse(ctx);
    return { report: buildActorsReport(aggregateActors(findings.flatMap((f) => f.actors)), ids) };
  },
};

export const placesCommand: CommandSpec = {
  name: 'places',
  description: 'canonical places by report (mentions), with type and the spellings seen',
  example: 'places --format csv',
  run: async (ctx) => {
    const { ids, findings } = await analyse(ctx);
    return { report: buildPlacesReport(aggregatePlaces(findings.flatMap((f) => f.places)), ids) };
  },
};

export const timelineCommand: CommandSpec = {
  name: 'timeline',
  description: 'dated events across the reports, oldest first, with the report that dates each',
  example: 'timeline --format markdown',
  run: async (ctx) => ({ report: buildTimelineReport(buildTimeline((await analyse(ctx)).findings.flatMap((f) => f.events))) }),
};

export const quotesCommand: CommandSpec = {
  name: 'quotes',
  description: 'quotations with their speakers, and those shared or paraphrased across reports',
  example: `quotes --json | jq '.shared'`,
  run: async (ctx) => {
    const quotes = (await analyse(ctx)).findings.flatMap((f) => f.quotes);
    return { report: buildQuotesReport(quotes, linkQuotes(quotes)) };
  },
};
