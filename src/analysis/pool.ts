// Where analyses run: in processes started from the extractor's image (analysis/image.ts) when the build made one,
// else in this thread or a pool of worker threads, each with its own compromise; one at a time, or as many at once
// as --jobs says (one per core but one by default, fewer for a small corpus). Nothing starts until there is work for
// it, so a run answered from the cache starts none.
import type { Worker } from 'node:worker_threads';
import { workerThreads } from '../builtins.js';
import type { Gazetteer } from '../types.js';
import type { Analyses, Kind } from './kinds.js';
import type { ResultMessage, TaskMessage } from './task.js';
import type { Source } from './run.js';

export interface Task {
  source: Source;
  kinds: readonly Kind[];
}

export interface Engine {
  run(task: Task): Promise<Partial<Analyses>>;
  /** Stops the workers; the engine is not used after. */
  close(): Promise<void>;
}

/**
 * Reports a worker must have to earn its start: loading compromise and warming up a new thread costs about what
 * analysing five to ten reports does (about half a second here, against 0.05 to 0.1 s a report); a process of the
 * image starts for a third of that, but warms up as slowly.
 */
const REPORTS_PER_WORKER = 10;

/**
 * How many analyses run at once when --jobs is not given: one per core but one, and at most one per
 * REPORTS_PER_WORKER reports (`reports` undefined: a stream of unknown length), so a small corpus, or any corpus on
 * two cores, is analysed one at a time (1). The core left is the main thread's (reading, ordering, comparing) and
 * V8's (its collector and compiler run on threads of their own): on two cores, two worker threads took as long as
 * this thread alone on 1,000 reports, with 40% more CPU time and 330 MB against 214 MB at the peak (npm run bench);
 * two processes of the image took 12.0 s against 16.1 s for one, with 10% more CPU time and 399 MB against 255 MB,
 * over the 300 MB a comparison of 1,000 reports may take.
 */
export function defaultJobs(cores: number, reports: number | undefined): number {
  return Math.max(1, Math.min(cores - 1, Math.ceil((reports ?? Infinity) / REPORTS_PER_WORKER)));
}

/**
 * For a stream of unknown length (extract): its first `inThread` reports (REPORTS_PER_WORKER) are analysed by `here`,
 * the rest by the engine `pool()` makes on the report after them: a stream of a few reports starts no more than one
 * (each would warm up for one report), a long one soon has all of them.
 */
export function streamEngine(here: Engine, pool: () => Engine, inThread = REPORTS_PER_WORKER): Engine {
  let count = 0;
  let workers: Engine | null = null;
  return {
    run: (task) => (count++ < inThread ? here.run(task) : (workers ??= pool()).run(task)),
    close: async () => {
      await Promise.all([here.close(), workers?.close()]);
    },
  };
}

/** Analyses in this thread, one report at a time; the extractor's modules are loaded on the first task. */
export function inThreadEngine(gazetteer: Gazetteer): Engine {
  return {
    run: async (task) => {
      const { analyseArticle } = await import('./kinds.js');
      return analyseArticle(await task.source.article(), gazetteer, task.kinds);
    },
    close: async () => {},
  };
}

/**
 * Analyses one report at a time: in a process started from the extractor's image (analysis/image.ts) when there is
 * one (`findImage`), else in this thread.
 */
export function serialEngine(gazetteer: Gazetteer, warn: (message: string) => void, findImage: () => Promise<string | null> = usableImage): Engine {
  return imageElse(inThreadEngine(gazetteer), async (image) => (await import('./image.js')).imageEngine(image, gazetteer), warn, findImage);
}

/**
 * Analyses in up to `size` processes started from the extractor's image when there is one (`findImage`), else in up
 * to `size` worker threads. Each of those would load compromise, so the image serves even a process that has it.
 */
export function parallelEngine(size: number, gazetteer: Gazetteer, warn: (message: string) => void, findImage: () => Promise<string | null> = anyImage): Engine {
  const images = async (image: string): Promise<Engine> => {
    const { imageEngine } = await import('./image.js');
    return spreadEngine(size, () => imageEngine(image, gazetteer));
  };
  return imageElse(workerPool(size, gazetteer), images, warn, findImage);
}

/**
 * The engine `fromImage` makes of the extractor's image when `findImage` finds one, else `fallback`: chosen at the
 * first task, so a run answered from the cache looks for no image. Should a process of the image fail (a damaged
 * image), its reports and all after them go to `fallback`, with one warning.
 */
function imageElse(
  fallback: Engine,
  fromImage: (image: string) => Promise<Engine>,
  warn: (message: string) => void,
  findImage: () => Promise<string | null>,
): Engine {
  let image: Promise<{ engine: Engine; failed: (error: unknown) => boolean } | null> | undefined;
  let warned = false;
  const start = async () => {
    const found = await findImage();
    if (found === null) return null;
    const [engine, { ImageFailure }] = await Promise.all([fromImage(found), import('./image.js')]);
    return { engine, failed: (error: unknown) => error instanceof ImageFailure };
  };
  return {
    run: async (task) => {
      const chosen = await (image ??= start());
      if (chosen === null) return fallback.run(task);
      try {
        return await chosen.engine.run(task);
      } catch (error) {
        if (!chosen.failed(error)) throw error;
        if (!warned) warn(`${(error as Error).message}; analysing without the extractor's image instead`);
        warned = true;
        image = Promise.resolve(null);
        return fallback.run(task);
      }
    },
    close: async () => {
      await Promise.all([(await image)?.engine.close(), fallback.close()]);
    },
  };
}

/**
 * Spreads tasks over up to `size` engines made by `make`, each made when every one made so far has a task in hand:
 * a task goes to the engine with the fewest in hand.
 */
export function spreadEngine(size: number, make: () => Engine): Engine {
  const slots: Array<{ engine: Engine; inHand: number }> = [];
  return {
    run: async (task) => {
      let slot = slots.reduce<(typeof slots)[number] | undefined>((best, s) => (best !== undefined && best.inHand <= s.inHand ? best : s), undefined);
      if ((slot === undefined || slot.inHand > 0) && slots.length < size) {
        slot = { engine: make(), inHand: 0 };
        slots.push(slot);
      }
      slot!.inHand++;
      try {
        return await slot!.engine.run(task);
      } finally {
        slot!.inHand--;
      }
    },
    close: async () => {
      await Promise.all(slots.map((slot) => slot.engine.close()));
    },
  };
}

/** The image the build made for this Node. */
async function anyImage(): Promise<string | null> {
  return (await import('./image.js')).extractorImage();
}

/** The image the build made for this Node, unless this process has loaded compromise already (it is cheaper here then). */
async function usableImage(): Promise<string | null> {
  const [{ extractorImage }, { hasCompromise }] = await Promise.all([import('./image.js'), import('../text/nlp.js')]);
  return hasCompromise() ? null : extractorImage();
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

/** Analyses in up to `size` worker threads; tasks wait in order for the first free worker. */
export function workerPool(size: number, gazetteer: Gazetteer): Engine {
  const slots: Slot[] = [];
  const waiting: Array<{ message: TaskMessage }> = [];
  const pending = new Map<number, { resolve: (a: Partial<Analyses>) => void; reject: (e: Error) => void; slot?: Slot }>();
  let nextId = 0;

  const start = (): Slot => {
    // by a path that holds from this module and from the images' bundles, which sit in a sibling of analysis/
    const worker = new (workerThreads().Worker)(new URL('../analysis/worker.js', import.meta.url), { workerData: { gazetteer } });
    const slot: Slot = { worker, busy: false };
    worker.on('message', (reply: ResultMessage) => {
      const job = pending.get(reply.id);
      pending.delete(reply.id);
      slot.busy = false;
      if ('error' in reply) job?.reject(new Error(`analysis failed in a worker: ${reply.error}`));
      else job?.resolve(reply.analyses);
      dispatch();
    });
    worker.on('error', (error) => {
      for (const [id, job] of pending) {
        if (job.slot === slot) {
          pending.delete(id);
          job.reject(error);
        }
      }
    });
    slots.push(slot);
    return slot;
  };

  const dispatch = (): void => {
    while (waiting.length > 0) {
      const slot = slots.find((s) => !s.busy) ?? (slots.length < size ? start() : undefined);
      if (!slot) return;
      const { message } = waiting.shift()!;
      slot.busy = true;
      pending.get(message.id)!.slot = slot;
      slot.worker.postMessage(message);
    }
  };

  return {
    run(task) {
      const id = nextId++;
      const { file, text, entry } = task.source;
      const message: TaskMessage = { id, file, text, entry, kinds: task.kinds };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        waiting.push({ message });
        dispatch();
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
