// The ndjson format: the same records as json, one compact JSON object per line; streamed a record at a time.
import { escapeJsonControls } from '../text/sanitize.js';
import type { Report } from '../report/view.js';

export function renderNdjson(report: Report): string {
  return [...ndjsonChunks(report)].join('');
}

/** The ndjson format one line at a time: joined, the exact text of `renderNdjson`. */
export function* ndjsonChunks(report: Report): Generator<string> {
  for (const record of report.records) yield `${escapeJsonControls(JSON.stringify(record))}\n`;
}
