// The optional manifest (manifest.json in the corpus directory): per-report metadata. Parsing is pure.
import { InputError } from '../errors.js';
import type { ManifestEntry } from '../types.js';
import { parseJson } from '../input/json.js';

export const MANIFEST_FILE = 'manifest.json';

const FIELDS = ['outlet', 'published', 'byline', 'url', 'notes'] as const;

/** Parses manifest JSON: `{"reports": [{id, file, outlet, published, byline, url, notes}]}`. */
export function parseManifest(text: string, file: string): ManifestEntry[] {
  const data = parseJson(text, file);
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { reports?: unknown }).reports)) {
    throw new InputError(file, 'expected an object with a "reports" array');
  }
  const ids = new Set<string>();
  const files = new Set<string>();
  return ((data as { reports: unknown[] }).reports).map((value, i) => {
    const where = `reports[${i}]`;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(file, `${where} must be an object`);
    const raw = value as Record<string, unknown>;
    const id = requiredString(raw, 'id', where, file);
    const path = requiredString(raw, 'file', where, file);
    if (!/^[\w.-]+$/.test(id)) throw new InputError(file, `${where}.id "${id}" may hold only letters, digits, '.', '_' and '-'`);
    if (path.startsWith('/') || path.split(/[\\/]/).includes('..')) {
      throw new InputError(file, `${where}.file "${path}" must be a path inside the corpus directory`);
    }
    if (ids.has(id)) throw new InputError(file, `${where}.id "${id}" is used twice`);
    if (files.has(path)) throw new InputError(file, `${where}.file "${path}" is listed twice`);
    ids.add(id);
    files.add(path);
    const entry: ManifestEntry = { id, file: path, outlet: null, published: null, byline: null, url: null, notes: null };
    for (const field of FIELDS) {
      const v = raw[field];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'string') throw new InputError(file, `${where}.${field} must be a string or null`);
      entry[field] = v.trim() === '' ? null : v;
    }
    return entry;
  });
}

function requiredString(raw: Record<string, unknown>, key: string, where: string, file: string): string {
  const value = raw[key];
  if (typeof value !== 'string' || value.trim() === '') throw new InputError(file, `${where}.${key} must be a non-empty string`);
  return value;
}
