import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // beforeAll hooks run whole commands on the bundled corpus: on a loaded machine they can take more than the
    // default 10 s without anything being wrong
    hookTimeout: 60_000,
    // Test files share their workers' loaded modules: the extractor (compromise and its lexicon) is loaded once per
    // worker rather than once per file, which halves the CPU time of `npm test`. No test mocks modules or changes
    // process-wide state (cwd, env); the CLI is run through `run(argv, io)` with its own io.
    isolate: false,
    // One worker per core. Vitest's default for `vitest run` is one fewer than the cores: a single worker on the
    // 2-core machine, which left a core idle for the whole run.
    maxWorkers: 2,
    // each worker a process of its own (the default, stated): test/fuzz/redos.test.ts bounds a stage's CPU time by
    // process.cpuUsage(), which in a worker thread would count the other worker's work too
    pool: 'forks',
    env: {
      // One analysis cache for the whole run (test/helpers/cli.ts), shared by both workers and the commands they
      // spawn: the bundled corpus is analysed once per run, not once per worker. Its writes are atomic (rename).
      ALEPPO_CORPUS_TEST_CACHE_DIR: mkdtempSync(join(tmpdir(), 'aleppo-corpus-test-cache-')),
    },
  },
});
