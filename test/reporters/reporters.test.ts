// Each reporter on a small report of our own: layout, escaping, colour only when asked, width respected.
import { describe, expect, it } from 'vitest';
import { decideColor } from '../../src/color.js';
import type { Report, TableView } from '../../src/report/view.js';
import { renderCsv } from '../../src/reporters/csv.js';
import { renderJson } from '../../src/reporters/json.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import { renderNdjson } from '../../src/reporters/ndjson.js';
import { fitWidths, renderTable, textWidth, trimTo, wrap } from '../../src/reporters/table.js';

interface Row {
  id: string;
  note: string | null;
  count: number;
}
const rows: Row[] = [
  { id: 'a', note: 'plain', count: 1200 },
  { id: 'b', note: 'has, "quotes" | pipes\nand a line break', count: 3 },
  { id: 'c', note: null, count: 0 },
];
const table: TableView<Row> = {
  kind: 'table',
  columns: [
    { header: 'id', get: (r) => r.id },
    { header: 'note', get: (r) => r.note, tone: (r) => (r.count > 1000 ? 'diverge' : null) },
    { header: 'count', get: (r) => r.count, align: 'right', isNarrow: true },
  ],
  rows,
  footer: ['total', null, 1203],
};
const report: Report = { command: 'demo', key: 'rows', records: rows, extra: { totals: { count: 1203 } }, views: [table] };

describe('reporters', () => {
  it('json: one envelope with schemaVersion, command, the records under their key, and the extra fields', () => {
    expect(JSON.parse(renderJson(report))).toEqual({ schemaVersion: 1, command: 'demo', rows, totals: { count: 1203 } });
  });

  it('json and ndjson escape DEL and C1 control characters that JSON.stringify leaves raw', () => {
    const odd: Report = { ...report, records: [{ text: 'a\u009bb\u007f' }] };
    expect(renderJson(odd)).toContain('a\\u009bb\\u007f');
    expect(renderNdjson(odd)).toBe('{"text":"a\\u009bb\\u007f"}\n');
  });

  it('ndjson: one record per line', () => {
    const lines = renderNdjson(report).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(rows);
  });

  it('csv: a header row, quoting per RFC 4180, null as an empty cell', () => {
    expect(renderCsv(report)).toBe('id,note,count\r\na,plain,1200\r\nb,"has, ""quotes"" | pipes\nand a line break",3\r\nc,,0\r\n');
  });

  it('markdown: a pipe table with pipes escaped and line breaks folded, the footer in bold', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('| id | note | count |\n| --- | --- | ---: |');
    expect(md).toContain('| b | has, "quotes" \\| pipes and a line break | 3 |');
    expect(md).toContain('| **total** |  | **1203** |');
  });

  it('table: numbers grouped, null as a dash, no escape sequence without colour, colour only when asked', () => {
    const plain = renderTable(report, { color: false, width: 120 });
    expect(plain).toMatch(/a\s+plain\s+1,200/);
    expect(plain).toMatch(/c\s+–\s+0/);
    expect(plain).not.toContain('\u001b');
    const coloured = renderTable(report, { color: true, width: 120 });
    expect(coloured).toContain('\u001b[31mplain');
  });

  it('table: fits the width by wrapping the long text columns', () => {
    const long: Report = { ...report, views: [{ ...table, rows: [{ id: 'x', note: 'word '.repeat(60).trim(), count: 1 }] }] };
    const out = renderTable(long, { color: false, width: 40 });
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    expect(out.split('\n').length).toBeGreaterThan(5);
  });

  it('fitWidths shrinks the widest column first, never below its minimum; null when the minimums do not fit', () => {
    expect(fitWidths([10, 50, 8], [10, 6, 8], 50)).toEqual([10, 28, 8]);
    expect(fitWidths([30, 30], [20, 20], 50)).toEqual([24, 24]);
    expect(fitWidths([10, 50, 8], [10, 40, 8], 50)).toBeNull();
  });

  it('counts terminal columns: wide characters two, combining marks none', () => {
    expect(textWidth('日本語')).toBe(6);
    expect(textWidth('e\u0301')).toBe(1);
    expect(wrap('日本語 日本語', 6)).toEqual(['日本語', '日本語']);
    expect(trimTo('the rebel enclave', 8, 'start')).toBe('…enclave');
    expect(trimTo('the rebel enclave', 8, 'end')).toBe('the reb…');
  });

  it('table: when wrapping is not enough, stacks the stackable column under its row, then leaves out ranked columns', () => {
    interface Claim {
      id: string;
      text: string;
      source: string;
      extra: string;
    }
    const claims: Claim[] = [{ id: 'euronews-2016-12-15', text: 'at least 17 green buses left the city on Thursday', source: 'state television', extra: 'x' }];
    const view: TableView<Claim> = {
      kind: 'table',
      columns: [
        { header: 'id', get: (c) => c.id, isNarrow: true },
        { header: 'claim', get: (c) => c.text, canStack: true },
        { header: 'source', get: (c) => c.source },
        { header: 'extra', get: (c) => c.extra, dropRank: 1 },
      ],
      rows: claims,
    };
    const narrow = (width: number) => renderTable({ command: 'demo', key: 'claims', records: claims, views: [view] }, { color: false, width }).split('\n');
    const at60 = narrow(60);
    expect(at60[0]).toMatch(/^id\s+source\s+extra$/);
    expect(at60).toContain('    at least 17 green buses left the city on Thursday');
    expect(narrow(120)[0]).toMatch(/^id\s+claim\s+source\s+extra$/);
    const at34 = narrow(34);
    expect(at34[0]).toMatch(/^id\s+source$/);
    expect(at34[2]).toMatch(/^euronews-2016-12-15\s+state$/); // the id whole; the source wrapped at a word boundary
    expect(at34.join(' ')).toMatch(/Left out to fit 34 columns: extra/);
    for (const line of at34) expect(textWidth(line)).toBeLessThanOrEqual(34);
  });

  it('wrap cuts words longer than the width', () => {
    expect(wrap('aaaaaaaaaa bb', 4)).toEqual(['aaaa', 'aaaa', 'aa', 'bb']);
  });
});

describe('decideColor', () => {
  it('colours a terminal only, unless --no-color or NO_COLOR; FORCE_COLOR forces it', () => {
    expect(decideColor(true, {}, true)).toBe(true);
    expect(decideColor(true, {}, false)).toBe(false);
    expect(decideColor(false, {}, true)).toBe(false);
    expect(decideColor(true, { NO_COLOR: '1' }, true)).toBe(false);
    expect(decideColor(true, { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(decideColor(true, { FORCE_COLOR: '0' }, true)).toBe(false);
  });
});
