// A report's metadata: the manifest's where it has it, else what the text says (dateline, byline, credits).
import type { Dateline, Field, ManifestEntry, Metadata, Part } from '../types.js';
import { isoDate, parseMonthDayYear } from './segment.js';

const manifestField = <T>(value: T | null): Field<T> => (value === null ? { value: null, source: null } : { value, source: 'manifest' });
const textField = <T>(value: T | null): Field<T> => (value === null ? { value: null, source: null } : { value, source: 'text' });

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && isoDate(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}

/**
 * The year a report's undated day-and-month expressions belong to: the manifest's, else the latest year of a full
 * date in the text (`December 15, 2016`), else null.
 */
export function yearOf(entry: ManifestEntry | null, text: string): number | null {
  if (entry?.published && isIsoDate(entry.published)) return Number(entry.published.slice(0, 4));
  const years = [...text.matchAll(/\b[A-Z][a-z]{2,8}\.? \d{1,2}, (\d{4})\b/g)].map((m) => Number(m[1]));
  return years.length > 0 ? Math.max(...years) : null;
}

/** Merges manifest and text: each field says where it came from. An invalid manifest date is left for `check`. */
export function buildMetadata(entry: ManifestEntry | null, parts: Part[], dateline: Dateline | null): Metadata {
  const inferred = inferFromText(parts, dateline);
  const published = entry?.published && isIsoDate(entry.published) ? entry.published : null;
  return {
    outlet: entry?.outlet ? manifestField(entry.outlet) : textField(inferred.outlet),
    published: published ? manifestField(published) : entry?.published ? { value: null, source: null } : textField(inferred.published),
    byline: entry?.byline ? manifestField(entry.byline) : textField(inferred.byline),
    url: manifestField(entry?.url ?? null),
    notes: entry?.notes ?? null,
  };
}

interface Inferred {
  outlet: string | null;
  published: string | null;
  byline: string | null;
}

/** Outlet from a dateline's agency or a `Via X` line; date from the dateline or a dated line; byline from `By` or credits. */
export function inferFromText(parts: Part[], dateline: Dateline | null): Inferred {
  const via = parts.find((p) => p.rule === 'via-line');
  const outlet = dateline?.agency ?? (via ? via.text.replace(/^Via\s+/, '').trim() : null);
  const datedLine = parts.find((p) => p.kind !== 'embed' && p.text.length < 40 && parseMonthDayYear(p.text.replace(/^(?:published|updated)?:?\s*/i, '')));
  const published = dateline?.date ?? (datedLine ? parseMonthDayYear(datedLine.text.replace(/^(?:published|updated)?:?\s*/i, '')) : null);
  const by = parts.find((p) => p.kind === 'byline');
  const credits = parts.find((p) => p.kind === 'credits' && /\b(?:reporting|writing) by\b/i.test(p.text));
  const byline = by ? by.text.replace(/^By\s+/, '').replace(/\s+/g, ' ').trim() : credits ? credits.text.replace(/^\(|\)$/g, '').trim() : null;
  return { outlet, published, byline };
}
