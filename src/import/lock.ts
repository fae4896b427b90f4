// After an import into a corpus that keeps a facts lock: the imported reports' facts are recorded in it, so that
// `check` passes unless the imported text itself has problems; the facts of the other reports are left as locked.
import { join } from 'node:path';
import { buildLock, parseLock, serialiseLock } from '../check/lock.js';
import { loadCorpus } from '../corpus/load.js';
import { readCorpusFile } from '../corpus/open.js';
import { writeFileAtomic } from '../corpus/write.js';
import { LOCK_FILE } from '../defaults.js';
import { extractArticle } from '../extract/index.js';

/** Records the facts of the reports in `files` in the corpus's facts.lock.json, atomically; false when it has none. */
export function lockImported(dir: string, files: readonly string[]): boolean {
  const text = readCorpusFile(dir, LOCK_FILE);
  if (text === null || files.length === 0) return false;
  const lock = parseLock(text, join(dir, LOCK_FILE));
  const corpus = loadCorpus(dir);
  const imported = corpus.articles.filter((a) => files.includes(a.file));
  const fresh = buildLock(imported, imported.map((a) => extractArticle(a, corpus.gazetteer)));
  for (const [file, report] of fresh.reports) lock.reports.set(file, report);
  writeFileAtomic(dir, LOCK_FILE, serialiseLock(lock));
  return true;
}
