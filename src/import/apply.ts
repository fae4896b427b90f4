// Writing a planned import into a corpus: each report's files atomically (the kept page, then the text), then the
// manifest, once, at the end. Until the manifest is renamed into place the corpus reads as before, plus at most some
// complete text files that no entry names yet (they load, with their metadata inferred from the text).
import { accessSync, constants } from 'node:fs';
import { writeFileAtomic } from '../corpus/write.js';
import { MANIFEST_FILE } from '../corpus/manifest.js';
import { InputError } from '../errors.js';
import type { Fault } from './draft.js';
import { manifestAfter, type PlannedReport } from './plan.js';

/** Writes one file of the corpus directory; writeFileAtomic, or a stand-in in tests. */
export type WriteFile = (dir: string, name: string, data: string | Uint8Array) => void;

export interface Applied {
  written: PlannedReport[];
  faults: Fault[];
}

/**
 * Writes `reports` into the corpus directory `dir` and rewrites its manifest. A report that cannot be written is a
 * Fault and left out of the manifest; a directory that cannot be written at all, or a manifest that cannot, is an
 * InputError (one line, exit 2).
 */
export function applyImport(dir: string, manifest: Record<string, unknown> | null, reports: readonly PlannedReport[], write: WriteFile = writeFileAtomic): Applied {
  if (reports.length === 0) return { written: [], faults: [] };
  assertWritable(dir);
  const written: PlannedReport[] = [];
  const faults: Fault[] = [];
  for (const report of reports) {
    try {
      if (report.original) write(dir, report.original.file, report.original.bytes);
      write(dir, report.file, report.text);
      written.push(report);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      faults.push({ input: report.entry.source.name, reason: 'not-written', message: error.message });
    }
  }
  if (written.length > 0) write(dir, MANIFEST_FILE, manifestAfter(manifest, written));
  return { written, faults };
}

/** A write-protected corpus directory is one clear line before anything is tried. (Root may write anyway.) */
function assertWritable(dir: string): void {
  try {
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new InputError(dir, `the corpus directory cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'}): nothing was imported`);
  }
}
