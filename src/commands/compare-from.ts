// `compare --from FILE.ndjson`: the reduce step. Reads the findings `extract` wrote and gives compare its inputs.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { bundledCorpusDir, loadGazetteer } from '../corpus/open.js';
import { InputError, UsageError } from '../errors.js';
import type { ArticleFindings } from '../extract/index.js';
import { compactFindings } from '../compare/compact.js';
import type { Report } from '../report/view.js';
import type { Format } from '../reporters/formats.js';
import { jsonChunks } from '../reporters/json.js';
import { ndjsonChunks } from '../reporters/ndjson.js';
import type { Gazetteer } from '../types.js';
import { createHash } from 'node:crypto';
import { getHeapStatistics } from 'node:v8';
import { provenanceText, type Provenance } from '../analysis/version.js';
import type { ExtractedReport } from './extract.js';
import type { CommandContext } from './index.js';

/** What compare works from: the reports in corpus order, their findings (same order) and the gazetteer. */
export interface CompareInputs {
  ids: string[];
  outlets: Map<string, string | null>;
  /** Each report's publication day (ISO) and title, for the stories; null when unknown. */
  published: Map<string, string | null>;
  titles: Map<string, string | null>;
  /** Each report's file (relative to the corpus directory) and the 1-based line of each figure, by its start offset
   * (only when the text was read: not from an extract). For the html brief. */
  files: Map<string, string>;
  lines: Map<string, Map<number, number>>;
  findings: ArticleFindings[];
  gazetteer: Gazetteer;
}

/** One line of `extract` output, read. */
export interface ExtractedRecord {
  report: ExtractedReport;
  findings: ArticleFindings;
  provenance: Provenance | null;
}

/** Lines read between two looks at the heap (a look costs microseconds; a line's parse far more). */
const MEMORY_CHECK_EVERY = 64;
/** Share of the heap limit the findings read may fill, leaving the rest to the comparison and its output. */
const HEAP_SHARE_FOR_INPUT = 0.5;

/** One clear line, instead of V8 running out of heap later, when the findings read fill too much of the heap. */
function checkMemory(name: string, lineNumber: number, reports: number): void {
  const { used_heap_size: used, heap_size_limit: limit } = getHeapStatistics();
  if (used <= HEAP_SHARE_FOR_INPUT * limit) return;
  const mb = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;
  throw new InputError(
    name,
    `line ${lineNumber}: too many findings for one process (${reports} reports read fill ${mb(used)} of a ${mb(limit)} heap): ` +
      'give node more heap (NODE_OPTIONS=--max-old-space-size=MB)',
  );
}

const FINDING_KEYS = ['figures', 'dates', 'events', 'actors', 'places', 'quotes'] as const;

/** Reads one line of `extract` output; a fault becomes a message. Pure. */
export function parseFindingsLine(line: string): ExtractedRecord | string {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  const raw = data as { schemaVersion?: unknown; report?: Record<string, unknown>; findings?: Record<string, unknown> };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'expected a JSON object';
  if (raw.schemaVersion !== 1) return `unsupported schemaVersion ${JSON.stringify(raw.schemaVersion ?? null)} (expected 1)`;
  const report = raw.report;
  if (typeof report !== 'object' || report === null || typeof report.id !== 'string' || typeof report.file !== 'string') {
    return '"report" must be an object with string "id" and "file"';
  }
  const findings = raw.findings;
  if (typeof findings !== 'object' || findings === null) return '"findings" must be an object';
  const missing = FINDING_KEYS.find((key) => !Array.isArray(findings[key]));
  if (missing !== undefined) return `"findings.${missing}" must be an array`;
  const provenance = parseProvenance((raw as { provenance?: unknown }).provenance);
  if (typeof provenance === 'string') return provenance;
  const outlet = typeof report.outlet === 'string' ? report.outlet : null;
  const published = typeof report.published === 'string' ? report.published : null;
  return {
    report: { id: report.id, outlet, published, file: report.file },
    findings: { report: report.id, ...(findings as Omit<ArticleFindings, 'report'>) },
    provenance,
  };
}

/** A line's provenance; null for lines written before extract recorded it; a message when it is malformed. */
function parseProvenance(value: unknown): Provenance | null | string {
  if (value === undefined) return null;
  const p = value as Record<string, unknown>;
  if (typeof p !== 'object' || p === null || typeof p.extractor !== 'string' || typeof p.gazetteer !== 'string' || (p.measures !== null && typeof p.measures !== 'string')) {
    return '"provenance" must be an object with string "extractor" and "gazetteer" and a string or null "measures"';
  }
  return { extractor: p.extractor, gazetteer: p.gazetteer, measures: p.measures as string | null };
}

function describeProvenance(p: Provenance | null): string {
  return p === null ? 'an extract that records no provenance' : provenanceText(p);
}

function sameProvenance(a: Provenance | null, b: Provenance | null): boolean {
  return a === b || (a !== null && b !== null && a.extractor === b.extractor && a.gazetteer === b.gazetteer && a.measures === b.measures);
}

/**
 * Reads `extract` output from a file (`-`: stdin), in loadCorpus's order (by file name, then id). Lines of different
 * provenance are refused; a report there twice is refused, unless `dedupe` and its lines are byte-identical (an
 * engine that ran a partition twice). Only what compare uses is kept of each line (see compactFindings).
 */
export async function readExtracted(source: string, stdin?: NodeJS.ReadableStream, options: { dedupe?: boolean; warn?: (message: string) => void } = {}): Promise<ExtractedRecord[]> {
  const name = source === '-' ? 'stdin' : source;
  if (source === '-' && !stdin) throw new UsageError('compare --from - reads stdin, and there is none');
  if (source !== '-' && (!existsSync(source) || !statSync(source).isFile())) throw new InputError(source, 'file not found');
  const input = source === '-' ? stdin! : createReadStream(source, 'utf8');
  const records: ExtractedRecord[] = [];
  const seen = new Map<string, { line: number; digest: string }>();
  let first: { line: number; provenance: Provenance | null } | null = null;
  let repeats = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const parsed = parseFindingsLine(line);
    if (typeof parsed === 'string') throw new InputError(name, `line ${lineNumber}: ${parsed}`);
    const digest = options.dedupe ? createHash('sha256').update(line).digest('base64') : '';
    const earlier = seen.get(parsed.report.id);
    if (earlier !== undefined) {
      if (options.dedupe && earlier.digest === digest) {
        repeats += 1;
        continue;
      }
      const why = options.dedupe ? ', with different content' : ' (--dedupe accepts byte-identical repeats)';
      throw new InputError(name, `line ${lineNumber}: report "${parsed.report.id}" is there twice${why} (first on line ${earlier.line})`);
    }
    seen.set(parsed.report.id, { line: lineNumber, digest });
    if (first === null) first = { line: lineNumber, provenance: parsed.provenance };
    else if (!sameProvenance(first.provenance, parsed.provenance)) {
      throw new InputError(
        name,
        `line ${lineNumber}: made by ${describeProvenance(parsed.provenance)}, but line ${first.line} by ${describeProvenance(first.provenance)}: extract every partition with the same version and corpus`,
      );
    }
    compactFindings(parsed.findings);
    records.push(parsed);
    if (lineNumber % MEMORY_CHECK_EVERY === 0) checkMemory(name, lineNumber, records.length);
  }
  if (records.length === 0) throw new InputError(name, 'no findings (expected the NDJSON lines that `extract` writes)');
  if (repeats > 0) options.warn?.(`${name}: ${repeats} repeated line${repeats === 1 ? '' : 's'} of the same report dropped (--dedupe)`);
  const key = (r: ExtractedReport): [string, string] => [r.file, r.id];
  return records.sort((x, y) => compareKeys(key(x.report), key(y.report)));
}

/** compare's inputs from `extract` output: `--report` and `compare A B` select among its reports, as they do in a corpus. */
export async function compareInputsFrom(source: string, ctx: CommandContext, pair: [string, string] | null): Promise<CompareInputs> {
  const records = await readExtracted(source, ctx.stdin, { dedupe: ctx.options.dedupe === true, warn: ctx.warn });
  const known = new Set(records.map((r) => r.report.id));
  const wanted = pair ?? ctx.reports;
  for (const id of wanted) {
    if (!known.has(id)) throw new UsageError(`no report with id '${id}' in ${source === '-' ? 'stdin' : source} (known ids: ${listSome([...known], 10)})`);
  }
  if (pair && pair[0] === pair[1]) throw new UsageError(`compare A B needs two different reports (got '${pair[0]}' twice)`);
  if (pair && ctx.reports.length > 0) ctx.warn('--report is ignored when two report ids are given');
  const chosen = wanted.length === 0 ? records : records.filter((r) => wanted.includes(r.report.id));
  const corpus = typeof ctx.options.corpus === 'string' ? ctx.options.corpus : bundledCorpusDir();
  return {
    ids: chosen.map((r) => r.report.id),
    outlets: new Map(chosen.map((r) => [r.report.id, r.report.outlet])),
    published: new Map(chosen.map((r) => [r.report.id, r.report.published])),
    titles: new Map(chosen.map((r) => [r.report.id, null])),
    files: new Map(chosen.map((r) => [r.report.id, r.report.file])),
    lines: new Map(),
    findings: chosen.map((r) => r.findings),
    gazetteer: loadGazetteer(corpus),
  };
}

function compareKeys(a: [string, string], b: [string, string]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

/** `a, b, c and 97 more`: at most `max` items of a list, so a message stays one readable line at any size. */
function listSome(items: readonly string[], max: number): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** Output is written in pieces of about this many characters. */
const WRITE_BATCH = 1 << 20;

/**
 * Writes a finished report as json or ndjson in pieces, never as one string (at 100k reports compare's JSON is over
 * a gigabyte, past the longest string V8 allows). False, and nothing written, for the other formats.
 */
export function streamReport(report: Report, format: Format, write: (text: string) => void): boolean {
  const chunks = format === 'json' ? jsonChunks(report) : format === 'ndjson' ? ndjsonChunks(report) : null;
  if (chunks === null) return false;
  let batch: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.length;
    if (size >= WRITE_BATCH) {
      write(batch.join(''));
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) write(batch.join(''));
  return true;
}
