// Opening a corpus directory: its manifest, its gazetteer, agencies and measures, its report files, and each report's
// text read and decoded on demand. Reading a report into its article (segmenting it) is load.ts's: a command answered
// from the cache never loads the segmenter.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';
import type { Agency, Article, Gazetteer, ManifestEntry, Measures, SkippedReport } from '../types.js';
import { AGENCIES_FILE, parseAgencies } from './agencies.js';
import { decodeReport, DEFAULT_MAX_REPORT_BYTES } from './decode.js';
import { GAZETTEER_FILE, parseGazetteer } from './gazetteer.js';
import { MANIFEST_FILE, parseManifest } from './manifest.js';
import { bundledMeasures, MEASURES_FILE, parseMeasures } from './measures.js';
import { reportId } from './report-id.js';

export interface LoadOptions {
  maxReportBytes?: number;
}

/** The corpus bundled with the package, found from this file's location (dist/corpus/ → ../../corpus). */
export function bundledCorpusDir(): string {
  return fileURLToPath(new URL('../../corpus/', import.meta.url));
}

/**
 * A corpus directory opened but its reports not yet read: the manifest, the gazetteer and the report files, each
 * read on demand (`readReportText`, then `reportArticle` when its parts are needed; `readReport` both at once), so
 * that a command can stream a large corpus through extraction.
 */
export interface OpenCorpus {
  /** Absolute path of the corpus directory. */
  dir: string;
  /** The report files present, sorted by name (the corpus order). */
  files: string[];
  /** null when the corpus has no manifest. */
  manifest: ManifestEntry[] | null;
  /** The text of manifest.json, kept so that `check` can point at an entry's line. */
  manifestText: string | null;
  /** Manifest entries whose file is not in the corpus. */
  orphans: ManifestEntry[];
  gazetteer: Gazetteer;
  /** The manifest entry of `file`, if any. */
  entryOf: (file: string) => ManifestEntry | null;
  maxReportBytes: number;
}

/** A report file read and decoded, not yet segmented: its text, and the encoding it was read as when not UTF-8. */
export interface ReportText {
  file: string;
  text: string;
  encoding?: Article['encoding'];
}

export function openCorpus(dir: string, options: LoadOptions = {}): OpenCorpus {
  const root = corpusRoot(dir);
  const manifestText = readCorpusFile(root, MANIFEST_FILE);
  const manifest = manifestText === null ? null : parseManifest(manifestText, join(dir, MANIFEST_FILE));
  const gazetteer = loadGazetteer(dir);

  const listed = new Map((manifest ?? []).map((entry) => [entry.file, entry]));
  const onDisk = readdirSync(root, { withFileTypes: true })
    .filter((d) => (d.isFile() || d.isSymbolicLink()) && d.name.toLowerCase().endsWith('.txt'))
    .map((d) => d.name);
  const all = [...new Set([...onDisk, ...listed.keys()])].sort();
  const orphans = (manifest ?? []).filter((entry) => !existsSync(join(root, entry.file)));
  const files = all.filter((file) => !orphans.some((o) => o.file === file));
  if (files.length === 0) throw new InputError(dir, 'no reports (.txt files) in the corpus directory');
  return {
    dir: root,
    files,
    manifest,
    manifestText,
    orphans,
    gazetteer,
    entryOf: (file) => listed.get(file) ?? null,
    maxReportBytes: options.maxReportBytes ?? DEFAULT_MAX_REPORT_BYTES,
  };
}

/** The id a report file has in an open corpus: its manifest entry's, else its file name's. */
export function reportIdOf(corpus: OpenCorpus, file: string): string {
  return reportId(file, corpus.entryOf(file));
}

/** Reads and decodes one report of an open corpus, or says why it is skipped. */
export function readReportText(corpus: OpenCorpus, file: string): { ok: true; report: ReportText } | { ok: false; skipped: SkippedReport } {
  const path = join(corpus.dir, file);
  const maxBytes = corpus.maxReportBytes;
  let bytes: Uint8Array;
  try {
    const target = realpathSync(path);
    const inside = relative(realpathSync(corpus.dir), target);
    if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      return { ok: false, skipped: { file, reason: 'unreadable', message: `a symbolic link to ${target}, outside the corpus directory` } };
    }
    const size = statSync(path).size;
    if (size > maxBytes) return { ok: false, skipped: { file, reason: 'too-large', message: `${size} bytes, over the limit of ${maxBytes}` } };
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, skipped: { file, reason: 'unreadable', message: (error as NodeJS.ErrnoException).code ?? 'cannot be read' } };
  }
  const decoded = decodeReport(bytes, file, maxBytes);
  if (!decoded.ok) return decoded;
  return { ok: true, report: { file, text: decoded.text, ...(decoded.encoding ? { encoding: decoded.encoding } : {}) } };
}

/** The warning a report read in another encoding than UTF-8 gets; null for a UTF-8 report. */
export function encodingWarning(report: Pick<Article, 'file' | 'encoding'>): string | null {
  return report.encoding ? `${report.file}: not valid UTF-8: read as ${report.encoding}` : null;
}

/** The absolute path of a corpus directory; an InputError when there is none. */
function corpusRoot(dir: string): string {
  const root = resolve(dir);
  if (!existsSync(root)) throw new InputError(dir, 'corpus directory not found');
  if (!statSync(root).isDirectory()) throw new InputError(dir, 'is a file, not a corpus directory (--corpus takes the directory that holds the reports)');
  return root;
}

/**
 * The knowledge of the corpus directory `dir` alone (extract reads its reports from stdin): its gazetteer (empty when
 * it has none), its agencies (agencies.json, else the bundled corpus's list) and what it counts (measures.json, else the
 * bundled set).
 */
export function loadGazetteer(dir: string): Gazetteer {
  const root = corpusRoot(dir);
  const text = readCorpusFile(root, GAZETTEER_FILE);
  const gazetteer = text === null ? { actors: [], places: [], roles: [] } : parseGazetteer(text, join(dir, GAZETTEER_FILE));
  return { ...gazetteer, agencies: loadAgencies(root), measures: loadMeasures(root) };
}

/** The agencies of a corpus directory: its agencies.json, else the bundled corpus's. */
function loadAgencies(root: string): Agency[] {
  const own = readCorpusFile(root, AGENCIES_FILE);
  if (own !== null) return parseAgencies(own, join(root, AGENCIES_FILE));
  const bundled = bundledCorpusDir();
  const text = readCorpusFile(bundled, AGENCIES_FILE);
  return text === null ? [] : parseAgencies(text, join(bundled, AGENCIES_FILE));
}

/** What a corpus directory counts: its measures.json, else the bundled set. */
function loadMeasures(root: string): Measures {
  const own = readCorpusFile(root, MEASURES_FILE);
  return own === null ? bundledMeasures() : parseMeasures(own, join(root, MEASURES_FILE));
}

/** The text of `name` in the corpus directory, UTF-8 with any byte-order mark removed; null when there is no such file. */
export function readCorpusFile(root: string, name: string): string | null {
  try {
    return readFileSync(join(root, name), 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new InputError(join(root, name), `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
