// The program on this process: runs the CLI on the given arguments and this process's streams, and sets the exit
// code. dist/bin.js calls it, and so does a process started from one of the program's images (cli-image.ts,
// analysis/extractor-process.ts).
import { run } from './cli.js';

export async function main(args: string[]): Promise<void> {
  // A reader that closes the pipe early (`| head`) ends the program quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

  process.exitCode = await run(args, {
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
}
