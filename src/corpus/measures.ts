// What is counted (measures.json in the corpus directory, bundled default): parsing, and the bundled set. Pure but for
// `bundledMeasures`, which reads the package's own corpus/measures.json once.
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { MeasureKind, MeasureSpec, Measures } from '../types.js';
import { parseJson, validateJson } from '../input/json.js';
import { validateMeasures } from '../input/validate-measures.generated.js';

export const MEASURES_FILE = 'measures.json';

const KINDS: readonly MeasureKind[] = ['people', 'thing', 'amount', 'duration', 'other'];

/** Parses measures JSON; a fault names the file, and the line and column of the entry where the schema places it. */
export function parseMeasures(text: string, file: string): Measures {
  const data = parseJson(text, file);
  // The shape is schemas/measures.schema.json's (a precompiled validator: faults with line and column); the checks
  // below keep their meaning (a measure defined twice, duration and other required).
  validateJson(validateMeasures, data, text, file);
  const root = data as Record<string, unknown>;
  if (!Array.isArray(root['measures'])) throw new InputError(file, 'expected a "measures" array');
  const measures = root['measures'].map((entry, i) => parseMeasure(entry, `measures[${i}]`, file));
  const names = new Set<string>();
  for (const m of measures) {
    if (names.has(m.name)) throw new InputError(file, `measure "${m.name}" is defined twice`);
    names.add(m.name);
  }
  for (const needed of ['duration', 'other']) if (!names.has(needed)) throw new InputError(file, `a measure named "${needed}" is required`);
  const vague = listAt(root, 'vague', 'vague', file).map((entry, i) => {
    const where = `vague[${i}]`;
    const v = objectAt(entry, where, file);
    const low = v['low'];
    const high = v['high'];
    if (typeof low !== 'number' || (high !== null && typeof high !== 'number')) throw new InputError(file, `${where} needs a number "low" and a number or null "high"`);
    return { words: stringAt(v['words'], `${where}.words`, file).toLowerCase(), low, high: high as number | null };
  });
  return {
    measures,
    peopleNouns: strings(root, 'peopleNouns', 'peopleNouns', file).map((w) => w.toLowerCase()),
    vague,
    scales: numberMap(root['scales'], 'scales', file),
    shortScales: numberMap(root['shortScales'], 'shortScales', file),
  };
}

function parseMeasure(entry: unknown, where: string, file: string): MeasureSpec {
  const m = objectAt(entry, where, file);
  const kind = m['kind'];
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) throw new InputError(file, `${where}.kind must be one of ${KINDS.join(', ')}`);
  const reach = m['beforeReach'] ?? 'clause';
  if (reach !== 'clause' && reach !== 'sentence') throw new InputError(file, `${where}.beforeReach must be "clause" or "sentence"`);
  const units = m['units'] ?? {};
  if (typeof units !== 'object' || units === null || Array.isArray(units) || Object.values(units).some((u) => u !== null && typeof u !== 'string')) {
    throw new InputError(file, `${where}.units must map words to a unit name or null`);
  }
  const symbols = m['symbols'] ?? {};
  if (typeof symbols !== 'object' || symbols === null || Array.isArray(symbols) || Object.values(symbols).some((u) => typeof u !== 'string')) {
    throw new InputError(file, `${where}.symbols must map symbols to a currency name`);
  }
  const lower = (record: object) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    name: stringAt(m['name'], `${where}.name`, file),
    title: stringAt(m['title'], `${where}.title`, file),
    kind: kind as MeasureKind,
    cumulative: m['cumulative'] === true,
    byClass: m['byClass'] === true,
    nouns: strings(m, 'nouns', `${where}.nouns`, file).map((w) => w.toLowerCase()),
    subjects: strings(m, 'subjects', `${where}.subjects`, file).map((w) => w.toLowerCase()),
    before: strings(m, 'before', `${where}.before`, file).map((w) => w.toLowerCase()),
    after: strings(m, 'after', `${where}.after`, file).map((w) => w.toLowerCase()),
    beforeReach: reach,
    units: lower(units) as Record<string, string | null>,
    symbols: lower(symbols) as Record<string, string>,
  };
}

/** A non-empty string, else an InputError naming the file and where in it (`measures[2].name`). */
function stringAt(value: unknown, where: string, file: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new InputError(file, `${where} must be a non-empty string`);
  return value;
}

function objectAt(value: unknown, where: string, file: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(file, `${where} must be an object`);
  return value as Record<string, unknown>;
}

function listAt(data: Record<string, unknown>, key: string, where: string, file: string): unknown[] {
  const value = data[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InputError(file, `${where} must be an array`);
  return value;
}

function strings(data: Record<string, unknown>, key: string, where: string, file: string): string[] {
  return listAt(data, key, where, file).map((v, i) => stringAt(v, `${where}[${i}]`, file));
}

function numberMap(value: unknown, where: string, file: string): Record<string, number> {
  if (value === undefined) return {};
  const map = objectAt(value, where, file);
  if (Object.values(map).some((n) => typeof n !== 'number' || !(n > 0))) throw new InputError(file, `${where} must map words to positive numbers`);
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k.toLowerCase(), v as number]));
}

let bundled: Measures | null = null;

/** The bundled measures (the package's corpus/measures.json), read once. */
export function bundledMeasures(): Measures {
  if (bundled === null) {
    const url = new URL(`../../corpus/${MEASURES_FILE}`, import.meta.url);
    bundled = parseMeasures(readFileSync(url, 'utf8'), url.pathname);
  }
  return bundled;
}
