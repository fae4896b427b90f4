// `compare --from FILE.ndjson`: the reduce step. Reads the findings `extract` wrote and gives compare its inputs.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { bundledCorpusDir, loadGazetteer } from '../corpus/load.js';
import { InputError, UsageError } from '../errors.js';
import type { ArticleFindings } from '../extract/index.js';
import type { Gazetteer } from '../types.js';
import type { ExtractedReport } from './extract.js';
import type { CommandContext } from './index.js';

/** What compare works from: the reports in corpus order, their findings (same order) and the gazetteer. */
export interface CompareInputs {
  ids: string[];
  outlets: Map<string, string | null>;
  findings: ArticleFindings[];
  gazetteer: Gazetteer;
}

const FINDING_KEYS = ['figures', 'dates', 'events', 'actors', 'places', 'quotes'] as const;

/** Reads one line of `extract` output; a fault becomes a message. Pure. */
export function parseFindingsLine(line: string): { report: ExtractedReport; findings: ArticleFindings } | string {
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
  const outlet = typeof report.outlet === 'string' ? report.outlet : null;
  const published = typeof report.published === 'string' ? report.published : null;
  return {
    report: { id: report.id, outlet, published, file: report.file },
    findings: { report: report.id, ...(findings as Omit<ArticleFindings, 'report'>) },
  };
}

/** Reads `extract` output from a file (`-`: stdin), in loadCorpus's order (by file name, then id). */
export async function readExtracted(source: string, stdin?: NodeJS.ReadableStream): Promise<Array<{ report: ExtractedReport; findings: ArticleFindings }>> {
  const name = source === '-' ? 'stdin' : source;
  if (source === '-' && !stdin) throw new UsageError('compare --from - reads stdin, and there is none');
  if (source !== '-' && (!existsSync(source) || !statSync(source).isFile())) throw new InputError(source, 'file not found');
  const input = source === '-' ? stdin! : createReadStream(source, 'utf8');
  const records: Array<{ report: ExtractedReport; findings: ArticleFindings }> = [];
  const lineOf = new Map<string, number>();
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const parsed = parseFindingsLine(line);
    if (typeof parsed === 'string') throw new InputError(name, `line ${lineNumber}: ${parsed}`);
    const first = lineOf.get(parsed.report.id);
    if (first !== undefined) throw new InputError(name, `line ${lineNumber}: report "${parsed.report.id}" is there twice (first on line ${first})`);
    lineOf.set(parsed.report.id, lineNumber);
    records.push(parsed);
  }
  if (records.length === 0) throw new InputError(name, 'no findings (expected the NDJSON lines that `extract` writes)');
  const key = (r: ExtractedReport): [string, string] => [r.file, r.id];
  return records.sort((x, y) => compareKeys(key(x.report), key(y.report)));
}

/** compare's inputs from `extract` output: `--report` and `compare A B` select among its reports, as they do in a corpus. */
export async function compareInputsFrom(source: string, ctx: CommandContext, pair: [string, string] | null): Promise<CompareInputs> {
  const records = await readExtracted(source, ctx.stdin);
  const known = records.map((r) => r.report.id);
  const wanted = pair ?? ctx.reports;
  for (const id of wanted) {
    if (!known.includes(id)) throw new UsageError(`no report with id '${id}' in ${source === '-' ? 'stdin' : source} (known ids: ${known.join(', ')})`);
  }
  if (pair && pair[0] === pair[1]) throw new UsageError(`compare A B needs two different reports (got '${pair[0]}' twice)`);
  if (pair && ctx.reports.length > 0) ctx.warn('--report is ignored when two report ids are given');
  const chosen = wanted.length === 0 ? records : records.filter((r) => wanted.includes(r.report.id));
  const corpus = typeof ctx.options.corpus === 'string' ? ctx.options.corpus : bundledCorpusDir();
  return {
    ids: chosen.map((r) => r.report.id),
    outlets: new Map(chosen.map((r) => [r.report.id, r.report.outlet])),
    findings: chosen.map((r) => r.findings),
    gazetteer: loadGazetteer(corpus),
  };
}

function compareKeys(a: [string, string], b: [string, string]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}
