// The contract's bad-input table, row by row, against the built command.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, BUNDLED, runCli, tempCorpus, TEST_CACHE_DIR } from '../helpers/cli.js';

const statsJson = (dir: string, extra: string[] = []) => runCli(['stats', '--json', '--corpus', dir, ...extra]);
const stderrLines = (stderr: string) => stderr.split('\n').filter(Boolean);

describe('bad input', () => {
  it('a missing corpus directory: one line naming the path, exit 2', async () => {
    const result = await runCli(['stats', '--corpus', '/no/such/corpus']);
    expect(result.code).toBe(2);
    expect(stderrLines(result.stderr)).toEqual(['aleppo-corpus: error: /no/such/corpus: corpus directory not found']);
    expect(result.stdout).toBe('');
  });

  it('a directory with no reports: one line naming the path, exit 2', async () => {
    const dir = tempCorpus(false);
    const result = await runCli(['stats', '--corpus', dir]);
    expect(result.code).toBe(2);
    expect(stderrLines(result.stderr)).toEqual([`aleppo-corpus: error: ${dir}: no reports (.txt files) in the corpus directory`]);
  });

  const brokenCases: Array<[string, string | Buffer, string]> = [
    ['an empty file', '', 'empty'],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), 'binary'],
  ];
  for (const [name, content, reason] of brokenCases) {
    it(`${name}: a warning naming the file, the other reports still analysed, the totals say one was skipped`, async () => {
      const dir = tempCorpus();
      writeFileSync(join(dir, 'zz-broken.txt'), content);
      const result = await statsJson(dir);
      expect(result.code).toBe(0);
      expect(stderrLines(result.stderr)).toEqual([expect.stringMatching(new RegExp(`^aleppo-corpus: warning: zz-broken\\.txt: skipped \\(${reason}\\): `))]);
      const json = JSON.parse(result.stdout);
      expect(json.reports).toHaveLength(5);
      expect(json.totals.skipped).toBe(1);
      expect(json.skipped).toEqual([expect.objectContaining({ file: 'zz-broken.txt', reason })]);
    });
  }

  it('a Windows-1252 file: read as such, with a warning naming the file; not skipped', async () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'zz-latin.txt'), Buffer.from('A title\n\nThe caf\xe9 owner said 12 people were hurt \x93in the blast\x94 on Monday.\n', 'latin1'));
    const result = await statsJson(dir);
    expect(result.code).toBe(0);
    expect(stderrLines(result.stderr)).toEqual(['aleppo-corpus: warning: zz-latin.txt: not valid UTF-8: read as windows-1252']);
    const json = JSON.parse(result.stdout);
    expect(json.reports).toHaveLength(6);
    expect(json.totals.skipped).toBe(0);
    const figures = JSON.parse((await runCli(['figures', '--json', '--corpus', dir, '--report', 'zz-latin'])).stdout).figures;
    expect(figures.map((f: { value: number; sentence: string }) => [f.value, f.sentence])).toEqual([[12, 'The café owner said 12 people were hurt “in the blast” on Monday.']]);
  });

  it('a report over the size limit is skipped like the others; --max-report-bytes sets the limit', async () => {
    const dir = tempCorpus();
    const result = await statsJson(dir, ['--max-report-bytes', '5000']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    const skippedFiles = json.skipped.map((s: { file: string }) => s.file);
    expect(skippedFiles).toEqual(['001_900818fe0882e21f.txt', '004_fbbc93feda2e0f75.txt']);
    expect(json.reports).toHaveLength(3);
    expect(stderrLines(result.stderr)).toHaveLength(2);
    expect(result.stderr).toMatch(/001_900818fe0882e21f\.txt: skipped \(too-large\): 6201 bytes, over the limit of 5000/);
  });

  it('every report skipped: a warning for each, then one line saying so, exit 2, for streamed and loaded commands', async () => {
    for (const command of [['stats'], ['figures', '--json'], ['words']]) {
      const result = await runCli([...command, '--corpus', BUNDLED, '--max-report-bytes', '100']);
      expect(result.code, command[0]).toBe(2);
      expect(result.stdout).toBe('');
      const lines = stderrLines(result.stderr);
      expect(lines.slice(0, 5).every((l) => /^aleppo-corpus: warning: \S+\.txt: skipped \(too-large\)/.test(l)), command[0]).toBe(true);
      expect(lines.slice(5)).toEqual([`aleppo-corpus: error: ${BUNDLED}: every report was skipped (5 of 5; see the warnings): nothing to analyse`]);
    }
  });

  it('a .txt symlink to a file outside the corpus: skipped with a warning; one inside is read', async () => {
    const dir = tempCorpus();
    const outside = join(mkdtempSync(join(tmpdir(), 'aleppo-outside-')), 'secret.txt');
    writeFileSync(outside, 'Private notes\n\nNothing here belongs in the corpus, officials said.\n');
    symlinkSync(outside, join(dir, 'zz-link.txt'));
    symlinkSync(join(dir, '000_fefbdc379cd161a4.txt'), join(dir, 'zz-inside.txt'));
    const result = await statsJson(dir);
    expect(result.code).toBe(0);
    expect(stderrLines(result.stderr)).toEqual([`aleppo-corpus: warning: zz-link.txt: skipped (unreadable): a symbolic link to ${realpathSync(outside)}, outside the corpus directory`]);
    const json = JSON.parse(result.stdout);
    expect(json.reports.map((r: { id: string }) => r.id)).toContain('zz-inside');
    expect(json.skipped).toEqual([expect.objectContaining({ file: 'zz-link.txt', reason: 'unreadable' })]);
  });

  it('a manifest date that is not a calendar date: a warning in every command, not only check', async () => {
    const dir = tempCorpus();
    const path = join(dir, 'manifest.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"2016-12-22"', '"2016-13-45"'));
    for (const command of [['stats'], ['figures'], ['show', 'reuters-2016-12-22']]) {
      const result = await runCli([...command, '--corpus', dir]);
      expect(result.code, command[0]).toBe(0);
      expect(stderrLines(result.stderr), command[0]).toEqual([
        'aleppo-corpus: warning: manifest.json: entry "reuters-2016-12-22": published "2016-13-45" is not a calendar date YYYY-MM-DD; taken as unknown',
      ]);
    }
  });

  it('--corpus naming a file: says it is a file, exit 2', async () => {
    const file = join(BUNDLED, 'manifest.json');
    const result = await runCli(['stats', '--corpus', file]);
    expect(result.code).toBe(2);
    expect(stderrLines(result.stderr)).toEqual([`aleppo-corpus: error: ${file}: is a file, not a corpus directory (--corpus takes the directory that holds the reports)`]);
  });

  it('a CRLF report with a byte-order mark loads like any other', async () => {
    const dir = tempCorpus(false);
    writeFileSync(join(dir, 'crlf.txt'), '\uFEFFFloods hit the valley\r\n\r\nBy Jane Doe\r\n\r\nThe river rose by two metres overnight, officials said.\r\n');
    const result = await statsJson(dir);
    expect(result.code).toBe(0);
    const [report] = JSON.parse(result.stdout).reports;
    expect(report).toMatchObject({ id: 'crlf', title: 'Floods hit the valley', byline: 'Jane Doe', paragraphs: 1 });
  });

  it('escape sequences and control characters inside a report never reach a terminal raw, and are escaped in JSON', async () => {
    const dir = tempCorpus(false);
    writeFileSync(join(dir, 'esc.txt'), 'Title \u001b[31mred\u001b[0m here\n\nA body line with a bell \u0007 and a C1 \u009b control, said officials.\n');
    const table = await runCli(['show', 'esc', '--corpus', dir], { env: { FORCE_COLOR: '0' } });
    expect(table.code).toBe(0);
    expect(table.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(table.stdout).toContain('\\x1b[31mred');
    const stats = await runCli(['stats', '--corpus', dir]);
    expect(stats.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const json = await runCli(['show', 'esc', '--json', '--corpus', dir]);
    expect(json.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(JSON.parse(json.stdout).reports[0].title).toBe('Title \u001b[31mred\u001b[0m here');
  });

  it('a malformed manifest: one line naming the file, line and column, exit 2', async () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'manifest.json'), '{\n  "reports": [\n    { "id": "a", "file": "000_fefbdc379cd161a4.txt", }\n  ]\n}\n');
    const result = await runCli(['stats', '--corpus', dir]);
    expect(result.code).toBe(2);
    const lines = stderrLines(result.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^aleppo-corpus: error: ${dir}/manifest\\.json: invalid JSON at line 3, column \\d+`));
  });

  it('a malformed gazetteer: one line naming the file and the position, exit 2', async () => {
    const dir = tempCorpus();
    const text = '{"actors": [{"name": "X", "type": "wizard"}]}';
    writeFileSync(join(dir, 'gazetteer.json'), text);
    const result = await runCli(['stats', '--corpus', dir]);
    expect(result.code).toBe(2);
    const column = text.indexOf('"wizard"') + 1;
    expect(stderrLines(result.stderr)).toEqual([
      `aleppo-corpus: error: ${dir}/gazetteer.json: line 1, column ${column}: actors[0].type must be one of person, organisation, state, armed-group, media, unknown`,
    ]);
  });

  it('an unknown command: the usage error with a suggestion, exit 2', async () => {
    const result = await runCli(['stast']);
    expect(result.code).toBe(2);
    expect(stderrLines(result.stderr)).toEqual(["aleppo-corpus: error: unknown command 'stast' (did you mean stats?)"]);
  });

  it('an unknown option and an unknown format: usage errors, exit 2', async () => {
    const option = await runCli(['stats', '--jsno']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/unknown option '--jsno' \(did you mean --json\?\)/);
    const format = await runCli(['stats', '--format', 'yaml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/'yaml' is invalid/);
  });

  it('an unknown report id: a usage error with a suggestion, exit 2', async () => {
    const result = await runCli(['show', 'reuters-2016-12-2']);
    expect(result.code).toBe(2);
    expect(stderrLines(result.stderr)).toEqual(["aleppo-corpus: error: no report with id 'reuters-2016-12-2' (did you mean reuters-2016-12-22?)"]);
  });

  it('stdout closed early (| head): the program ends quietly with exit 0', async () => {
    // Output far larger than a pipe's buffer, so that writing goes on after the reader has gone.
    const dir = tempCorpus(false);
    const paragraph = 'Officials said the river rose again overnight and more homes were flooded in the lower valley.';
    writeFileSync(join(dir, 'long.txt'), `Floods hit the valley\n\n${Array.from({ length: 4000 }, () => paragraph).join('\n\n')}\n`);
    const child = spawn(process.execPath, [BIN, 'show', 'long', '--corpus', dir, '--format', 'markdown'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ALEPPO_CORPUS_CACHE_DIR: TEST_CACHE_DIR },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('never writes into the corpus', async () => {
    const dir = tempCorpus();
    const before = readdirSync(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]);
    await runCli(['stats', '--corpus', dir]);
    await runCli(['show', 'mee-2016-12-15', '--corpus', dir]);
    expect(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')])).toEqual(before);
    rmSync(dir, { recursive: true });
  });
});
