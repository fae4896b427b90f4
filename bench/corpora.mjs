// The corpora the bench and the eval read: the development reports of ../shared/realworld/ (one folder per source,
// the reports in its corpus/), a fixed selection of them for the bench, and any corpus directory.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REALWORLD = resolve(ROOT, '..', 'shared', 'realworld');
/** The sources the bench draws from, in this order, and the share of each in a selection. */
export const BENCH_SOURCES = ['fa-kes', 'reuters21578', 'india-police-events'];

/** The source folders under `home`: every folder with a corpus/ inside, sorted by name; [] when `home` is absent. */
export function realworldSources(home = REALWORLD) {
  if (!existsSync(home)) return [];
  return readdirSync(home, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(home, d.name, 'corpus')))
    .map((d) => join(home, d.name))
    .sort();
}

/** A text's identity for de-duplication: its words, white space and case folded, hashed. */
export const textKey = (text) => createHash('sha256').update(text.replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex');

/**
 * The distinct reports of one source folder, in a fixed order that does not depend on file names or the file system:
 * by the SHA-256 of the text (white space and case folded), the first of equal texts kept.
 */
function distinctReports(folder, seen) {
  const corpus = join(folder, 'corpus');
  const reports = readdirSync(corpus)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => {
      const text = readFileSync(join(corpus, name), 'utf8');
      return { path: join(corpus, name), name, key: textKey(text), bytes: statSync(join(corpus, name)).size };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.name < b.name ? -1 : 1));
  const out = [];
  for (const report of reports) {
    if (seen.has(report.key)) continue;
    seen.add(report.key);
    out.push(report);
  }
  return out;
}

/**
 * A fixed selection of `count` distinct real reports across the bench's sources: an equal share of each (the first
 * source takes the remainder), each source's reports taken in the order of their texts' SHA-256, no two texts equal
 * (white space and case folded). When a source has fewer than its share, the others give more. Copied into a new
 * temporary directory. Returns {dir, count, bytes, perSource} or null when ../shared/realworld is absent. When all the
 * distinct reports are fewer than `count`, all are taken and `short` says how many are missing.
 */
export function selectRealworld(count, { home = REALWORLD } = {}) {
  const folders = BENCH_SOURCES.map((name) => join(home, name)).filter((folder) => existsSync(join(folder, 'corpus')));
  if (folders.length === 0) return null;
  const seen = new Set();
  const pools = folders.map((folder) => ({ name: basename(folder), reports: distinctReports(folder, seen), taken: 0 }));
  // Shares: equal, the remainder to the first sources; then what a short source cannot give goes round the others.
  let left = count;
  pools.forEach((pool, i) => {
    pool.want = Math.floor(count / pools.length) + (i < count % pools.length ? 1 : 0);
  });
  for (const pool of pools) {
    pool.taken = Math.min(pool.want, pool.reports.length);
    left -= pool.taken;
  }
  while (left > 0 && pools.some((pool) => pool.taken < pool.reports.length)) {
    for (const pool of pools) {
      if (left > 0 && pool.taken < pool.reports.length) {
        pool.taken++;
        left--;
      }
    }
  }
  const dir = mkdtempSync(join(tmpdir(), `aleppo-bench-real-${count}-`));
  let bytes = 0;
  const perSource = {};
  for (const pool of pools) {
    perSource[pool.name] = pool.taken;
    for (const report of pool.reports.slice(0, pool.taken)) {
      copyFileSync(report.path, join(dir, report.name));
      bytes += report.bytes;
    }
  }
  return { dir, source: 'realworld', home, count: count - left, bytes, perSource, short: left };
}

/** The report files of a corpus directory: its manifest's files when it has one, else its .txt files. */
export function corpusFiles(dir) {
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) return JSON.parse(readFileSync(manifestPath, 'utf8')).reports.map((r) => r.file);
  return readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();
}

/** What the bench says of a corpus directory it was given: {dir, source, count, bytes}. */
export function describeDirectory(dir, source = 'directory') {
  const files = corpusFiles(dir);
  const bytes = files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
  return { dir, source, count: files.length, bytes };
}

/** Adds the .txt reports of `from` (a generated corpus) to `into`, whose reports have no manifest. */
export function mergeInto(into, from) {
  const files = corpusFiles(from);
  for (const file of files) copyFileSync(join(from, file), join(into, `generated-${file}`));
  return files.length;
}

/** Writes `lines` of extract input for the first `count` reports of a corpus directory to `path`; returns the count. */
export function writeExtractInput(dir, count, path) {
  const manifestPath = join(dir, 'manifest.json');
  const entries = existsSync(manifestPath)
    ? JSON.parse(readFileSync(manifestPath, 'utf8')).reports
    : corpusFiles(dir).map((file) => ({ id: file.replace(/\.txt$/, ''), outlet: null, published: null, file }));
  const chosen = entries.slice(0, count);
  const lines = chosen.map((r) =>
    JSON.stringify({ id: r.id, outlet: r.outlet ?? null, published: r.published ?? null, file: r.file, text: readFileSync(join(dir, r.file), 'utf8') }),
  );
  writeFileSync(path, lines.join('\n') + '\n');
  return chosen.length;
}
