// A report's metadata: the manifest's where it has it, else what the text says (dateline, date lines, sign-offs,
// bylines, agency tags), each value with the line it was read on.
import { findFullDates, isIsoDate, WEEKDAY_WORD } from '../text/calendar.js';
import { lineColumn } from '../text/lines.js';
import type { Agency, Dateline, Field, ManifestEntry, Metadata, Part } from '../types.js';
import { agencyNames, type AgencyNames } from './agencies.js';
import { datelineDate } from './segment.js';


const manifestField = <T>(value: T | null): Field<T> => (value === null ? { value: null, source: null } : { value, source: 'manifest' });
const textField = <T>(found: Found<T> | null): Field<T> =>
  found === null ? { value: null, source: null } : { value: found.value, source: 'text', line: found.line };

/** A value read from the text, and the 1-based line of the file it was read on. */
interface Found<T> {
  value: T;
  line: number;
}

/** The year of the manifest's published date, which settles a yearless dateline; else null. */
export function manifestYear(entry: ManifestEntry | null): number | null {
  return entry?.published && isIsoDate(entry.published) ? Number(entry.published.slice(0, 4)) : null;
}

/** Merges manifest and text: each field says where it came from. An invalid manifest date is left for `check`. */
export function buildMetadata(entry: ManifestEntry | null, inferred: Inferred): Metadata {
  const published = entry?.published && isIsoDate(entry.published) ? entry.published : null;
  return {
    outlet: entry?.outlet ? manifestField(entry.outlet) : textField(inferred.outlet),
    published: published ? manifestField(published) : entry?.published ? { value: null, source: null } : textField(inferred.published),
    byline: entry?.byline ? manifestField(entry.byline) : textField(inferred.byline),
    url: manifestField(entry?.url ?? null),
    notes: entry?.notes ?? null,
  };
}

export interface Inferred {
  outlet: Found<string> | null;
  published: Found<string> | null;
  byline: Found<string> | null;
  /** The dateline's date, its year settled by the report's top lines when it has none of its own; else null. */
  datelineDate: string | null;
}

/** What the text says of the report's outlet, date and byline. */
export function inferFromText(parts: Part[], dateline: Dateline | null, text: string, agencies: readonly Agency[] = []): Inferred {
  const names = agencyNames(agencies);
  const lineAt = (offset: number): number => lineColumn(text, offset).line;
  const top = topDate(parts, text);
  const datelineLine = dateline ? lineAt(dateline.offset[0]) : 0;
  // A yearless dateline takes its year from the report's own top lines, never from a date told in the story.
  const datelineIso = dateline?.date ?? (dateline && top ? datelineDate(dateline.dateText, Number(top.value.slice(0, 4))) : null);
  const published = datelineIso ? { value: datelineIso, line: datelineLine } : top;
  const by = parts.find((p) => p.kind === 'byline');
  const credits = parts.find((p) => p.kind === 'credits' && /\b(?:reporting|writing) by\b/i.test(p.text));
  const byline = by
    ? { value: by.text.replace(/^By\s+/, '').replace(/\s+/g, ' ').trim(), line: by.line }
    : credits
      ? { value: credits.text.replace(/^\(|\)$/g, '').trim(), line: credits.line }
      : null;
  const datelineAgency = dateline?.agency ? { value: names.exact(dateline.agency) ?? dateline.agency, line: datelineLine } : null;
  return { outlet: datelineAgency ?? outletOf(parts, names, top, text), published, byline, datelineDate: datelineIso };
}

const WEEKDAY_AT_END = new RegExp(`\\s${WEEKDAY_WORD}\\.?,?\\s*$`, 'i');

/**
 * The outlet other lines name, in this order: a sign-off or `Via` line; a last paragraph ending in an agency's tag
 * (`... - REUTERS`, `Source: AA`); a byline `By X, Outlet`; a title ending in an outlet's name (`... | Outlet`); an
 * agency named right before the report's top date (`AFP Friday 15 Jul 2016`); an agency tag opening a paragraph or crediting a report with agencies
 * (`(AFP) -`, `(TRT World and Agencies)`).
 */
function outletOf(parts: Part[], names: AgencyNames, top: TopDate | null, text: string): Found<string> | null {
  const at = (value: string | null, part: Part | undefined): Found<string> | null => (value && part ? { value, line: part.line } : null);
  const signOff = parts.find((p) => p.rule === 'sign-off');
  if (signOff) return at(names.exact(signOff.text.replace(/^(?:[-–—]+\s*|source\s*:?\s+)/i, '').replace(/[.\s]+$/, '')), signOff);
  const via = parts.find((p) => p.rule === 'via-line');
  if (via) return at(names.exact(via.text.replace(/^Via\s+/, '')) ?? via.text.replace(/^Via\s+/, '').trim(), via);
  const read = parts.filter((p) => p.kind === 'body' || p.kind === 'standfirst');
  const last = read[read.length - 1];
  const tag = last ? /(?:[-–—]\s*|\(|\bsource\s*:?\s+)([\p{L}][\p{L}\d .&'’-]{0,40}?)\)?\s*\.?$/iu.exec(last.text) : null;
  const closing = tag ? names.exact(tag[1]!) : null;
  if (closing) return at(closing, last);
  const by = parts.find((p) => p.kind === 'byline');
  const byOutlet = by ? /(?:,|\||\bfor\b)\s*([^,|]{2,40})$/.exec(by.text) : null;
  if (byOutlet && names.exact(byOutlet[1]!)) return at(names.exact(byOutlet[1]!), by);
  const title = parts.find((p) => p.kind === 'title');
  const suffix = title ? /\s(?:\||[-–—])\s*([^|–—]{2,40})$/.exec(title.text) : null;
  if (suffix && names.exact(suffix[1]!)) return at(names.exact(suffix[1]!), title);
  if (top) {
    const before = text
      .slice(Math.max(0, top.offset - 50), top.offset)
      .replace(WEEKDAY_AT_END, '')
      .replace(/\s+$/, '');
    const named = names.find(before.slice(-30));
    if (named && before.slice(before.length - 30 + named.index + named.form.length).trim() === '') return { value: named.name, line: top.line };
  }
  for (const part of read) {
    const m = /\(([\p{L}][\p{L}\d .&'’-]{0,40}?)(?:\s+and\s+agencies)?\)(?=\s*[-–—]|\s)/iu.exec(part.text);
    if (!m) continue;
    const isTag = /\sand\s+agencies\)$/i.test(m[0]) || /^\s*[-–—]/.test(part.text.slice(m.index + m[0].length));
    if (isTag && names.exact(m[1]!)) return at(names.exact(m[1]!), part);
  }
  return null;
}

/** The report's own date as its top lines give it, the line and the character offset of its words. */
type TopDate = Found<string> & { offset: number };

/**
 * A date inside the first sentence is the report's own only when it stands apart from the prose: at the start, or
 * after a weekday, a capitalised word (an agency, a section name) or a number; after a lower-case word (`since March
 * 15, 2011`, `its December 31, 1986 results`) it is a date the story tells.
 */
const TOLD_BEFORE = /(?:^|\s)[\p{Ll}][\p{L}'’-]*[,:]?\s*$/u;
const WEEKDAY_BEFORE = new RegExp(`(?:^|\\s)${WEEKDAY_WORD}\\.?,?\\s*$`, 'i');
const standsApart = (before: string): boolean => WEEKDAY_BEFORE.test(before) || !TOLD_BEFORE.test(before);

/**
 * The report's own date from its top: a line that only dates it (`This story is from ...`), a date opening the first
 * paragraph, or a full date in the first sentence of the first paragraph that stands apart from its prose.
 */
export function topDate(parts: Part[], text: string): TopDate | null {
  const lineAt = (offset: number): number => lineColumn(text, offset).line;
  const dated = parts.find((p) => p.rule === 'date-line' || p.rule === 'leading-date');
  if (dated) {
    const date = findFullDates(dated.text)[0];
    if (date) return { value: date.iso, line: dated.line, offset: dated.offset[0] + date.span[0] };
  }
  const first = parts.find((p) => p.kind === 'body' || p.kind === 'standfirst');
  if (!first) return null;
  const sentenceEnd = /[.!?]["”’]?\s+["“‘]?[\p{Lu}\d]/u.exec(first.text);
  const lead = first.text.slice(0, Math.min(sentenceEnd ? sentenceEnd.index + 1 : first.text.length, 300));
  const date = findFullDates(lead).find((d) => standsApart(lead.slice(0, d.span[0])));
  return date ? { value: date.iso, line: lineAt(first.offset[0] + date.span[0]), offset: first.offset[0] + date.span[0] } : null;
}

