// The command registry: what each command needs, what it builds. cli.ts wires these into commander.
import type { Option } from 'commander';
import type { AnalysisSetup } from '../analysis/run.js';
import type { Corpus, OpenCorpus } from '../corpus/load.js';
import type { Gazetteer } from '../types.js';
import type { Report } from '../report/view.js';
import type { Format } from '../reporters/index.js';
import { compareCommand } from './compare.js';
import { checkCommand } from './check.js';
import { extractCommand } from './extract.js';
import { actorsCommand, figuresCommand, placesCommand, quotesCommand, timelineCommand } from './findings.js';
import { keynessCommand, kwicCommand, namingCommand, wordsCommand } from './language.js';
import { showCommand } from './show.js';
import { statsCommand } from './stats.js';

export interface CommandContext {
  /** Positional arguments. */
  args: string[];
  options: Record<string, unknown>;
  /** --report filter: the ids asked for (empty: all). */
  reports: string[];
  format: Format;
  /** Reads the whole corpus (commands that need every report at once). */
  load: () => Corpus;
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
  run: (ctx: CommandContext) => Outcome | Promise<Outcome>;
}

export const COMMANDS: readonly CommandSpec[] = [
  statsCommand,
  showCommand,
  figuresCommand,
  actorsCommand,
  placesCommand,
  timelineCommand,
  quotesCommand,
  compareCommand,
  wordsCommand,
  keynessCommand,
  namingCommand,
  kwicCommand,
  checkCommand,
  extractCommand,
];
