// The program's images, V8 startup snapshots the build makes beside the modules (scripts/build-image.mjs): the
// extractor's (analysis/extractor-process.ts), with compromise loaded and warmed up, and the CLI's (cli-image.ts). A
// process started from the extractor's analyses its first report without loading anything, where this one would load
// compromise first (about 0.3 s of CPU); here, this process sends it tasks. The images hold only for the Node, V8
// flags and program they were made with; for any other, there are none.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { childProcess, readline } from '../builtins.js';
import type { Gazetteer } from '../types.js';
import { v8Flags } from '../v8-flags.js';
import type { Analyses } from './kinds.js';
import type { Engine } from './pool.js';
import type { ResultMessage, TaskMessage } from './task.js';
import { extractorVersion } from './version.js';

/** What the build writes beside the image (dist/image/extractor.json): what it was made with. */
export interface ImageStamp {
  /** The node binary that built it (another binary of the same version may embed another V8 build). */
  execPath: string;
  node: string;
  v8: string;
  platform: string;
  arch: string;
  flags: string[];
  extractorVersion: string;
}

export const IMAGE_DIR = new URL('../image/', import.meta.url);
export const IMAGE_FILE = 'extractor.blob';
/** The CLI's own image (src/cli-image.ts), made with the extractor's and for the same node, under the same stamp. */
export const CLI_IMAGE_FILE = 'cli.blob';
export const STAMP_FILE = 'extractor.json';
/** The stamp as the executable (bin/aleppo-corpus) reads it: node's version, its path, the package's path, the flags. */
export const LAUNCH_FILE = 'launch';

/** The stamp the image would need to serve this process. */
export function currentStamp(): ImageStamp {
  return {
    execPath: process.execPath,
    node: process.version,
    v8: process.versions.v8,
    platform: process.platform,
    arch: process.arch,
    flags: v8Flags(),
    extractorVersion: extractorVersion(),
  };
}

/**
 * The path of the image in `dir` when the build made it for `wanted` (this very node binary, V8 flags and program);
 * else null.
 */
export function extractorImage(dir: URL = IMAGE_DIR, wanted: ImageStamp = currentStamp()): string | null {
  let stamp: unknown;
  try {
    stamp = JSON.parse(readFileSync(new URL(STAMP_FILE, dir), 'utf8'));
  } catch {
    return null;
  }
  return JSON.stringify(stamp) === JSON.stringify(wanted) ? fileURLToPath(new URL(IMAGE_FILE, dir)) : null;
}

/**
 * The environment of a process of the image: this process's, but NODE_EXTRA_CA_CERTS. Node reads and parses the
 * certificates that variable names as it starts, before any code runs (65 ms of CPU for a bundle of 140 here, a
 * bare node's 93 ms against 28 ms without it), and the image's process opens no connection to use them.
 */
export function imageEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _unused, ...rest } = env;
  return rest;
}

/** The image's process did not start, or ended before answering every task sent to it. */
export class ImageFailure extends Error {}

/** The answer a line of the image's process holds; null when it holds none. */
function answerIn(line: string): ResultMessage | null {
  try {
    const reply = JSON.parse(line) as Partial<ResultMessage> | null;
    return typeof reply?.id === 'number' && ('analyses' in reply || 'error' in reply) ? (reply as ResultMessage) : null;
  } catch {
    return null;
  }
}

/**
 * Analyses in one process started from `image` (at the first task), which is sent the gazetteer, then each task as a
 * line of JSON, and answers each with a line. Tasks are answered in the order sent.
 */
export function imageEngine(image: string, gazetteer: Gazetteer): Engine {
  const pending = new Map<number, { resolve: (a: Partial<Analyses>) => void; reject: (e: Error) => void }>();
  let child: ChildProcess | null = null;
  let ended: Promise<void> = Promise.resolve();
  let failure: Error | null = null;
  let nextId = 0;

  const fail = (error: Error): void => {
    failure ??= error;
    for (const job of pending.values()) job.reject(failure);
    pending.clear();
  };

  const start = (): ChildProcess => {
    const started = childProcess().spawn(process.execPath, [...v8Flags(), '--snapshot-blob', image], { stdio: ['pipe', 'pipe', 'pipe'], env: imageEnv(process.env) });
    let stderr = '';
    started.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    readline().createInterface({ input: started.stdout!, crlfDelay: Infinity }).on('line', (line) => {
      const reply = answerIn(line);
      if (reply === null) {
        fail(new ImageFailure(`the extractor's process wrote a line that is no answer: ${line.slice(0, 80)}`));
        started.kill();
        return;
      }
      const job = pending.get(reply.id);
      pending.delete(reply.id);
      if ('error' in reply) job?.reject(new Error(`analysis failed in the extractor's process: ${reply.error}`));
      else job?.resolve(reply.analyses);
    });
    started.stdin!.on('error', () => {}); // a child that dies mid-write is reported by 'close' below
    ended = new Promise((resolve) => {
      started.on('error', (error) => {
        fail(new ImageFailure(`the extractor's image did not start: ${error.message}`));
        resolve();
      });
      started.on('close', (code, signal) => {
        if (pending.size > 0) {
          const why = stderr.trim().split('\n')[0] || (signal ? `signal ${signal}` : `exit code ${code}`);
          fail(new ImageFailure(`the extractor's process ended with ${pending.size} report${pending.size === 1 ? '' : 's'} unanswered: ${why}`));
        }
        resolve();
      });
    });
    started.stdin!.write(JSON.stringify(gazetteer) + '\n');
    return started;
  };

  return {
    run(task) {
      if (failure) return Promise.reject(failure);
      child ??= start();
      const id = nextId++;
      const { file, text, entry } = task.source;
      const message: TaskMessage = { id, file, text, entry, kinds: task.kinds };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child!.stdin!.write(JSON.stringify(message) + '\n');
      });
    },
    async close() {
      child?.stdin!.end();
      await ended;
    },
  };
}
