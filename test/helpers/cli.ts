// Running the built command (dist/bin.js) as a user would, and copying the bundled corpus for tests that change it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'dist', 'bin.js');
export const BUNDLED = join(ROOT, 'corpus');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The analysis cache of this test file's runs: its own, so tests neither read nor fill the user's. */
export const TEST_CACHE_DIR = mkdtempSync(join(tmpdir(), 'aleppo-corpus-cache-'));

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliResult {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ALEPPO_CORPUS_CACHE_DIR: TEST_CACHE_DIR, ...options.env };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
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
