// The markdown format: each table view as a GitHub-flavoured pipe table of its data columns, documents as headed lists.
import { oneLine } from '../text/sanitize.js';
import { columnsFor, dataCell, dataHeader, type Cell, type Report, type TableView } from '../report/view.js';

export function renderMarkdown(report: Report): string {
  const out: string[] = [];
  for (const view of report.views) {
    if (view.title) out.push(`## ${oneLine(view.title)}`, '');
    if (view.kind === 'table') {
      out.push(...markdownTable(view), '');
      for (const note of view.notes ?? []) out.push(`_${oneLine(note)}_`, '');
    } else {
      for (const section of view.sections) {
        out.push(`### ${oneLine(section.heading)}`, '');
        for (const line of section.lines) out.push(`- **${oneLine(line.label)}** ${oneLine(line.text)}`);
        out.push('');
      }
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** A table's data columns (as csv has them: full ids, plain numbers, JSON keys as headings) and its footer. */
function markdownTable(view: TableView): string[] {
  const cell = (value: Cell): string => (value === null ? '' : oneLine(String(value)).replace(/\|/g, '\\|'));
  const shown = columnsFor(view, 'data');
  const columns = shown.map(({ column }) => column);
  const rows = view.rows.map((row) => columns.map((c) => cell(dataCell(c, row))));
  if (view.footer) rows.push(shown.map(({ index }) => view.footer![index] ?? null).map((value) => (value === null ? '' : `**${cell(value)}**`)));
  return [
    `| ${columns.map((c) => cell(dataHeader(c))).join(' | ')} |`,
    `| ${columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ];
}
