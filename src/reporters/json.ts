// The json format: one object per run, `{"schemaVersion": 1, "command": ..., <key>: [records], ...extra}`.
import { escapeJsonControls } from '../text/sanitize.js';
import { SCHEMA_VERSION, type Report } from '../report/view.js';

export function renderJson(report: Report): string {
  const envelope = { schemaVersion: SCHEMA_VERSION, command: report.command, [report.key]: report.records, ...report.extra };
  return `${escapeJsonControls(JSON.stringify(envelope, null, 2))}\n`;
}
