// `import FILE...`: saved pages, Markdown notes and crawler JSON lines read into drafts, planned (ids, faults), then
// written into the corpus named by --corpus. Each input that fails is one warning line; exit 2 when any failed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { readCorpusFile } from '../corpus/open.js';
import { MANIFEST_FILE, parseManifest } from '../corpus/manifest.js';
import { parseJson } from '../input/json.js';
import { InputError, UsageError } from '../errors.js';
import { applyImport } from '../import/apply.js';
import { MIN_WORDS, wordsIn, type Draft, type Fault, type Source } from '../import/draft.js';
import { decodePage, readPage } from '../import/html.js';
import { readJsonLines } from '../import/jsonl.js';
import { readMarkdown } from '../import/markdown.js';
import { lockImported } from '../import/lock.js';
import { planImport, type PlannedReport } from '../import/plan.js';
import type { CommandSpec } from './index.js';

const KINDS: Record<string, 'html' | 'markdown' | 'jsonl'> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

export const runImport: CommandSpec['run'] = async (ctx) => {
  if (typeof ctx.options.corpus !== 'string') throw new UsageError('import writes into a corpus: name it with --corpus DIR (`aleppo-corpus init DIR` makes one)');
  if (ctx.args.length === 0) throw new UsageError('import needs at least one FILE (.html, .md, .jsonl or .ndjson; - for JSON lines on stdin)');
  const id = typeof ctx.options.id === 'string' ? ctx.options.id : null;
  if (id !== null && !/^[\w.-]+$/.test(id)) throw new UsageError(`--id "${id}" may hold only letters, digits, '.', '_' and '-'`);
  const isDryRun = ctx.options.dryRun === true;

  const dir = resolve(ctx.options.corpus);
  const manifestText = readCorpusDir(dir, ctx.options.corpus);
  // parseManifest validates the entries; the raw JSON is kept so that an entry's unknown keys are written back as they were
  if (manifestText !== null) parseManifest(manifestText, join(ctx.options.corpus, MANIFEST_FILE));
  const manifest = manifestText === null ? null : (parseJson(manifestText, MANIFEST_FILE) as Record<string, unknown>);

  const drafts: Draft[] = [];
  const faults: Fault[] = [];
  for (const input of ctx.args) {
    const read = await readInput(input, ctx.stdin);
    for (const warning of read.warnings) ctx.warn(`${basename(input)}: ${warning}`);
    faults.push(...read.faults);
    for (const draft of read.drafts) {
      const words = wordsIn(draft.blocks);
      if (words < MIN_WORDS) faults.push({ input: inputName(draft.source), reason: 'no-text', message: `no readable text (${words} word${words === 1 ? '' : 's'} found)` });
      else drafts.push(draft);
    }
  }
  if (id !== null && drafts.length + faults.length > 1) throw new UsageError(`--id names one report, and the inputs hold ${drafts.length + faults.length}`);

  const files = new Set(readdirSync(dir));
  const plan = planImport(drafts, { manifest, files, textOf: (file) => readCorpusFile(dir, file) }, { id, isReplace: ctx.options.replace === true });
  faults.push(...plan.faults);
  const applied = isDryRun ? { written: plan.reports, faults: [] } : applyImport(dir, manifest, plan.reports);
  faults.push(...applied.faults);
  for (const fault of faults) ctx.warn(`${fault.input}: not imported: ${fault.message}`);
  // a corpus that keeps a facts lock records the new reports' facts, so that check sees only what an edit changes
  if (!isDryRun) lockImported(dir, applied.written.map((r) => r.file));

  const records = applied.written.map(recordOf);
  const output =
    ctx.format === 'json'
      ? `${JSON.stringify({ schemaVersion: 1, command: 'import', isDryRun, reports: records, faults }, null, 2)}\n`
      : ctx.format === 'ndjson'
        ? records.map((r) => `${JSON.stringify(r)}\n`).join('')
        : listing(applied.written, isDryRun);
  return { output, exitCode: faults.length > 0 ? 2 : 0 };
};

/** The corpus directory's manifest text (null: none yet); an InputError when there is no such directory. */
function readCorpusDir(dir: string, given: string): string | null {
  try {
    readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(given, code === 'ENOENT' ? 'corpus directory not found (`aleppo-corpus init DIR` makes one)' : `cannot be read (${code ?? 'error'})`);
  }
  return readCorpusFile(dir, MANIFEST_FILE);
}

interface ReadInput {
  drafts: Draft[];
  faults: Fault[];
  warnings: string[];
}

async function readInput(input: string, stdin: NodeJS.ReadableStream | undefined): Promise<ReadInput> {
  // every line names an input by its file name, as its manifest entry's source does
  const none = (reason: Fault['reason'], message: string): ReadInput => ({ drafts: [], faults: [{ input: basename(input), reason, message }], warnings: [] });
  if (input === '-') {
    if (!stdin) throw new UsageError('import - reads JSON lines on stdin, and there is none');
    return { ...readJsonLines(await readStream(stdin), 'stdin'), warnings: [] };
  }
  const kind = KINDS[extname(input).toLowerCase()];
  if (!kind) return none('unreadable', 'not a saved page (.html), Markdown (.md) or JSON lines (.jsonl, .ndjson)');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(input);
  } catch (error) {
    return none('unreadable', `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const name = basename(input);
  if (kind === 'html') {
    const page = decodePage(bytes);
    return { drafts: [readPage(page.html, sourceOf(name, bytes), bytes)], faults: [], warnings: page.warning ? [page.warning] : [] };
  }
  const text = utf8(bytes);
  if (text === null) return none('unreadable', 'not valid UTF-8');
  if (kind === 'jsonl') return { ...readJsonLines(text, name), warnings: [] };
  return { drafts: [readMarkdown(text, sourceOf(name, bytes))], faults: [], warnings: [] };
}

function sourceOf(name: string, bytes: Uint8Array): Source {
  return { name, line: null, sha256: createHash('sha256').update(bytes).digest('hex') };
}

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function inputName(source: Source): string {
  return source.line === null ? source.name : `${source.name}:${source.line}`;
}

function recordOf(report: PlannedReport): PlannedReport['entry'] & { replaced: boolean } {
  return { ...report.entry, replaced: report.replaces !== null };
}

/** The table form: one line per report written (or, with --dry-run, to be written). */
function listing(reports: readonly PlannedReport[], isDryRun: boolean): string {
  const verb = isDryRun ? 'would write' : 'wrote';
  return reports
    .map((r) => {
      const files = [r.file, ...(r.original ? [r.original.file] : [])].join(', ');
      const what = [r.entry.outlet ?? 'outlet unknown', r.entry.published ?? 'date unknown'].join(', ');
      return `${verb} ${files}  (${r.id}: ${what}${r.replaces ? '; replaces the entry' : ''})  from ${inputName({ ...r.entry.source })}\n`;
    })
    .join('');
}
