// The library API (src/index.ts): the same results as the command line, and importable by name once packed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseCorpus, buildCompareReport, compareFindings, findStories, FORMATS, loadCorpus, render, type FigureGroup } from '../../src/index.js';
import { ROOT, runCli, smallCorpus } from '../helpers/cli.js';

const groupOf = (groups: FigureGroup[], measure: string, text: string): FigureGroup | undefined =>
  groups.find((g) => g.measure === measure && g.members.some((m) => m.text.includes(text)));

describe('the library API', () => {
  it('loads the bundled corpus by default, extracts and compares it as `compare --json` does', async () => {
    const corpus = loadCorpus();
    expect(corpus.articles.map((a) => a.id)).toEqual(['euronews-2016-12-15', 'reuters-2016-12-22', 'inquisitr-2016-12-16', 'mee-2016-12-15', 'ft-2016-12-16']);
    const findings = analyseCorpus(corpus);
    expect(findings.map((f) => f.report)).toEqual(corpus.articles.map((a) => a.id));
    const stories = findStories(corpus, findings);
    expect(stories.map((s) => s.reports.length)).toEqual([5]);
    const comparison = compareFindings(findings, corpus.gazetteer, { stories });
    expect(groupOf(comparison.groups, 'buses', '17')?.verdict).toBe('agree');
    expect(groupOf(comparison.groups, 'ambulances', '13')?.verdict).toBe('diverge');
    const outlets = new Map(corpus.articles.map((a) => [a.id, a.meta.outlet.value]));
    const report = buildCompareReport(comparison, outlets);
    expect(render(report, 'json')).toBe((await runCli(['compare', '--json'])).stdout);
    expect(render(report, 'table')).toBe((await runCli(['compare'], { env: { NO_COLOR: '1' } })).stdout);
    expect(FORMATS).toContain('csv');
  });

  it('throws an InputError naming a missing corpus directory', () => {
    expect(() => loadCorpus('/no/such/corpus')).toThrow(expect.objectContaining({ name: 'InputError', file: '/no/such/corpus' }));
  });
});

describe('the packed package', () => {
  it('is imported by name from a project that installs it', () => {
    const project = mkdtempSync(join(tmpdir(), 'aleppo-consumer-'));
    // --ignore-scripts: dist/ is built already (npm test builds first); `prepare` would build it again
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { cwd: ROOT, encoding: 'utf8' })) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    const files = packed!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/bin.js', 'corpus/manifest.json', 'package.json']));
    expect(files.filter((f) => f.startsWith('test/') || f.startsWith('src/'))).toEqual([]);
    // installed as npm would: the tarball unpacked under node_modules/, its dependencies beside it (linked from
    // this checkout's node_modules, so that the test needs no network)
    const modules = join(project, 'node_modules');
    mkdirSync(join(modules, 'aleppo-corpus'), { recursive: true });
    execFileSync('tar', ['-xzf', join(project, packed!.filename), '-C', join(modules, 'aleppo-corpus'), '--strip-components=1']);
    for (const name of readdirSync(join(ROOT, 'node_modules'))) {
      if (!name.startsWith('.') && name !== 'aleppo-corpus') symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
    }
    // the package's bundled corpus found from its own folder; analysed and compared on a small corpus (short
    // reports), which is enough to run the extractor and its dependencies as installed
    const script = `import('aleppo-corpus').then((m) => {
      const bundled = m.loadCorpus();
      const corpus = m.loadCorpus(process.argv[1]);
      const groups = m.compareFindings(m.analyseCorpus(corpus), corpus.gazetteer).groups;
      console.log(JSON.stringify({ loadCorpus: typeof m.loadCorpus, bundled: bundled.articles.length, reports: corpus.articles.length, verdicts: [...new Set(groups.map((g) => g.verdict))].sort() }));
    })`;
    const result = spawnSync(process.execPath, ['-e', script, smallCorpus()], { cwd: project, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ loadCorpus: 'function', bundled: 5, reports: 5, verdicts: ['agree', 'diverge', 'single'] });
  });
});
