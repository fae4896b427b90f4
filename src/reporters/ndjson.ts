// The ndjson format: the same records as json, one compact JSON object per line.
import { escapeJsonControls } from '../text/sanitize.js';
import type { Report } from '../report/view.js';

export function renderNdjson(report: Report): string {
  return report.records.map((record) => `${escapeJsonControls(JSON.stringify(record))}\n`).join('');
}
