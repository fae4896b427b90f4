// Progress on stderr: nothing for quick work, then done-of-total and the rate, redrawn in place, cleared at the end.
import { describe, expect, it } from 'vitest';
import { terminalProgress } from '../../src/analysis/progress.js';

function clocked(total?: number) {
  let time = 0;
  const written: string[] = [];
  const progress = terminalProgress({ write: (t) => written.push(t), now: () => time, ...(total !== undefined ? { total } : {}) });
  return { progress, written, at: (ms: number) => (time = ms) };
}

describe('terminalProgress', () => {
  it('writes nothing for work done within a second, not even a clearing', () => {
    const { progress, written, at } = clocked(3);
    for (const t of [100, 400, 900]) {
      at(t);
      progress.tick();
    }
    progress.done();
    expect(written).toEqual([]);
  });

  it('after a second shows reports done of total and the rate, then clears the line', () => {
    const { progress, written, at } = clocked(10);
    at(500);
    progress.tick();
    at(2000);
    progress.tick();
    expect(written).toEqual(['\r\x1b[Kaleppo-corpus: analysed 2 of 10 reports (1.0 a second)']);
    progress.done();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('redraws at most every 100 ms, but always draws the last report', () => {
    const { progress, written, at } = clocked(4);
    for (const t of [1100, 1150, 1180, 1190]) {
      at(t);
      progress.tick();
    }
    expect(written).toHaveLength(2);
    expect(written[1]).toContain('4 of 4');
  });

  it('counts without a total when the reports come as a stream', () => {
    const { progress, written, at } = clocked();
    at(2000);
    progress.tick();
    expect(written[0]).toContain('analysed 1 reports');
    expect(written[0]).not.toContain(' of ');
  });
});
