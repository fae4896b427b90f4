// The five bundled reports saved as simple web pages and imported give the same figures as the .txt originals.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/corpus/article.js';
import { BUNDLED, readJson, runInProcess, simplePage, tempDir } from './helpers.js';

interface FigureRecord {
  report: string;
  outlet: string | null;
  [key: string]: unknown;
}

/** A figure as it compares across the two corpora: everything but the report id and the offsets in the file. */
const comparable = ({ report: _report, offset: _offset, ...rest }: FigureRecord) => rest;

describe('round trip: bundled reports → simple HTML → import', () => {
  it('gives the same figures as the .txt originals, report by report', async () => {
    const manifest = readJson(join(BUNDLED, 'manifest.json')) as { reports: Array<{ file: string; outlet: string; published: string }> };
    const pages = tempDir('aleppo-pages-');
    const inputs = manifest.reports.map((entry) => {
      const path = join(pages, entry.file.replace(/\.txt$/, '.html'));
      const text = readFileSync(join(BUNDLED, entry.file), 'utf8');
      // the standfirst as the loader reads it, given as the page's description, as news sites do
      const standfirst = buildArticle(entry.file, text, null).parts.find((p) => p.kind === 'standfirst')?.text ?? null;
      writeFileSync(path, simplePage(text, { ...entry, standfirst }));
      return path;
    });
    const corpus = join(tempDir(), 'imported');
    expect((await runInProcess(['init', corpus])).code).toBe(0);
    copyFileSync(join(BUNDLED, 'gazetteer.json'), join(corpus, 'gazetteer.json'));

    const imported = await runInProcess(['import', '--corpus', corpus, ...inputs]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);

    const original = JSON.parse((await runInProcess(['figures', '--json'])).stdout).figures as FigureRecord[];
    const again = JSON.parse((await runInProcess(['figures', '--json', '--corpus', corpus])).stdout).figures as FigureRecord[];
    expect(original.length).toBeGreaterThan(40);
    for (const entry of manifest.reports) {
      const byOutlet = (figures: FigureRecord[]) => figures.filter((f) => f.outlet === entry.outlet).map(comparable);
      expect(byOutlet(again), entry.outlet).toEqual(byOutlet(original));
    }
  });
});
