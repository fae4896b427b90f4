// Data formats for joining: csv and markdown carry full ids, plain numbers and the JSON keys as headings.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/** RFC 4180 rows: quoted fields with doubled quotes, CRLF line ends. */
function parseCsv(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? ''])));
}

async function csv(args: string[]): Promise<{ header: string[]; rows: Array<Record<string, string>> }> {
  const result = await runCli([...args, '--format', 'csv']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return { header: result.stdout.split('\r\n')[0]!.split(','), rows: parseCsv(result.stdout) };
}

const IDS = ['euronews-2016-12-15', 'reuters-2016-12-22', 'inquisitr-2016-12-16', 'mee-2016-12-15', 'ft-2016-12-16'];
const JSON_KEY = /^[a-z][a-zA-Z0-9]*$/;

describe('csv for joining', () => {
  it('figures.csv joins stats.csv on report = id: every figure finds its report, with the same outlet', async () => {
    const stats = await csv(['stats']);
    const figures = await csv(['figures']);
    const byId = new Map(stats.rows.map((r) => [r.id, r]));
    expect([...byId.keys()]).toEqual(IDS);
    expect(figures.rows.length).toBeGreaterThan(20);
    const joined = figures.rows.map((figure) => ({ figure, report: byId.get(figure.report!) }));
    expect(joined.filter((j) => j.report === undefined)).toEqual([]);
    for (const j of joined) expect(j.figure.outlet).toBe(j.report!.outlet);
    // every report's figure count in stats is the number of its rows in figures
    for (const [id, s] of byId) expect(figures.rows.filter((f) => f.report === id).length, id).toBe(Number(s.figures));
  });

  it('figures.csv carries value, low and high as plain numbers, as in --json', async () => {
    const { rows } = await csv(['figures']);
    const json = JSON.parse((await runCli(['figures', '--json'])).stdout) as { figures: Array<{ value: number | null; low: number; high: number | null; text: string }> };
    expect(rows.map((r) => [r.text, r.value === '' ? null : Number(r.value), Number(r.low), r.high === '' ? null : Number(r.high)])).toEqual(
      json.figures.map((f) => [f.text, f.value, f.low, f.high]),
    );
    const unbounded = rows.find((r) => r.high === '')!;
    expect(unbounded.interval).toMatch(/–∞$/); // the display string stays beside the numbers
  });

  it('headings are the JSON keys (or a report id for a per-report column) in every command with a table', async () => {
    for (const args of [['stats'], ['figures'], ['actors'], ['places'], ['timeline'], ['quotes'], ['compare'], ['check'], ['words'], ['keyness'], ['naming'], ['kwic', 'Aleppo']]) {
      const { header } = await csv(args);
      for (const h of header) expect(JSON_KEY.test(h) || IDS.includes(h), `${args[0]}: ${h}`).toBe(true);
    }
  });

  it('actors and places count mentions under each report\'s full id, 0 rather than empty', async () => {
    const { header, rows } = await csv(['actors']);
    expect(header).toEqual(expect.arrayContaining(IDS));
    expect(rows.every((r) => IDS.every((id) => /^\d+$/.test(r[id]!)))).toBe(true);
  });

  it('check.csv gives line and column in columns of their own', async () => {
    const { header } = await csv(['check']);
    expect(header.slice(0, 3)).toEqual(['file', 'line', 'column']);
  });
});

describe('markdown for joining', () => {
  it('uses the csv columns: full ids and JSON keys', async () => {
    const result = await runCli(['figures', '--format', 'markdown']);
    const [head] = result.stdout.split('\n');
    expect(head).toMatch(/^\| report \| outlet \| measure \| subject \| text \|/);
    expect(result.stdout).toContain('| euronews-2016-12-15 |');
  });
});

describe('format usage errors', () => {
  it('--json with another --format is a usage error', async () => {
    const result = await runCli(['figures', '--json', '--format', 'csv']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'aleppo-corpus: error: --json is --format json: it cannot be given with --format csv\n' });
    expect((await runCli(['figures', '--json', '--format', 'json'])).code).toBe(0);
  });

  it('csv of a command without a table is a usage error, not empty output', async () => {
    const result = await runCli(['show', 'reuters-2016-12-22', '--format', 'csv']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'aleppo-corpus: error: show has no table to give as csv (try --format json or markdown)\n' });
  });
});
