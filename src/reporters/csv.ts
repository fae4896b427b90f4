// The csv format (RFC 4180): the primary table's data columns (full ids, plain numbers, JSON keys as headings), a
// header row, one row per record; null is an empty cell. No totals row, so that the rows join with other tables.
import { escapeControls } from '../text/sanitize.js';
import { columnsFor, dataCell, dataHeader, primaryTable, type Cell, type Report } from '../report/view.js';

export function renderCsv(report: Report): string {
  const table = primaryTable(report);
  if (!table) return '';
  const columns = columnsFor(table, 'data').map(({ column }) => column);
  const lines = [columns.map((c) => field(dataHeader(c))), ...table.rows.map((row) => columns.map((c) => field(dataCell(c, row))))];
  return lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}

function field(value: Cell): string {
  if (value === null) return '';
  const text = escapeControls(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
