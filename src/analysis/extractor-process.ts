// The extractor as a process of its own, started from a V8 startup snapshot (analysis/image.ts): bundled with
// compromise and the CLI into one script and run once at build time (scripts/build-image.mjs), which loads compromise
// and warms it up, then saved as a heap image. A process started from that image has compromise loaded and the
// extractor's modules in place from its first instant, which a process that loads them pays 0.3-0.5 s of CPU for.
// It serves the program's processes: it reads the gazetteer, then one task per line on stdin, and writes one answer
// per line on stdout (the worker threads' messages, as JSON). Lines are split here by hand: node:readline is not among
// the modules Node vouches for in a snapshot. Started by the executable with CLI_MARK first, it is the program
// itself, for a run that will analyse every report (bin/aleppo-corpus): it analyses in its own thread, so that run
// starts one process, not two.
import nlp from 'compromise';
import { startupSnapshot } from 'node:v8';
import { forgetAllMemos } from '../text/memo.js';
import { provideCompromise } from '../text/nlp.js';
import type { Gazetteer } from '../types.js';
import { answer, type TaskMessage } from './task.js';
import { run } from '../cli.js';
import { main } from '../main.js';

/** The first argument the executable gives a process of the image that is to run the CLI on the arguments after it. */
const CLI_MARK = '--aleppo-corpus-cli';

provideCompromise(nlp);

/**
 * Warms the extractor up at build time on the CLI's commands that analyse the bundled reports: `stats --json` and
 * `compare` ask for every kind of analysis between them (KINDS in analysis/kinds.ts), so the image holds the code both its uses compile;
 * then forgets what the memos remember of them, so a run started from the image has only what it computes itself.
 * The commands read no cache and write nothing.
 */
async function warmUp(): Promise<void> {
  const discard = (): void => {};
  for (const command of ['stats', 'compare']) await run([command, '--no-cache', '--jobs', '1', '--json'], { stdout: discard, stderr: discard, env: {}, isTTY: false });
  forgetAllMemos();
}

/**
 * Serves tasks from stdin until it closes: the first line is the gazetteer, each line after it a TaskMessage. stdout
 * carries the answers alone: what the code logs through the console (compromise's debugging, DEBUG_TAGS) goes to stderr.
 */
function serve(): void {
  console.log = console.info = console.debug = console.error;
  // the main process gone (its reader closed the pipe early), there is nobody to answer: end quietly
  process.stdout.on('error', () => process.exit(0));
  let gazetteer: Gazetteer | null = null;
  let queue = Promise.resolve();
  eachLine(process.stdin, (line) => {
    if (gazetteer === null) {
      gazetteer = JSON.parse(line) as Gazetteer;
      return;
    }
    const task = JSON.parse(line) as TaskMessage;
    const known = gazetteer;
    queue = queue.then(async () => void process.stdout.write(JSON.stringify(await answer(task, known)) + '\n'));
  });
}

/** Calls `onLine` with each line of `input` (UTF-8, ended by \n) as it arrives. */
function eachLine(input: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let rest = '';
  input.setEncoding('utf8');
  input.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    for (const line of lines) onLine(line);
  });
}

if (startupSnapshot.isBuildingSnapshot()) {
  void warmUp();
  startupSnapshot.setDeserializeMainFunction(() => (process.argv[1] === CLI_MARK ? void main(process.argv.slice(2)) : serve()));
} else {
  serve();
}
