// A report's id, the same wherever the report is read (an open corpus, its article). Pure.
import type { ManifestEntry } from '../types.js';

/** The id of the report in `file`: its manifest entry's, else the file's name without its extension. */
export function reportId(file: string, entry: ManifestEntry | null): string {
  return entry?.id ?? (file.split('/').pop() ?? file).replace(/\.txt$/i, '');
}
