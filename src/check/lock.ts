// The facts lock (facts.lock.json): what the extractor finds in each report, serialised stably, and what an edit changed.
import { LOCK_FILE } from '../defaults.js';
import type { ArticleFindings } from '../extract/index.js';
import type { Article, DatePrecision, Figure, FigurePart, Measure, Qualifier } from '../types.js';
import { escapeJsonControls } from '../text/sanitize.js';
import { lineColumn } from '../text/lines.js';
import { parseJson, validateJson } from '../input/json.js';
import { validateLock } from '../input/validate-facts-lock.generated.js';
import { formatNumber } from '../text/format.js';

export { LOCK_FILE };
export const LOCK_VERSION = 1;

/** A figure as locked. `line` and `text` locate it; the other fields are the facts compared. */
export interface LockedFigure {
  /** 1-based line of the figure's first character. */
  line: number;
  measure: Measure;
  subject: string;
  value: number | null;
  qualifier: Qualifier;
  low: number;
  /** null when unbounded above. */
  high: number | null;
  unit: Figure['unit'];
  /** The canonical actor credited with the figure (a figure's `attribution`). */
  claimant: string | null;
  scope: string | null;
  asOf: string | null;
  part: FigurePart;
  text: string;
}

/** An actor or a place as locked: its canonical name and type; `line` is its first mention's. */
export interface LockedName {
  name: string;
  type: string;
  line: number;
}

/** A date expression as locked; `line` locates it, the others are compared. */
export interface LockedDate {
  line: number;
  text: string;
  /** ISO date, null when unresolved. */
  date: string | null;
  precision: DatePrecision;
}

export interface LockedReport {
  id: string;
  outlet: string | null;
  /** By line, then position on the line. */
  figures: LockedFigure[];
  /** By name. */
  actors: LockedName[];
  places: LockedName[];
  /** By line, then position on the line. */
  dates: LockedDate[];
}

export interface FactsLock {
  lockVersion: typeof LOCK_VERSION;
  /** Keyed by the report's file (relative to the corpus directory). */
  reports: Map<string, LockedReport>;
}

// ---- building --------------------------------------------------------------------------------------------

function firstMentions<M extends { name: string; type: string; offset: [number, number] }>(text: string, mentions: M[]): LockedName[] {
  const byName = new Map<string, M>();
  for (const mention of mentions) {
    const seen = byName.get(mention.name);
    if (!seen || mention.offset[0] < seen.offset[0]) byName.set(mention.name, mention);
  }
  return [...byName.values()]
    .map((m) => ({ name: m.name, type: m.type, line: lineColumn(text, m.offset[0]).line }))
    .sort((x, y) => compareText(x.name, y.name));
}

/** The locked record of one report, from its article and its findings. */
export function lockReport(article: Article, findings: ArticleFindings): LockedReport {
  const lineOf = (offset: number) => lineColumn(article.text, offset).line;
  const figures = [...findings.figures]
    .sort((x, y) => x.offset[0] - y.offset[0] || x.offset[1] - y.offset[1])
    .map(
      (f): LockedFigure => ({
        line: lineOf(f.offset[0]),
        measure: f.measure,
        subject: f.subject,
        value: f.value,
        qualifier: f.qualifier,
        low: f.low,
        high: f.high,
        unit: f.unit,
        claimant: f.attribution,
        scope: f.scope,
        asOf: f.asOf,
        part: f.part,
        text: f.text,
      }),
    );
  const dates = [...findings.dates]
    .sort((x, y) => x.offset[0] - y.offset[0] || x.offset[1] - y.offset[1])
    .map((d): LockedDate => ({ line: lineOf(d.offset[0]), text: d.text, date: d.date, precision: d.precision }));
  return {
    id: article.id,
    outlet: article.meta.outlet.value,
    figures,
    actors: firstMentions(article.text, findings.actors),
    places: firstMentions(article.text, findings.places),
    dates,
  };
}

/** The lock of the given reports; findings are matched to articles by report id. */
export function buildLock(articles: Article[], findings: ArticleFindings[]): FactsLock {
  const byId = new Map(findings.map((f) => [f.report, f]));
  const reports = new Map<string, LockedReport>();
  for (const article of articles) {
    const found = byId.get(article.id);
    if (found) reports.set(article.file, lockReport(article, found));
  }
  return { lockVersion: LOCK_VERSION, reports };
}

// ---- serialising: fixed key order, reports by file, one entry per line, a trailing newline -------------------

function compact(entry: object): string {
  return `{ ${Object.entries(entry)
    .map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`)
    .join(', ')} }`;
}

function list(name: string, entries: object[], last: boolean): string[] {
  const comma = last ? '' : ',';
  if (entries.length === 0) return [`      "${name}": []${comma}`];
  return [`      "${name}": [`, ...entries.map((e, i) => `        ${compact(e)}${i < entries.length - 1 ? ',' : ''}`), `      ]${comma}`];
}

/** JSON text of a lock: the same lock always gives the same text, and one changed fact changes one line. */
export function serialiseLock(lock: FactsLock): string {
  const files = [...lock.reports.keys()].sort(compareText);
  const lines = ['{', `  "lockVersion": ${lock.lockVersion},`];
  if (files.length === 0) lines.push('  "reports": {}');
  else {
    lines.push('  "reports": {');
    files.forEach((file, index) => {
      const report = lock.reports.get(file) as LockedReport;
      lines.push(
        `    ${JSON.stringify(file)}: {`,
        `      "id": ${JSON.stringify(report.id)},`,
        `      "outlet": ${JSON.stringify(report.outlet)},`,
        ...list('figures', report.figures.map(orderFigure), false),
        ...list('actors', report.actors.map(orderName), false),
        ...list('places', report.places.map(orderName), false),
        ...list('dates', report.dates.map(orderDate), true),
        `    }${index < files.length - 1 ? ',' : ''}`,
      );
    });
    lines.push('  }');
  }
  lines.push('}');
  return `${escapeJsonControls(lines.join('\n'))}\n`;
}

const orderFigure = (f: LockedFigure): LockedFigure => ({
  line: f.line,
  measure: f.measure,
  subject: f.subject,
  value: f.value,
  qualifier: f.qualifier,
  low: f.low,
  high: f.high,
  unit: f.unit,
  claimant: f.claimant,
  scope: f.scope,
  asOf: f.asOf,
  part: f.part,
  text: f.text,
});
const orderName = (n: LockedName): LockedName => ({ name: n.name, type: n.type, line: n.line });
const orderDate = (d: LockedDate): LockedDate => ({ line: d.line, text: d.text, date: d.date, precision: d.precision });

// ---- parsing a stored lock -----------------------------------------------------------------------------------

/** The lock as its schema (schemas/facts-lock.schema.json) allows it. */
interface StoredLock {
  reports: Record<string, { id: string; outlet: string | null; figures: LockedFigure[]; actors: LockedName[]; places: LockedName[]; dates: LockedDate[] }>;
}

/**
 * Parses facts.lock.json, checked against schemas/facts-lock.schema.json; a fault names the file and the line and
 * column, and says how to mend it. Only the fields of the lock are kept, in their order.
 */
export function parseLock(text: string, file: string): FactsLock {
  const data = parseJson(text, file);
  validateJson(validateLock, data, text, file, 'rewrite the lock with `check --update`');
  const reports = new Map<string, LockedReport>();
  for (const [name, r] of Object.entries((data as StoredLock).reports)) {
    reports.set(name, {
      id: r.id,
      outlet: r.outlet,
      figures: r.figures.map(orderFigure),
      actors: r.actors.map(orderName),
      places: r.places.map(orderName),
      dates: r.dates.map(orderDate),
    });
  }
  return { lockVersion: LOCK_VERSION, reports };
}

// ---- comparing a stored lock with a fresh one ------------------------------------------------------------------

export type FactSection = 'report' | 'figure' | 'actor' | 'place' | 'date';

/** One difference between the stored lock and the facts extracted now. */
export interface FactChange {
  file: string;
  /** The report's id (the fresh one, or the stored one for a report gone). */
  report: string;
  outlet: string | null;
  section: FactSection;
  change: 'added' | 'gone' | 'changed';
  /** 1-based line in the file as it is now; for a fact gone, its line in the stored lock; null for a whole report. */
  line: number | null;
  before: LockedFigure | LockedName | LockedDate | null;
  after: LockedFigure | LockedName | LockedDate | null;
  /** The change in words, e.g. `Reuters: evacuees at least 34,000 -> at least 43,000 (line 18)`. */
  message: string;
}

/** The facts of a figure that a change is judged on (everything but its line and its words). */
const figureFacts = (f: LockedFigure): string =>
  JSON.stringify([f.measure, f.subject, f.value, f.qualifier, f.low, f.high, f.unit, f.claimant, f.scope, f.asOf, f.part]);
const nameFacts = (n: LockedName): string => JSON.stringify([n.name, n.type]);
const dateFacts = (d: LockedDate): string => JSON.stringify([d.text, d.date, d.precision]);

interface Pairing<T> {
  pairs: Array<[T, T]>;
  gone: T[];
  added: T[];
}

/** Pairs entries whose `key` is equal, each bucket in line order; the rest stay unpaired, in line order. */
function pairBy<T extends { line: number }>(before: T[], after: T[], key: (entry: T) => string): Pairing<T> {
  const buckets = new Map<string, T[]>();
  for (const entry of [...before].sort(byLine)) {
    const bucket = buckets.get(key(entry));
    if (bucket) bucket.push(entry);
    else buckets.set(key(entry), [entry]);
  }
  const pairs: Array<[T, T]> = [];
  const added: T[] = [];
  for (const entry of [...after].sort(byLine)) {
    const match = buckets.get(key(entry))?.shift();
    if (match) pairs.push([match, entry]);
    else added.push(entry);
  }
  return { pairs, gone: [...buckets.values()].flat().sort(byLine), added };
}

/**
 * Unchanged entries (equal by `keys[0]`) are dropped; the rest are paired as changes by each later key in turn (for a
 * figure: the same words, then the same measure and subject, then the same measure); what is left is added or gone.
 */
function diffEntries<T extends { line: number }>(before: T[], after: T[], keys: Array<(entry: T) => string>): Pairing<T> {
  const [same, ...looser] = keys;
  let { gone, added } = pairBy(before, after, same as (entry: T) => string);
  const pairs: Array<[T, T]> = [];
  for (const key of looser) {
    const step = pairBy(gone, added, key);
    pairs.push(...step.pairs);
    gone = step.gone;
    added = step.added;
  }
  return { pairs, gone, added };
}

const number = formatNumber;

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  approx: 'about ',
  at_least: 'at least ',
  more_than: 'more than ',
  at_most: 'up to ',
  less_than: 'fewer than ',
  range: '',
  vague: '',
};

const interval = (f: LockedFigure): string => `${number(f.low)}-${f.high === null ? 'no limit' : number(f.high)}`;

/** `at least 34,000`, `about 1,000`, `2-3`, `4 years`, `"thousands" (2,000-999,999)`. */
export function valuePhrase(f: LockedFigure): string {
  const unit = f.unit ? ` ${f.unit}` : '';
  if (f.value === null || f.qualifier === 'vague') return `"${f.text}" (${interval(f)})`;
  if (f.qualifier === 'range') return `${interval(f)}${unit}`;
  return `${QUALIFIER_WORDS[f.qualifier] ?? ''}${number(f.value)}${unit}`;
}

const shown = (v: string | null): string => v ?? 'none';

function figureDetails(f: LockedFigure): string {
  const details = [f.subject && `subject ${f.subject}`, f.claimant && `claimed by ${f.claimant}`, f.scope && `in ${f.scope}`, f.asOf && `as of ${f.asOf}`];
  if (f.part !== 'body') details.push(`in a ${f.part}`);
  return details.filter(Boolean).join(', ');
}

function figureChange(before: LockedFigure, after: LockedFigure): string {
  const pieces: string[] = [];
  const was = valuePhrase(before);
  const now = valuePhrase(after);
  const head = before.measure === after.measure ? after.measure : `"${after.text}"`;
  if (was !== now) pieces.push(`${head} ${was} -> ${now}`);
  else if (before.low !== after.low || before.high !== after.high) pieces.push(`${head} ${now}: interval ${interval(before)} -> ${interval(after)}`);
  else pieces.push(`${head} ${now}`);
  const fields: Array<[string, string | null, string | null]> = [
    ['measure', before.measure, after.measure],
    ['subject', before.subject, after.subject],
    ['claimant', before.claimant, after.claimant],
    ['scope', before.scope, after.scope],
    ['as of', before.asOf, after.asOf],
    ['part', before.part, after.part],
  ];
  for (const [name, x, y] of fields) if (x !== y) pieces.push(`${name} ${shown(x)} -> ${shown(y)}`);
  return pieces.join('; ');
}

function change(
  report: { file: string; id: string; outlet: string | null },
  section: FactSection,
  kind: FactChange['change'],
  before: FactChange['before'],
  after: FactChange['after'],
  words: string,
): FactChange {
  const line = after?.line ?? before?.line ?? null;
  const where = line === null ? '' : after ? ` (line ${line})` : ` (was line ${line})`;
  return { file: report.file, report: report.id, outlet: report.outlet, section, change: kind, line, before, after, message: `${report.outlet ?? report.id}: ${words}${where}` };
}

function diffReport(file: string, stored: LockedReport, fresh: LockedReport): FactChange[] {
  const report = { file, id: fresh.id, outlet: fresh.outlet ?? stored.outlet };
  const changes: FactChange[] = [];

  const figures = diffEntries(stored.figures, fresh.figures, [figureFacts, (f) => f.text, (f) => `${f.measure}|${f.subject}`, (f) => f.measure]);
  for (const [b, a] of figures.pairs) changes.push(change(report, 'figure', 'changed', b, a, figureChange(b, a)));
  for (const f of figures.added) changes.push(change(report, 'figure', 'added', null, f, `new figure: ${f.measure} ${valuePhrase(f)} (${figureDetails(f)})`));
  for (const f of figures.gone) changes.push(change(report, 'figure', 'gone', f, null, `figure gone: ${f.measure} ${valuePhrase(f)} (${figureDetails(f)})`));

  for (const section of ['actor', 'place'] as const) {
    const key = section === 'actor' ? 'actors' : 'places';
    const names = diffEntries(stored[key], fresh[key], [nameFacts, (n) => n.name]);
    for (const [b, a] of names.pairs) changes.push(change(report, section, 'changed', b, a, `${section} ${a.name}: type ${b.type} -> ${a.type}`));
    for (const n of names.added) changes.push(change(report, section, 'added', null, n, `new ${section}: ${n.name} (${n.type})`));
    for (const n of names.gone) changes.push(change(report, section, 'gone', n, null, `${section} gone: ${n.name} (${n.type})`));
  }

  const dates = diffEntries(stored.dates, fresh.dates, [dateFacts, (d) => d.text]);
  for (const [b, a] of dates.pairs) {
    const words = b.date === a.date ? `${b.date ?? 'unresolved'}: precision ${b.precision} -> ${a.precision}` : `${shown(b.date)} -> ${shown(a.date)}`;
    changes.push(change(report, 'date', 'changed', b, a, `date "${a.text}" ${words}`));
  }
  for (const d of dates.added) changes.push(change(report, 'date', 'added', null, d, `new date: "${d.text}" (${d.date ?? 'unresolved'})`));
  for (const d of dates.gone) changes.push(change(report, 'date', 'gone', d, null, `date gone: "${d.text}" (${d.date ?? 'unresolved'})`));
  return changes;
}

/**
 * What changed from the stored lock to the fresh one, report by report (by file), each report's changes by line.
 * Files in `ignore` (reports that could not be read now) are not compared. A fact that only moved to another line or
 * changed its words is not a change.
 */
export function diffLocks(stored: FactsLock, fresh: FactsLock, ignore: ReadonlySet<string> = new Set()): FactChange[] {
  const files = [...new Set([...stored.reports.keys(), ...fresh.reports.keys()])].filter((f) => !ignore.has(f)).sort(compareText);
  const changes: FactChange[] = [];
  for (const file of files) {
    const was = stored.reports.get(file);
    const now = fresh.reports.get(file);
    if (was && now) {
      changes.push(...diffReport(file, was, now).sort((x, y) => (x.line ?? 0) - (y.line ?? 0)));
    } else if (now) {
      const counts = `${now.figures.length} figure(s), ${now.actors.length} actor(s), ${now.places.length} place(s), ${now.dates.length} date(s)`;
      changes.push(change({ file, id: now.id, outlet: now.outlet }, 'report', 'added', null, null, `new report, not in ${LOCK_FILE}: ${counts}`));
    } else if (was) {
      changes.push(change({ file, id: was.id, outlet: was.outlet }, 'report', 'gone', null, null, `report gone: in ${LOCK_FILE} but not in the corpus`));
    }
  }
  return changes;
}

function byLine(x: { line: number }, y: { line: number }): number {
  return x.line - y.line;
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
