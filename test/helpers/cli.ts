// Running the command: in-process through `run(argv, io)` with an in-memory io (most tests), or the built
// dist/bin.js as a user would (the few smoke tests of what only a process shows), and copying the bundled corpus
// for tests that change it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'dist', 'bin.js');
export const BUNDLED = join(ROOT, 'corpus');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string>;
  /** Standard input (default: empty). */
  input?: string;
  /** In-process only: pretend stdout is a terminal this many columns wide. */
  columns?: number;
}

/** The analysis cache of this test file's runs: its own, so tests neither read nor fill the user's. */
export const TEST_CACHE_DIR = mkdtempSync(join(tmpdir(), 'aleppo-corpus-cache-'));

/** The environment a run sees: nothing of the test process's but PATH and HOME, and the test cache. */
function testEnv(env: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ALEPPO_CORPUS_CACHE_DIR: TEST_CACHE_DIR, ...env };
}

/** The CLI run in this process, as `aleppo-corpus ARGS` would run, its output collected. */
export async function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: testEnv(options.env),
    isTTY: options.columns !== undefined,
    isStderrTTY: false,
    stdin: Readable.from(options.input ? [options.input] : []),
    ...(options.columns !== undefined ? { columns: options.columns } : {}),
  });
  return { code, stdout, stderr };
}

/** The built command (dist/bin.js) run in a process of its own: for exit codes, closed pipes and terminals. */
export function spawnCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: testEnv(options.env),
    encoding: 'utf8',
    input: options.input ?? '',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary copy of the bundled corpus (or an empty directory), for tests that break or edit a corpus. */
export function tempCorpus(copyBundled = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'aleppo-corpus-'));
  if (copyBundled) cpSync(BUNDLED, dir, { recursive: true });
  return dir;
}
