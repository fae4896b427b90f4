// The label sets (how the sides and the events are named), read from labels.json in the corpus directory. Pure.
import { LABELS_FILE } from '../defaults.js';
import { jsonFault, parseJson, pathName, validateJson, type JsonPath } from '../input/json.js';
import { validateLabels } from '../input/validate-labels.generated.js';

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
  // The shape is schemas/labels.schema.json's (a precompiled validator); what follows are the checks of meaning.
  validateJson(validateLabels, data, text, file);
  const raw = data as { sets: Array<{ name: string; description?: string | null; labels: RawLabel[] }> };
  const fail = (path: JsonPath, message: string): never => {
    throw jsonFault(text, file, path, `${pathName(path)} ${message}`);
  };
  const seenSets = new Set<string>();
  const seenVariants = new Map<string, string>();
  const sets = raw.sets.map((rawSet, i): LabelSet => {
    const at: JsonPath = ['sets', i];
    const name = rawSet.name.trim();
    if (seenSets.has(name)) return fail([...at, 'name'], `repeats the set name "${name}"`);
    seenSets.add(name);
    const description = rawSet.description?.trim() || null;
    const labels = rawSet.labels.map((rawLabel, j): LabelDefinition => {
      const labelAt: JsonPath = [...at, 'labels', j];
      const definition = readLabel(rawLabel);
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

/** A label as the schema allows it: a word, or a label with its variants. */
type RawLabel = string | { label: string; variants?: string[] };

/** A label's definition: the label and its variants (the label first; variants that fold alike once). */
function readLabel(raw: RawLabel): LabelDefinition {
  const label = (typeof raw === 'string' ? raw : raw.label).trim();
  const variants: string[] = [label];
  for (const variant of typeof raw === 'string' ? [] : (raw.variants ?? [])) {
    const word = variant.trim();
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

