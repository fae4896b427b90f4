// The optional manifest (manifest.json in the corpus directory): per-report metadata. Parsing is pure.
import type { ManifestEntry } from '../types.js';
import { jsonFault, parseJson, validateJson } from '../input/json.js';
import { validateManifest } from '../input/validate-manifest.generated.js';

export const MANIFEST_FILE = 'manifest.json';

const FIELDS = ['outlet', 'published', 'byline', 'url', 'notes'] as const;

/**
 * Parses manifest JSON: `{"reports": [{id, file, outlet, published, byline, url, notes}]}`, checked against
 * schemas/manifest.schema.json; then ids and files must each be listed once. A fault names the file, line and column.
 */
export function parseManifest(text: string, file: string): ManifestEntry[] {
  const data = parseJson(text, file);
  validateJson(validateManifest, data, text, file);
  const ids = new Map<string, number>();
  const files = new Map<string, number>();
  return (data as { reports: Array<Record<string, unknown>> }).reports.map((raw, i) => {
    const id = raw.id as string;
    const path = raw.file as string;
    const first = ids.get(id) ?? files.get(path);
    if (ids.has(id)) throw jsonFault(text, file, ['reports', i, 'id'], `reports[${i}].id "${id}" is used twice (first in reports[${first}])`);
    if (files.has(path)) throw jsonFault(text, file, ['reports', i, 'file'], `reports[${i}].file "${path}" is listed twice (first in reports[${first}])`);
    ids.set(id, i);
    files.set(path, i);
    const entry: ManifestEntry = { id, file: path, outlet: null, published: null, byline: null, url: null, notes: null };
    for (const field of FIELDS) {
      const v = raw[field];
      if (typeof v === 'string') entry[field] = v.trim() === '' ? null : v;
    }
    return entry;
  });
}
