// The analysis cache: one JSON file per report and kind, named by a hash of everything the analysis depends on (the
// report's text and its manifest metadata, the gazetteer, the extractor's version), not by its id or file name: the
// same text under another name is found, and its findings relabelled. A changed input is a different name, so entries
// are never updated in place and never go stale; `cache prune` keeps the directory under a size. Nothing here writes
// into a corpus.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { crypto } from '../builtins.js';
import type { Article, Gazetteer, ManifestEntry } from '../types.js';
import type { Analyses, Kind } from './kinds.js';

/** Bumped when the layout of a cache file changes. 2: keyed by content, the report id stored beside the value. */
const FORMAT = 2;

export interface AnalysisCache {
  /** The directory the entries are in. */
  dir: string;
  /** The analysis cached under `key`, its findings labelled with report `id` (whatever id it was stored under). */
  get<K extends Kind>(key: string, kind: K, id: string): Analyses[K] | undefined;
  /** Stores the analysis of report `id`. */
  put<K extends Kind>(key: string, kind: K, value: Analyses[K], id: string): void;
  /** Removes the least recently used entries until the cache holds at most `maxBytes`. */
  prune(maxBytes: number): PruneResult;
}

/** What `prune` removed and what it left, in entries (files) and bytes. */
export interface PruneResult {
  removed: number;
  removedBytes: number;
  kept: number;
  keptBytes: number;
}

/** The cache directory: $ALEPPO_CORPUS_CACHE_DIR, else $XDG_CACHE_HOME/aleppo-corpus, else ~/.cache/aleppo-corpus. */
export function cacheDir(env: Record<string, string | undefined>): string {
  if (env.ALEPPO_CORPUS_CACHE_DIR) return env.ALEPPO_CORPUS_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'aleppo-corpus');
}

/** The hash of a gazetteer's content (its parsed form, so reformatting the file keeps the cache). */
export function gazetteerHash(gazetteer: Gazetteer): string {
  return sha256(JSON.stringify(gazetteer));
}

/**
 * The cache key of one report: its inputs to analysis (its text and its manifest metadata, but not its id or file
 * name, which only label the findings), the gazetteer's hash and the extractor's version.
 */
export function reportKey(article: Pick<Article, 'text'>, entry: ManifestEntry | null, gazetteer: string, version: string): string {
  const meta = entry === null ? null : { ...entry, id: undefined, file: undefined };
  return sha256(JSON.stringify([FORMAT, version, gazetteer, meta, article.text]));
}

/**
 * `value` with every `report` field equal to `from` changed to `to` (an analysis names its report only there; no key
 * of it is a report id, so an id such as `figures` never renames a field). Mutates `value`.
 */
export function relabel<T>(value: T, from: string, to: string): T {
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const item of v) walk(item);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const key of Object.keys(o)) {
        if (key === 'report' && o[key] === from) o[key] = to;
        else walk(o[key]);
      }
    }
  };
  walk(value);
  return value;
}

/**
 * A cache in `dir`. A file that cannot be read as an entry of this key is ignored with a warning (and replaced);
 * a directory that cannot be written to is reported once and the run goes on uncached.
 */
export function openCache(dir: string, warn: (message: string) => void): AnalysisCache {
  let writable = true;
  const pathOf = (key: string, kind: Kind): string => join(dir, key.slice(0, 2), `${key}.${kind}.json`);
  return {
    dir,
    get(key, kind, id) {
      const path = pathOf(key, kind);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        return undefined; // not cached yet
      }
      try {
        const entry = JSON.parse(text) as { key?: unknown; kind?: unknown; id?: unknown; value?: unknown };
        if (entry.key === key && entry.kind === kind && typeof entry.id === 'string' && typeof entry.value === 'object' && entry.value !== null) {
          try {
            const now = new Date();
            utimesSync(path, now, now); // recently used: prune removes the least recently used first
          } catch {
            // a read-only cache still answers
          }
          const value = entry.value as Analyses[typeof kind];
          return entry.id === id ? value : relabel(value, entry.id, id);
        }
      } catch {
        // fall through to the warning
      }
      warn(`cache file ${path} is corrupt: ignored, the report is analysed again`);
      return undefined;
    },
    put(key, kind, value, id) {
      if (!writable) return;
      const path = pathOf(key, kind);
      const temporary = `${path}.${process.pid}.${crypto().randomBytes(4).toString('hex')}.tmp`;
      try {
        mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
        writeFileSync(temporary, JSON.stringify({ key, kind, id, value }));
        renameSync(temporary, path); // atomic: a reader sees the whole entry or none
      } catch (error) {
        writable = false;
        try {
          unlinkSync(temporary);
        } catch {
          // never created
        }
        warn(`cannot write the cache in ${dir} (${(error as NodeJS.ErrnoException).code ?? 'error'}): going on without it`);
      }
    },
    prune: (maxBytes) => pruneDir(dir, maxBytes),
  };
}

/** Deletes the least recently used entry files of `dir` until the rest total at most `maxBytes`. */
function pruneDir(dir: string, maxBytes: number): PruneResult {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json') || name.endsWith('.tmp'));
  } catch {
    return { removed: 0, removedBytes: 0, kept: 0, keptBytes: 0 }; // no cache yet
  }
  const files = names.flatMap((name) => {
    try {
      const stat = statSync(join(dir, name));
      return stat.isFile() ? [{ path: join(dir, name), size: stat.size, used: stat.mtimeMs }] : [];
    } catch {
      return []; // removed by another process meanwhile
    }
  });
  files.sort((a, b) => a.used - b.used);
  let total = files.reduce((sum, f) => sum + f.size, 0);
  const result: PruneResult = { removed: 0, removedBytes: 0, kept: files.length, keptBytes: total };
  for (const file of files) {
    if (total <= maxBytes) break;
    try {
      unlinkSync(file.path);
    } catch {
      continue; // already gone
    }
    total -= file.size;
    result.removed += 1;
    result.removedBytes += file.size;
  }
  result.kept -= result.removed;
  result.keptBytes = total;
  return result;
}

function sha256(text: string): string {
  return crypto().createHash('sha256').update(text).digest('hex');
}
