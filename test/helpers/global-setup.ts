// Before the test run: one temporary directory for all of it, which the workers' and the commands' own temporary
// directories go under (TMPDIR), with the run's analysis cache; removed when the run ends, so a run leaves nothing in
// the machine's temporary directory.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'aleppo-corpus-test-run-'));
  const cache = join(root, 'cache');
  mkdirSync(cache);
  // Set here, before the workers start: they inherit this process's environment. os.tmpdir() reads TMPDIR.
  process.env.TMPDIR = root;
  // One analysis cache for the whole run (test/helpers/cli.ts), shared by both workers and the commands they
  // spawn: the bundled corpus is analysed once per run, not once per worker. Its writes are atomic (rename).
  process.env.ALEPPO_CORPUS_TEST_CACHE_DIR = cache;
  return () => rmSync(root, { recursive: true, force: true });
}
