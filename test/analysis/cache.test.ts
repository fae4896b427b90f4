// The analysis cache: what makes a key differ, and how unreadable or unwritable cache files are survived.
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, gazetteerHash, openCache, relabel, reportKey } from '../../src/analysis/cache.js';
import { codeHash } from '../../src/analysis/version.js';
import type { ArticleFindings } from '../../src/extract/index.js';
import type { ManifestEntry } from '../../src/types.js';
import { makeGazetteer } from '../helpers/builders.js';

const ENTRY: ManifestEntry = { id: 'a', file: 'a.txt', outlet: 'Wire', published: '2016-12-15', byline: null, url: null, notes: null };
const REPORT = { file: 'a.txt', text: 'Title\n\nSome 3,000 people left on Thursday, officials said.\n' };
const GAZ = gazetteerHash(makeGazetteer());
const FINDINGS: ArticleFindings = { report: 'a', figures: [], dates: [], events: [], actors: [], places: [], quotes: [] };

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'aleppo-cache-test-'));
}

function cacheFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')) : [];
}

describe('reportKey', () => {
  const base = reportKey(REPORT, ENTRY, GAZ, 'v1');

  it('is the same for the same inputs', () => {
    expect(reportKey({ ...REPORT }, { ...ENTRY }, GAZ, 'v1')).toBe(base);
  });

  it('misses when the report text changes, even by one character', () => {
    expect(reportKey({ ...REPORT, text: REPORT.text.replace('3,000', '3,001') }, ENTRY, GAZ, 'v1')).not.toBe(base);
  });

  it('misses when the manifest entry changes (a publication date resolves weekdays)', () => {
    expect(reportKey(REPORT, { ...ENTRY, published: '2016-12-16' }, GAZ, 'v1')).not.toBe(base);
    expect(reportKey(REPORT, null, GAZ, 'v1')).not.toBe(base);
  });

  it('misses when the gazetteer changes', () => {
    const other = gazetteerHash(makeGazetteer({ roles: ['spokesman'] }));
    expect(other).not.toBe(GAZ);
    expect(reportKey(REPORT, ENTRY, other, 'v1')).not.toBe(base);
  });

  it('misses when the extractor version changes', () => {
    expect(reportKey(REPORT, ENTRY, GAZ, 'v2')).not.toBe(base);
  });

  it('is keyed by content: the same text and metadata under another id or file name is the same key', () => {
    expect(reportKey({ ...REPORT, file: 'elsewhere/b.txt' } as typeof REPORT, { ...ENTRY, id: 'b', file: 'elsewhere/b.txt' }, GAZ, 'v1')).toBe(base);
    expect(reportKey(REPORT, { ...ENTRY, id: 'b', outlet: 'Other' }, GAZ, 'v1')).not.toBe(base);
  });
});

describe('codeHash (the extractor version)', () => {
  it('changes when any module of the program changes, and only then', () => {
    const root = tempDir();
    cpSync(new URL('../../src/analysis/', import.meta.url), root, { recursive: true });
    const before = codeHash(root);
    expect(codeHash(root)).toBe(before);
    writeFileSync(join(root, 'notes.md'), 'not code');
    expect(codeHash(root)).toBe(before);
    writeFileSync(join(root, 'kinds.ts'), `${readFileSync(join(root, 'kinds.ts'), 'utf8')}\n// changed\n`);
    expect(codeHash(root)).not.toBe(before);
  });
});

describe('openCache', () => {
  it('gives back what was put, under the same key and kind only', () => {
    const dir = tempDir();
    const warnings: string[] = [];
    const cache = openCache(dir, (m) => warnings.push(m));
    const key = reportKey(REPORT, ENTRY, GAZ, 'v1');
    expect(cache.get(key, 'findings', 'a')).toBeUndefined();
    cache.put(key, 'findings', FINDINGS, 'a');
    expect(cache.get(key, 'findings', 'a')).toEqual(FINDINGS);
    expect(cache.get(key, 'counts', 'a')).toBeUndefined();
    expect(openCache(dir, () => {}).get(key, 'findings', 'a')).toEqual(FINDINGS);
    expect(warnings).toEqual([]);
    expect(cacheFiles(dir)).toHaveLength(1);
  });

  it.each([
    ['truncated JSON', (text: string) => text.slice(0, text.length / 2)],
    ['not JSON at all', () => '\u0000\u0001garbage'],
    ['an entry of another key', (text: string) => text.replace(/"key":"[0-9a-f]+"/, `"key":"${'0'.repeat(64)}"`)],
    ['an entry without a value', () => '{"key":"x","kind":"findings"}'],
    ['an entry of the first layout, without an id', (text: string) => text.replace(/"id":"a",/, '')],
  ])('ignores a corrupt cache file (%s) with a warning naming it, and replaces it', (_, corrupt) => {
    const dir = tempDir();
    const key = reportKey(REPORT, ENTRY, GAZ, 'v1');
    openCache(dir, () => {}).put(key, 'findings', FINDINGS, 'a');
    const [file] = cacheFiles(dir);
    const path = join(dir, file!);
    writeFileSync(path, corrupt(readFileSync(path, 'utf8')));
    const warnings: string[] = [];
    const cache = openCache(dir, (m) => warnings.push(m));
    expect(cache.get(key, 'findings', 'a')).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(path);
    expect(warnings[0]).toMatch(/corrupt/);
    cache.put(key, 'findings', FINDINGS, 'a');
    expect(cache.get(key, 'findings', 'a')).toEqual(FINDINGS);
  });

  it.skipIf(process.getuid?.() === 0)('warns once and goes on when the cache directory cannot be written', () => {
    const dir = tempDir();
    chmodSync(dir, 0o500);
    const warnings: string[] = [];
    const cache = openCache(dir, (m) => warnings.push(m));
    cache.put('ab'.repeat(32), 'findings', FINDINGS, 'a');
    cache.put('cd'.repeat(32), 'findings', FINDINGS, 'a');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/cannot write the cache/);
    chmodSync(dir, 0o700);
  });

  it('warns once and goes on when the cache path is a file, not a directory', () => {
    const file = join(tempDir(), 'cache');
    writeFileSync(file, '');
    const warnings: string[] = [];
    const cache = openCache(file, (m) => warnings.push(m));
    cache.put('ab'.repeat(32), 'findings', FINDINGS, 'a');
    cache.put('cd'.repeat(32), 'findings', FINDINGS, 'a');
    expect(cache.get('ab'.repeat(32), 'findings', 'a')).toBeUndefined();
    expect(warnings).toHaveLength(1);
  });
});

describe('cacheDir', () => {
  it('takes ALEPPO_CORPUS_CACHE_DIR, else XDG_CACHE_HOME, else ~/.cache', () => {
    expect(cacheDir({ ALEPPO_CORPUS_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/c');
    expect(cacheDir({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe(join('/x', 'aleppo-corpus'));
    expect(cacheDir({ HOME: '/h' })).toBe(join('/h', '.cache', 'aleppo-corpus'));
  });
});

describe('the cache keyed by content', () => {
  const figure = { report: 'a', text: 'Some 3,000 people' };
  const found: ArticleFindings = { ...FINDINGS, figures: [figure as never], events: [{ report: 'a', sentence: 'a' } as never] };

  it('gives the findings of the same text stored under another id, relabelled with the id asked for', () => {
    const cache = openCache(tempDir(), () => {});
    const key = reportKey(REPORT, ENTRY, GAZ, 'v1');
    cache.put(key, 'findings', found, 'a');
    const relabelled = cache.get(key, 'findings', 'copy-of-a')!;
    expect(relabelled.report).toBe('copy-of-a');
    expect(relabelled.figures.map((f) => f.report)).toEqual(['copy-of-a']);
    expect((relabelled.events[0] as unknown as { sentence: string }).sentence).toBe('a'); // only report fields change
    expect(cache.get(key, 'findings', 'a')!.figures.map((f) => f.report)).toEqual(['a']);
  });

  it('relabel renames report fields equal to the old id, nothing else, whatever the id', () => {
    const value = { report: 'a', text: 'a', a: 1, list: [{ report: 'a' }, { report: 'b' }] };
    expect(relabel(value, 'a', 'z')).toEqual({ report: 'z', text: 'a', a: 1, list: [{ report: 'z' }, { report: 'b' }] });
    const named = { report: 'figures', figures: [{ report: 'figures' }] };
    expect(relabel(named, 'figures', 'x')).toEqual({ report: 'x', figures: [{ report: 'x' }] });
  });
});

describe('prune', () => {
  it('removes the least recently used entries until the cache is under the size, and a hit counts as a use', () => {
    const dir = tempDir();
    const cache = openCache(dir, () => {});
    const keys = ['11', '22', '33'].map((k) => k.repeat(32));
    keys.forEach((key, i) => {
      cache.put(key, 'findings', FINDINGS, 'a');
      const path = join(dir, key.slice(0, 2), `${key}.findings.json`);
      const then = new Date(Date.UTC(2026, 0, 1 + i)); // written on three different days, oldest first
      utimesSync(path, then, then);
    });
    expect(cache.get(keys[0]!, 'findings', 'a')).toEqual(FINDINGS); // the oldest is used now
    const size = statSync(join(dir, '11', `${keys[0]}.findings.json`)).size;
    const result = cache.prune(size * 2);
    expect(result).toMatchObject({ removed: 1, kept: 2, keptBytes: size * 2, removedBytes: size });
    expect(cache.get(keys[1]!, 'findings', 'a')).toBeUndefined(); // the least recently used went
    expect(cache.get(keys[0]!, 'findings', 'a')).toEqual(FINDINGS);
    expect(cache.prune(0)).toMatchObject({ removed: 2, kept: 0, keptBytes: 0 });
    expect(cacheFiles(dir)).toEqual([]);
  });

  it('is a no-op on a cache directory that does not exist yet', () => {
    expect(openCache(join(tempDir(), 'none'), () => {}).prune(0)).toEqual({ removed: 0, removedBytes: 0, kept: 0, keptBytes: 0 });
  });
});
