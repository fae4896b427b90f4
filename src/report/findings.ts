// The reports of `figures`, `actors`, `places`, `timeline` and `quotes`: the extractor's findings as records and tables.
import type { DatedEvent } from '../extract/dates.js';
import type { QuoteRecord, SharedQuote } from '../extract/quotes.js';
import type { Actor, Figure, Place } from '../types.js';
import { reportLabels } from './labels.js';
import type { Column, Report, TableView } from './view.js';

/** `at least 17` → `[17, ∞)` style interval text. */
export function intervalText(low: number, high: number | null): string {
  const n = (v: number) => v.toLocaleString('en-US');
  if (high === low) return n(low);
  return `${n(low)}–${high === null ? '∞' : n(high)}`;
}

export function buildFiguresReport(figures: Figure[]): Report {
  const labels = reportLabels([...new Set(figures.map((f) => f.report))]);
  const table: TableView<Figure> = {
    kind: 'table',
    columns: [
      { header: 'report', get: (f) => labels.get(f.report) ?? f.report, isNarrow: true },
      { header: 'measure', get: (f) => f.measure, isNarrow: true },
      { header: 'as written', get: (f) => (f.part === 'body' ? f.text : `${f.text} (${f.part})`) },
      { header: 'interval', get: (f) => `${intervalText(f.low, f.high)}${f.unit ? ` ${f.high === 1 ? f.unit.replace(/s$/, '') : f.unit}` : ''}`, align: 'right' },
      { header: 'claimant', get: (f) => f.attribution },
      { header: 'as of', get: (f) => f.asOf, isNarrow: true },
      { header: 'scope', get: (f) => f.scope },
    ],
    rows: figures,
    notes: [`${figures.length} figure(s) in ${new Set(figures.map((f) => f.report)).size} report(s); subject, qualifier and offsets are in --json.`],
  };
  return { command: 'figures', key: 'figures', records: figures, views: [table] };
}

/** A column per report with its mention count, headed by the report's short label. */
function mentionColumns<R extends { mentions: Record<string, number> }>(ids: string[]): Array<Column<R>> {
  const labels = reportLabels(ids);
  return ids.map((id) => ({ header: labels.get(id)!, get: (r: R) => r.mentions[id] ?? null, align: 'right' as const, isNarrow: true }));
}

export function buildActorsReport(actors: Actor[], reportIds: string[]): Report {
  const table: TableView<Actor> = {
    kind: 'table',
    columns: [
      { header: 'actor', get: (a) => a.name, tone: (a) => (a.inGazetteer ? null : 'dim') },
      { header: 'type', get: (a) => a.type, isNarrow: true },
      ...mentionColumns<Actor>(reportIds),
      { header: 'aliases seen', get: (a) => a.aliases.filter((alias) => alias !== a.name).join('; ') || null },
      { header: 'roles', get: (a) => a.roles.join('; ') || null },
    ],
    rows: actors,
    notes: ['Counts are mentions per report; dimmed names are not in the gazetteer.'],
  };
  return { command: 'actors', key: 'actors', records: actors, views: [table] };
}

export function buildPlacesReport(places: Place[], reportIds: string[]): Report {
  const table: TableView<Place> = {
    kind: 'table',
    columns: [
      { header: 'place', get: (p) => p.name, tone: (p) => (p.inGazetteer ? null : 'dim') },
      { header: 'type', get: (p) => p.type, isNarrow: true },
      { header: 'within', get: (p) => p.within },
      ...mentionColumns<Place>(reportIds),
      { header: 'spellings seen', get: (p) => p.spellings.join('; ') || null },
      { header: 'suggested aliases', get: (p) => p.suggestedAliases.join('; ') || null, tone: () => 'warn' },
    ],
    rows: places,
    notes: ['Counts are mentions per report; suggested aliases matched only by their normalised spelling: add them to gazetteer.json.'],
  };
  return { command: 'places', key: 'places', records: places, views: [table] };
}

export function buildTimelineReport(events: DatedEvent[]): Report {
  const table: TableView<DatedEvent> = {
    kind: 'table',
    columns: [
      { header: 'date', get: (e) => e.date, isNarrow: true },
      { header: 'precision', get: (e) => e.precision, isNarrow: true },
      { header: 'report', get: (e) => e.report },
      { header: 'dated by', get: (e) => `${e.dateText}${e.basis === 'inferred' ? ' (inferred)' : ''}` },
      { header: 'event', get: (e) => e.sentence },
    ],
    rows: events,
  };
  return { command: 'timeline', key: 'events', records: events, views: [table] };
}

export function buildQuotesReport(quotes: QuoteRecord[], shared: SharedQuote[]): Report {
  const table: TableView<QuoteRecord> = {
    kind: 'table',
    title: 'Quotations',
    columns: [
      { header: 'report', get: (q) => q.report },
      { header: 'speaker', get: (q) => q.speaker },
      { header: 'quotation', get: (q) => q.text },
      { header: 'kind', get: (q) => (q.isScare ? 'scare quote' : null), tone: () => 'dim', isNarrow: true },
    ],
    rows: quotes,
  };
  const links: TableView<SharedQuote> = {
    kind: 'table',
    title: 'Shared or paraphrased across reports',
    columns: [
      { header: 'reports', get: (s) => s.reports.join(', ') },
      { header: 'similarity', get: (s) => Number(s.similarity.toFixed(2)), align: 'right', isNarrow: true },
      { header: 'words', get: (s) => s.quotes.map((q) => `${q.report}: “${q.text}”`).join('  |  ') },
    ],
    rows: shared,
  };
  return { command: 'quotes', key: 'quotes', records: quotes, extra: { shared }, views: [table, links], primary: table };
}
