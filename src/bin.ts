#!/usr/bin/env node
// The executable: tunes V8 for a command-line run, runs the CLI on this process's arguments and streams, and sets the
// exit code. Nothing else.
import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode a function runs before V8 weighs optimising it: 540,672 bytes, 8 × the default of Node 20's V8.
 * At the default, V8's optimising compiler ran on its own thread through most of a short run, for code that was done
 * before the optimised version paid back: `stats --no-cache` on the bundled corpus took 1.81 s CPU against 1.36 s with
 * this budget, the same wall time; `compare --no-cache --jobs 1` on 100 real reports 4.43 s CPU against 3.04 s, and
 * 2.86 s against 2.58 s wall; on 1,000 reports 24.4 s against 21.8 s CPU, wall within the machine's noise (medians of
 * runs side by side; README, Performance). Set before the CLI's modules load, so it holds for all of the run, worker
 * threads included.
 */
const INTERRUPT_BUDGET = 8 * 67_584;

/**
 * The V8 that was measured (Node 20 and 21 run V8 11). Another may weigh its tiers otherwise, and V8 prints an error
 * on stderr for a flag it does not know: elsewhere V8 keeps its own budget.
 */
const MEASURED_V8_MAJOR = 11;

if (Number.parseInt(process.versions.v8, 10) === MEASURED_V8_MAJOR) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);

const { run } = await import('./cli.js');

// A reader that closes the pipe early (`| head`) ends the program quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  isStderrTTY: process.stderr.isTTY === true,
  stdin: process.stdin,
  ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
});
