// Deciding what an import writes, before anything is written: each draft's id and file names, the faults (an id or
// input already in the corpus), and the new manifest text. Pure: the corpus's state comes in as data.
import type { ManifestEntry } from '../types.js';
import { renderReport, type Draft, type Fault } from './draft.js';

/** The corpus as an import finds it. */
export interface CorpusState {
  /** manifest.json's parsed JSON (already validated by parseManifest); null when the corpus has none. */
  manifest: Record<string, unknown> | null;
  /** The names of the files in the corpus directory. */
  files: ReadonlySet<string>;
  /** The text of a file in the corpus directory, null when unreadable (to recognise an interrupted import's file). */
  textOf: (file: string) => string | null;
}

export interface ImportOptions {
  /** `--id`: the id of the one report imported. */
  id: string | null;
  /** `--replace`: an existing id (or an input imported before) is written again. */
  isReplace: boolean;
}

/** One report to write. */
export interface PlannedReport {
  id: string;
  /** The report's text file, relative to the corpus directory. */
  file: string;
  text: string;
  /** The input kept beside the text (a saved page): its file name and bytes. */
  original: { file: string; bytes: Uint8Array } | null;
  /** The manifest entry, as written. */
  entry: ManifestRecord;
  /** The id of the manifest entry this one replaces (`--replace`), else null. */
  replaces: string | null;
}

/** A manifest entry as import writes it: the loader's fields, then where the report came from. */
export interface ManifestRecord extends ManifestEntry {
  source: { name: string; line: number | null; sha256: string; original: string | null };
}

export interface ImportPlan {
  reports: PlannedReport[];
  faults: Fault[];
}

export function planImport(drafts: readonly Draft[], corpus: CorpusState, options: ImportOptions): ImportPlan {
  const entries = entriesOf(corpus.manifest);
  const listedIds = new Set(entries.map((e) => String(e.id)));
  const listedFiles = new Set(entries.map((e) => String(e.file)));
  const taken = new Set<string>();
  const reports: PlannedReport[] = [];
  const faults: Fault[] = [];

  for (const draft of drafts) {
    const input = draft.source.line === null ? draft.source.name : `${draft.source.name}:${draft.source.line}`;
    const text = renderReport(draft);
    const fault = (message: string): void => void faults.push({ input, reason: 'exists', message });

    const sameInput = reports.find((r) => r.entry.source.sha256 === draft.source.sha256);
    if (sameInput) {
      fault(`the same input as ${sameInput.entry.source.name}, imported once as ${sameInput.id}`);
      continue;
    }
    const before = entries.find((e) => (e.source as { sha256?: unknown } | undefined)?.sha256 === draft.source.sha256);
    let id: string;
    let replaces: string | null = null;
    if (before && !(options.id !== null && options.id !== before.id)) {
      if (!options.isReplace) {
        fault(`already imported as ${String(before.id)} (${String(before.file)}); --replace writes it again`);
        continue;
      }
      id = String(before.id);
      replaces = id;
    } else if (options.id !== null) {
      id = options.id;
      const isTaken = listedIds.has(id) || corpus.files.has(`${id}.txt`) || taken.has(id);
      if (isTaken && !options.isReplace) {
        fault(`the id ${id} exists in the corpus; --replace overwrites it, or choose another --id`);
        continue;
      }
      if (listedIds.has(id)) replaces = id;
    } else {
      id = freeId(baseId(draft), (candidate) => {
        const file = `${candidate}.txt`;
        if (listedIds.has(candidate) || taken.has(candidate) || listedFiles.has(file)) return false;
        // a text file that no manifest entry names and that holds exactly this text is what an interrupted import
        // left (with its kept page, if any): it is taken over
        if (corpus.files.has(file)) return corpus.textOf(file) === text;
        return !corpus.files.has(`${candidate}.html`);
      });
    }
    taken.add(id);
    const previous = replaces === null ? null : entries.find((e) => e.id === replaces);
    const file = previous ? String(previous.file) : `${id}.txt`;
    const original = draft.original ? { file: `${id}.${draft.original.extension}`, bytes: draft.original.bytes } : null;
    const entry: ManifestRecord = {
      id,
      file,
      outlet: draft.outlet,
      published: draft.published,
      byline: draft.byline,
      url: draft.url,
      notes: null,
      source: { name: draft.source.name, line: draft.source.line, sha256: draft.source.sha256, original: original?.file ?? null },
    };
    reports.push({ id, file, text, original, entry, replaces });
  }
  return { reports, faults };
}

/**
 * The manifest after the import: the entries it had (each kept as written, unknown keys too), an entry replaced in
 * place, new entries at the end. Two-space JSON with a final newline.
 */
export function manifestAfter(manifest: Record<string, unknown> | null, reports: readonly PlannedReport[]): string {
  const entries = [...entriesOf(manifest)] as unknown[];
  for (const report of reports) {
    const at = report.replaces === null ? -1 : entries.findIndex((e) => (e as { id?: unknown }).id === report.replaces);
    if (at >= 0) entries[at] = report.entry;
    else entries.push(report.entry);
  }
  return `${JSON.stringify({ ...(manifest ?? {}), reports: entries }, null, 2)}\n`;
}

function entriesOf(manifest: Record<string, unknown> | null): Array<Record<string, unknown>> {
  return ((manifest?.reports as unknown[] | undefined) ?? []) as Array<Record<string, unknown>>;
}

/** `base`, else `base-2`, `base-3`... the first that `isFree` accepts. */
function freeId(base: string, isFree: (id: string) => boolean): string {
  if (isFree(base)) return base;
  for (let n = 2; ; n++) if (isFree(`${base}-${n}`)) return `${base}-${n}`;
}

/** The id a draft is given: its outlet (or its URL's site, or the input's name) and its date, `reuters-2016-12-22`. */
export function baseId(draft: Pick<Draft, 'outlet' | 'url' | 'published' | 'source'>): string {
  const site = draft.outlet ? siteKey(draft.outlet) : hostOf(draft.url);
  const name = site || slug(draft.source.name.replace(/\.[^.]*$/, '')) || 'report';
  return draft.published ? `${name}-${draft.published}` : name;
}

/** An outlet as an id: `Middle East Eye` → `middle-east-eye`, `The Guardian` → `guardian`; a domain by its site name, `www.bbc.co.uk` → `bbc`. */
function siteKey(outlet: string): string {
  if (/^[\w-]+(?:\.[\w-]+)+$/.test(outlet)) return domainKey(outlet);
  return slug(outlet.replace(/^the\s+/i, ''));
}

function hostOf(url: string | null): string {
  if (!url) return '';
  try {
    return domainKey(new URL(url).hostname);
  } catch {
    return '';
  }
}

/** A host's site name: the label before the public suffix (`co.uk`-style second levels of three letters or fewer skipped). */
function domainKey(host: string): string {
  const labels = host.toLowerCase().split('.');
  let at = labels.length - 2;
  if (labels.length >= 3 && (labels[at] ?? '').length <= 3 && (labels[labels.length - 1] ?? '').length === 2) at--;
  return slug(labels[Math.max(0, at)] ?? '');
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}
