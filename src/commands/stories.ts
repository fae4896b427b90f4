// `stories`: the reports grouped by the event they tell.
import { analyseAll } from '../analysis/run.js';
import { scopeLevel } from '../compare/scope.js';
import { groupStories, type StoryInput } from '../compare/stories.js';
import { buildStoriesReport } from '../report/stories.js';
import type { Gazetteer } from '../types.js';
import type { CommandContext, CommandSpec } from './index.js';
import { readSources, selectFiles } from './sources.js';

/** Each selected report as the story grouping sees it, in corpus order. */
export async function storyInputs(ctx: CommandContext): Promise<{ inputs: StoryInput[]; level: (name: string) => string; gazetteer: Gazetteer }> {
  const corpus = ctx.open();
  const files = selectFiles(corpus, ctx.reports);
  const sources = readSources(corpus, files, [], ctx.warn);
  const inputs = await analyseAll(
    sources,
    ['findings', 'meta'],
    (source, a): StoryInput => ({ report: source.id, published: a.meta.published, title: a.meta.title, findings: a.findings }),
    ctx.analysis(corpus.gazetteer, files.length),
  );
  return { inputs, level: scopeLevel(corpus.gazetteer), gazetteer: corpus.gazetteer };
}

export const runStories: CommandSpec['run'] = async (ctx) => {
  const { inputs, level } = await storyInputs(ctx);
  return { report: buildStoriesReport(groupStories(inputs, { placeLevel: level })) };
};
