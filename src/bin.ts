#!/usr/bin/env node
// The executable: tunes V8 for a command-line run, runs the CLI on this process's arguments and streams, and sets the
// exit code. Nothing else.
import { setFlagsFromString } from 'node:v8';
import { v8Flags } from './v8-flags.js';

// Set before the CLI's modules load, so they hold for all of the run, worker threads included.
for (const flag of v8Flags()) setFlagsFromString(flag);

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
