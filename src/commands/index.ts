// The command registry: what each command needs, what it builds. cli.ts wires these into commander.
import { InvalidArgumentError, Option } from '../commander.js';
import type { AnalysisSetup } from '../analysis/run.js';
import type { Corpus } from '../corpus/load.js';
import type { OpenCorpus } from '../corpus/open.js';
import { DEFAULT_KEYNESS_LIMIT, DEFAULT_KWIC_WINDOW, DEFAULT_MIN_FREQUENCY, DEFAULT_TOP_WORDS, LABELS_FILE, LOCK_FILE } from '../defaults.js';
import type { Report } from '../report/view.js';
import type { Format } from '../reporters/formats.js';
import type { Gazetteer } from '../types.js';
import { filterOptions } from './filters.js';

export interface CommandContext {
  /** Positional arguments. */
  args: string[];
  options: Record<string, unknown>;
  /** --report filter: the ids asked for (empty: all). */
  reports: string[];
  format: Format;
  /** Reads the whole corpus (commands that need every report at once). */
  load: () => Promise<Corpus>;
  /** Opens the corpus without reading its reports, for commands that stream them through analysis. */
  open: () => OpenCorpus;
  /** How analyses of `total` reports (unknown: a stream) run: cache, engine, progress, as the flags and terminal say. */
  analysis: (gazetteer: Gazetteer, total?: number) => AnalysisSetup;
  warn: (message: string) => void;
  /** Standard input, for commands that read it (extract, compare --from -); absent when the caller gives none. */
  stdin?: NodeJS.ReadableStream;
  /** Writes to stdout at once, for commands that stream their output (extract). */
  stdout?: (text: string) => void;
}

export interface Outcome {
  report?: Report;
  /** Text already rendered (formats a command renders itself, such as check's github annotations). */
  output?: string;
  exitCode?: number;
}

export interface CommandSpec {
  name: string;
  description: string;
  example: string;
  args?: Array<{ name: string; description: string }>;
  options?: Option[];
  /** More for `--help`, after the example. */
  details?: string;
  run: (ctx: CommandContext) => Outcome | Promise<Outcome>;
}

/**
 * Every command: what `--help` shows of it, and its run, loaded only when that command runs, so that a command
 * loads only the modules it needs (a warm `stats` starts in a fraction of the time it would take to load them all).
 */
export const COMMANDS: readonly CommandSpec[] = [
  {
  name: 'stats',
  description: 'one row per report: words, sentences, paragraphs, quotes, figures, actors, places, boilerplate set aside',
  example: 'stats --format markdown',
  run: lazy(() => import('./stats.js'), (m) => m.runStats),
  },
  {
  name: 'show',
  description: 'one report, cleaned: title, standfirst, byline, dateline, body, and what was set aside',
  example: 'show reuters-2016-12-22',
  args: [{ name: '<id>', description: 'the report id (see `stats`)' }],
  run: lazy(() => import('./show.js'), (m) => m.runShow),
  },
  {
  name: 'figures',
  description: 'every figure: report, measure, subject, value, qualifier, claimant, as-of date, the words as written',
  example: `figures --json | jq '.figures[] | select(.measure == "ambulances") | {outlet, text, attribution}'`,
  options: filterOptions(),
  run: lazy(() => import('./findings.js'), (m) => m.runFigures),
  },
  {
  name: 'actors',
  description: 'canonical actors by report (mentions), with type, aliases seen and roles or titles',
  example: 'actors --report reuters-2016-12-22',
  run: lazy(() => import('./findings.js'), (m) => m.runActors),
  },
  {
  name: 'places',
  description: 'canonical places by report (mentions), with type and the spellings seen',
  example: 'places --format csv',
  run: lazy(() => import('./findings.js'), (m) => m.runPlaces),
  },
  {
  name: 'timeline',
  description: 'dated events across the reports, oldest first, with the report that dates each',
  example: 'timeline --format markdown',
  run: lazy(() => import('./findings.js'), (m) => m.runTimeline),
  },
  {
  name: 'quotes',
  description: 'quotations with their speakers, and those shared or paraphrased across reports',
  example: `quotes --json | jq '.shared'`,
  run: lazy(() => import('./findings.js'), (m) => m.runQuotes),
  },
  {
  name: 'compare',
  description:
    'where the reports agree or diverge: figure groups with verdicts, actor and place coverage, shared quotes, the merged timeline; `compare A B` for two reports side by side',
  example: 'compare euronews-2016-12-15 mee-2016-12-15',
  args: [
    { name: '[a]', description: 'a report id: with [b], compare these two reports only' },
    { name: '[b]', description: 'the second report id' },
  ],
  options: [
    new Option('--from <file>', 'compare the findings `extract` wrote (NDJSON; - for stdin) instead of extracting again'),
    new Option('--dedupe', 'with --from: accept a report given twice when its lines are byte-identical (a partition run twice)'),
    ...filterOptions(),
  ],
  details: [
    'Verdicts (each claim is the interval its words allow: "at least 17" is 17 or more; bounds are inclusive):',
    '  agree    every claim shares at least one value with every other',
    '  diverge  they do not: the outliers are the fewest claims whose removal leaves the rest agreeing;',
    '           the spread is the largest low over the smallest high',
    '  changed  a running total (evacuees, deaths, wounded) that rose from one day to a later one',
    '  single   one report only',
  ].join('\n'),
  run: lazy(() => import('./compare.js'), (m) => m.runCompare),
  },
  {
  name: 'stories',
  description: 'the reports grouped by the event they tell: shared places, close dates, shared figures, quotations and people',
  example: `stories --json | jq '.stories[] | {id, reports}'`,
  run: lazy(() => import('./stories.js'), (m) => m.runStories),
  },
  {
  name: 'words',
  description: 'word statistics per report and for the corpus: tokens, types, density, sentence length, Flesch reading ease, top content words',
  example: `words --json | jq '.reports[] | {id, fleschReadingEase}'`,
  options: [new Option('--top <n>', `content words listed per report in --json (default ${DEFAULT_TOP_WORDS})`).argParser(wholeNumber(0, 'words'))],
  run: lazy(() => import('./language.js'), (m) => m.runWords),
  },
  {
  name: 'keyness',
  description: 'distinctive words: what each report (or --target group) uses more and less than the other reports, by G² and log ratio',
  example: 'keyness --target reuters-2016-12-22 --limit 10',
  options: [
    new Option('--target <id>', 'the report compared with all the others (repeatable: a group); default: each report in turn').argParser(repeatable),
    new Option('--min-frequency <n>', `score a word only when target + rest use it this often (default ${DEFAULT_MIN_FREQUENCY})`).argParser(
      wholeNumber(1, 'occurrences'),
    ),
    new Option('--limit <n>', `at most this many words in each list (default ${DEFAULT_KEYNESS_LIMIT})`).argParser(wholeNumber(1, 'words')),
  ],
  run: lazy(() => import('./language.js'), (m) => m.runKeyness),
  },
  {
  name: 'naming',
  description: `how each report names the sides and the events (label sets in ${LABELS_FILE}): own voice, quoted and scare quotes apart`,
  example: `naming --json | jq '.counts[] | select(.label == "terrorists")'`,
  run: lazy(() => import('./language.js'), (m) => m.runNaming),
  },
  {
  name: 'kwic',
  description: 'concordance: every occurrence of a word, phrase or pattern in the body text, in context, own voice or quoted',
  example: 'kwic Idlib --window 8',
  args: [{ name: '<term>', description: 'a word or phrase, any case (`rebel*` for any ending), or with --regex a regular expression' }],
  options: [
    new Option('--window <n>', `words of context on each side (default ${DEFAULT_KWIC_WINDOW})`).argParser(wholeNumber(0, 'words')),
    new Option('--regex', 'take TERM as a regular expression (JavaScript syntax, any case)'),
  ],
  run: lazy(() => import('./language.js'), (m) => m.runKwic),
  },
  {
  name: 'check',
  description: `corpus lint and the facts lock (${LOCK_FILE}), for CI: exit 1 when an edit broke a report or changed its facts`,
  example: 'check --corpus corpus --format github',
  options: [new Option('--update', `rewrite ${LOCK_FILE} (atomically) with the facts extracted now`)],
  run: lazy(() => import('./check.js'), (m) => m.runCheckCommand),
  },
  {
  name: 'extract',
  description:
    'a streaming filter for scale-out: NDJSON reports on stdin ({"id", "outlet", "published", "text"}), NDJSON findings on stdout, one line per report; `compare --from` reduces them',
  example: "extract < reports.ndjson > findings.ndjson   (Spark: rdd.pipe('aleppo-corpus extract'))",
  options: [
    new Option('--on-bad-line <mode>', 'a line that cannot be used: skip it (exit 3 at the end) or fail (stop there, exit 4)').choices(['skip', 'fail']).default('skip'),
    new Option('--rejects <file>', 'write each rejected input line to FILE as NDJSON: {"line", "id", "reason", "input"}'),
  ],
  run: lazy(() => import('./extract.js'), (m) => m.runExtract),
  },
  {
  name: 'import',
  description: 'saved web pages (.html), Markdown (.md) and crawler JSON lines (.jsonl, .ndjson; - for stdin) written into --corpus DIR as .txt reports with manifest entries; never fetches, never overwrites',
  example: 'import --corpus my-corpus saved/reuters.html notes/call.md crawl.jsonl',
  args: [{ name: '<file...>', description: 'the inputs: .html, .htm, .md, .markdown, .jsonl, .ndjson, or - for JSON lines on stdin' }],
  options: [
    new Option('--id <id>', 'the id of the one report imported (default: outlet and date, reuters-2016-12-22, then -2, -3)'),
    new Option('--replace', 'write an id, or an input imported before, again over its files and manifest entry'),
    new Option('--dry-run', 'print what would be written, and write nothing'),
  ],
  run: lazy(() => import('./import.js'), (m) => m.runImport),
  },
  {
  name: 'init',
  description: 'a new corpus directory: an empty manifest, a gazetteer to edit, and a README of its files',
  example: 'init my-corpus && aleppo-corpus import --corpus my-corpus page.html',
  args: [{ name: '<dir>', description: 'the directory to make (it may exist, without these files)' }],
  run: lazy(() => import('./init.js'), (m) => m.runInit),
  },
  {
  name: 'cache',
  description: 'the analysis cache: `cache prune` removes the least recently used entries until it is under --max-size',
  example: 'cache prune --max-size 100',
  args: [{ name: '<action>', description: 'prune' }],
  options: [new Option('--max-size <mb>', 'the size to keep the cache under, in MB (default 256)').argParser(wholeNumber(0, 'MB'))],
  run: lazy(() => import('./cache.js'), (m) => m.runCache),
  },
];

/** A command's run, imported when it is first called. */
function lazy<M>(load: () => Promise<M>, pick: (module: M) => CommandSpec['run']): CommandSpec['run'] {
  return async (ctx) => pick(await load())(ctx);
}

/** A commander parser for a whole number at or above `min`. */
function wholeNumber(min: number, what: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number of ${what}, ${min} or more`);
    return n;
  };
}

function repeatable(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
