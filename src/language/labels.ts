// The label sets (how the sides and the events are named), read from labels.json in the corpus directory. Pure.
import { LABELS_FILE } from '../defaults.js';
import { InputError } from '../errors.js';
import { parseJson, pathName, positionOf, type JsonPath } from '../input/json.js';

export { LABELS_FILE };

/** One label (`rebels`) and the words that count as it, as written in the data (the label itself included). */
export interface LabelDefinition {
  label: string;
  /** Words or phrases matched as this label; singular and plural of the last word are added when matching. */
  variants: string[];
}

/** A named group of labels for one thing (`opposition`: rebels, insurgents, militants...). */
export interface LabelSet {
  name: string;
  description: string | null;
  labels: LabelDefinition[];
}

export interface LabelSets {
  sets: LabelSet[];
}

/**
 * Parses labels.json: `{"sets": [{"name", "description"?, "labels": [label, ...]}]}`, where a label is a string or
 * `{"label": "rebels", "variants": ["rebel"]}`. A fault becomes an InputError naming the file, line and column.
 */
export function parseLabels(text: string, file: string): LabelSets {
  const data = parseJson(text, file);
  const fail = (path: JsonPath, message: string): never => {
    const at = positionOf(text, path);
    const where = path.length === 0 ? 'the top level' : pathName(path);
    throw new InputError(file, at === null ? `${where}: ${message}` : `line ${at.line}, column ${at.column}: ${where} ${message}`);
  };
  if (!isObject(data)) return fail([], 'must be a JSON object');
  const rawSets = data.sets;
  if (!Array.isArray(rawSets)) return fail(rawSets === undefined ? [] : ['sets'], rawSets === undefined ? 'needs a "sets" array' : 'must be an array');

  const seenSets = new Set<string>();
  const seenVariants = new Map<string, string>();
  const sets = rawSets.map((rawSet, i): LabelSet => {
    const at: JsonPath = ['sets', i];
    if (!isObject(rawSet)) return fail(at, 'must be an object');
    const name = nonEmptyString(rawSet.name);
    if (name === null) return fail(rawSet.name === undefined ? at : [...at, 'name'], 'needs a non-empty "name"');
    if (seenSets.has(name)) return fail([...at, 'name'], `repeats the set name "${name}"`);
    seenSets.add(name);
    let description: string | null = null;
    if (rawSet.description !== undefined && rawSet.description !== null) {
      description = nonEmptyString(rawSet.description);
      if (description === null) return fail([...at, 'description'], 'must be a non-empty string');
    }
    if (!Array.isArray(rawSet.labels)) return fail(rawSet.labels === undefined ? at : [...at, 'labels'], 'needs a "labels" array');
    const labels = rawSet.labels.map((rawLabel, j): LabelDefinition => {
      const labelAt: JsonPath = [...at, 'labels', j];
      const definition = readLabel(rawLabel);
      if (typeof definition === 'string') return fail(definition === '' ? labelAt : [...labelAt, definition], 'must be a non-empty string');
      definition.variants.forEach((variant, k) => {
        const key = foldLabel(variant);
        const owner = seenVariants.get(key);
        const variantAt = typeof rawLabel === 'string' ? labelAt : k === 0 ? [...labelAt, 'label'] : [...labelAt, 'variants', k - 1];
        if (owner !== undefined && owner !== `${name}/${definition.label}`) return fail(variantAt, `repeats "${variant}", already a variant of ${owner}`);
        seenVariants.set(key, `${name}/${definition.label}`);
      });
      return definition;
    });
    return { name, description, labels };
  });
  return { sets };
}

/** A label definition, or the key of the faulty field (`''` when the entry itself is wrong). */
function readLabel(raw: unknown): LabelDefinition | string {
  if (typeof raw === 'string') {
    const label = nonEmptyString(raw);
    return label === null ? '' : { label, variants: [label] };
  }
  if (!isObject(raw)) return '';
  const label = nonEmptyString(raw.label);
  if (label === null) return 'label';
  if (raw.variants === undefined) return { label, variants: [label] };
  if (!Array.isArray(raw.variants)) return 'variants';
  const variants: string[] = [label];
  for (const variant of raw.variants) {
    const word = nonEmptyString(variant);
    if (word === null) return 'variants';
    if (!variants.some((v) => foldLabel(v) === foldLabel(word))) variants.push(word);
  }
  return { label, variants };
}

/** Case, curly apostrophes, hyphen variants and runs of spaces folded, for comparing labels as written. */
export function foldLabel(words: string): string {
  return words
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

