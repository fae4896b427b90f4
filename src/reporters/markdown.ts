// The markdown format: each table view as a GitHub-flavoured pipe table, documents as headed lists.
import { oneLine } from '../text/sanitize.js';
import type { Cell, Report, TableView } from '../report/view.js';

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

function markdownTable(view: TableView): string[] {
  const cell = (value: Cell): string => (value === null ? '' : oneLine(String(value)).replace(/\|/g, '\\|'));
  const rows = view.rows.map((row) => view.columns.map((c) => cell(c.get(row))));
  if (view.footer) rows.push(view.footer.map((value) => (value === null ? '' : `**${cell(value)}**`)));
  return [
    `| ${view.columns.map((c) => cell(c.header)).join(' | ')} |`,
    `| ${view.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ];
}
