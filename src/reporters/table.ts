// The table format, for a reader at a terminal: cli-table3 tables fitted to the width, documents as labelled lines.
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { oneLine } from '../text/sanitize.js';
import { columnsFor, type Cell, type DocumentView, type RenderContext, type Report, type TableView, type Tone } from '../report/view.js';

const GAP = 2; // one padding space plus the one-space column separator

export function renderTable(report: Report, ctx: RenderContext): string {
  const paint = painter(ctx.color);
  const out: string[] = [];
  for (const view of report.views) {
    if (out.length > 0) out.push('');
    if (view.title) out.push(paint('strong', oneLine(view.title)));
    if (view.kind === 'table') out.push(...tableLines(view, ctx, paint));
    else out.push(...documentLines(view, ctx, paint));
  }
  return `${out.join('\n')}\n`;
}

export type Paint = (tone: Tone | null | undefined, text: string) => string;

export function painter(color: boolean): Paint {
  const chalk: ChalkInstance = new Chalk({ level: color ? 1 : 0 });
  const styles: Record<Tone, (s: string) => string> = {
    agree: chalk.green,
    diverge: chalk.red,
    changed: chalk.yellow,
    single: chalk.dim,
    dim: chalk.dim,
    strong: chalk.bold,
    warn: chalk.yellow,
  };
  return (tone, text) => (tone ? styles[tone](text) : text);
}

function cellText(value: Cell): string {
  return value === null ? '–' : oneLine(typeof value === 'number' ? value.toLocaleString('en-US') : String(value));
}

/** Column widths (without the gap) that fit `width`: long text columns shrink first, never below 6. */
export function fitWidths(natural: number[], narrow: boolean[], width: number): number[] {
  const widths = [...natural];
  const budget = width - GAP * widths.length;
  let excess = widths.reduce((a, b) => a + b, 0) - budget;
  while (excess > 0) {
    const candidates = widths.map((w, i) => (narrow[i] ? -1 : w));
    const widest = Math.max(...candidates);
    if (widest <= 6) break;
    const index = candidates.indexOf(widest);
    widths[index] = widest - 1;
    excess--;
  }
  return widths;
}

function tableLines(all: TableView, ctx: RenderContext, paint: Paint): string[] {
  const shown = columnsFor(all, 'table');
  const view = { ...all, columns: shown.map(({ column }) => column), footer: all.footer && shown.map(({ index }) => all.footer![index] ?? null) };
  const rows = view.rows.map((row) => view.columns.map((c) => cellText(c.get(row))));
  const footer = view.footer?.map(cellText);
  const natural = view.columns.map((c, i) =>
    Math.max(c.header.length, ...rows.map((r) => r[i]!.length), footer ? footer[i]!.length : 0),
  );
  const widths = fitWidths(natural, view.columns.map((c) => c.isNarrow === true), ctx.width);
  const table = new Table({
    head: view.columns.map((c) => paint('strong', c.header)),
    colWidths: widths.map((w) => w + 1),
    colAligns: view.columns.map((c) => c.align ?? 'left'),
    wordWrap: true,
    wrapOnWordBoundary: true,
    chars: {
      top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '',
      'bottom-right': '', left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: ' ',
    },
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 1, compact: true },
  });
  const rule = widths.map((w) => paint('dim', '─'.repeat(w)));
  table.push(rule);
  view.rows.forEach((row, r) => {
    table.push(view.columns.map((c, i) => paint(c.tone?.(row), rows[r]![i]!)));
  });
  if (footer) {
    table.push(rule);
    table.push(footer.map((text) => paint('strong', text)));
  }
  const lines = table.toString().split('\n').map((line) => line.trimEnd());
  for (const note of view.notes ?? []) lines.push(paint('dim', oneLine(note)));
  return lines;
}

function documentLines(view: DocumentView, ctx: RenderContext, paint: Paint): string[] {
  const out: string[] = [];
  const labelWidth = Math.min(12, Math.max(0, ...view.sections.flatMap((s) => s.lines.map((l) => l.label.length))));
  const textWidth = Math.max(20, ctx.width - labelWidth - 2);
  for (const section of view.sections) {
    if (out.length > 0) out.push('');
    out.push(paint('strong', oneLine(section.heading)));
    for (const line of section.lines) {
      const wrapped = wrap(oneLine(line.text), textWidth);
      wrapped.forEach((piece, i) => {
        const label = i === 0 ? oneLine(line.label).slice(0, labelWidth).padEnd(labelWidth) : ' '.repeat(labelWidth);
        out.push(`${paint('dim', label)}  ${paint(line.tone, piece)}`);
      });
    }
  }
  return out;
}

/** Greedy word wrap; a word longer than the width is cut into pieces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    let rest = word;
    while (rest.length > width) {
      if (current) lines.push(current);
      current = '';
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (current === '') current = rest;
    else if (current.length + 1 + rest.length <= width) current += ` ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}
