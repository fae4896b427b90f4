// The json and ndjson reporters in pieces: joined, exactly JSON.stringify's text, for any value and at any size.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks, renderJson, stringifyChunks } from '../../src/reporters/json.js';
import { ndjsonChunks, renderNdjson } from '../../src/reporters/ndjson.js';
import type { Report } from '../../src/report/view.js';

const join = (chunks: Iterable<string>): string => [...chunks].join('');

function makeReport(records: unknown[], extra: Record<string, unknown> = {}): Report {
  return { command: 'compare', key: 'groups', records, extra, views: [] };
}

describe('stringifyChunks', () => {
  it('joins to JSON.stringify(value, null, 2) for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(join(stringifyChunks(value))).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out undefined fields and writes undefined array items as null, as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, 1, () => 2], c: { d: undefined }, e: new Date(0), big: Array.from({ length: 300 }, (_, i) => ({ i, u: undefined })) };
    expect(join(stringifyChunks(value))).toBe(JSON.stringify(value, null, 2));
  });

  it('writes a large value in many small pieces, none of them the whole', () => {
    const mentions = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`report-${i}`, i % 3]));
    const value = { coverage: { actors: [{ name: 'Red Cross', mentions }] }, timeline: Array.from({ length: 2000 }, (_, i) => ({ date: '2016-12-15', i })) };
    const chunks = [...stringifyChunks(value)];
    expect(chunks.join('')).toBe(JSON.stringify(value, null, 2));
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(10_000);
  });
});

describe('jsonChunks and ndjsonChunks', () => {
  const report = makeReport([{ id: 'a', text: 'caf\u00e9 \u0085 next' }, { id: 'b' }], { totals: { reports: 2 }, skipped: [] });

  it('join to what renderJson and renderNdjson return, C1 controls escaped', () => {
    expect(join(jsonChunks(report))).toBe(renderJson(report));
    expect(renderJson(report)).toContain('\\u0085');
    expect(renderJson(report)).toBe(`${JSON.stringify({ schemaVersion: 1, command: 'compare', groups: report.records, totals: { reports: 2 }, skipped: [] }, null, 2).replace('\u0085', '\\u0085')}\n`);
    expect(join(ndjsonChunks(report))).toBe(renderNdjson(report));
    expect(renderNdjson(report).split('\n')).toHaveLength(3);
  });
});
