// The table format, for a reader at a terminal: tables laid out to the width, documents as labelled lines.
// Widths are terminal columns (string-width: wide characters count two, combining marks none).
import { Chalk, type ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import { oneLine } from '../text/sanitize.js';
import { columnsFor, type Cell, type Column, type DocumentView, type RenderContext, type Report, type TableView, type Tone } from '../report/view.js';
import { formatNumber } from '../text/format.js';

/** Spaces between two columns. */
const GAP = 2;
/** A text column is wrapped no narrower than this (or its natural width) before columns are stacked or left out. */
const MIN_TEXT_WIDTH = 12;
/** A word longer than this may be cut when it would make its column wider. */
const MAX_WORD_WIDTH = 30;
/** A stackable column given less than this (and less than its natural width) goes under its row instead. */
const MIN_GRID_TEXT_WIDTH = 20;
/** Indent of a stacked column's text under its row. */
const STACK_INDENT = 4;

export function renderTable(report: Report, ctx: RenderContext): string {
  const paint = painter(ctx.color);
  const out: string[] = [];
  for (const view of report.views) {
    if (out.length > 0) out.push('');
    if (view.title) out.push(...wrap(oneLine(view.title), ctx.width).map((line) => paint('strong', line)));
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
  return value === null ? '–' : oneLine(typeof value === 'number' ? formatNumber(value) : String(value));
}

/** Terminal columns of a text. */
export function textWidth(text: string): number {
  return stringWidth(text);
}

/**
 * Column widths that fit `width` (with GAP between columns), shrinking the widest column that can still shrink,
 * one column at a time, never below its minimum; null when even the minimums do not fit.
 */
export function fitWidths(natural: readonly number[], minimum: readonly number[], width: number): number[] | null {
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) + GAP * Math.max(0, widths.length - 1) - width;
  while (excess > 0) {
    let index = -1;
    widths.forEach((w, i) => {
      if (w > minimum[i]! && (index < 0 || w > widths[index]!)) index = i;
    });
    if (index < 0) return null;
    widths[index]!--;
    excess--;
  }
  return widths;
}

interface Placed<R> {
  column: Column<R>;
  /** Index in the view's columns (for the footer's cells). */
  index: number;
}

interface Layout<R> {
  grid: Array<Placed<R>>;
  widths: number[];
  stacked: Array<Placed<R>>;
  dropped: Array<Placed<R>>;
}

/**
 * How a table fits `width`: wrap the text columns; if that is not enough (or leaves a stackable column cramped),
 * move the stackable columns under their rows; then leave out ranked columns, highest rank first. Ids and numbers
 * (narrow columns) are never cut.
 */
function layout<R>(view: TableView<R>, texts: Map<Column<R>, string[]>, footer: Array<string | null>, width: number): Layout<R> {
  let grid: Array<Placed<R>> = columnsFor(view, 'table');
  const stacked: Array<Placed<R>> = [];
  const dropped: Array<Placed<R>> = [];
  for (;;) {
    const natural = grid.map(({ column, index }) =>
      Math.max(textWidth(column.header), ...texts.get(column)!.map(textWidth), footer[index] ? textWidth(footer[index]!) : 0),
    );
    const minimum = grid.map(({ column }, i) => {
      if (column.isNarrow) return natural[i]!;
      if (column.trim) return Math.min(natural[i]!, MIN_TEXT_WIDTH);
      const longestWord = Math.max(...[column.header, ...texts.get(column)!].flatMap((t) => t.split(' ')).map(textWidth));
      return Math.min(natural[i]!, Math.max(MIN_TEXT_WIDTH, Math.min(longestWord, MAX_WORD_WIDTH)));
    });
    const widths = fitWidths(natural, minimum, width);
    const cramped = widths && grid.find(({ column }, i) => column.canStack && widths[i]! < Math.min(natural[i]!, MIN_GRID_TEXT_WIDTH));
    if (widths && !cramped) return { grid, widths, stacked, dropped };
    const stackable = cramped || grid.find(({ column }) => column.canStack);
    const droppable = grid.filter(({ column }) => column.dropRank !== undefined).sort((a, b) => b.column.dropRank! - a.column.dropRank!)[0];
    const moved = stackable ?? droppable;
    if (!moved) return { grid, widths: minimum, stacked, dropped };
    (moved === stackable ? stacked : dropped).push(moved);
    grid = grid.filter((placed) => placed !== moved);
  }
}

function tableLines<R>(view: TableView<R>, ctx: RenderContext, paint: Paint): string[] {
  const shown = columnsFor(view, 'table');
  const texts = new Map(shown.map(({ column }) => [column, view.rows.map((row) => cellText(column.get(row)))]));
  const footer = view.columns.map((_, i) => (view.footer ? cellText(view.footer[i] ?? null) : null));
  const { grid, widths, stacked, dropped } = layout(view, texts, footer, ctx.width);
  const lines: string[] = [];
  const pushRow = (cells: string[][], tones: Array<Tone | null | undefined>): void => {
    const height = Math.max(1, ...cells.map((c) => c.length));
    for (let line = 0; line < height; line++) {
      const parts = grid.map(({ column }, i) => {
        const text = cells[i]![line] ?? '';
        const pad = ' '.repeat(Math.max(0, widths[i]! - textWidth(text)));
        const painted = text === '' ? '' : paint(tones[i], text);
        return column.align === 'right' ? pad + painted : painted + pad;
      });
      lines.push(parts.join(' '.repeat(GAP)).trimEnd());
    }
  };
  const cellLines = (column: Column<R>, text: string, w: number): string[] => (column.trim ? [trimTo(text, w, column.trim)] : wrap(text, w));
  pushRow(
    grid.map(({ column }, i) => wrap(column.header, widths[i]!)),
    grid.map(() => 'strong'),
  );
  const rule = (): void => pushRow(widths.map((w) => ['─'.repeat(w)]), widths.map(() => 'dim'));
  rule();
  view.rows.forEach((row, r) => {
    pushRow(
      grid.map(({ column }, i) => cellLines(column, texts.get(column)![r]!, widths[i]!)),
      grid.map(({ column }) => column.tone?.(row)),
    );
    for (const { column } of stacked) {
      const value = column.get(row);
      if (value === null || value === '') continue;
      for (const piece of wrap(cellText(value), Math.max(MIN_TEXT_WIDTH, ctx.width - STACK_INDENT))) {
        lines.push(`${' '.repeat(STACK_INDENT)}${paint(column.tone?.(row), piece)}`);
      }
    }
  });
  if (view.footer) {
    rule();
    pushRow(
      grid.map(({ index }, i) => wrap(footer[index] ?? '', widths[i]!)),
      grid.map(() => 'strong'),
    );
  }
  const notes = [...(view.notes ?? [])];
  if (dropped.length > 0) {
    notes.push(`Left out to fit ${ctx.width} columns: ${dropped.map(({ column }) => column.header).join(', ')} (a wider terminal or COLUMNS shows them; --format csv has every column).`);
  }
  for (const note of notes) lines.push(...wrap(oneLine(note), ctx.width).map((piece) => paint('dim', piece)));
  return lines;
}

function documentLines(view: DocumentView, ctx: RenderContext, paint: Paint): string[] {
  const out: string[] = [];
  const labelWidth = Math.min(12, Math.max(0, ...view.sections.flatMap((s) => s.lines.map((l) => textWidth(l.label)))));
  const bodyWidth = Math.max(20, ctx.width - labelWidth - 2);
  for (const section of view.sections) {
    if (out.length > 0) out.push('');
    out.push(paint('strong', oneLine(section.heading)));
    for (const line of section.lines) {
      const wrapped = wrap(oneLine(line.text), bodyWidth);
      wrapped.forEach((piece, i) => {
        const label = i === 0 ? padTo(trimTo(oneLine(line.label), labelWidth, 'end', ''), labelWidth) : ' '.repeat(labelWidth);
        out.push(`${paint('dim', label)}  ${paint(line.tone, piece)}`);
      });
    }
  }
  return out;
}

function padTo(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

/** The first (`end`) or last (`start`) characters of `text` that fit `width` columns, an ellipsis marking the cut. */
export function trimTo(text: string, width: number, cut: 'start' | 'end', mark = '…'): string {
  if (textWidth(text) <= width) return text;
  const room = Math.max(0, width - textWidth(mark));
  const chars = [...text];
  if (cut === 'end') return takeWidth(chars, room).join('') + mark;
  return mark + takeWidth(chars.reverse(), room).reverse().join('');
}

/** The leading characters of `chars` that fit `width` columns. */
function takeWidth(chars: string[], width: number): string[] {
  const taken: string[] = [];
  let used = 0;
  for (const char of chars) {
    const w = textWidth(char);
    if (used + w > width) break;
    taken.push(char);
    used += w;
  }
  return taken;
}

/** Greedy word wrap to `width` terminal columns; only a word wider than the width is cut into pieces. */
export function wrap(text: string, width: number): string[] {
  const size = Math.max(1, width);
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    let rest = [...word];
    while (textWidth(rest.join('')) > size) {
      if (current) lines.push(current);
      current = '';
      const piece = takeWidth(rest, size);
      const taken = piece.length > 0 ? piece : rest.slice(0, 1);
      lines.push(taken.join(''));
      rest = rest.slice(taken.length);
    }
    const last = rest.join('');
    if (current === '') current = last;
    else if (textWidth(current) + 1 + textWidth(last) <= size) current += ` ${last}`;
    else {
      lines.push(current);
      current = last;
    }
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}
