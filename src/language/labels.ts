// The label sets (how the sides and the events are named), read from labels.json in the corpus directory. Pure.
import { LABELS_FILE } from '../defaults.js';
import { InputError } from '../errors.js';
import { parseJson } from '../corpus/gazetteer.js';

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

type JsonPath = Array<string | number>;

/**
 * Parses labels.json: `{"sets": [{"name", "description"?, "labels": [label, ...]}]}`, where a label is a string or
 * `{"label": "rebels", "variants": ["rebel"]}`. A fault becomes an InputError naming the file, line and column.
 */
export function parseLabels(text: string, file: string): LabelSets {
  const data = parseJson(text, file);
  const fail = (path: JsonPath, message: string): never => {
    const at = locateJsonPath(text, path);
    const where = path.length === 0 ? 'the top level' : describePath(path);
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

function describePath(path: JsonPath): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/**
 * The 1-based line and column where the value at `path` starts in `text` (valid JSON), or null when absent.
 * A single left-to-right scan: strings are skipped as units, nested values by bracket depth.
 */
export function locateJsonPath(text: string, path: JsonPath): { line: number; column: number } | null {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const skipString = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  const skipValue = (): void => {
    skipSpace();
    const first = text[i];
    if (first === '"') return skipString();
    if (first === '{' || first === '[') {
      let depth = 0;
      do {
        const c = text[i];
        if (c === '"') {
          skipString();
          continue;
        }
        if (c === '{' || c === '[') depth++;
        else if (c === '}' || c === ']') depth--;
        i++;
      } while (depth > 0 && i < text.length);
      return;
    }
    while (i < text.length && !',]} \t\n\r'.includes(text[i] as string)) i++;
  };
  const find = (depth: number): number | null => {
    skipSpace();
    if (depth === path.length) return i;
    const key = path[depth];
    const open = text[i];
    if (open === '{' && typeof key === 'string') {
      i++;
      for (;;) {
        skipSpace();
        if (text[i] !== '"') return null;
        const start = i;
        skipString();
        const name = JSON.parse(text.slice(start, i)) as string;
        skipSpace();
        i++; // the colon
        if (name === key) return find(depth + 1);
        skipValue();
        skipSpace();
        if (text[i] !== ',') return null;
        i++;
      }
    }
    if (open === '[' && typeof key === 'number') {
      i++;
      for (let index = 0; ; index++) {
        skipSpace();
        if (text[i] === ']') return null;
        if (index === key) return find(depth + 1);
        skipValue();
        skipSpace();
        if (text[i] !== ',') return null;
        i++;
      }
    }
    return null;
  };
  const index = find(0);
  if (index === null) return null;
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}
