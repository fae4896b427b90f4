// The analysis cache and the worker pool, end to end: the command run in-process on a small corpus (short reports with
// every kind of finding), its cache in a directory of the test's own; the worker pool by the built command.
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, smallCorpus, spawnCli, spawnLogged } from '../helpers/cli.js';

function freshCacheDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'aleppo-e2e-cache-')), 'cache');
}

function cacheFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).sort() : [];
}

const KINDS_OF_STATS_JSON = 3; // findings, body counts, word statistics

describe('the cache', async () => {
  const corpus = smallCorpus();
  const cache = freshCacheDir();
  const env = { ALEPPO_CORPUS_CACHE_DIR: cache };
  const stats = (extra: string[] = [], dir = corpus) => runCli(['stats', '--json', '--corpus', dir, ...extra], { env });
  const cold = await stats();

  it('fills the cache on the first run, and a warm run gives the same output', async () => {
    expect(cold.code).toBe(0);
    expect(cold.stderr).toBe('');
    expect(cacheFiles(cache)).toHaveLength(5 * KINDS_OF_STATS_JSON);
    const warm = await stats();
    expect(warm.stderr).toBe('');
    expect(warm.stdout).toBe(cold.stdout);
    expect(cacheFiles(cache)).toHaveLength(5 * KINDS_OF_STATS_JSON);
  });

  /**
   * The built command (its own extractor version, so its own cache entries) run cold, then warm, with the same
   * output: the modules each run loaded. The cold run looks for the extractor's image, which a warm one must not: the
   * tests would pass on nothing otherwise.
   */
  const coldThenWarm = (args: string[]): { cold: string[]; warm: string[] } => {
    const env = { ALEPPO_CORPUS_CACHE_DIR: join(mkdtempSync(join(tmpdir(), 'aleppo-modules-')), 'cache') };
    const cold = spawnLogged(args, { env });
    const warm = spawnLogged(args, { env });
    expect(warm.code).toBe(0);
    expect(warm.stdout).toBe(cold.stdout);
    expect(cold.modules).toContain('analysis/image.js');
    return { cold: cold.modules, warm: warm.modules };
  };

  it('answers a warm stats without loading the segmenter, the extractors or compromise', () => {
    const { warm } = coldThenWarm(['stats', '--json', '--corpus', corpus]);
    expect(warm).toContain('commands/stats.js');
    expect(warm).toContain('analysis/cache.js');
    // the report is not read into its parts (the segmenter), nor analysed (the extractors), nor tokenised (compromise's loader)
    for (const module of ['corpus/segment.js', 'corpus/article.js', 'extract/index.js', 'extract/segments.js', 'language/words.js', 'text/nlp.js', 'analysis/image.js']) {
      expect(warm, module).not.toContain(module);
    }
    // nor Node's modules for setting V8's flags or reading the image's answers, which only an analysis needs
    expect(warm).toContain('node:crypto');
    for (const module of ['node:v8', 'node:readline']) expect(warm, module).not.toContain(module);
  });

  it('answers a warm compare without reading any report into its parts: what it prints of a report is cached too', () => {
    const { warm } = coldThenWarm(['compare', '--json', '--corpus', corpus]);
    expect(warm).toContain('commands/compare.js');
    // neither the reader of a report into its article (corpus/load.js, corpus/article.js) nor an analysis
    for (const module of ['corpus/load.js', 'corpus/article.js', 'analysis/image.js', 'compromise']) expect(warm, module).not.toContain(module);
  });

  it('gives every command the same output from the cache as without it', async () => {
    for (const command of [['compare'], ['figures'], ['quotes'], ['timeline'], ['show', 'reuters-2016-12-22'], ['check']]) {
      const args = [...command, '--json', '--corpus', corpus];
      const first = await runCli(args, { env });
      const cached = await runCli(args, { env });
      const uncached = await runCli([...args, '--no-cache'], { env });
      expect(cached.stdout, command.join(' ')).toBe(first.stdout);
      expect(uncached.stdout, command.join(' ')).toBe(first.stdout);
    }
  });

  it('misses for a changed report only', async () => {
    const dir = smallCorpus();
    const cacheDir = freshCacheDir();
    await runCli(['stats', '--json', '--corpus', dir], { env: { ALEPPO_CORPUS_CACHE_DIR: cacheDir } });
    const before = cacheFiles(cacheDir);
    const file = join(dir, '001_900818fe0882e21f.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Aleppo', 'Aleppo city'));
    const after = await runCli(['stats', '--json', '--corpus', dir], { env: { ALEPPO_CORPUS_CACHE_DIR: cacheDir } });
    expect(after.code).toBe(0);
    expect(cacheFiles(cacheDir)).toHaveLength(before.length + KINDS_OF_STATS_JSON);
  });

  it('misses for every report when the gazetteer changes', async () => {
    const dir = smallCorpus();
    const cacheDir = freshCacheDir();
    await runCli(['stats', '--json', '--corpus', dir], { env: { ALEPPO_CORPUS_CACHE_DIR: cacheDir } });
    const gazetteer = JSON.parse(readFileSync(join(dir, 'gazetteer.json'), 'utf8')) as { roles: string[] };
    gazetteer.roles.push('envoy');
    writeFileSync(join(dir, 'gazetteer.json'), JSON.stringify(gazetteer));
    await runCli(['stats', '--json', '--corpus', dir], { env: { ALEPPO_CORPUS_CACHE_DIR: cacheDir } });
    expect(cacheFiles(cacheDir)).toHaveLength(2 * 5 * KINDS_OF_STATS_JSON);
  });

  it('--no-cache neither writes nor reads the cache', async () => {
    const empty = freshCacheDir();
    const result = await runCli(['stats', '--json', '--no-cache', '--corpus', corpus], { env: { ALEPPO_CORPUS_CACHE_DIR: empty } });
    expect(result.stdout).toBe(cold.stdout);
    expect(existsSync(empty)).toBe(false);
    // a cache of nothing but corrupt files: read, each would warn
    const corrupt = freshCacheDir();
    await runCli(['stats', '--json', '--corpus', corpus], { env: { ALEPPO_CORPUS_CACHE_DIR: corrupt } });
    for (const f of cacheFiles(corrupt)) writeFileSync(join(corrupt, f), 'not json');
    const bypassed = await runCli(['stats', '--json', '--no-cache', '--corpus', corpus], { env: { ALEPPO_CORPUS_CACHE_DIR: corrupt } });
    expect(bypassed.stderr).toBe('');
    expect(bypassed.stdout).toBe(cold.stdout);
    expect(cacheFiles(corrupt).every((f) => readFileSync(join(corrupt, f), 'utf8') === 'not json')).toBe(true);
  });

  it('ignores a corrupt cache file with a warning naming it, and still answers correctly', async () => {
    const cacheDir = freshCacheDir();
    await runCli(['stats', '--json', '--corpus', corpus], { env: { ALEPPO_CORPUS_CACHE_DIR: cacheDir } });
    const [victim] = cacheFiles(cacheDir);
    writeFileSync(join(cacheDir, victim!), '{"key": "half a');
    const result = await runCli(['stats', '--json', '--corpus', corpus], { env: { ALEPPO_CORPUS_CACHE_DIR: cacheDir } });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(cold.stdout);
    expect(result.stderr).toMatch(new RegExp(`^aleppo-corpus: warning: cache file .*${victim!.split('/').pop()!.replace(/\./g, '\\.')} is corrupt`));
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('goes on without a cache it cannot write, with one warning', async () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'aleppo-e2e-cache-')), 'file');
    writeFileSync(blocker, '');
    const result = await runCli(['stats', '--json', '--corpus', corpus], { env: { ALEPPO_CORPUS_CACHE_DIR: blocker } });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(cold.stdout);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^aleppo-corpus: warning: cannot write the cache in .*: going on without it$/)]);
  });
});

describe('the cache keyed by content', () => {
  it('does not extract the same text again under another file name and id, and labels the findings with the new id', async () => {
    const cacheDir = freshCacheDir();
    const env = { ALEPPO_CORPUS_CACHE_DIR: cacheDir };
    const dir = smallCorpus();
    await runCli(['figures', '--json', '--corpus', dir], { env });
    const before = cacheFiles(cacheDir);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { reports: Array<{ id: string; file: string }> };
    const moved = manifest.reports[1]!;
    renameSync(join(dir, moved.file), join(dir, 'renamed.txt'));
    moved.file = 'renamed.txt';
    moved.id = 'renamed-report';
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const warm = await runCli(['figures', '--json', '--corpus', dir], { env });
    expect(warm.code).toBe(0);
    expect(cacheFiles(cacheDir)).toEqual(before); // nothing extracted, so nothing new stored
    expect(warm.stdout).toBe((await runCli(['figures', '--json', '--no-cache', '--corpus', dir], { env })).stdout);
    expect(warm.stdout).toContain('"report": "renamed-report"');
  });
});

describe('cache prune', () => {
  it('removes the least recently used entries until the cache is under --max-size, and says what it did', async () => {
    const cacheDir = freshCacheDir();
    const env = { ALEPPO_CORPUS_CACHE_DIR: cacheDir };
    await runCli(['stats', '--json', '--corpus', smallCorpus()], { env });
    const files = cacheFiles(cacheDir);
    expect(files.length).toBeGreaterThan(0);
    const kept = await runCli(['cache', 'prune', '--max-size', '100'], { env });
    expect(kept.code).toBe(0);
    expect(kept.stdout).toMatch(new RegExp(`removed 0 entries \\(0\\.0 MB\\); ${files.length} entries .* kept, at most 100 MB`));
    expect(cacheFiles(cacheDir)).toEqual(files);
    const emptied = await runCli(['cache', 'prune', '--max-size', '0'], { env });
    expect(emptied.stdout).toMatch(new RegExp(`removed ${files.length} entries`));
    expect(cacheFiles(cacheDir)).toEqual([]);
  });

  it('refuses another action, and --no-cache, as usage errors', async () => {
    expect((await runCli(['cache', 'clear'])).code).toBe(2);
    expect((await runCli(['cache', 'prune', '--no-cache'])).stderr).toMatch(/no cache to prune/);
  });
});

describe('worker threads', () => {
  // by the built command, its extractor's image turned off: the pool's workers run dist/analysis/worker.js
  it('give the same findings as one thread, in the same order', async () => {
    const corpus = smallCorpus();
    const one = await runCli(['compare', '--json', '--no-cache', '--jobs', '1', '--corpus', corpus]);
    const two = spawnCli(['compare', '--json', '--no-cache', '--jobs', '2', '--corpus', corpus], { env: { ALEPPO_CORPUS_IMAGE: 'off' } });
    expect(one.code).toBe(0);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
  });

  it('reject a --jobs that is not a positive whole number', async () => {
    const result = await runCli(['stats', '--jobs', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--jobs/);
  });
});
