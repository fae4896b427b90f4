// Property tests of the output: whatever control characters or ANSI escapes a report holds, no reporter writes one raw.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/corpus/article.js';
import { parseGazetteer } from '../../src/corpus/gazetteer.js';
import { extractArticle } from '../../src/extract/index.js';
import { buildShowReport, showMarks } from '../../src/report/show.js';
import { reportCounts } from '../../src/report/counts.js';
import { buildStatsReport, countFindings, statsRecord } from '../../src/report/stats.js';
import type { Report } from '../../src/report/view.js';
import { renderCsv } from '../../src/reporters/csv.js';
import { renderJson } from '../../src/reporters/json.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import { renderNdjson } from '../../src/reporters/ndjson.js';
import { renderTable } from '../../src/reporters/table.js';
import type { ManifestEntry, SkippedReport } from '../../src/types.js';

/** C0 controls but tab and newline, DEL, C1 controls: what must never be written raw. */
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/** The colour codes the table reporter itself writes when colour is on. */
const SGR = /\u001b\[[0-9;]*m/g;

const CORPUS = new URL('../../corpus/', import.meta.url);
const LINES = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(new URL(f, CORPUS), 'utf8').split('\n'))
  .filter((l) => l.trim());
const GAZETTEER = parseGazetteer(readFileSync(new URL('gazetteer.json', CORPUS), 'utf8'), 'gazetteer.json');

const control = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u001b[31m', '\u001b[2J', '\u001b]0;title\u0007', '\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\', '\u009b1m', '\r', '\r\n', '\b\b\b'),
);
/** Text of real report lines and arbitrary strings with control characters and escape sequences spliced in. */
const dirty = fc
  .array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...LINES) }, control, fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(' ', '\n', '\n\n')), {
    maxLength: 40,
  })
  .map((p) => p.join(''));
const shortDirty = fc.array(fc.oneof(control, fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 4 }).map((p) => p.join(''));

const input = fc.record({
  text: dirty,
  file: fc.oneof(fc.constant('report.txt'), shortDirty.map((s) => `${s}.txt`)),
  entry: fc.option(
    fc.record({
      id: shortDirty,
      outlet: fc.option(shortDirty),
      published: fc.option(fc.oneof(fc.constant('2016-12-15'), shortDirty)),
      byline: fc.option(shortDirty),
      url: fc.option(shortDirty),
      notes: fc.option(shortDirty),
    }),
  ),
  skippedMessage: shortDirty,
});
type Generated = typeof input extends fc.Arbitrary<infer T> ? T : never;

/** The show and stats reports of one generated report, as the show and stats commands build them. */
function reportsOf({ text, file, entry, skippedMessage }: Generated): Report[] {
  const manifestEntry: ManifestEntry | null = entry ? { ...entry, file } : null;
  const article = buildArticle(file, text, manifestEntry);
  const findings = extractArticle(article, GAZETTEER);
  const skipped: SkippedReport[] = [{ file, reason: 'binary', message: skippedMessage }];
  return [buildShowReport(article, showMarks(findings)), buildStatsReport([statsRecord(article, reportCounts(article), countFindings(findings))], skipped)];
}

function expectNoRawControl(output: string): void {
  const hit = RAW_CONTROL.exec(output);
  if (hit) expect.fail(`raw U+${hit[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${hit.index}: ${JSON.stringify(output.slice(Math.max(0, hit.index - 30), hit.index + 30))}`);
}

// Each run extracts and renders a generated report in every format: 25 runs keep the file near a second.
const RUNS = { numRuns: 25 };

describe('reporters on reports full of control characters', () => {
  it('table (80 and 120 columns, with and without colour), markdown and csv carry no raw control character', () => {
    fc.assert(
      fc.property(input, (generated) => {
        for (const report of reportsOf(generated)) {
          for (const width of [80, 120]) {
            expectNoRawControl(renderTable(report, { color: false, width }));
            expectNoRawControl(renderTable(report, { color: true, width }).replace(SGR, ''));
          }
          expectNoRawControl(renderMarkdown(report));
          // CSV ends its records with CRLF (RFC 4180): that pair is the format's, any other CR would be the report's
          expectNoRawControl(renderCsv(report).replace(/\r\n/g, '\n'));
        }
      }),
      RUNS,
    );
  });

  it('json and ndjson parse, carry none raw, and give back the text as it was', () => {
    fc.assert(
      fc.property(input, (generated) => {
        const [show, stats] = reportsOf(generated) as [Report, Report];
        for (const report of [show, stats]) {
          const json = renderJson(report);
          expectNoRawControl(json);
          expect(JSON.parse(json)).toMatchObject({ schemaVersion: 1 });
          const ndjson = renderNdjson(report);
          expectNoRawControl(ndjson);
          for (const line of ndjson.split('\n').filter(Boolean)) JSON.parse(line);
        }
        // escaping is lossless: the parsed parts hold the file's characters exactly
        const parsed = JSON.parse(renderJson(show)) as { reports: Array<{ parts: Array<{ text: string }> }> };
        expect(parsed.reports[0]!.parts.map((p) => p.text)).toEqual((show.records[0] as { parts: Array<{ text: string }> }).parts.map((p) => p.text));
      }),
      RUNS,
    );
  });
});
