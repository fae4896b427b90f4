// The analysis stream: cache hits skip the engine, --no-cache never touches the cache, order and memory bounds.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCache, type AnalysisCache } from '../../src/analysis/cache.js';
import { inThreadEngine, type Engine, type Task } from '../../src/analysis/pool.js';
import { analyseAll, articleSource, lazySource, orderedMap, type AnalysisSetup, type Source } from '../../src/analysis/run.js';
import { extractArticle } from '../../src/extract/index.js';
import type { Gazetteer } from '../../src/types.js';
import { makeArticle, makeGazetteer } from '../helpers/builders.js';

const GAZETTEER = makeGazetteer({ actors: [{ name: 'Red Cross', type: 'organisation', aliases: [], handles: [] }] });

function sources(texts: string[]): Source[] {
  return texts.map((text, i) => articleSource(makeArticle({ id: `r${i}`, paragraphs: [text] }), null));
}

const TEXTS = ['About 3,000 people left on Thursday, the Red Cross said.', 'Some 20 buses and 10 ambulances arrived.', 'Nobody counted anything.'];

/** An engine that analyses in this thread and records what it was asked for. */
function countingEngine(gazetteer: Gazetteer): Engine & { tasks: Task[] } {
  const inner = inThreadEngine(gazetteer);
  const tasks: Task[] = [];
  return { tasks, run: (task) => (tasks.push(task), inner.run(task)), close: inner.close };
}

function setup(engine: Engine, cache: AnalysisCache | null, overrides: Partial<AnalysisSetup> = {}): AnalysisSetup {
  return { engine, cache, version: 'v1', gazetteer: GAZETTEER, window: 2, ...overrides };
}

const noWarnings = (message: string): never => {
  throw new Error(`unexpected warning: ${message}`);
};

describe('analyseAll', () => {
  it('gives what the extractor gives, in source order', async () => {
    const input = sources(TEXTS);
    const got = await analyseAll(input, ['findings'], (source, a) => [source.id, a.findings] as const, setup(countingEngine(GAZETTEER), null));
    expect(got.map(([id]) => id)).toEqual(['r0', 'r1', 'r2']);
    const articles = await Promise.all(input.map((s) => s.article()));
    expect(got.map(([, f]) => f)).toEqual(articles.map((article) => extractArticle(article, GAZETTEER)));
  });

  it('analyses a report once: a second run is served from the cache, equal to the first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aleppo-run-test-'));
    const first = countingEngine(GAZETTEER);
    const cold = await analyseAll(sources(TEXTS), ['findings', 'counts'], (_, a) => a, setup(first, openCache(dir, noWarnings)));
    expect(first.tasks).toHaveLength(3);
    const second = countingEngine(GAZETTEER);
    const warm = await analyseAll(sources(TEXTS), ['findings', 'counts'], (_, a) => a, setup(second, openCache(dir, noWarnings)));
    expect(second.tasks).toHaveLength(0);
    expect(warm).toEqual(cold);
  });

  it('reads no report into its article when the cache has every analysis asked for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aleppo-run-test-'));
    let reads = 0;
    const lazy = (): Source[] =>
      TEXTS.map((text, i) => {
        const article = makeArticle({ id: `r${i}`, paragraphs: [text] });
        return lazySource(article.id, article.file, article.text, null, () => (reads++, article));
      });
    const cold = await analyseAll(lazy(), ['findings', 'counts'], (source, a) => [source.id, a] as const, setup(countingEngine(GAZETTEER), openCache(dir, noWarnings)));
    expect(reads).toBe(3);
    const warm = await analyseAll(lazy(), ['findings', 'counts'], (source, a) => [source.id, a] as const, setup(countingEngine(GAZETTEER), openCache(dir, noWarnings)));
    expect(reads).toBe(3);
    expect(warm).toEqual(cold);
  });

  it('analyses again only the report that changed, and only the kinds not cached', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aleppo-run-test-'));
    await analyseAll(sources(TEXTS), ['findings'], (_, a) => a, setup(countingEngine(GAZETTEER), openCache(dir, noWarnings)));
    const engine = countingEngine(GAZETTEER);
    const edited = [TEXTS[0]!, TEXTS[1]!.replace('20 buses', '21 buses'), TEXTS[2]!];
    await analyseAll(sources(edited), ['findings'], (_, a) => a, setup(engine, openCache(dir, noWarnings)));
    expect(engine.tasks.map((t) => t.source.id)).toEqual(['r1']);
    const more = countingEngine(GAZETTEER);
    await analyseAll(sources(edited), ['findings', 'counts'], (_, a) => a, setup(more, openCache(dir, noWarnings)));
    expect(more.tasks.map((t) => t.kinds)).toEqual([['counts'], ['counts'], ['counts']]);
  });

  it('misses every report when the gazetteer or the extractor version changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aleppo-run-test-'));
    await analyseAll(sources(TEXTS), ['findings'], (_, a) => a, setup(countingEngine(GAZETTEER), openCache(dir, noWarnings)));
    const newVersion = countingEngine(GAZETTEER);
    await analyseAll(sources(TEXTS), ['findings'], (_, a) => a, setup(newVersion, openCache(dir, noWarnings), { version: 'v2' }));
    expect(newVersion.tasks).toHaveLength(3);
    const gazetteer = makeGazetteer({ ...GAZETTEER, roles: ['spokesman'] });
    const newGazetteer = countingEngine(gazetteer);
    await analyseAll(sources(TEXTS), ['findings'], (_, a) => a, setup(newGazetteer, openCache(dir, noWarnings), { gazetteer }));
    expect(newGazetteer.tasks).toHaveLength(3);
  });

  it('without a cache (--no-cache) analyses everything and leaves the cache directory alone', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'aleppo-run-test-')), 'cache');
    const engine = countingEngine(GAZETTEER);
    await analyseAll(sources(TEXTS), ['findings'], (_, a) => a, setup(engine, null));
    await analyseAll(sources(TEXTS), ['findings'], (_, a) => a, setup(engine, null));
    expect(engine.tasks).toHaveLength(6);
    expect(existsSync(dir)).toBe(false);
  });

  it('recomputes, with one warning, a report whose cache file is corrupt', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aleppo-run-test-'));
    const clean = await analyseAll(sources(TEXTS), ['findings'], (_, a) => a.findings, setup(countingEngine(GAZETTEER), openCache(dir, noWarnings)));
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
    writeFileSync(join(dir, files[0]!), '{"key": "trunc');
    const warnings: string[] = [];
    const engine = countingEngine(GAZETTEER);
    const again = await analyseAll(sources(TEXTS), ['findings'], (_, a) => a.findings, setup(engine, openCache(dir, (m) => warnings.push(m))));
    expect(again).toEqual(clean);
    expect(engine.tasks).toHaveLength(1);
    expect(warnings).toHaveLength(1);
  });

  it('ticks the progress once per report, then ends it', async () => {
    const events: string[] = [];
    const progress = { tick: () => events.push('tick'), done: () => events.push('done') };
    await analyseAll(sources(TEXTS), ['counts'], (_, a) => a, setup(countingEngine(GAZETTEER), null, { progress }));
    expect(events).toEqual(['tick', 'tick', 'tick', 'done']);
  });
});

describe('orderedMap', () => {
  it('yields in input order although work finishes out of order', async () => {
    const delays = [30, 5, 20, 1, 10];
    const out: number[] = [];
    for await (const x of orderedMap(delays, (d) => new Promise<number>((r) => setTimeout(() => r(d), d)), 3)) out.push(x);
    expect(out).toEqual(delays);
  });

  it('never has more than `window` items in flight, and draws items only as room frees', async () => {
    let inFlight = 0;
    let most = 0;
    let drawn = 0;
    let finished = 0;
    function* items(): Generator<number> {
      for (let i = 0; i < 20; i++) {
        drawn += 1;
        yield i;
      }
    }
    const run = async (i: number): Promise<number> => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      expect(drawn - finished).toBeLessThanOrEqual(4); // drawn but unfinished: at most the window
      await new Promise((r) => setTimeout(r, 1));
      inFlight -= 1;
      finished += 1;
      return i;
    };
    const out: number[] = [];
    for await (const x of orderedMap(items(), run, 4)) out.push(x);
    expect(out).toEqual([...Array(20).keys()]);
    expect(most).toBeLessThanOrEqual(4);
  });

  it('passes a failure on at its place in the order', async () => {
    const run = async (i: number): Promise<number> => {
      if (i === 2) throw new Error('boom');
      return i;
    };
    const out: number[] = [];
    await expect(
      (async () => {
        for await (const x of orderedMap([0, 1, 2, 3], run, 2)) out.push(x);
      })(),
    ).rejects.toThrow('boom');
    expect(out).toEqual([0, 1]);
  });
});

