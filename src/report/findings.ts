// The reports of `figures`, `actors`, `places`, `timeline` and `quotes`: the extractor's findings as records and tables.
import type { DatedEvent } from '../extract/dates.js';
import type { QuoteRecord, SharedQuote } from '../extract/quotes.js';
import type { Actor, Figure, Place } from '../types.js';
import { reportLabels } from './labels.js';
import type { Column, Report, TableView } from './view.js';
import { formatNumber } from '../text/format.js';

/**
 * An interval as a reader writes it: `17–∞`, `2,000–999,999`, one number when low = high. Counts are whole:
 * an approximate interval is rounded outward (`about 24` is 21.6–26.4, shown 21–27).
 */
export function intervalText(low: number, high: number | null): string {
  const NOISE = 1e-9;
  const n = formatNumber;
  const from = Math.floor(low + NOISE);
  const to = high === null ? null : Math.ceil(high - NOISE);
  if (to === from) return n(from);
  return `${n(from)}–${to === null ? '∞' : n(to)}`;
}

/** A figure's interval with its unit, if any: `17–∞`, `4–5 years`, `1 day`. */
export function figureInterval(f: Pick<Figure, 'low' | 'high' | 'unit'>): string {
  return `${intervalText(f.low, f.high)}${f.unit ? ` ${f.high === 1 ? f.unit.replace(/s$/, '') : f.unit}` : ''}`;
}

export function buildFiguresReport(figures: Figure[]): Report {
  const labels = reportLabels([...new Set(figures.map((f) => f.report))]);
  const table: TableView<Figure> = {
    kind: 'table',
    columns: [
      { header: 'report', get: (f) => labels.get(f.report) ?? f.report, value: (f) => f.report, isNarrow: true },
      { header: 'outlet', get: (f) => f.outlet, only: 'data' },
      { header: 'measure', get: (f) => f.measure, isNarrow: true },
      { header: 'subject', get: (f) => f.subject, only: 'data' },
      { header: 'as written', key: 'text', get: (f) => (f.part === 'body' ? f.text : `${f.text} (${f.part})`), value: (f) => f.text },
      { header: 'part', get: (f) => f.part, only: 'data' },
      { header: 'value', get: (f) => f.value, only: 'data' },
      { header: 'qualifier', get: (f) => f.qualifier, only: 'data' },
      { header: 'low', get: (f) => f.low, only: 'data' },
      { header: 'high', get: (f) => f.high, only: 'data' },
      { header: 'unit', get: (f) => f.unit, only: 'data' },
      { header: 'interval', get: figureInterval, align: 'right', isNarrow: true },
      { header: 'claimant', key: 'attribution', get: (f) => f.attribution, dropRank: 1 },
      { header: 'as of', key: 'asOf', get: (f) => f.asOf, isNarrow: true, dropRank: 2 },
      { header: 'scope', get: (f) => f.scope, dropRank: 3 },
      { header: 'start', get: (f) => f.offset[0], only: 'data' },
      { header: 'end', get: (f) => f.offset[1], only: 'data' },
    ],
    rows: figures,
    notes: [`${figures.length} figure(s) in ${new Set(figures.map((f) => f.report)).size} report(s); subject, qualifier and offsets are in --json.`],
  };
  return { command: 'figures', key: 'figures', records: figures, views: [table] };
}

/** A column per report with its mention count, headed by the report's short label. */
function mentionColumns<R extends { mentions: Record<string, number> }>(ids: string[]): Array<Column<R>> {
  const labels = reportLabels(ids);
  return ids.map((id) => ({ header: labels.get(id)!, key: id, get: (r: R) => r.mentions[id] ?? null, value: (r: R) => r.mentions[id] ?? 0, align: 'right' as const, isNarrow: true }));
}

export function buildActorsReport(actors: Actor[], reportIds: string[]): Report {
  const table: TableView<Actor> = {
    kind: 'table',
    columns: [
      { header: 'actor', key: 'name', get: (a) => a.name, tone: (a) => (a.inGazetteer ? null : 'dim') },
      { header: 'in gazetteer', key: 'inGazetteer', get: (a) => a.inGazetteer, only: 'data' },
      { header: 'type', get: (a) => a.type, isNarrow: true },
      ...mentionColumns<Actor>(reportIds),
      { header: 'aliases seen', key: 'aliases', dropRank: 1, get: (a) => a.aliases.filter((alias) => alias !== a.name).join('; ') || null, value: (a) => a.aliases.join('; ') },
      { header: 'roles', get: (a) => a.roles.join('; ') || null, value: (a) => a.roles.join('; '), dropRank: 2 },
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
      { header: 'place', key: 'name', get: (p) => p.name, tone: (p) => (p.inGazetteer ? null : 'dim') },
      { header: 'in gazetteer', key: 'inGazetteer', get: (p) => p.inGazetteer, only: 'data' },
      { header: 'type', get: (p) => p.type, isNarrow: true },
      { header: 'within', get: (p) => p.within, dropRank: 1 },
      ...mentionColumns<Place>(reportIds),
      { header: 'spellings seen', key: 'spellings', dropRank: 2, get: (p) => p.spellings.join('; ') || null, value: (p) => p.spellings.join('; ') },
      { header: 'suggested aliases', key: 'suggestedAliases', dropRank: 3, get: (p) => p.suggestedAliases.join('; ') || null, value: (p) => p.suggestedAliases.join('; '), tone: () => 'warn' },
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
      { header: 'precision', get: (e) => e.precision, isNarrow: true, dropRank: 2 },
      { header: 'basis', get: (e) => e.basis, only: 'data' },
      { header: 'report', get: (e) => e.report, isNarrow: true },
      { header: 'dated by', key: 'dateText', get: (e) => `${e.dateText}${e.basis === 'inferred' ? ' (inferred)' : ''}`, value: (e) => e.dateText, dropRank: 1 },
      { header: 'event', key: 'sentence', get: (e) => e.sentence, canStack: true },
      { header: 'part', get: (e) => e.part, only: 'data' },
      { header: 'start', get: (e) => e.offset[0], only: 'data' },
      { header: 'end', get: (e) => e.offset[1], only: 'data' },
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
      { header: 'report', get: (q) => q.report, isNarrow: true },
      { header: 'speaker', get: (q) => q.speaker },
      { header: 'quotation', key: 'text', get: (q) => q.text, canStack: true },
      { header: 'kind', get: (q) => (q.isScare ? 'scare quote' : null), tone: () => 'dim', isNarrow: true, only: 'table', dropRank: 1 },
      { header: 'scare quote', key: 'isScare', get: (q) => q.isScare, only: 'data' },
      { header: 'part', get: (q) => q.part, only: 'data' },
      { header: 'start', get: (q) => q.offset[0], only: 'data' },
      { header: 'end', get: (q) => q.offset[1], only: 'data' },
    ],
    rows: quotes,
  };
  const links: TableView<SharedQuote> = {
    kind: 'table',
    title: 'Shared or paraphrased across reports',
    columns: [
      { header: 'reports', get: (s) => s.reports.join(', '), value: (s) => s.reports.join('; ') },
      { header: 'similarity', get: (s) => Number(s.similarity.toFixed(2)), align: 'right', isNarrow: true },
      { header: 'words', key: 'quotes', canStack: true, get: (s) => s.quotes.map((q) => `${q.report}: “${q.text}”`).join('  |  ') },
    ],
    rows: shared,
  };
  return { command: 'quotes', key: 'quotes', records: quotes, extra: { shared }, views: [table, links], primary: table };
}
