// The analysis cache: what makes a key differ, and how unreadable or unwritable cache files are survived.
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, gazetteerHash, openCache, reportKey } from '../../src/analysis/cache.js';
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
    expect(cache.get(key, 'findings')).toBeUndefined();
    cache.put(key, 'findings', FINDINGS);
    expect(cache.get(key, 'findings')).toEqual(FINDINGS);
    expect(cache.get(key, 'counts')).toBeUndefined();
    expect(openCache(dir, () => {}).get(key, 'findings')).toEqual(FINDINGS);
    expect(warnings).toEqual([]);
    expect(cacheFiles(dir)).toHaveLength(1);
  });

  it.each([
    ['truncated JSON', (text: string) => text.slice(0, text.length / 2)],
    ['not JSON at all', () => '\u0000\u0001garbage'],
    ['an entry of another key', (text: string) => text.replace(/"key":"[0-9a-f]+"/, `"key":"${'0'.repeat(64)}"`)],
    ['an entry without a value', () => '{"key":"x","kind":"findings"}'],
  ])('ignores a corrupt cache file (%s) with a warning naming it, and replaces it', (_, corrupt) => {
    const dir = tempDir();
    const key = reportKey(REPORT, ENTRY, GAZ, 'v1');
    openCache(dir, () => {}).put(key, 'findings', FINDINGS);
    const [file] = cacheFiles(dir);
    const path = join(dir, file!);
    writeFileSync(path, corrupt(readFileSync(path, 'utf8')));
    const warnings: string[] = [];
    const cache = openCache(dir, (m) => warnings.push(m));
    expect(cache.get(key, 'findings')).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(path);
    expect(warnings[0]).toMatch(/corrupt/);
    cache.put(key, 'findings', FINDINGS);
    expect(cache.get(key, 'findings')).toEqual(FINDINGS);
  });

  it.skipIf(process.getuid?.() === 0)('warns once and goes on when the cache directory cannot be written', () => {
    const dir = tempDir();
    chmodSync(dir, 0o500);
    const warnings: string[] = [];
    const cache = openCache(dir, (m) => warnings.push(m));
    cache.put('ab'.repeat(32), 'findings', FINDINGS);
    cache.put('cd'.repeat(32), 'findings', FINDINGS);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/cannot write the cache/);
    chmodSync(dir, 0o700);
  });

  it('warns once and goes on when the cache path is a file, not a directory', () => {
    const file = join(tempDir(), 'cache');
    writeFileSync(file, '');
    const warnings: string[] = [];
    const cache = openCache(file, (m) => warnings.push(m));
    cache.put('ab'.repeat(32), 'findings', FINDINGS);
    cache.put('cd'.repeat(32), 'findings', FINDINGS);
    expect(cache.get('ab'.repeat(32), 'findings')).toBeUndefined();
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
