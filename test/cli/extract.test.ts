// The scale-out round trip: `extract` as a streaming map step, `compare --from` as the reduce, against `compare`.
import { Ajv } from 'ajv';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, ROOT, runCli, spawnCli } from '../helpers/cli.js';

interface ManifestRow {
  id: string;
  file: string;
  outlet: string | null;
  published: string | null;
}

/** The bundled corpus as extract's input: one `{"id", "outlet", "published", "text", "file"}` line per report. */
function bundledLines(): string[] {
  const manifest = JSON.parse(readFileSync(join(BUNDLED, 'manifest.json'), 'utf8')) as { reports: ManifestRow[] };
  return manifest.reports.map((r) =>
    JSON.stringify({ id: r.id, outlet: r.outlet, published: r.published, file: r.file, text: readFileSync(join(BUNDLED, r.file), 'utf8') }),
  );
}

const toInput = (lines: string[]): string => lines.map((l) => `${l}\n`).join('');
const outputLines = (stdout: string): string[] => stdout.split('\n').filter((l) => l !== '');

describe('extract | compare --from', async () => {
  const lines = bundledLines();
  const half = Math.ceil(lines.length / 2);
  // the first half through the built command and its worker threads, the second on one thread: both by the built
  // command, since every line carries the version of the code that made it (sources in-process hash otherwise)
  const first = spawnCli(['extract'], { input: toInput(lines.slice(0, half)) });
  const second = spawnCli(['extract', '--jobs', '1'], { input: toInput(lines.slice(half)) });
  const whole = await runCli(['compare', '--json']);

  it('extracts each half on its own, one line per report', async () => {
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(outputLines(first.stdout)).toHaveLength(half);
    expect(outputLines(second.stdout)).toHaveLength(lines.length - half);
  });

  it('compare --from on the concatenated halves equals compare on the whole corpus', async () => {
    expect(whole.code).toBe(0);
    const reduced = await runCli(['compare', '--from', '-', '--json'], { input: first.stdout + second.stdout });
    expect(reduced.stderr).toBe('');
    expect(reduced.code).toBe(0);
    expect(reduced.stdout).toBe(whole.stdout); // byte for byte, though compare --from writes it in pieces
    expect(JSON.parse(reduced.stdout).groups.length).toBeGreaterThan(0);
  });

  it('does not depend on the order the map step finished in', async () => {
    const reduced = await runCli(['compare', '--from', '-', '--json'], { input: second.stdout + first.stdout });
    expect(JSON.parse(reduced.stdout)).toEqual(JSON.parse(whole.stdout));
  });

  it('compare --from FILE A B equals compare A B', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'aleppo-extract-')), 'findings.ndjson');
    writeFileSync(file, first.stdout + second.stdout);
    const pair = ['euronews-2016-12-15', 'mee-2016-12-15'];
    const reduced = await runCli(['compare', '--from', file, ...pair, '--json']);
    expect(reduced.code).toBe(0);
    expect(JSON.parse(reduced.stdout)).toEqual(JSON.parse((await runCli(['compare', ...pair, '--json'])).stdout));
  });

  it('writes lines that validate against schemas/extract.schema.json', async () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'extract.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    for (const line of outputLines(first.stdout + second.stdout)) {
      const record = JSON.parse(line);
      expect(validate(record), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
  });
});

describe('extract on bad input', async () => {
  const lines = bundledLines().slice(0, 3);

  it('reports a malformed line by its number, skips it, goes on, and exits 3', async () => {
    const input = toInput([lines[0]!, '{"id": "broken", "text": ', lines[1]!, '', '{"id": "no-text"}', lines[2]!]);
    const result = await runCli(['extract', '--jobs', '1'], { input });
    expect(result.code).toBe(3);
    const ids = outputLines(result.stdout).map((l) => JSON.parse(l).report.id);
    expect(ids).toEqual(lines.map((l) => JSON.parse(l).id));
    expect(result.stderr).toMatch(/line 2: skipped: not valid JSON/);
    expect(result.stderr).toMatch(/line 5 \(report "no-text"\): skipped: "text" must be a string/);
    expect(result.stderr).not.toMatch(/line 4/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('takes the file name from the id when the line gives none, and infers what the line leaves out', async () => {
    const text = 'Convoy leaves city\n\nBEIRUT, Dec 22 (Reuters) - At least 20 buses left on Thursday, officials said.\n';
    const result = await runCli(['extract', '--jobs', '1'], { input: `${JSON.stringify({ id: 'r1', outlet: null, published: null, text })}\n` });
    expect(result.code).toBe(0);
    const record = JSON.parse(result.stdout);
    expect(record.report.file).toBe('r1.txt');
    expect(record.report.id).toBe('r1');
    expect(record.report.outlet).toBe('Reuters'); // from the dateline
    expect(record.findings.figures.map((f: { measure: string; low: number }) => [f.measure, f.low])).toContainEqual(['buses', 20]);
    expect(record.findings.figures.every((f: { report: string }) => f.report === 'r1')).toBe(true);
  });

  it('gives an empty output for an empty input', async () => {
    const result = await runCli(['extract', '--jobs', '1']);
    expect(result).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('compare --from on bad input', async () => {
  it('names the file and the line of a malformed line, exit 2', async () => {
    const good = (await runCli(['extract', '--jobs', '1'], { input: toInput(bundledLines().slice(0, 1)) })).stdout;
    const result = await runCli(['compare', '--from', '-'], { input: `${good}{"schemaVersion": 1}\n` });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^aleppo-corpus: error: stdin: line 2: "report" must be/);
  });

  it('refuses a report given twice, and a missing file', async () => {
    const good = (await runCli(['extract', '--jobs', '1'], { input: toInput(bundledLines().slice(0, 1)) })).stdout;
    expect((await runCli(['compare', '--from', '-'], { input: good + good })).stderr).toMatch(/line 2: report "[\w-]+" is there twice \(--dedupe accepts byte-identical repeats\) \(first on line 1\)/);
    const missing = await runCli(['compare', '--from', join(ROOT, 'no-such-file.ndjson')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no-such-file\.ndjson: file not found/);
  });
});
