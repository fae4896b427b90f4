// The analysis cache: one JSON file per report and kind, named by a hash of everything the analysis depends on
// (the report's file name, text and manifest entry, the gazetteer, the extractor's version). A changed input is a
// different name, so entries are never updated in place and never go stale; nothing here writes into a corpus.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Article, Gazetteer, ManifestEntry } from '../types.js';
import type { Analyses, Kind } from './kinds.js';

/** Bumped when the layout of a cache file changes. */
const FORMAT = 1;

export interface AnalysisCache {
  get<K extends Kind>(key: string, kind: K): Analyses[K] | undefined;
  put<K extends Kind>(key: string, kind: K, value: Analyses[K]): void;
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

/** The cache key of one report: its inputs to analysis, the gazetteer's hash and the extractor's version. */
export function reportKey(article: Pick<Article, 'file' | 'text'>, entry: ManifestEntry | null, gazetteer: string, version: string): string {
  return sha256(JSON.stringify([FORMAT, version, gazetteer, article.file, entry, article.text]));
}

/**
 * A cache in `dir`. A file that cannot be read as an entry of this key is ignored with a warning (and replaced);
 * a directory that cannot be written to is reported once and the run goes on uncached.
 */
export function openCache(dir: string, warn: (message: string) => void): AnalysisCache {
  let writable = true;
  const pathOf = (key: string, kind: Kind): string => join(dir, key.slice(0, 2), `${key}.${kind}.json`);
  return {
    get(key, kind) {
      const path = pathOf(key, kind);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        return undefined; // not cached yet
      }
      try {
        const entry = JSON.parse(text) as { key?: unknown; kind?: unknown; value?: unknown };
        if (entry.key === key && entry.kind === kind && typeof entry.value === 'object' && entry.value !== null) return entry.value as Analyses[typeof kind];
      } catch {
        // fall through to the warning
      }
      warn(`cache file ${path} is corrupt: ignored, the report is analysed again`);
      return undefined;
    },
    put(key, kind, value) {
      if (!writable) return;
      const path = pathOf(key, kind);
      const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
        writeFileSync(temporary, JSON.stringify({ key, kind, value }));
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
  };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
