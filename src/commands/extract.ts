// `extract`: a streaming filter for scale-out (Spark RDD.pipe, Beam, Dask): NDJSON reports on stdin, NDJSON findings out.
import { closeSync, openSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { setImmediate as turn } from 'node:timers/promises';
import { DEFAULT_MAX_REPORT_BYTES, decodeReport } from '../corpus/decode.js';
import { bundledCorpusDir, loadGazetteer } from '../corpus/open.js';
import { isIsoDate } from '../text/calendar.js';
import { InputError, UsageError } from '../errors.js';
import { gazetteerHash } from '../analysis/cache.js';
import { analyseEach, lazySource, type Source } from '../analysis/run.js';
import type { ReportMeta } from '../analysis/kinds.js';
import { provenanceOf, type Provenance } from '../analysis/version.js';
import type { ArticleFindings } from '../extract/index.js';
import { escapeJsonControls } from '../text/sanitize.js';
import type { ManifestEntry } from '../types.js';
import type { CommandSpec } from './index.js';

/**
 * extract's exit codes. 2 (usage or configuration: a wrong option, no corpus, an unreadable gazetteer, a rejects
 * file that cannot be written) is the CLI's; the others say how the input went.
 */
export const EXTRACT_EXIT = {
  ok: 0,
  usage: 2,
  /** Every good line was extracted; some lines were skipped (each named in a warning and in --rejects). */
  skipped: 3,
  /** --on-bad-line fail: stopped at the first bad line; the output holds the reports before it. */
  stopped: 4,
} as const;

/** What `--on-bad-line` does with a line that cannot be used. */
export type BadLineMode = 'skip' | 'fail';


/** How often (ms) extract checks that the process that started it is still alive. */
const PARENT_POLL_MS = 200;

/** The report record of an output line: the same fields as a manifest entry's, as the article's metadata settled them. */
export interface ExtractedReport {
  id: string;
  outlet: string | null;
  /** ISO date, YYYY-MM-DD, or null when neither the input nor the text gives one. */
  published: string | null;
  file: string;
}

/** One output line of `extract` (schemas/extract.schema.json). */
export interface ExtractLine {
  schemaVersion: 1;
  /** What made the line; `compare --from` refuses lines of different provenance. */
  provenance: Provenance;
  report: ExtractedReport;
  findings: Omit<ArticleFindings, 'report'>;
}

/**
 * One input line read: the manifest entry and text it gives (with notes on what was set aside), or why it cannot be
 * used (with the id when the line gives a usable one, so warnings can name it).
 */
export type ParsedInput =
  | { ok: true; entry: ManifestEntry; text: string; notes: string[] }
  | { ok: false; fault: string; id: string | null };

const ID_PATTERN = /^[\w.-]+$/;

/** Why a `file` cannot be used: absolute, or climbing out of the corpus with `..`; null when it is a plain relative path. */
export function fileFault(file: string): string | null {
  if (file.startsWith('/') || file.startsWith('\\') || /^[A-Za-z]:/.test(file)) return `"file" must be a relative path (got ${JSON.stringify(file)})`;
  if (file.split(/[\\/]/).includes('..')) return `"file" must not climb out of the corpus with ".." (got ${JSON.stringify(file)})`;
  if (file.includes('\0')) return '"file" must not contain a NUL character';
  return null;
}

/** Reads one input line `{"id", "outlet", "published", "text"}` (optionally `"file"`; default `<id>.txt`). Pure. */
export function parseInputLine(line: string, maxBytes = DEFAULT_MAX_REPORT_BYTES): ParsedInput {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return { ok: false, fault: `not valid JSON (${(error as Error).message})`, id: null };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, fault: 'expected a JSON object', id: null };
  const raw = data as Record<string, unknown>;
  if (typeof raw.id !== 'string' || !ID_PATTERN.test(raw.id)) {
    return { ok: false, fault: '"id" must be a non-empty string of letters, digits, ".", "_" and "-"', id: null };
  }
  const id = raw.id;
  if (typeof raw.text !== 'string') return { ok: false, fault: '"text" must be a string', id };
  for (const key of ['outlet', 'published', 'file'] as const) {
    if (raw[key] !== undefined && raw[key] !== null && typeof raw[key] !== 'string') return { ok: false, fault: `"${key}" must be a string or null`, id };
  }
  const file = typeof raw.file === 'string' && raw.file.trim() !== '' ? raw.file : `${id}.txt`;
  const badFile = fileFault(file);
  if (badFile !== null) return { ok: false, fault: badFile, id };
  const decoded = decodeReport(Buffer.from(raw.text, 'utf8'), file, maxBytes);
  if (!decoded.ok) return { ok: false, fault: `"text": ${decoded.skipped.message}`, id };
  const field = (key: 'outlet' | 'published'): string | null => (typeof raw[key] === 'string' && raw[key].trim() !== '' ? raw[key] : null);
  const notes: string[] = [];
  let published = field('published');
  if (published !== null && !isIsoDate(published)) {
    notes.push(`"published" ${JSON.stringify(published)} is not a date (YYYY-MM-DD): inferred from the text instead`);
    published = null;
  }
  const entry: ManifestEntry = { id, file, outlet: field('outlet'), published, byline: null, url: null, notes: null };
  return { ok: true, entry, text: decoded.text, notes };
}

/** One report's output line (without the newline), from its article and findings. Pure. */
export function extractLine(
  report: { id: string; file: string },
  meta: ReportMeta,
  { figures, dates, events, actors, places, quotes }: ArticleFindings,
  provenance: Provenance,
): string {
  const line: ExtractLine = {
    schemaVersion: 1,
    provenance,
    report: { id: report.id, outlet: meta.outlet, published: meta.published, file: report.file },
    findings: { figures, dates, events, actors, places, quotes },
  };
  return escapeJsonControls(JSON.stringify(line));
}

/** One rejected input line as written to --rejects: its 1-based line number in this process's input, id, reason, text. */
export function rejectLine(line: number, id: string | null, reason: string, input: string): string {
  return `${escapeJsonControls(JSON.stringify({ line, id, reason, input }))}\n`;
}

/** `line 3 (report "r1")`: where a warning points. */
function where(line: number, id: string | null): string {
  return id === null ? `stdin line ${line}` : `stdin line ${line} (report "${id}")`;
}

/** The --rejects file, opened (truncated) before any input is read; a path that cannot be written is a usage fault. */
function openRejects(path: unknown): { write: (text: string) => void; close: () => void } | null {
  if (typeof path !== 'string') return null;
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new InputError(path, `cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return { write: (text) => void writeSync(fd, text), close: () => closeSync(fd) };
}

export const runExtract: CommandSpec['run'] = async (ctx) => {
  if (!ctx.stdin || !ctx.stdout) throw new UsageError('extract reads reports on stdin and needs a standard input');
  const write = ctx.stdout;
  const mode: BadLineMode = ctx.options.onBadLine === 'fail' ? 'fail' : 'skip';
  const corpus = typeof ctx.options.corpus === 'string' ? ctx.options.corpus : bundledCorpusDir();
  const gazetteer = loadGazetteer(corpus);
  // the measures in effect: the corpus's measures.json, else the bundled set the loader put in its place
  const provenance = provenanceOf(gazetteerHash(gazetteer), JSON.stringify(gazetteer.measures ?? null));
  const maxBytes = typeof ctx.options.maxReportBytes === 'number' ? ctx.options.maxReportBytes : DEFAULT_MAX_REPORT_BYTES;
  const rejects = openRejects(ctx.options.rejects);
  let bad = 0;
  let stopped: 'bad-line' | 'orphaned' | null = null;
  const input = createInterface({ input: ctx.stdin, crlfDelay: Infinity });

  // The process that started extract (an engine's worker) died: stop at once, whatever is in flight.
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid === parent || stopped !== null) return;
    stopped = 'orphaned';
    ctx.warn(`the process that started extract (pid ${parent}) has ended: stopping`);
    input.close();
  }, PARENT_POLL_MS);
  watch.unref();

  const reject = (lineNumber: number, id: string | null, reason: string, line: string): void => {
    bad += 1;
    ctx.warn(`${where(lineNumber, id)}: ${mode === 'skip' ? 'skipped' : 'stopping'}: ${reason}`);
    rejects?.write(rejectLine(lineNumber, id, reason, line));
    if (mode === 'fail') {
      stopped = 'bad-line';
      input.close();
    }
  };

  // Lines are read as the analysis draws them and written in input order, a bounded number in flight: constant memory.
  async function* sources(): AsyncGenerator<Source> {
    const firstLineOf = new Map<string, number>();
    let lineNumber = 0;
    for await (const line of input) {
      lineNumber += 1;
      if (stopped !== null) break;
      if (line.trim() === '') continue;
      const parsed = parseInputLine(line, maxBytes);
      if (!parsed.ok) {
        reject(lineNumber, parsed.id, parsed.fault, line);
        continue;
      }
      const { entry } = parsed;
      const first = firstLineOf.get(entry.id);
      if (first !== undefined) {
        reject(lineNumber, entry.id, `report "${entry.id}" is there twice (first on line ${first})`, line);
        continue;
      }
      firstLineOf.set(entry.id, lineNumber);
      for (const note of parsed.notes) ctx.warn(`${where(lineNumber, entry.id)}: ${note}`);
      // read into its article only where it is analysed (this thread, or the extractor's image)
      const read = async () => (await import('../corpus/article.js')).buildArticle(entry.file, parsed.text, entry, gazetteer.agencies);
      yield lazySource(entry.id, entry.file, parsed.text, entry, read);
      // a turn of the event loop between reports, so a closed stdout or a signal is seen now, not at the end
      await turn();
    }
  }
  try {
    for await (const line of analyseEach(sources(), ['findings', 'meta'], (source, a) => extractLine(source, a.meta, a.findings, provenance), ctx.analysis(gazetteer))) {
      if (stopped === 'orphaned') break;
      write(`${line}\n`);
      await turn();
    }
  } finally {
    clearInterval(watch);
    rejects?.close();
  }
  if (stopped === 'bad-line') return { output: '', exitCode: EXTRACT_EXIT.stopped };
  if (bad > 0) ctx.warn(`${bad} of the input lines could not be read and were skipped${rejects ? ` (see ${String(ctx.options.rejects)})` : ''}`);
  return { output: '', exitCode: bad > 0 ? EXTRACT_EXIT.skipped : EXTRACT_EXIT.ok };
};
