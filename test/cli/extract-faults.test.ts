// extract and compare --from under an engine: exit codes, traceable warnings, rejects, provenance, repeats, and
// stopping promptly when the reader, the input or the parent goes away. In-process through run(), except what only
// a process shows (exit codes of the binary, a closed pipe, a dead parent).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { BIN, BUNDLED, ROOT, TEST_CACHE_DIR } from '../helpers/cli.js';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process with `input` on stdin, analysing in this thread (the worker pool runs built code). */
async function runIn(argv: string[], input = ''): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run([...argv, '--jobs', '1'], {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: { ALEPPO_CORPUS_CACHE_DIR: TEST_CACHE_DIR },
    isTTY: false,
    stdin: Readable.from([input]),
  });
  return { code, stdout, stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'aleppo-extract-faults-'));

/** A report line for extract: a short text with a dateline and a figure, under `id`. */
function reportLine(id: string, fields: Record<string, unknown> = {}): string {
  const text = `Convoy leaves ${id}\n\nBEIRUT, Dec 22 (Reuters) - At least 20 buses left the city on Thursday, officials said.\n`;
  return JSON.stringify({ id, outlet: 'Reuters', published: '2016-12-22', text, ...fields });
}

const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');
const ids = (stdout: string): string[] => lines(stdout).map((l) => JSON.parse(l).report.id);

describe('extract: exit codes', () => {
  it('exits 0 when every line is read', async () => {
    const result = await runIn(['extract'], `${reportLine('a')}\n${reportLine('b')}\n`);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(ids(result.stdout)).toEqual(['a', 'b']);
  });

  it('exits 2 for a corpus that is not there, before reading any line, and 3 (not 2) for a skipped line', async () => {
    const missing = await runIn(['extract', '--corpus', join(scratch, 'none')], `${reportLine('a')}\n`);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    const skipped = await runIn(['extract'], `${reportLine('a')}\nnot json\n${reportLine('b')}\n`);
    expect(skipped.code).toBe(3);
    expect(ids(skipped.stdout)).toEqual(['a', 'b']);
  });

  it('--on-bad-line fail stops at the first bad line with exit 4, the reports before it written', async () => {
    const result = await runIn(['extract', '--on-bad-line', 'fail'], `${reportLine('a')}\n{"id": "b"}\n${reportLine('c')}\n`);
    expect(result.code).toBe(4);
    expect(ids(result.stdout)).toEqual(['a']);
    expect(result.stderr).toMatch(/stdin line 2 \(report "b"\): stopping: "text" must be a string/);
    expect(result.stderr).not.toMatch(/report "c"/);
  });

  it('refuses an unknown --on-bad-line mode as a usage error', async () => {
    const result = await runIn(['extract', '--on-bad-line', 'ignore'], '');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--on-bad-line <mode>' argument 'ignore' is invalid/);
  });

  it('the binary exits with the same codes a wrapper sees', () => {
    const env = { PATH: process.env.PATH ?? '', ALEPPO_CORPUS_CACHE_DIR: TEST_CACHE_DIR };
    const bad = spawnSync(process.execPath, [BIN, 'extract'], { input: `${reportLine('a')}\nnot json\n`, env, encoding: 'utf8' });
    expect(bad.status).toBe(3);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const usage = spawnSync(process.execPath, [BIN, 'extract', '--corpus', join(scratch, 'none')], { input: '', env, encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });
});

describe('extract: warnings and rejects', () => {
  it('names the line and the report id in each warning', async () => {
    const result = await runIn(['extract'], `${reportLine('a')}\n${JSON.stringify({ id: 'big', text: 7 })}\n`);
    expect(result.stderr).toMatch(/stdin line 2 \(report "big"\): skipped: "text" must be a string/);
  });

  it('warns of a published date that is not a date, and infers it from the text instead', async () => {
    const text = 'Convoy leaves city\n\nDecember 21, 2016\n\nBEIRUT (Reuters) - At least 20 buses left the city, officials said.\n';
    const result = await runIn(['extract'], `${reportLine('a', { published: 'not a date', text })}\n`);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/stdin line 1 \(report "a"\): "published" "not a date" is not a date \(YYYY-MM-DD\)/);
    expect(JSON.parse(result.stdout).report.published).toBe('2016-12-21'); // the dated line, not the input's words
  });

  it('rejects a file that is absolute or climbs out of the corpus, and never echoes it', async () => {
    for (const file of ['../../../etc/passwd', '/etc/passwd', 'a/../../b.txt', 'C:\\x.txt']) {
      const result = await runIn(['extract'], `${reportLine('a', { file })}\n${reportLine('b')}\n`);
      expect(result.code, file).toBe(3);
      expect(ids(result.stdout)).toEqual(['b']);
      expect(result.stdout).not.toContain('passwd');
      expect(result.stderr).toMatch(/stdin line 1 \(report "a"\): skipped: "file" must/);
    }
    const nested = await runIn(['extract'], `${reportLine('a', { file: 'dir/a..b.txt' })}\n`);
    expect(nested.code).toBe(0);
    expect(JSON.parse(nested.stdout).report.file).toBe('dir/a..b.txt');
  });

  it('rejects a repeated id within a stream, naming the first line', async () => {
    const result = await runIn(['extract'], `${reportLine('a')}\n${reportLine('b')}\n${reportLine('a', { outlet: 'AFP' })}\n`);
    expect(result.code).toBe(3);
    expect(ids(result.stdout)).toEqual(['a', 'b']);
    expect(result.stderr).toMatch(/stdin line 3 \(report "a"\): skipped: report "a" is there twice \(first on line 1\)/);
  });

  it('--rejects FILE holds each rejected line with its number, id, reason and the line itself', async () => {
    const rejects = join(scratch, 'rejects.ndjson');
    const bad = '{"id": "b", "text": ';
    const result = await runIn(['extract', '--rejects', rejects], `${reportLine('a')}\n${bad}\n\n${reportLine('a')}\n`);
    expect(result.code).toBe(3);
    const written = lines(readFileSync(rejects, 'utf8')).map((l) => JSON.parse(l));
    expect(written).toHaveLength(2);
    expect(written[0]).toMatchObject({ line: 2, id: null, input: bad });
    expect(written[0].reason).toMatch(/^not valid JSON/);
    expect(written[1]).toMatchObject({ line: 4, id: 'a', input: reportLine('a'), reason: 'report "a" is there twice (first on line 1)' });
    expect(result.stderr).toMatch(/2 of the input lines could not be read and were skipped \(see .*rejects\.ndjson\)/);
  });

  it('--rejects to a path that cannot be written is a configuration error (exit 2), before any output', async () => {
    const result = await runIn(['extract', '--rejects', join(scratch, 'no-dir', 'r.ndjson')], `${reportLine('a')}\n`);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/r\.ndjson: cannot be written \(ENOENT\)/);
  });
});

describe('provenance', () => {
  it('every line says which extractor, gazetteer and measures made it', async () => {
    const result = await runIn(['extract'], `${reportLine('a')}\n${reportLine('b')}\n`);
    const [first, second] = lines(result.stdout).map((l) => JSON.parse(l).provenance);
    expect(first).toEqual(second);
    expect(first.extractor).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{16}$/);
    expect(first.gazetteer).toMatch(/^[0-9a-f]{16}$/);
    expect(first.measures).toMatch(/^[0-9a-f]{16}$/);
  });

  it('a gazetteer edit changes the gazetteer hash, and compare --from refuses the mix naming both', async () => {
    const corpus = mkdtempSync(join(scratch, 'corpus-'));
    const gazetteer = JSON.parse(readFileSync(join(BUNDLED, 'gazetteer.json'), 'utf8'));
    gazetteer.places.push({ name: 'Nowhere Town', type: 'city', aliases: [] });
    writeFileSync(join(corpus, 'gazetteer.json'), JSON.stringify(gazetteer));
    const bundled = await runIn(['extract'], `${reportLine('a')}\n`);
    const edited = await runIn(['extract', '--corpus', corpus], `${reportLine('b')}\n`);
    const [p, q] = [bundled, edited].map((r) => JSON.parse(r.stdout).provenance);
    expect(p.gazetteer).not.toBe(q.gazetteer);
    expect(p.extractor).toBe(q.extractor);
    const mixed = await runIn(['compare', '--from', '-', '--json'], bundled.stdout + edited.stdout);
    expect(mixed.code).toBe(2);
    expect(mixed.stdout).toBe('');
    expect(lines(mixed.stderr)).toHaveLength(1);
    expect(p.measures).toBe(q.measures); // a corpus without measures.json counts with the bundled set
    expect(mixed.stderr).toContain(`line 2: made by extractor ${q.extractor}, gazetteer ${q.gazetteer}, measures ${q.measures}, but line 1 by extractor ${p.extractor}, gazetteer ${p.gazetteer}`);
  });

  it('compare --from refuses lines without provenance mixed with lines that have it', async () => {
    const line = JSON.parse(lines((await runIn(['extract'], `${reportLine('a')}\n`)).stdout)[0]!);
    const old = { ...line, report: { ...line.report, id: 'b' } };
    delete old.provenance;
    const mixed = await runIn(['compare', '--from', '-'], `${JSON.stringify(line)}\n${JSON.stringify(old)}\n`);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/line 2: made by an extract that records no provenance, but line 1 by extractor/);
  });
});

describe('compare --from --dedupe', () => {
  it('accepts byte-identical repeated lines (a partition run twice) and gives the same result as once', async () => {
    const once = (await runIn(['extract'], `${reportLine('a')}\n${reportLine('b')}\n`)).stdout;
    const plain = await runIn(['compare', '--from', '-', '--json'], once);
    const twice = await runIn(['compare', '--from', '-', '--json', '--dedupe'], once + once);
    expect(twice.code).toBe(0);
    expect(twice.stdout).toBe(plain.stdout);
    expect(twice.stderr).toMatch(/2 repeated lines of the same report dropped \(--dedupe\)/);
    const refused = await runIn(['compare', '--from', '-', '--json'], once + once);
    expect(refused.code).toBe(2);
  });

  it('still refuses a repeated report whose lines differ', async () => {
    const a = lines((await runIn(['extract'], `${reportLine('a')}\n`)).stdout)[0]!;
    const changed = a.replace('"outlet":"Reuters"', '"outlet":"AFP"');
    expect(changed).not.toBe(a);
    const result = await runIn(['compare', '--from', '-', '--dedupe'], `${a}\n${changed}\n`);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/line 2: report "a" is there twice, with different content \(first on line 1\)/);
  });
});

describe('compare --from on more findings than the heap holds', () => {
  it('stops with one line saying so (exit 2), not a V8 crash or a stack trace', async () => {
    const extracted = lines((await runIn(['extract'], manyReports(5))).stdout);
    expect(extracted).toHaveLength(5);
    const file = join(scratch, 'too-many.ndjson');
    const copies: string[] = [];
    for (let i = 0; i < 4000; i++) {
      const line = extracted[i % 5]!;
      const id = JSON.parse(line).report.id as string;
      copies.push(line.split(JSON.stringify(id)).join(JSON.stringify(`${id}~${i}`)));
    }
    writeFileSync(file, `${copies.join('\n')}\n`);
    // (not --max-semi-space-size=1 with fewer copies, which would take a quarter of the CPU: under load that process
    // was once killed by V8 before the guard spoke, the guard looking at the heap only every 512 reports)
    const env = { PATH: process.env.PATH ?? '', NODE_OPTIONS: '--max-old-space-size=64' };
    const result = spawnSync(process.execPath, [BIN, 'compare', '--from', file, '--json'], { env, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^aleppo-corpus: error: .*too-many\.ndjson: line \d+: too many findings for one process \(\d+ reports read fill \d+ MB of a \d+ MB heap\): give node more heap \(NODE_OPTIONS=--max-old-space-size=MB\)\n$/);
  }, 60_000);
});

/** `count` report lines of the bundled corpus's reports, renamed so no two ids are equal. */
function manyReports(count: number): string {
  const manifest = JSON.parse(readFileSync(join(BUNDLED, 'manifest.json'), 'utf8')) as { reports: Array<{ id: string; file: string; outlet: string; published: string }> };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = manifest.reports[i % manifest.reports.length]!;
    out.push(JSON.stringify({ id: `${r.id}-${i}`, outlet: r.outlet, published: r.published, text: readFileSync(join(BUNDLED, r.file), 'utf8') }));
  }
  return `${out.join('\n')}\n`;
}

/** Milliseconds until `child` exits, or null after `limit` ms. */
function exitWithin(child: ReturnType<typeof spawn>, limit: number): Promise<{ ms: number; code: number | null } | null> {
  const started = Date.now();
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), limit);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ ms: Date.now() - started, code });
    });
  });
}

describe('extract stops promptly', () => {
  const input = join(scratch, 'many.ndjson');
  writeFileSync(input, manyReports(60)); // about 15 s of work with one worker on this machine
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };

  // one process of the extractor's image, two, and two worker threads (the image turned off)
  for (const [jobs, image] of [['1', 'on'], ['2', 'on'], ['2', 'off']] as const) {
    it(`when its reader closes stdout, with --jobs ${jobs}, the image ${image}: quietly, exit 0`, async () => {
      const child = spawn(process.execPath, [BIN, 'extract', '--no-cache', '--jobs', jobs], { env: { ...env, ALEPPO_CORPUS_IMAGE: image }, stdio: ['pipe', 'pipe', 'pipe'] });
      child.stdin!.end(readFileSync(input));
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += d));
      await new Promise((resolve) => child.stdout!.once('data', resolve)); // the first report is out
      child.stdout!.destroy();
      const exit = await exitWithin(child, 5000);
      if (exit === null) child.kill('SIGKILL');
      expect(exit, 'still running 5 s after stdout closed').not.toBeNull();
      expect(exit!.code).toBe(0);
      expect(stderr).toBe('');
    }, 30_000);
  }

  it('when its parent dies, even with input still to read', async () => {
    // A parent that starts extract (stdout to a file, stdin from the file of reports), says its pid, then waits.
    const output = join(scratch, 'orphan.ndjson');
    const parentScript = `
      const { spawn } = require('node:child_process');
      const fs = require('node:fs');
      const child = spawn(process.execPath, [${JSON.stringify(BIN)}, 'extract', '--no-cache', '--jobs', '1'],
        { stdio: [fs.openSync(${JSON.stringify(input)}, 'r'), fs.openSync(${JSON.stringify(output)}, 'w'), 'pipe'] });
      child.stderr.pipe(process.stderr);
      process.stdout.write(child.pid + '\\n');
      setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['-e', parentScript], { env, cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    const pid = Number(await new Promise<string>((resolve) => parent.stdout!.once('data', (d) => resolve(String(d)))));
    expect(pid).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // extract is at work
    parent.kill('SIGKILL');
    const started = Date.now();
    let alive = true;
    // 10 s: with --jobs 1 the parent is looked for between reports, and a report takes a few times longer on a
    // machine busy with the other test worker; all 60 reports would take far longer (and are checked below)
    while (alive && Date.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      try {
        process.kill(pid, 0);
      } catch {
        alive = false;
      }
    }
    if (alive) process.kill(pid, 'SIGKILL');
    expect(alive, 'extract still running 10 s after its parent died').toBe(false);
    expect(lines(readFileSync(output, 'utf8')).length).toBeLessThan(60);
  }, 30_000);

  it('when its input ends: the reports read are written and it exits, without waiting for more', async () => {
    const child = spawn(process.execPath, [BIN, 'extract', '--no-cache'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stdin!.end(`${reportLine('a')}\n${reportLine('b')}\n`);
    const exit = await exitWithin(child, 15_000);
    expect(exit).not.toBeNull();
    expect(exit!.code).toBe(0);
    expect(ids(stdout)).toEqual(['a', 'b']);
  }, 30_000);
});
