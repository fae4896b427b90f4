// `cache prune`: keeps the analysis cache under a size, removing the least recently used entries first.
import { bundledCorpusDir, loadGazetteer } from '../corpus/open.js';
import { UsageError } from '../errors.js';
import type { CommandSpec } from './index.js';

/** The size `cache prune` keeps the cache under when --max-size is not given, in MB. */
export const DEFAULT_CACHE_MAX_MB = 256;

const MB = 2 ** 20;

export const runCache: CommandSpec['run'] = (ctx) => {
  const [action] = ctx.args;
  if (action !== 'prune') throw new UsageError(`cache takes one action: prune (got '${action ?? ''}')`);
  const maxMb = typeof ctx.options.maxSize === 'number' ? ctx.options.maxSize : DEFAULT_CACHE_MAX_MB;
  const cache = ctx.analysis(loadGazetteer(bundledCorpusDir()), 0).cache; // the setup's cache; nothing is analysed
  if (cache === null) throw new UsageError('cache prune has no cache to prune with --no-cache');
  const r = cache.prune(maxMb * MB);
  const size = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;
  return { output: `${cache.dir}: removed ${r.removed} entries (${size(r.removedBytes)}); ${r.kept} entries (${size(r.keptBytes)}) kept, at most ${maxMb} MB\n` };
};
