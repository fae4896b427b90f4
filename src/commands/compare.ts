// `compare` and `compare A B`: where the reports agree or diverge (figure groups, coverage, shared quotations, timeline).
import { filterGroups } from '../compare/filters.js';
import { compactFindings } from '../compare/compact.js';
import { compareFindings } from '../compare/index.js';
import { scopeLevel } from '../compare/scope.js';
import { groupStories, type StoryInput } from '../compare/stories.js';
import { chosenStory, filterFrom } from './filters.js';
import { UsageError } from '../errors.js';
import { analyseAll } from '../analysis/run.js';
import { lineColumn } from '../text/lines.js';
import { buildCompareReport } from '../report/compare.js';
import { compareInputsFrom, streamReport, type CompareInputs } from './compare-from.js';
import type { CommandContext, CommandSpec } from './index.js';
import { findArticle } from './select.js';
import { readSources, selectFiles } from './sources.js';

export const runCompare: CommandSpec['run'] = async (ctx) => {
    const [a, b] = ctx.args;
    if (a !== undefined && b === undefined) throw new UsageError(`compare takes no report id or two (compare ${a} <other-id>)`);
    const pair: [string, string] | null = a !== undefined && b !== undefined ? [a, b] : null;
    const from = ctx.options.from;
    const inputs = typeof from === 'string' ? await compareInputsFrom(from, ctx, pair) : await extractCorpus(ctx, pair);
    const { ids, outlets, findings, gazetteer, files, lines } = inputs;
    const filter = filterFrom(ctx.options);
    // Claims are compared within each story (the reports of one event), never across unrelated events.
    const stories = pair ? [] : groupStories(storyInputsOf(inputs), { placeLevel: scopeLevel(gazetteer) });
    const story = chosenStory(ctx.options, stories);
    const chosen = story ? findings.filter((f) => story.reports.includes(f.report)) : findings;
    const comparison = compareFindings(chosen, gazetteer, { pair, ids: story ? story.reports : ids, stories: story ? [story] : stories });
    const report = buildCompareReport({ ...comparison, groups: filterGroups(comparison.groups, filter) as typeof comparison.groups }, outlets, {
      stories: story ? [story] : stories,
      files,
      lines,
    });
    // json and ndjson are written in pieces as they are rendered, never as one string (a large corpus, the reduce of a
    // scale-out run)
    if (ctx.stdout && streamReport(report, ctx.format, ctx.stdout)) return { output: '' };
    return { report };
  };

/** What the story grouping needs of each report compared. */
function storyInputsOf(inputs: CompareInputs): StoryInput[] {
  return inputs.findings.map((findings) => ({
    report: findings.report,
    published: inputs.published.get(findings.report) ?? null,
    title: inputs.titles.get(findings.report) ?? null,
    findings,
  }));
}

/** compare's inputs from the corpus: its reports (or the two of `compare A B`), each extracted. */
async function extractCorpus(ctx: CommandContext, pair: [string, string] | null): Promise<CompareInputs> {
  const corpus = ctx.open();
  const all = selectFiles(corpus, []);
  if (pair) {
    findArticle(all, pair[0]);
    findArticle(all, pair[1]);
    if (pair[0] === pair[1]) throw new UsageError(`compare A B needs two different reports (got '${pair[0]}' twice)`);
    if (ctx.reports.length > 0) ctx.warn('--report is ignored when two report ids are given');
  }
  const files = pair ? all.filter((x) => pair.includes(x.id)) : selectFiles(corpus, ctx.reports);
  const sources = readSources(corpus, files, [], ctx.warn);
  const setup = ctx.analysis(corpus.gazetteer, files.length);
  const analysed = await analyseAll(
    sources,
    ['findings', 'meta'],
    (source, a) => ({
      ...a.meta,
      file: source.file,
      lines: new Map(a.findings.figures.map((f) => [f.offset[0], lineColumn(source.text, f.offset[0]).line])),
      findings: compactFindings(a.findings),
    }),
    setup,
  );
  // every report is analysed: the workers end here, so that their memory is free before the comparison takes its own
  await setup.engine.close();
  return {
    ids: analysed.map((x) => x.findings.report),
    outlets: new Map(analysed.map((x) => [x.findings.report, x.outlet])),
    published: new Map(analysed.map((x) => [x.findings.report, x.published])),
    titles: new Map(analysed.map((x) => [x.findings.report, x.title])),
    files: new Map(analysed.map((x) => [x.findings.report, x.file])),
    lines: new Map(analysed.map((x) => [x.findings.report, x.lines])),
    findings: analysed.map((x) => x.findings),
    gazetteer: corpus.gazetteer,
  };
}
