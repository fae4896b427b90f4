// The finished report a command hands to a reporter: its records (for json/ndjson) and views (for tables).
// The core computes every value here; reporters only lay them out.

/** What a colour means; the table reporter maps tones to colours, never the other way round. */
export type Tone = 'agree' | 'diverge' | 'changed' | 'single' | 'dim' | 'strong' | 'warn';

export type Cell = string | number | boolean | null;

export interface Column<R> {
  /** The heading in the table. */
  header: string;
  /** The JSON key of the value: the heading in csv and markdown (one style across commands); default `header`. */
  key?: string;
  /** The cell in the table. */
  get: (record: R) => Cell;
  /** The cell in csv and markdown, for joining and computing: full ids, plain numbers; default `get`. */
  value?: (record: R) => Cell;
  /** Shown in the table only (a display string the data formats carry as numbers), or in csv and markdown only. */
  only?: 'table' | 'data';
  align?: 'left' | 'right';
  tone?: (record: R) => Tone | null;
  /** Kept whole when the table must shrink: never wrapped nor cut (ids, short codes, numbers). */
  isNarrow?: boolean;
  /** When the table is too wide for the terminal even wrapped, this column moves under its row, full width. */
  canStack?: boolean;
  /** When the table is too wide even so, columns with a rank are left out, the highest rank first. */
  dropRank?: number;
  /** Cut to the column's width rather than wrapped, keeping the end (`start`) or the beginning (`end`): kwic context. */
  trim?: 'start' | 'end';
}

export interface TableView<R = any> {
  kind: 'table';
  title?: string;
  columns: Array<Column<R>>;
  rows: R[];
  /** A last row set apart (totals), a cell for every column (whichever formats show it), in column order. */
  footer?: Cell[];
  /** Lines printed under the table (e.g. how many reports were skipped). */
  notes?: string[];
}

export interface DocumentLine {
  /** Left margin label (a part kind, a line number). */
  label: string;
  text: string;
  tone?: Tone;
}

export interface DocumentView {
  kind: 'document';
  title?: string;
  sections: Array<{ heading: string; lines: DocumentLine[] }>;
}

export type View = TableView | DocumentView;

export interface Report {
  command: string;
  /** The plural key under which the records sit in JSON (`reports`, `figures`...). */
  key: string;
  records: unknown[];
  /** Other top-level JSON fields (totals, skipped...). */
  extra?: Record<string, unknown>;
  views: View[];
  /** The view whose columns csv and markdown use; defaults to the first table. */
  primary?: TableView;
}

export const SCHEMA_VERSION = 1;

export interface RenderContext {
  color: boolean;
  /** Columns available; tables are fitted to it. */
  width: number;
}

/** The table that csv and markdown take as the report's rows. */
export function primaryTable(report: Report): TableView | undefined {
  return report.primary ?? report.views.find((v): v is TableView => v.kind === 'table');
}

/** Where a column is shown: `table` for a reader at a terminal, `data` for csv and markdown. */
export type ColumnUse = 'table' | 'data';

/** The columns shown for `use`, with their indices in `columns` (to pick the footer's cells). */
export function columnsFor<R>(view: TableView<R>, use: ColumnUse): Array<{ column: Column<R>; index: number }> {
  return view.columns.map((column, index) => ({ column, index })).filter(({ column }) => column.only === undefined || column.only === use);
}

/** A column's heading and cell in csv and markdown. */
export function dataHeader(column: Column<unknown>): string {
  return column.key ?? column.header;
}

export function dataCell<R>(column: Column<R>, record: R): Cell {
  return (column.value ?? column.get)(record);
}
