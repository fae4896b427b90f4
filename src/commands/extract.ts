// `extract`: a streaming filter for scale-out (Spark RDD.pipe, Beam, Dask): NDJSON reports on stdin, NDJSON findings out.
import { createInterface } from 'node:readline';
import { buildArticle } from '../corpus/article.js';
import { DEFAULT_MAX_REPORT_BYTES, decodeReport } from '../corpus/decode.js';
import { bundledCorpusDir, loadGazetteer } from '../corpus/load.js';
import { UsageError } from '../errors.js';
import { analyseEach, type Source } from '../analysis/run.js';
import type { ArticleFindings } from '../extract/index.js';
import { escapeJsonControls } from '../text/sanitize.js';
import type { Article, ManifestEntry } from '../types.js';
import type { CommandSpec } from './index.js';

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
  report: ExtractedReport;
  findings: Omit<ArticleFindings, 'report'>;
}

/** One input line read: the manifest entry and text it gives, or why it cannot be used. */
export type ParsedInput = { ok: true; entry: ManifestEntry; text: string } | { ok: false; fault: string };

/** Reads one input line `{"id", "outlet", "published", "text"}` (optionally `"file"`; default `<id>.txt`). Pure. */
export function parseInputLine(line: string, maxBytes = DEFAULT_MAX_REPORT_BYTES): ParsedInput {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return { ok: false, fault: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, fault: 'expected a JSON object' };
  const raw = data as Record<string, unknown>;
  if (typeof raw.id !== 'string' || !/^[\w.-]+$/.test(raw.id)) {
    return { ok: false, fault: '"id" must be a non-empty string of letters, digits, ".", "_" and "-"' };
  }
  if (typeof raw.text !== 'string') return { ok: false, fault: '"text" must be a string' };
  for (const key of ['outlet', 'published', 'file'] as const) {
    if (raw[key] !== undefined && raw[key] !== null && typeof raw[key] !== 'string') return { ok: false, fault: `"${key}" must be a string or null` };
  }
  const file = typeof raw.file === 'string' && raw.file.trim() !== '' ? raw.file : `${raw.id}.txt`;
  const decoded = decodeReport(Buffer.from(raw.text, 'utf8'), file, maxBytes);
  if (!decoded.ok) return { ok: false, fault: `"text": ${decoded.skipped.message}` };
  const field = (key: 'outlet' | 'published'): string | null => (typeof raw[key] === 'string' && raw[key].trim() !== '' ? raw[key] : null);
  const entry: ManifestEntry = { id: raw.id, file, outlet: field('outlet'), published: field('published'), byline: null, url: null, notes: null };
  return { ok: true, entry, text: decoded.text };
}

/** One report's output line (without the newline), from its article and findings. Pure. */
export function extractLine(article: Article, { figures, dates, events, actors, places, quotes }: ArticleFindings): string {
  const line: ExtractLine = {
    schemaVersion: 1,
    report: { id: article.id, outlet: article.meta.outlet.value, published: article.meta.published.value, file: article.file },
    findings: { figures, dates, events, actors, places, quotes },
  };
  return escapeJsonControls(JSON.stringify(line));
}

export const runExtract: CommandSpec['run'] = async (ctx) => {
    if (!ctx.stdin || !ctx.stdout) throw new UsageError('extract reads reports on stdin and needs a standard input');
    const write = ctx.stdout;
    const gazetteer = loadGazetteer(typeof ctx.options.corpus === 'string' ? ctx.options.corpus : bundledCorpusDir());
    const maxBytes = typeof ctx.options.maxReportBytes === 'number' ? ctx.options.maxReportBytes : DEFAULT_MAX_REPORT_BYTES;
    let bad = 0;
    const input = createInterface({ input: ctx.stdin, crlfDelay: Infinity });
    // Lines are read as the analysis draws them and written in input order, a bounded number in flight: constant memory.
    async function* sources(): AsyncGenerator<Source> {
      let lineNumber = 0;
      for await (const line of input) {
        lineNumber += 1;
        if (line.trim() === '') continue;
        const parsed = parseInputLine(line, maxBytes);
        if (parsed.ok) {
          yield { article: buildArticle(parsed.entry.file, parsed.text, parsed.entry, gazetteer.agencies), entry: parsed.entry };
        } else {
          bad += 1;
          ctx.warn(`stdin line ${lineNumber}: skipped: ${parsed.fault}`);
        }
      }
    }
    for await (const line of analyseEach(sources(), ['findings'], (article, a) => extractLine(article, a.findings), ctx.analysis(gazetteer))) {
      write(`${line}\n`);
    }
    if (bad > 0) ctx.warn(`${bad} of the input lines could not be read and were skipped`);
    return { output: '', exitCode: bad > 0 ? 2 : 0 };
  };
