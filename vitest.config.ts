import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The test files that take longest (they spawn the built command, a Dask cluster or a browser, or analyse the
 * bundled corpus many times), longest first: started first, so that neither worker is left with a long file at the
 * end while the other has nothing to do. Vitest's own order, without the timings of an earlier run (a fresh clone,
 * CI), is largest file first.
 */
const LONGEST_FIRST = [
  'test/cli/extract-faults.test.ts',
  'test/scripts/dask-extract.test.ts',
  'test/cli/language.test.ts',
  'test/fuzz/redos.test.ts',
  'test/cli/golden.test.ts',
  'test/cli/formats.test.ts',
  'test/cli/check.test.ts',
  'test/cli/cache.test.ts',
  'test/cli/html-browser.test.ts',
  'test/cli/library.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number => {
      const index = LONGEST_FIRST.findIndex((path) => file.moduleId.endsWith(`/${path}`));
      return index === -1 ? LONGEST_FIRST.length : index;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

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
    maxWorkers: availableParallelism(),
    // each worker a process of its own (the default, stated): test/fuzz/redos.test.ts bounds a stage's CPU time by
    // process.cpuUsage(), which in a worker thread would count the other worker's work too
    pool: 'forks',
    sequence: { sequencer: LongestFirst },
    // the run's temporary directory (the workers' TMPDIR) and its analysis cache, removed when the run ends
    globalSetup: ['test/helpers/global-setup.ts'],
  },
});
