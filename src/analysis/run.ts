// Analysing a stream of reports: each one from the cache when it is there, else by the engine (this thread or the
// worker pool), with a bounded number in flight so memory stays flat however many reports there are.
import type { Article, Gazetteer, ManifestEntry } from '../types.js';
import { reportKey, gazetteerHash, type AnalysisCache } from './cache.js';
import type { Analyses, Kind } from './kinds.js';
import type { Engine } from './pool.js';
import { SILENT, type Progress } from './progress.js';

/**
 * One report to analyse: what names it and its text, known once its file is read and decoded, and its article, read
 * (segmented) from them only when first asked for: a report answered from the cache, or analysed in a worker thread,
 * is never segmented here, and a run that segments none does not load the segmenter.
 */
export interface Source {
  id: string;
  file: string;
  /** The decoded text (an input of the cache key). */
  text: string;
  entry: ManifestEntry | null;
  /** The article, read the first time it is asked for. */
  article(): Promise<Article>;
}

/** A source whose article is built by `read` the first time it is asked for. */
export function lazySource(id: string, file: string, text: string, entry: ManifestEntry | null, read: () => Article | Promise<Article>): Source {
  let article: Promise<Article> | undefined;
  return {
    id,
    file,
    text,
    entry,
    article: () => (article ??= Promise.resolve().then(read)),
  };
}

/** The source of an article already read. */
export function articleSource(article: Article, entry: ManifestEntry | null): Source {
  return { id: article.id, file: article.file, text: article.text, entry, article: async () => article };
}

export interface AnalysisSetup {
  engine: Engine;
  /** null: --no-cache, never read nor written. */
  cache: AnalysisCache | null;
  /** The extractor's version, part of every cache key. */
  version: string;
  gazetteer: Gazetteer;
  /** Reports in flight at once (read but not yet finished); the engine's parallelism times a small factor. */
  window: number;
  progress?: Progress;
}

/** analyseEach, its results gathered in source order. */
export async function analyseAll<K extends Kind, R>(
  sources: Iterable<Source> | AsyncIterable<Source>,
  kinds: readonly K[],
  finish: (source: Source, analyses: Pick<Analyses, K>) => R | Promise<R>,
  setup: AnalysisSetup,
): Promise<R[]> {
  const results: R[] = [];
  for await (const result of analyseEach(sources, kinds, finish, setup)) results.push(result);
  return results;
}

/**
 * Analyses every source (drawn lazily, in order) for `kinds` and hands each with its analyses to `finish`, yielding
 * the results in source order. Nothing is kept: a source is dropped once finished.
 */
export async function* analyseEach<K extends Kind, R>(
  sources: Iterable<Source> | AsyncIterable<Source>,
  kinds: readonly K[],
  finish: (source: Source, analyses: Pick<Analyses, K>) => R | Promise<R>,
  setup: AnalysisSetup,
): AsyncGenerator<R> {
  const gazetteer = gazetteerHash(setup.gazetteer);
  const progress = setup.progress ?? SILENT;
  const one = async (source: Source): Promise<R> => {
    const key = setup.cache ? reportKey(source, source.entry, gazetteer, setup.version) : '';
    const found: Partial<Analyses> = {};
    const missing: Kind[] = [];
    for (const kind of kinds) {
      const value = setup.cache?.get(key, kind, source.id);
      if (value === undefined) missing.push(kind);
      else (found as Record<Kind, unknown>)[kind] = value;
    }
    if (missing.length > 0) {
      const computed = await setup.engine.run({ source, kinds: missing });
      for (const kind of missing) {
        const value = computed[kind]!;
        setup.cache?.put(key, kind, value, source.id);
        (found as Record<Kind, unknown>)[kind] = value;
      }
    }
    progress.tick();
    return finish(source, found as Pick<Analyses, K>);
  };
  try {
    yield* orderedMap(sources, one, setup.window);
  } finally {
    progress.done();
  }
}

/**
 * `run` over `items` with at most `window` calls in flight, yielding the results in the order of the items. Items
 * are drawn from the iterable only as room frees up.
 */
export async function* orderedMap<T, R>(items: Iterable<T> | AsyncIterable<T>, run: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const inFlight: Array<Promise<R>> = [];
  for await (const item of items) {
    const promise = run(item);
    promise.catch(() => {}); // awaited below, in order; this only stops an early failure counting as unhandled
    inFlight.push(promise);
    if (inFlight.length >= Math.max(1, window)) yield await inFlight.shift()!;
  }
  while (inFlight.length > 0) yield await inFlight.shift()!;
}
