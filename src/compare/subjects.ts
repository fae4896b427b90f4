// Subject families: which subjects of a measure are counts of the same people or things (rebels and civilians
// evacuated are people evacuated; rebels killed and people killed are different counts), and the measures' traits
// grouping needs.
import { bundledMeasures } from '../corpus/measures.js';
import type { Measure, MeasureKind, Measures } from '../types.js';

/** What grouping needs to know of the measures: their order (for sorting groups), kinds and running totals. */
export interface MeasureTraits {
  order: ReadonlyMap<Measure, number>;
  kinds: ReadonlyMap<Measure, MeasureKind>;
  cumulative: readonly Measure[];
  /** People measures whose classes of people (fighters, civilians, children) are different counts. */
  byClass: ReadonlySet<Measure>;
}

const traitsOf = new WeakMap<Measures, MeasureTraits>();

export function measureTraits(measures: Measures = bundledMeasures()): MeasureTraits {
  const known = traitsOf.get(measures);
  if (known) return known;
  const traits: MeasureTraits = {
    order: new Map(measures.measures.map((m, i) => [m.name, i])),
    kinds: new Map(measures.measures.map((m) => [m.name, m.kind])),
    cumulative: measures.measures.filter((m) => m.cumulative).map((m) => m.name),
    byClass: new Set(measures.measures.filter((m) => m.byClass).map((m) => m.name)),
  };
  traitsOf.set(measures, traits);
  return traits;
}

// ---- subject families -----------------------------------------------------------------------------------

/** Generic English words for kinds of people, by class. Unknown words keep their own family. */
export const SUBJECT_WORD_CLASSES: Readonly<Record<string, string>> = buildWordClasses({
  fighters: [
    'rebel', 'rebels', 'fighter', 'fighters', 'militant', 'militants', 'terrorist', 'terrorists', 'insurgent',
    'insurgents', 'gunman', 'gunmen', 'jihadist', 'jihadists', 'combatant', 'combatants', 'militia', 'militias',
    'militiamen', 'opposition', 'extremist', 'extremists',
  ],
  soldiers: ['soldier', 'soldiers', 'troop', 'troops', 'servicemen', 'serviceman'],
  civilians: ['civilian', 'civilians', 'resident', 'residents', 'inhabitant', 'inhabitants'],
  children: ['child', 'children', 'kid', 'kids', 'minor', 'minors', 'orphan', 'orphans', 'baby', 'babies', 'infant', 'infants', 'boys', 'girls'],
  wounded: ['wounded', 'injured', 'sick', 'patient', 'patients', 'casualties'],
  people: [
    'people', 'person', 'persons', 'individual', 'individuals', 'family', 'families', 'member', 'members', 'men',
    'women', 'evacuee', 'evacuees', 'refugee', 'refugees', 'lives', 'syrians', 'population', 'others',
  ],
});

function buildWordClasses(classes: Record<string, string[]>): Record<string, string> {
  const table: Record<string, string> = {};
  for (const [name, words] of Object.entries(classes)) for (const word of words) table[word] = name;
  return table;
}

/** Families counted on their own inside a total of people moved: a subset, not a rival count. */
const SUBSET_FAMILIES = ['children', 'wounded'] as const;

export function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The family a subject belongs to for a measure.
 * - Things (kind `thing`: buses, ambulances, vehicles, convoys): the measure itself (`green buses` and `passenger
 *   buses` are buses).
 * - People moved or affected (kind `people`, not `byClass`: evacuees, remaining, displaced...): one family `people`
 *   for people, rebels, civilians, fighters and mixes (`rebels and family members`); `children` and `wounded` stay
 *   apart when the subject is only that subset.
 * - People counted by class (`byClass`: deaths, wounded): the word class (`people`, `fighters`, `civilians`,
 *   `soldiers`, `children`), because 35,000 rebels killed and 300,000 people killed are different counts; a mix of
 *   classes is `people`; the measure's own class (`wounded` among the wounded) is no class.
 * - Amounts, durations and `other`: the subject as written (lower case).
 */
export function subjectFamily(measure: Measure, subject: string, measures?: Measures): string {
  const traits = measureTraits(measures);
  const kind = traits.kinds.get(measure) ?? 'other';
  if (kind === 'thing') return measure;
  const text = normalise(subject);
  if (kind !== 'people') return text;
  const { classes, isConjoined } = subjectClasses(text);
  if (!traits.byClass.has(measure)) {
    if (!isConjoined) for (const family of SUBSET_FAMILIES) if (classes.has(family)) return family;
    return 'people';
  }
  const isOwnClass = classes.delete(measure);
  if (classes.size === 0) return text === '' || isOwnClass ? 'people' : text;
  if (classes.size === 1) return [...classes][0] ?? 'people';
  if (!isConjoined && classes.has('children')) return 'children';
  return 'people';
}

/** The word classes of a subject (`rebel fighters` → fighters), and whether it joins several kinds with `and`. */
function subjectClasses(subject: string): { classes: Set<string>; isConjoined: boolean } {
  const text = normalise(subject);
  const classes = new Set<string>();
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    const cls = word === '' ? undefined : SUBJECT_WORD_CLASSES[word];
    if (cls !== undefined) classes.add(cls);
  }
  return { classes, isConjoined: /\b(?:and|or|plus)\b|[&,]/.test(text) };
}

/** True for a subject naming one kind of people other than people at large (`rebel fighters`, `civilians`). */
export function isNarrowSubject(subject: string): boolean {
  const { classes, isConjoined } = subjectClasses(subject);
  return !isConjoined && classes.size === 1 && !classes.has('people');
}
