// The csv format (RFC 4180): the primary table's columns, a header row, one row per record; null is an empty cell.
import { escapeControls } from '../text/sanitize.js';
import { primaryTable, type Cell, type Report } from '../report/view.js';

export function renderCsv(report: Report): string {
  const table = primaryTable(report);
  if (!table) return '';
  const lines = [table.columns.map((c) => field(c.header)), ...table.rows.map((row) => table.columns.map((c) => field(c.get(row))))];
  return lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}

function field(value: Cell): string {
  if (value === null) return '';
  const text = escapeControls(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
