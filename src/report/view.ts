// The finished report a command hands to a reporter: its records (for json/ndjson) and views (for tables).
// The core computes every value here; reporters only lay them out.

/** What a colour means; the table reporter maps tones to colours, never the other way round. */
export type Tone = 'agree' | 'diverge' | 'changed' | 'single' | 'dim' | 'strong' | 'warn';

export type Cell = string | number | null;

export interface Column<R> {
  header: string;
  get: (record: R) => Cell;
  align?: 'left' | 'right';
  tone?: (record: R) => Tone | null;
  /** Kept whole when the table must shrink (short codes, numbers). */
  isNarrow?: boolean;
}

export interface TableView<R = any> {
  kind: 'table';
  title?: string;
  columns: Array<Column<R>>;
  rows: R[];
  /** A last row set apart (totals), cells in column order. */
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
