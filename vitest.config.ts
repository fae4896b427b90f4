import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Test files share their workers' loaded modules: the extractor (compromise and its lexicon) is loaded once per
    // worker rather than once per file, which halves the CPU time of `npm test`. No test mocks modules or changes
    // process-wide state (cwd, env); the CLI is run through `run(argv, io)` with its own io.
    isolate: false,
  },
});
