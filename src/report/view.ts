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
  /** The version of this command's JSON shape, when it is not SCHEMA_VERSION (a command whose shape changed). */
  schemaVersion?: number;
  /** The plural key under which the records sit in JSON (`reports`, `figures`...). */
  key: string;
  records: unknown[];
  /** Other top-level JSON fields (totals, skipped...). */
  extra?: Record<string, unknown>;
  views: View[];
  /** The view whose columns csv and markdown use; defaults to the first table. */
  primary?: TableView;
  /** The page the html format lays out, built when asked for (only compare and show have one). */
  page?: () => Page;
}

// ---- pages: what the html format lays out, every word, number and position computed here ------------------

export type Page = ComparePage | ShowPage;

/** `compare` as a brief: a section per story (or per side of `compare A B`), a row of range bars per figure group. */
export interface ComparePage {
  kind: 'compare';
  title: string;
  /** `12 figure groups: 3 agree, 2 diverge, ...`. */
  summary: string;
  /** How to read the bars and the verdicts, one sentence each. */
  legend: string[];
  sections: PageSection[];
}

export interface PageSection {
  /** Unique on the page (an HTML anchor): the story id, or the side of a pair. */
  id: string;
  heading: string;
  /** Lines under the heading: the story's days and places, a pair's summary of who disagrees with whom. */
  notes: string[];
  /** The reports the section draws on, in corpus order. */
  reports: PageReport[];
  groups: PageGroup[];
}

export interface PageReport {
  id: string;
  outlet: string | null;
  /** Path relative to the corpus directory; null when not known (compare --from an extract without it). */
  file: string | null;
}

export interface PageGroup {
  id: string;
  /** What is counted, in words: `Ambulances`. */
  measure: string;
  /** What the group counts and its reconciled estimate (see groupLabel). */
  label: string;
  /** The latest day the claims describe (ISO), or null when undated. */
  day: string | null;
  verdict: 'agree' | 'diverge' | 'changed' | 'single';
  /** The verdict in words: `diverge, spread ×1.3`, `changed 6,000 → 34,000`. */
  verdictText: string;
  /** The ends of the group's scale in words (`0–13`, `log 900–5,000`) and its marks. */
  scale: { text: string; isLog: boolean; ticks: PageTick[] };
  claims: PageClaim[];
}

export interface PageTick {
  /** Position on the bar, 0 (left end) to 1 (right end). */
  at: number;
  label: string;
}

export interface PageClaim {
  report: string;
  outlet: string | null;
  claimant: string | null;
  /** The ISO day the claim describes, or null. */
  date: string | null;
  /** The words as written, and their sentence. */
  text: string;
  sentence: string;
  /** Where in the report: title, standfirst, body, caption, embed. */
  part: string;
  /** The interval the words allow, in words: `17–∞`, `900–1,100`. */
  interval: string;
  file: string | null;
  /** 1-based line of the words in the file; null when the text was not at hand. */
  line: number | null;
  /** What the claim is in its group, in words (`outlier`, `context`, `step 1`), or null for a judged claim that is kept. */
  role: string | null;
  /** Its colour's meaning: only outliers are `diverge`; null for plain ink. */
  tone: Tone | null;
  bar: PageBar;
}

/** An interval on its group's scale, as fractions of the bar's length (0 the left end, 1 the right end). */
export interface PageBar {
  from: number;
  to: number;
  /** Where the stated number is, or null (a vague count, a value outside its interval). */
  value: number | null;
  /** No upper bound: the bar runs off the right end. */
  isOpenHigh: boolean;
  /** The interval ends beyond the scale's largest value (a vague count beside stated numbers): it runs off the right end too. */
  isAboveScale: boolean;
  /** The interval starts below the scale's smallest value (a log scale's): it runs off the left end. */
  isBelowScale: boolean;
}

/** `show ID` as a page: the cleaned report with its extractions marked, then what was set aside. */
export interface ShowPage {
  kind: 'show';
  title: string;
  /** Label and value: file, outlet, published, byline, dateline. */
  meta: Array<{ label: string; value: string }>;
  /** The kinds of marks on the page, each with what it means, in the order they nest (outermost first). */
  markKinds: Array<{ kind: MarkKind; label: string }>;
  sections: Array<{ heading: string; isSetAside: boolean; parts: PagePart[] }>;
}

export type MarkKind = 'quote' | 'actor' | 'place' | 'figure' | 'date';

export interface PagePart {
  kind: string;
  /** 1-based line of the part in the file. */
  line: number;
  /** The loader rule that set it aside (set-aside parts only), else null. */
  rule: string | null;
  /** The text cut where marks begin and end; each piece with the marks covering it, outermost first. */
  segments: Array<{ text: string; marks: Array<{ kind: MarkKind; label: string }> }>;
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
