// defaultJobs: how many analyses run at once when --jobs is not given.
import { describe, expect, it } from 'vitest';
import { defaultJobs } from '../../src/analysis/pool.js';

describe('defaultJobs', () => {
  it('analyses a small corpus (the bundled five reports) in this thread, whatever the cores', () => {
    expect(defaultJobs(2, 5)).toBe(1);
    expect(defaultJobs(16, 5)).toBe(1);
    expect(defaultJobs(16, 10)).toBe(1);
  });

  it('adds a worker for every 10 reports, up to one per core', () => {
    expect(defaultJobs(16, 11)).toBe(2);
    expect(defaultJobs(16, 35)).toBe(4);
    expect(defaultJobs(2, 100)).toBe(2);
    expect(defaultJobs(8, 1000)).toBe(8);
  });

  it('uses every core on a stream of unknown length, and never fewer than one', () => {
    expect(defaultJobs(4, undefined)).toBe(4);
    expect(defaultJobs(1, 1000)).toBe(1);
    expect(defaultJobs(4, 0)).toBe(1);
  });
});
