// The command line: commander wiring only. Parses flags, calls the core, picks a reporter, returns an exit code.
import { Command, CommanderError, InvalidArgumentError, Option } from './commander.js';
import { availableParallelism } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { cacheDir, openCache } from './analysis/cache.js';
import { defaultJobs, parallelEngine, serialEngine, streamEngine, type Engine } from './analysis/pool.js';
import { SILENT, terminalProgress } from './analysis/progress.js';
import type { AnalysisSetup } from './analysis/run.js';
import { extractorVersion, packageVersion } from './analysis/version.js';
import { decideColor } from './color.js';
import { completionScript, isShell, SHELLS, type CompletionOption, type CompletionSpec } from './completion.js';
import { writeFileAtomic } from './corpus/write.js';
import type { Corpus } from './corpus/load.js';
import { bundledCorpusDir, encodingWarning, openCorpus, type OpenCorpus } from './corpus/open.js';
import { isExpectedError, UsageError } from './errors.js';
import { COMMANDS, type CommandContext, type Outcome } from './commands/index.js';
import { allSkipped } from './commands/sources.js';
import { isIsoDate } from './text/calendar.js';
import { primaryTable } from './report/view.js';
import { FORMATS, isFormat, loadReporter, type Format } from './reporters/formats.js';
import { oneLine } from './text/sanitize.js';
import type { Gazetteer } from './types.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  /** Terminal width when stdout is a terminal. */
  columns?: number;
  /** Standard input, for commands that read it (extract, compare --from -). */
  stdin?: NodeJS.ReadableStream;
  /** Whether stderr is a terminal: progress is shown there only then. */
  isStderrTTY?: boolean;
}

/** Exit codes of the contract. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

const PROGRAM = 'aleppo-corpus';

interface GlobalOptions {
  corpus?: string;
  format?: string;
  json?: boolean;
  color: boolean;
  report?: string[];
  maxReportBytes?: number;
  cache: boolean;
  jobs?: number;
  quiet?: boolean;
  output?: string;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    // -v as well as -V for the version, as many tools have it
    await program.parseAsync(argv[0] === '-v' ? ['-V', ...argv.slice(1)] : argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help' || error.code === 'commander.version') return EXIT.ok;
      return EXIT.usage; // commander already wrote the message through outputError
    }
    if (isExpectedError(error)) {
      io.stderr(`${PROGRAM}: error: ${oneLine(error.message)}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command(PROGRAM)
    .description('Where news reports agree and where they diverge: figures, actors, places, dates and quotes, compared.')
    .version(packageVersion(), '-V, --version', 'output the version number (-v too)')
    .exitOverride()
    .configureHelp({ showGlobalOptions: true })
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (message, write) => write(`${PROGRAM}: ${message.trim().replace(/\n+/g, ' ').replace(/\(Did you mean/, '(did you mean')}\n`),
    })
    .option('--corpus <dir>', 'the corpus directory (default: the corpus bundled with the package)')
    .addOption(new Option('--format <format>', 'output format (default: table; github for check, html for compare and show)').choices(FORMATS))
    .option('--json', 'same as --format json')
    .option('--no-color', 'no colour, even on a terminal (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--report <id>', 'only this report (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--max-report-bytes <n>', 'skip reports larger than this many bytes (default 2000000)', positiveInteger)
    .option('--no-cache', 'analyse every report afresh, without reading or writing the cache')
    .option('--jobs <n>', 'worker threads for analysis (default: one per core but one, at most one per 10 reports; 1: none)', positiveInteger)
    .option('-o, --output <file>', 'write the output to this file instead of stdout, atomically (all of it or none)')
    .option('-q, --quiet', 'no warnings on stderr, only errors')
    .addHelpText('after', `\nExamples:\n  $ ${PROGRAM} stats\n  $ ${PROGRAM} figures --json | jq '.figures[] | select(.measure == "buses")'\n\nExit codes: 0 success, 1 check found problems, 2 usage error or unreadable input.`);

  for (const spec of COMMANDS) {
    const command = program.command(spec.name).description(spec.description);
    for (const arg of spec.args ?? []) command.argument(arg.name, arg.description);
    for (const option of spec.options ?? []) command.addOption(option);
    command.addHelpText('after', `\nExample:\n  $ ${PROGRAM} ${spec.example}${spec.details ? `\n\n${spec.details}` : ''}`);
    command.exitOverride();
    command.action(async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      const globals = cmd.optsWithGlobals() as GlobalOptions & Record<string, unknown>;
      const format = resolveFormat(globals);
      // on a terminal, a warning first clears any progress line it would otherwise be written after
      const clearLine = io.isStderrTTY ? '\r\x1b[K' : '';
      const warn = (message: string): void => {
        if (!globals.quiet) io.stderr(`${clearLine}${PROGRAM}: warning: ${oneLine(message)}\n`);
      };
      // with --output, everything for stdout is gathered and written to the file at the end, in one piece
      const gathered: string[] = [];
      const write = globals.output === undefined ? io.stdout : (text: string): void => void gathered.push(text);
      const engines: Engine[] = [];
      const ctx: CommandContext = {
        args: cmd.args,
        options: globals,
        reports: globals.report ?? [],
        format,
        load: () => loadWithWarnings(globals, warn),
        open: () => openWithWarnings(globals, warn),
        analysis: (gazetteer, total) => {
          const setup = analysisSetup(globals, io, warn, gazetteer, total);
          engines.push(setup.engine);
          return setup;
        },
        warn,
        stdout: write,
        get stdin() {
          return io.stdin;
        },
      };
      let outcome: Outcome;
      try {
        outcome = await spec.run(ctx);
      } finally {
        await Promise.all(engines.map((engine) => engine.close()));
      }
      const render = { color: decideColor(globals.color, io.env, io.isTTY), width: outputWidth(io) };
      if (outcome.output === undefined && format === 'csv' && !primaryTable(outcome.report!)) {
        throw new UsageError(`${spec.name} has no table to give as csv (try --format json or markdown)`);
      }
      write(outcome.output ?? (await loadReporter(format))(outcome.report!, render));
      if (globals.output !== undefined) writeFileAtomic(dirname(resolve(globals.output)), basename(globals.output), gathered.join(''));
      setExit(outcome.exitCode ?? EXIT.ok);
    });
  }
  program
    .command('completion')
    .description('a completion script for your shell: commands, options and their values')
    .argument('<shell>', SHELLS.join(', '))
    .addHelpText('after', `\nExample:\n  $ eval "$(${PROGRAM} completion bash)"   (in ~/.bashrc; zsh: in ~/.zshrc; fish: ${PROGRAM} completion fish > ~/.config/fish/completions/${PROGRAM}.fish)`)
    .exitOverride()
    .action((shell: string) => {
      if (!isShell(shell)) throw new UsageError(`no completion for '${shell}' (choose from ${SHELLS.join(', ')})`);
      io.stdout(completionScript(shell, describeProgram(program)));
    });
  return program;
}

/** The commands and options of the program, for completion scripts. */
function describeProgram(program: Command): CompletionSpec {
  const VALUE_KINDS: Record<string, CompletionOption['value']> = { '--corpus': 'directory', '--output': 'file', '--from': 'file' };
  const describe = (options: readonly Option[]): CompletionOption[] =>
    options
      .filter((o) => o.long !== undefined && !o.hidden)
      .map((o) => ({
        long: o.long!,
        ...(o.short ? { short: o.short } : {}),
        description: o.description,
        ...(o.required || o.optional ? { value: VALUE_KINDS[o.long!] ?? 'any' } : {}),
        ...(o.argChoices ? { choices: o.argChoices } : {}),
      }));
  return {
    program: PROGRAM,
    globalOptions: describe(program.options),
    commands: program.commands.map((c) => ({ name: c.name(), description: c.description(), options: describe(c.options) })),
  };
}

function resolveFormat(options: GlobalOptions): Format {
  if (options.json && options.format !== undefined && options.format !== 'json') {
    throw new UsageError(`--json is --format json: it cannot be given with --format ${options.format}`);
  }
  const format = options.json ? 'json' : (options.format ?? 'table');
  if (!isFormat(format)) throw new UsageError(`unknown format '${format}' (choose from ${FORMATS.join(', ')})`);
  return format;
}

/** The whole corpus read; the segmenter (corpus/load.ts) loaded only by the commands that read every report at once. */
async function loadWithWarnings(options: GlobalOptions, warn: (message: string) => void): Promise<Corpus> {
  const { loadCorpus } = await import('./corpus/load.js');
  const corpus = loadCorpus(options.corpus ?? bundledCorpusDir(), options.maxReportBytes ? { maxReportBytes: options.maxReportBytes } : {});
  for (const skipped of corpus.skipped) warn(`${skipped.file}: skipped (${skipped.reason}): ${skipped.message}`);
  for (const warning of corpus.articles.map(encodingWarning)) if (warning) warn(warning);
  warnManifest(corpus, warn);
  if (corpus.articles.length === 0) throw allSkipped(options.corpus ?? corpus.dir, corpus.skipped.length);
  return corpus;
}

/** The corpus opened for streaming: its reports are read (and warned about when unusable) as they are analysed. */
function openWithWarnings(options: GlobalOptions, warn: (message: string) => void): OpenCorpus {
  const corpus = openCorpus(options.corpus ?? bundledCorpusDir(), options.maxReportBytes ? { maxReportBytes: options.maxReportBytes } : {});
  warnManifest(corpus, warn);
  return corpus;
}

/** What every command warns of in the manifest (check reports the same as problems, with their lines). */
function warnManifest(corpus: Pick<Corpus, 'orphans' | 'manifest'>, warn: (message: string) => void): void {
  for (const orphan of corpus.orphans) warn(`manifest.json: entry "${orphan.id}" names ${orphan.file}, which is not in the corpus`);
  for (const entry of corpus.manifest ?? []) {
    if (entry.published !== null && !isIsoDate(entry.published)) {
      warn(`manifest.json: entry "${entry.id}": published "${entry.published}" is not a calendar date YYYY-MM-DD; taken as unknown`);
    }
  }
}

/**
 * How a command's analyses run, from the flags and the terminal: the cache (unless --no-cache), how many at once
 * (--jobs, else defaultJobs; never more than there are reports), in processes of the extractor's image unless
 * ALEPPO_CORPUS_IMAGE is `off`, progress when stderr is a terminal.
 */
function analysisSetup(options: GlobalOptions, io: CliIO, warn: (message: string) => void, gazetteer: Gazetteer, total?: number): AnalysisSetup {
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(availableParallelism(), total), total ?? Infinity));
  // ALEPPO_CORPUS_IMAGE=off: no extractor's image, analyses in this process's threads (as without one)
  const findImage = io.env.ALEPPO_CORPUS_IMAGE === 'off' ? async () => null : undefined;
  return {
    engine:
      jobs === 1
        ? serialEngine(gazetteer, warn, findImage)
        : options.jobs === undefined && total === undefined
          ? streamEngine(serialEngine(gazetteer, warn, findImage), () => parallelEngine(jobs, gazetteer, warn, findImage))
          : parallelEngine(jobs, gazetteer, warn, findImage),
    cache: options.cache ? openCache(cacheDir(io.env), warn) : null,
    version: extractorVersion(),
    gazetteer,
    window: jobs * 2,
    progress: io.isStderrTTY && !options.quiet ? terminalProgress({ write: io.stderr, now: () => performance.now(), ...(total !== undefined ? { total } : {}) }) : SILENT,
  };
}

/** Columns for tables: the terminal's width; when piped, COLUMNS if set; else 120. Never under 20. */
function outputWidth(io: CliIO): number {
  const columns = Number(io.env.COLUMNS);
  const width = io.isTTY && io.columns ? io.columns : Number.isInteger(columns) && columns > 0 ? columns : DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, width);
}

const DEFAULT_WIDTH = 120;
const MIN_WIDTH = 20;

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}
