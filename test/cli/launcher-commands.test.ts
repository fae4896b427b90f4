// Every command and reporter started from the program's images (bin/aleppo-corpus) as from its modules: an image holds
// the modules bundled at build time, and a module it lacks shows only when a run first needs it, so each command and
// each format runs here once from the CLI's image and, where it analyses, once from the extractor's.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAGRAPHS, articlePage } from '../import/helpers.js';
import { BUNDLED, runCli, smallCorpus, spawnCli, spawnLauncher } from '../helpers/cli.js';
import { builtImage, NO_IMAGE } from '../helpers/image.js';

const built = builtImage() !== null;
const TRACE = { ALEPPO_CORPUS_TRACE_START: '1' };

/**
 * The executable's run, from the image the trace names, against the same run in this process, or of dist/bin.js for
 * a run whose output names the program's version (extract's provenance): the sources run here have a version of their own.
 */
async function expectSame(args: string[], from: 'CLI' | 'extractor', input?: string, versioned = false): Promise<void> {
  const options = input === undefined ? {} : { input };
  const launched = spawnLauncher(args, { ...options, env: TRACE });
  const here = versioned ? spawnCli(args, options) : await runCli(args, options);
  expect(launched.stderr, args.join(' ')).toBe(`aleppo-corpus: starting from the ${from}'s image\n${here.stderr}`);
  expect({ code: launched.code, stdout: launched.stdout }, args.join(' ')).toEqual({ code: here.code, stdout: here.stdout });
}

describe.skipIf(!built)(`every command from the images (${built ? 'built' : NO_IMAGE})`, () => {
  it('prints from the CLI’s image what it prints from its modules, in every format', async () => {
    const corpus = smallCorpus();
    const c = ['--corpus', corpus];
    const runs = [
      ['stats', ...c],
      ['show', 'reuters-2016-12-22', ...c],
      ['show', 'reuters-2016-12-22', '--format', 'html', ...c],
      ['figures', '--format', 'csv', ...c],
      ['actors', '--format', 'markdown', ...c],
      ['places', '--json', ...c],
      ['timeline', '--format', 'ndjson', ...c],
      ['quotes', ...c],
      ['compare', '--format', 'html', ...c],
      ['compare', 'reuters-2016-12-22', 'euronews-2016-12-15', ...c],
      ['stories', '--json', ...c],
      ['words', ...c],
      ['keyness', ...c],
      ['naming', ...c],
      ['kwic', 'Aleppo', ...c],
      ['check', '--format', 'github', ...c],
      ['check', '--corpus', BUNDLED],
      ['completion', 'bash'],
      ['help', 'compare'],
    ];
    for (const args of runs) await expectSame(args, 'CLI');
  }, 120_000);

  it('extracts, reduces, imports and makes a corpus from the CLI’s image as from its modules', async () => {
    const report = `${JSON.stringify({ id: 'r1', outlet: 'Reuters', published: '2016-12-22', text: readFileSync(join(BUNDLED, '000_fefbdc379cd161a4.txt'), 'utf8') })}\n`;
    await expectSame(['extract', '--no-cache'], 'extractor', report, true);
    const lines = join(mkdtempSync(join(tmpdir(), 'aleppo-lines-')), 'lines.ndjson');
    writeFileSync(lines, spawnLauncher(['extract'], { input: report }).stdout);
    await expectSame(['compare', '--from', lines, '--json'], 'CLI', undefined, true);
    // import and init write: each side into a directory of its own, then the two compared file by file
    const inputs = mkdtempSync(join(tmpdir(), 'aleppo-inputs-'));
    const page = join(inputs, 'aleppo.html');
    writeFileSync(page, articlePage());
    const note = join(inputs, 'note.md');
    writeFileSync(note, `---\noutlet: Field notes\ndate: 2016-12-16\n---\n# A call with an aid worker\n\n${ARTICLE_PARAGRAPHS[2]}\n\nShe said **more than 6,000 people** had left by Friday.\n`);
    const made = ['launched', 'here'].map(() => join(mkdtempSync(join(tmpdir(), 'aleppo-init-')), 'corpus'));
    const [launched, here] = [spawnLauncher(['init', made[0]!]), await runCli(['init', made[1]!])];
    expect(launched.code).toBe(0);
    expect(here.code).toBe(0);
    const imported = [spawnLauncher(['import', '--corpus', made[0]!, page, note]), await runCli(['import', '--corpus', made[1]!, page, note])];
    expect(imported[0]!.stderr).toBe(imported[1]!.stderr);
    expect(imported[0]!.code).toBe(0);
    const files = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
    expect(files(made[0]!)).toEqual(files(made[1]!));
  }, 60_000);

  it('analyses from the extractor’s image as from its modules, in every analysing command', async () => {
    const corpus = smallCorpus();
    // what each kind of analysis gives: the findings, the report's own counts, the word statistics, the facts lock
    for (const command of [['stats', '--json'], ['compare', '--json'], ['stories'], ['words', '--json'], ['check']]) {
      await expectSame([...command, '--no-cache', '--corpus', corpus], 'extractor');
    }
  }, 120_000);
});
