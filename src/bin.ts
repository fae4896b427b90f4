#!/usr/bin/env node
// The executable: runs the CLI on this process's arguments and streams, and sets the exit code. Nothing else.
import { run } from './cli.js';

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
  // made when a command reads it: making it loads and opens a stream
  get stdin() {
    return process.stdin;
  },
  ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
});
