// The `stats` report: one row per report (size, structure, findings counted), a totals row, what was skipped.
import type { ArticleFindings } from '../extract/index.js';
import type { WordStats } from '../language/word-stats.js';
import type { SkippedReport } from '../types.js';
import type { ReadingCounts } from './reading.js';
import type { Report, TableView } from './view.js';

/** Counts that come from the extractor, per report. */
export interface FindingCounts {
  quotes: number;
  figures: number;
  actors: number;
  places: number;
}

export interface StatsRecord {
  id: string;
  file: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
  byline: string | null;
  dateline: string | null;
  /** Words of every part read (title, standfirst, body, captions, embeds). */
  words: number;
  /** Words of the body paragraphs. */
  bodyWords: number;
  /** Words of the whole file, read or set aside: `words` against it says how much of the report is read. */
  fileWords: number;
  /** Sentences of the body paragraphs. */
  sentences: number;
  paragraphs: number;
  quotes: number;
  figures: number;
  actors: number;
  places: number;
  /** Lines set aside as boilerplate or as a repeat of an earlier block. */
  boilerplateLines: number;
  /** Lines set aside as captions, embeds and credits. */
  setAsideLines: number;
  /** Word statistics of the body text (as `words` shows); computed for the json and ndjson formats only. */
  language?: WordStats;
}

export interface StatsTotals extends Omit<StatsRecord, 'id' | 'file' | 'outlet' | 'published' | 'title' | 'byline' | 'dateline' | 'language'> {
  reports: number;
  skipped: number;
}

/**
 * What `stats` shows of a report that is not its findings: its metadata, its parts and its words (readingCounts;
 * the body's words and sentences as `words` counts them), with the rule that set aside the most words for the
 * little-read warning. The `counts` analysis (reportCounts, counts.ts), cached, so that a warm `stats` does not read the
 * report into parts.
 */
export type ReportCounts = ReadingCounts &
  Pick<StatsRecord, 'outlet' | 'published' | 'title' | 'byline' | 'dateline' | 'bodyWords' | 'sentences' | 'paragraphs' | 'boilerplateLines' | 'setAsideLines'>;


/** The counts `stats` shows: quotations (scare quotes apart), figures, distinct actors and places. */
export function countFindings(findings: ArticleFindings): FindingCounts {
  return {
    quotes: findings.quotes.filter((q) => !q.isScare).length,
    figures: findings.figures.length,
    actors: new Set(findings.actors.map((a) => a.name)).size,
    places: new Set(findings.places.map((p) => p.name)).size,
  };
}

/** One report's row: its id and file, its counts (reportCounts), its findings counted, its word statistics if any. */
export function statsRecord(report: { id: string; file: string }, body: ReportCounts, counts: FindingCounts, language?: WordStats): StatsRecord {
  return {
    id: report.id,
    file: report.file,
    outlet: body.outlet,
    published: body.published,
    title: body.title,
    byline: body.byline,
    dateline: body.dateline,
    words: body.words,
    bodyWords: body.bodyWords,
    fileWords: body.fileWords,
    sentences: body.sentences,
    paragraphs: body.paragraphs,
    ...counts,
    boilerplateLines: body.boilerplateLines,
    setAsideLines: body.setAsideLines,
    ...(language ? { language } : {}),
  };
}

export function buildStatsReport(records: StatsRecord[], skipped: SkippedReport[]): Report {
  const sum = (key: keyof FindingCounts | 'words' | 'bodyWords' | 'fileWords' | 'sentences' | 'paragraphs' | 'boilerplateLines' | 'setAsideLines'): number =>
    records.reduce((n, r) => n + r[key], 0);
  const totals: StatsTotals = {
    reports: records.length,
    skipped: skipped.length,
    words: sum('words'),
    bodyWords: sum('bodyWords'),
    fileWords: sum('fileWords'),
    sentences: sum('sentences'),
    paragraphs: sum('paragraphs'),
    quotes: sum('quotes'),
    figures: sum('figures'),
    actors: sum('actors'),
    places: sum('places'),
    boilerplateLines: sum('boilerplateLines'),
    setAsideLines: sum('setAsideLines'),
  };
  const num = (header: string, key: keyof StatsTotals, get: (r: StatsRecord) => number) => ({ header, key, get, align: 'right' as const, isNarrow: true });
  const table: TableView<StatsRecord> = {
    kind: 'table',
    columns: [
      { header: 'id', get: (r) => r.id, isNarrow: true },
      { header: 'file', get: (r) => r.file, only: 'data' },
      { header: 'outlet', get: (r) => r.outlet },
      { header: 'published', get: (r) => r.published, isNarrow: true, dropRank: 1 },
      num('words', 'words', (r) => r.words),
      { ...num('sent', 'sentences', (r) => r.sentences), dropRank: 3 },
      { ...num('paras', 'paragraphs', (r) => r.paragraphs), dropRank: 4 },
      { ...num('quotes', 'quotes', (r) => r.quotes), dropRank: 2 },
      num('figs', 'figures', (r) => r.figures),
      num('actors', 'actors', (r) => r.actors),
      num('places', 'places', (r) => r.places),
      { ...num('boiler', 'boilerplateLines', (r) => r.boilerplateLines), dropRank: 5 },
      { ...num('set aside', 'setAsideLines', (r) => r.setAsideLines), only: 'data' },
    ],
    rows: records,
    footer: [
      `total (${records.length})`,
      null,
      null,
      null,
      totals.words,
      totals.sentences,
      totals.paragraphs,
      totals.quotes,
      totals.figures,
      totals.actors,
      totals.places,
      totals.boilerplateLines,
      totals.setAsideLines,
    ],
    notes: skipped.length > 0 ? [`${skipped.length} report(s) skipped: ${skipped.map((s) => `${s.file} (${s.reason})`).join(', ')}`] : [],
  };
  return { command: 'stats', key: 'reports', records, extra: { totals, skipped }, views: [table] };
}
