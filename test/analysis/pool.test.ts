// defaultJobs: how many analyses run at once when --jobs is not given.
import { describe, expect, it } from 'vitest';
import { defaultJobs, spreadEngine, streamEngine, type Engine, type Task } from '../../src/analysis/pool.js';
import { articleSource } from '../../src/analysis/run.js';
import { makeArticle } from '../helpers/builders.js';

describe('defaultJobs', () => {
  it('analyses a small corpus (the bundled five reports) in this thread, whatever the cores', () => {
    expect(defaultJobs(2, 5)).toBe(1);
    expect(defaultJobs(16, 5)).toBe(1);
    expect(defaultJobs(16, 10)).toBe(1);
  });

  it('adds a worker for every 10 reports, up to one per core but one', () => {
    expect(defaultJobs(16, 11)).toBe(2);
    expect(defaultJobs(16, 35)).toBe(4);
    expect(defaultJobs(8, 1000)).toBe(7);
    expect(defaultJobs(3, 100)).toBe(2);
  });

  it('analyses in this thread on two cores or one, whatever the reports', () => {
    expect(defaultJobs(2, 100)).toBe(1);
    expect(defaultJobs(2, undefined)).toBe(1);
    expect(defaultJobs(1, 1000)).toBe(1);
  });

  it('uses every core but one on a stream of unknown length, and never fewer than one', () => {
    expect(defaultJobs(4, undefined)).toBe(3);
    expect(defaultJobs(4, 0)).toBe(1);
  });
});

describe('streamEngine', () => {
  /** An engine that records which reports it analysed, and whether it was closed. */
  const recording = (): Engine & { files: string[]; closed: boolean } => {
    const engine = {
      files: [] as string[],
      closed: false,
      run: async (task: Task) => {
        engine.files.push(task.source.file);
        return {};
      },
      close: async () => {
        engine.closed = true;
      },
    };
    return engine;
  };
  const task = (i: number): Task => ({ source: articleSource(makeArticle({ id: `r${i}`, paragraphs: ['Text.'] }), null), kinds: ['findings'] });

  it('analyses a short stream in this thread and never makes the pool', async () => {
    const here = recording();
    let made = 0;
    const engine = streamEngine(here, () => (made++, recording()), 3);
    for (let i = 0; i < 3; i++) await engine.run(task(i));
    await engine.close();
    expect(here.files).toHaveLength(3);
    expect(made).toBe(0);
  });

  it('hands the reports after the first ones to one pool, made once, and closes it', async () => {
    const here = recording();
    const pools: Array<ReturnType<typeof recording>> = [];
    const engine = streamEngine(here, () => {
      pools.push(recording());
      return pools[pools.length - 1]!;
    }, 3);
    await Promise.all(Array.from({ length: 7 }, (_, i) => engine.run(task(i))));
    await engine.close();
    expect(here.files).toHaveLength(3);
    expect(pools).toHaveLength(1);
    expect(pools[0]!.files).toHaveLength(4);
    expect(pools[0]!.closed).toBe(true);
  });
});

describe('spreadEngine', () => {
  /** An engine whose tasks wait until released, recording which it was given. */
  const held = () => {
    const engine = {
      files: [] as string[],
      waiting: [] as Array<() => void>,
      closed: false,
      run: (task: Task) => {
        engine.files.push(task.source.file);
        return new Promise<Record<string, never>>((resolve) => engine.waiting.push(() => resolve({})));
      },
      close: async () => {
        engine.closed = true;
      },
    };
    return engine;
  };
  const task = (i: number): Task => ({ source: articleSource(makeArticle({ id: `r${i}`, paragraphs: ['Text.'] }), null), kinds: ['findings'] });

  it('makes an engine only when every one made has a task in hand, up to size, and gives each task to the least busy', async () => {
    const made: Array<ReturnType<typeof held>> = [];
    const engine = spreadEngine(2, () => (made.push(held()), made[made.length - 1]!));
    const first = engine.run(task(0));
    await Promise.resolve();
    expect(made).toHaveLength(1);
    made[0]!.waiting.shift()!();
    await first;
    // the one engine is free again: the next task goes to it, not to a new one
    const second = engine.run(task(1));
    expect(made).toHaveLength(1);
    // it is busy now: the next one makes the second engine, and the one after goes to the less busy of the two
    const third = engine.run(task(2));
    expect(made).toHaveLength(2);
    made[0]!.waiting.shift()!();
    await second;
    // one in hand each: a tie goes to the first; then the second has fewer
    const rest = [3, 4, 5].map((i) => engine.run(task(i)));
    expect(made).toHaveLength(2);
    expect(made[0]!.files).toEqual(['r0.txt', 'r1.txt', 'r3.txt', 'r4.txt']);
    expect(made[1]!.files).toEqual(['r2.txt', 'r5.txt']);
    for (const m of made) while (m.waiting.length > 0) m.waiting.shift()!();
    await Promise.all([third, ...rest]);
    await engine.close();
    expect(made.every((m) => m.closed)).toBe(true);
  });
});

