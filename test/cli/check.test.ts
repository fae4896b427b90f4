// `check` end to end on temporary copies of the corpus: facts changes, lint errors, --update, formats, exit codes, no writes.
import { Ajv } from 'ajv';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, closeSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProblemRecord } from '../../src/report/check.js';
import { annotation, escapeData, escapeProperty, renderGithub } from '../../src/reporters/github.js';
import { BIN, BUNDLED, ROOT, runCli, tempCorpus, TEST_CACHE_DIR } from '../helpers/cli.js';

const REUTERS = '001_900818fe0882e21f.txt';
const ENV = { NO_COLOR: '1' };

/** Replaces the first `from` in a corpus file with `to`; the file must contain it. */
function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  chmodSync(path, 0o644);
  writeFileSync(path, text.replace(from, to));
}

/** sha256 of every file in the directory, by name. */
function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) out[name] = createHash('sha256').update(readFileSync(join(dir, name))).digest('hex');
  return out;
}

/** A temporary copy of the bundled corpus whose facts lock is fresh for the extractor as built. */
async function lockedCorpus(): Promise<string> {
  const dir = tempCorpus();
  const update = await runCli(['check', '--corpus', dir, '--update'], { env: ENV });
  expect(update.code, update.stdout + update.stderr).toBe(0);
  return dir;
}

interface CheckJson {
  problems: ProblemRecord[];
  summary: { errors: number; passed: boolean; factsChanged: number; isLockWritten: boolean };
  changes: Array<{ message: string; line: number | null }>;
}

async function checkJson(dir: string, extra: string[] = []): Promise<{ code: number | null; json: CheckJson }> {
  const result = await runCli(['check', '--corpus', dir, '--json', ...extra], { env: ENV });
  return { code: result.code, json: JSON.parse(result.stdout) as CheckJson };
}

describe('check on the bundled corpus', () => {
  it('passes (exit 0): no unaccepted error, and the facts are those locked', async () => {
    const result = await runCli(['check'], { env: ENV });
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/check passed\.\n$/);
    expect(result.stdout).not.toMatch(/\u001b\[/);
    expect(result.stderr).toBe('');
  });

  it('prints JSON that validates against schemas/check.schema.json', async () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'check.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const dir = await lockedCorpus();
    edit(dir, REUTERS, '34,000', '43,000');
    for (const args of [['check'], ['check', '--corpus', dir]]) {
      const result = await runCli([...args, '--json'], { env: ENV });
      const output = JSON.parse(result.stdout);
      expect(validate(output), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(output.command).toBe('check');
    }
  });
});

describe('check on an edited copy of the corpus', () => {
  it('fails with exit 1 when a figure changes, naming both numbers and the line; --update records it, then check passes', async () => {
    const dir = await lockedCorpus();
    edit(dir, REUTERS, 'At least 34,000 people', 'At least 43,000 people');
    const table = await runCli(['check', '--corpus', dir], { env: ENV });
    expect(table.code).toBe(1);
    // the message as one text, however the table wraps it
    expect(table.stdout.replace(/\s+/g, ' ')).toContain('Reuters: evacuees at least 34,000 -> at least 43,000 (line 18)');
    expect(table.stdout).toContain('facts-changed');
    expect(table.stdout).toMatch(/check failed\.\n$/);

    const { code, json } = await checkJson(dir);
    expect(code).toBe(1);
    const facts = json.problems.filter((p) => p.rule === 'facts-changed');
    expect(facts).toEqual([
      expect.objectContaining({ severity: 'error', file: REUTERS, line: 18, accepted: false, message: 'Reuters: evacuees at least 34,000 -> at least 43,000 (line 18)' }),
    ]);

    const update = await checkJson(dir, ['--update']);
    expect(update.code).toBe(0);
    expect(update.json.summary).toMatchObject({ passed: true, factsChanged: 1, isLockWritten: true });
    expect(readFileSync(join(dir, 'facts.lock.json'), 'utf8')).toContain('"value": 43000');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    const after = await runCli(['check', '--corpus', dir], { env: ENV });
    expect(after.code, after.stdout).toBe(0);
  });

  it('fails with the HTML rule id when `</a></p>&mdash;` is inserted into a body paragraph, at its line', async () => {
    const dir = await lockedCorpus();
    edit(dir, REUTERS, 'a media unit run by', 'a media unit</a></p>&mdash; run by');
    const result = await runCli(['check', '--corpus', dir], { env: ENV });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('html-residue ');
    const { json } = await checkJson(dir);
    const html = json.problems.filter((p) => p.rule === 'html-residue');
    expect(html).toHaveLength(1);
    expect(html[0]).toMatchObject({ severity: 'error', file: REUTERS, line: 12, accepted: false });
    expect(html[0]?.message).toContain('</a> </p> &mdash;');
  });

  it('flags a copy of a report with one paragraph changed as a near-duplicate', async () => {
    const dir = await lockedCorpus();
    const text = readFileSync(join(dir, REUTERS), 'utf8');
    const paragraph = text.split('\n')[5] as string;
    writeFileSync(join(dir, '005_copy.txt'), text.replace(paragraph, 'An entirely different paragraph written for this test, with other words in it.'));
    const { code, json } = await checkJson(dir);
    expect(code).toBe(1);
    const duplicate = json.problems.filter((p) => p.rule === 'near-duplicate');
    expect(duplicate).toEqual([expect.objectContaining({ severity: 'error', file: '005_copy.txt' })]);
    expect(duplicate[0]?.message).toContain(`near-duplicate of ${REUTERS}`);
    expect(json.changes.some((c) => c.message.includes('new report, not in facts.lock.json'))).toBe(true);
  });

  it('leaves every file byte-identical without --update, whatever the format', async () => {
    const dir = await lockedCorpus();
    edit(dir, REUTERS, '34,000', '43,000');
    edit(dir, REUTERS, 'a media unit run by', 'a media unit</a></p>&mdash; run by');
    const before = hashes(dir);
    for (const format of ['table', 'json', 'github']) {
      expect((await runCli(['check', '--corpus', dir, '--format', format], { env: ENV })).code).toBe(1);
    }
    expect(hashes(dir)).toEqual(before);
  });

  it('does not rewrite an up-to-date lock under --update', async () => {
    const dir = await lockedCorpus();
    const before = hashes(dir);
    const { code, json } = await checkJson(dir, ['--update']);
    expect(code).toBe(0);
    expect(json.summary.isLockWritten).toBe(false);
    expect(hashes(dir)).toEqual(before);
  });

  it('exits 1 on problems when stdout is a file, as when it is a pipe', async () => {
    const dir = await lockedCorpus();
    edit(dir, REUTERS, '34,000', '43,000');
    const out = join(tempCorpus(false), 'out.txt');
    for (const format of ['table', 'json', 'github']) {
      const fd = openSync(out, 'w');
      const result = spawnSync(process.execPath, [BIN, 'check', '--corpus', dir, '--format', format], { stdio: ['ignore', fd, 'pipe'], env: { PATH: process.env.PATH ?? '', ALEPPO_CORPUS_CACHE_DIR: TEST_CACHE_DIR } });
      closeSync(fd);
      expect(result.status).toBe(1);
      expect(readFileSync(out, 'utf8')).toContain('43,000');
    }
  });
});

describe('check --format github', () => {
  it('prints one ::error line per unaccepted error problem, with file and line, and passes accepted ones over', async () => {
    const dir = await lockedCorpus();
    edit(dir, REUTERS, 'At least 34,000 people', 'At least 43,000 people');
    edit(dir, REUTERS, 'a media unit run by', 'a media unit</a></p>&mdash; run by');
    const { json } = await checkJson(dir);
    const errors = json.problems.filter((p) => p.severity === 'error' && !p.accepted);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    const result = await runCli(['check', '--corpus', dir, '--format', 'github'], { env: ENV });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    const annotations = lines.filter((line) => line.startsWith('::error '));
    expect(annotations).toHaveLength(errors.length);
    for (const line of annotations) expect(line).toMatch(/^::error file=[^,]+001_900818fe0882e21f\.txt,line=\d+(,col=\d+)?,title=[a-z-]+::/);
    expect(annotations).toContain(`::error file=${join(dir, REUTERS)},line=18,title=facts-changed::Reuters: evacuees at least 34,000 -> at least 43,000 (line 18)`);
    expect(annotations.some((line) => /,line=12,col=\d+,title=html-residue::/.test(line))).toBe(true);
    expect(lines.filter((line) => line.includes('html-residue-set-aside'))).toEqual([]); // accepted in corpus/accepted.json
    expect(lines.at(-1)).toMatch(/^aleppo-corpus check failed: 5 report\(s\), \d+ error\(s\)/);
  });

  it('is a usage error for a command other than check', async () => {
    const result = await runCli(['stats', '--format', 'github'], { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^aleppo-corpus: error: --format github prints check's problems .*'stats' has none/);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });
});

describe('check: bad input', () => {
  it('exits 2 naming accepted.json, line and column when it is malformed', async () => {
    const dir = await lockedCorpus();
    writeFileSync(join(dir, 'accepted.json'), '{\n  "accepted": [\n    { "rule": "mojibake", "file": "a.txt" }\n  ]\n}\n');
    const result = await runCli(['check', '--corpus', dir], { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('aleppo-corpus: error: accepted.json: line 3, column 5: accepted[0].reason is required\n');
  });

  it('exits 2 on a malformed lock, which --update rewrites', async () => {
    const dir = await lockedCorpus();
    writeFileSync(join(dir, 'facts.lock.json'), '{\n  "lockVersion": 1,\n  "reports": [\n');
    const result = await runCli(['check', '--corpus', dir], { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^aleppo-corpus: error: facts\.lock\.json: invalid JSON at line \d+, column \d+/);
    expect((await runCli(['check', '--corpus', dir, '--update'], { env: ENV })).code).toBe(0);
    expect((await runCli(['check', '--corpus', dir], { env: ENV })).code).toBe(0);
  });

  it('refuses --report (check covers the whole corpus)', async () => {
    const result = await runCli(['check', '--report', 'reuters-2016-12-22'], { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--report does not apply/);
  });

  it('exits 2 on an empty lock: malformed, not missing', async () => {
    const dir = await lockedCorpus();
    writeFileSync(join(dir, 'facts.lock.json'), '');
    const result = await runCli(['check', '--corpus', dir], { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^aleppo-corpus: error: facts\.lock\.json: invalid JSON/);
  });

  it('warns, and passes, on a corpus with no lock', async () => {
    const dir = tempCorpus(false);
    for (const name of readdirSync(BUNDLED).filter((n) => n !== 'facts.lock.json')) writeFileSync(join(dir, name), readFileSync(join(BUNDLED, name)));
    const { code, json } = await checkJson(dir);
    expect(code).toBe(0);
    expect(json.problems).toContainEqual(expect.objectContaining({ rule: 'facts-lock-missing', severity: 'warning', file: 'facts.lock.json', line: null }));
    expect(json.summary.passed).toBe(true);
  });
});

describe('the github reporter', () => {
  const record = (overrides: Partial<ProblemRecord> = {}): ProblemRecord => ({
    rule: 'html-residue',
    severity: 'error',
    file: 'a.txt',
    path: 'corpus/a.txt',
    line: 3,
    column: 7,
    message: 'HTML: 100% </a>',
    accepted: false,
    reason: null,
    ...overrides,
  });

  it("escapes messages and properties by GitHub's rules", async () => {
    expect(escapeData('50%\r\nnext')).toBe('50%25%0D%0Anext');
    expect(escapeProperty('dir,with:odd%/a.txt')).toBe('dir%2Cwith%3Aodd%25/a.txt');
    expect(escapeData('esc \u001b[31m')).toBe('esc \\x1b[31m');
    expect(annotation(record({ path: 'c,d:e.txt', message: 'two\nlines' }))).toBe('::error file=c%2Cd%3Ae.txt,line=3,col=7,title=html-residue::two%0Alines');
  });

  it('leaves out line and column when unknown, uses ::warning for warnings, and skips accepted problems', async () => {
    expect(annotation(record({ line: null, column: null, severity: 'warning' }))).toBe('::warning file=corpus/a.txt,title=html-residue::HTML: 100%25 </a>');
    expect(annotation(record({ column: null }))).toBe('::error file=corpus/a.txt,line=3,title=html-residue::HTML: 100%25 </a>');
    expect(annotation(record({ accepted: true, reason: 'known' }))).toBeNull();
    const report = { command: 'check', key: 'problems', records: [record(), record({ accepted: true })], views: [] };
    expect(renderGithub(report)).toBe('::error file=corpus/a.txt,line=3,col=7,title=html-residue::HTML: 100%25 </a>\n');
  });
});
