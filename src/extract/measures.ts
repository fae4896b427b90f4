// Deciding what a number counts, from the corpus's measures (measures.json): counted nouns, people nouns, and the cue
// words linked to the number. The measures are compiled once per set into a lexicon.
import { bundledMeasures } from '../corpus/measures.js';
import type { Gazetteer, Measure, MeasureKind, Measures } from '../types.js';
import type { NumberWords, Token } from './numbers.js';

/** A measure's cues compiled to patterns over lower-case words joined by single spaces. */
interface CompiledCues {
  name: string;
  before: RegExp | null;
  after: RegExp | null;
  reach: 'clause' | 'sentence';
}

/** An amount's unit word or symbol: the measure it makes and the unit it carries. */
export interface AmountUnit {
  measure: Measure;
  unit: string | null;
  /** The unit's words, lower case (`per cent` is two). */
  words: string[];
}

export interface MeasureLexicon {
  measures: Measures;
  /** Counted noun → measure (`bodies` → deaths, `buses` → buses). */
  byNoun: ReadonlyMap<string, Measure>;
  /** People noun → the measure it means when no cue says otherwise (`refugees`). */
  bySubject: ReadonlyMap<string, Measure>;
  peopleNouns: ReadonlySet<string>;
  cues: readonly CompiledCues[];
  /** Unit words after a number (longest first) and currency symbols before it. */
  units: readonly AmountUnit[];
  symbols: ReadonlyMap<string, AmountUnit>;
  numberWords: NumberWords;
  kindOf: (measure: Measure) => MeasureKind;
}

const lexicons = new WeakMap<Measures, MeasureLexicon>();

/** The lexicon of a gazetteer's measures (the bundled set when it carries none), compiled once per set. */
export function measureLexicon(gazetteer: Pick<Gazetteer, 'measures'>): MeasureLexicon {
  const measures = gazetteer.measures ?? bundledMeasures();
  const known = lexicons.get(measures);
  if (known) return known;
  const byNoun = new Map<string, Measure>();
  const bySubject = new Map<string, Measure>();
  const units: AmountUnit[] = [];
  const symbols = new Map<string, AmountUnit>();
  const kinds = new Map<Measure, MeasureKind>();
  for (const spec of measures.measures) {
    kinds.set(spec.name, spec.kind);
    for (const noun of spec.nouns) if (!byNoun.has(noun)) byNoun.set(noun, spec.name);
    for (const noun of spec.subjects) if (!bySubject.has(noun)) bySubject.set(noun, spec.name);
    for (const [word, unit] of Object.entries(spec.units)) units.push({ measure: spec.name, unit, words: word.split(/\s+/) });
    for (const [symbol, unit] of Object.entries(spec.symbols)) symbols.set(symbol, { measure: spec.name, unit, words: [symbol] });
  }
  units.sort((a, b) => b.words.length - a.words.length);
  const lexicon: MeasureLexicon = {
    measures,
    byNoun,
    bySubject,
    peopleNouns: new Set(measures.peopleNouns),
    cues: measures.measures
      .filter((spec) => spec.before.length > 0 || spec.after.length > 0)
      .map((spec) => ({ name: spec.name, before: cuePattern(spec.before), after: cuePattern(spec.after), reach: spec.beforeReach })),
    units,
    symbols,
    numberWords: {
      vague: measures.vague.map((v) => ({ words: v.words.split(/\s+/), low: v.low, high: v.high })).sort((a, b) => b.words.length - a.words.length),
      scales: measures.scales,
    },
    kindOf: (measure) => kinds.get(measure) ?? 'other',
  };
  lexicons.set(measures, lexicon);
  return lexicon;
}

/** One pattern for a list of cue phrases: `evacuat*` matches a prefix, `?` any one word or none, `...` up to 12 words. */
function cuePattern(phrases: readonly string[]): RegExp | null {
  if (phrases.length === 0) return null;
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => {
      let source = '';
      for (const word of phrase.split(/\s+/)) {
        if (word === '?') source += '(?:\\S+ )?';
        else if (word === '...') source += '(?:\\S+ ){0,12}';
        else source += `${escape(word.replace(/\*$/, ''))}${word.endsWith('*') ? '\\w*' : ''} `;
      }
      return source.trimEnd();
    });
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Where the clause of a number begins, looking back: after punctuation or a relative word (`in which 35 civilians`). */
const CLAUSE_START = /^.*(?:[.;:,!?"“”]|\b(?:which|whom|where|who|that)) ?/;

function wordsBetween(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(Math.max(0, from), Math.max(0, to))
    .map((t) => t.text.toLowerCase())
    .join(' ');
}

/** Each cue pattern's global copy, for distanceFromEnd: compiled once per pattern, not once per number. */
const globalCopies = new WeakMap<RegExp, RegExp>();

/** Characters between the end of the last match of `pattern` in `text` and the end of `text`; -1 when none. */
function distanceFromEnd(pattern: RegExp, text: string): number {
  let global = globalCopies.get(pattern);
  if (global === undefined) {
    global = new RegExp(pattern.source, 'g');
    globalCopies.set(pattern, global);
  }
  // the loop below runs until exec finds nothing, which sets lastIndex back to 0 for the next call
  let at = -1;
  for (let found = global.exec(text); found !== null; found = global.exec(text)) at = found.index + found[0].length;
  return at < 0 ? -1 : text.length - at;
}

/**
 * The measure of a count of `subject` whose number spans tokens [first, ...] and whose noun phrase ends at `end`:
 * a counted noun decides (`bodies`, `buses`); a people noun (or a modifier such as `wounded`) takes the measure of the
 * nearest cue before the number (within its clause) or after its noun phrase (within the sentence part); a people
 * noun without a cue takes the measure it means alone (`refugees`); anything else is `other`.
 */
export function measureOf(
  lexicon: MeasureLexicon,
  tokens: Token[],
  first: number,
  end: number,
  subject: string,
  modifiers: readonly string[],
  isPeople = lexicon.peopleNouns.has(subject),
): Measure {
  const byNoun = lexicon.byNoun.get(subject);
  if (byNoun) return byNoun;
  if (!isPeople) return 'other';
  for (const modifier of modifiers) {
    const measure = lexicon.byNoun.get(modifier);
    if (measure && lexicon.kindOf(measure) === 'people') return measure;
  }
  const window = wordsBetween(tokens, first - 8, first);
  const clause = window.replace(CLAUSE_START, '');
  const sentence = window.replace(/^.*[.;:] /, '').replace(/\bstill being\b/g, '');
  const after = wordsBetween(tokens, end + 1, end + 11).replace(/ [.;].*$/, '');
  // the nearest cue wins, but a verb right before the number governs it (`killed 30 people injured 90`)
  let before: { measure: Measure; distance: number } | null = null;
  let afterward: { measure: Measure; distance: number } | null = null;
  for (const cue of lexicon.cues) {
    const b = cue.before ? distanceFromEnd(cue.before, cue.reach === 'sentence' ? sentence : clause) : -1;
    if (b >= 0 && (before === null || b < before.distance)) before = { measure: cue.name, distance: b };
    const a = cue.after ? after.search(cue.after) : -1;
    if (a >= 0 && (afterward === null || a < afterward.distance)) afterward = { measure: cue.name, distance: a };
  }
  const found = before !== null && (before.distance === 0 || afterward === null || before.distance <= afterward.distance) ? before : afterward;
  return found?.measure ?? lexicon.bySubject.get(subject) ?? 'other';
}

/** Words between a number (or its noun) and a cue after it that keep the two linked (`were`, `have been`, `reportedly`). */
const LINKING_WORDS = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'being', 'be', 'reportedly', 'also', 'all', 'now', 'later',
  'estimated', 'believed', 'thought', 'feared', 'said', 'reported', 'to', 'confirmed', 'already', 'since',
]);

/**
 * The people measure whose cue the syntax links to a number: a cue ending right where the number (with its
 * qualifier) starts (`killing six`, `death toll rose to 126`, `kills 29`), or a cue right after the number or its noun
 * phrase, past auxiliaries (`588 were injured`, `29 dead`, `one civilian was killed`). Null when none is linked.
 */
export function linkedMeasure(lexicon: MeasureLexicon, tokens: Token[], start: number, end: number): Measure | null {
  const before = wordsBetween(tokens, start - 14, start).replace(CLAUSE_START, '');
  for (const cue of lexicon.cues) {
    if (lexicon.kindOf(cue.name) === 'people' && cue.before && before !== '' && distanceFromEnd(cue.before, before) === 0) return cue.name;
  }
  let k = end + 1;
  while (k < tokens.length && k <= end + 5 && LINKING_WORDS.has(tokens[k]?.text.toLowerCase() ?? '')) k++;
  const after = wordsBetween(tokens, k, k + 5).replace(/ [.;,].*$/, '');
  if (after === '') return null;
  for (const cue of lexicon.cues) {
    if (lexicon.kindOf(cue.name) !== 'people') continue;
    if ((cue.after && after.search(cue.after) === 0) || (cue.before && after.search(cue.before) === 0)) return cue.name;
  }
  return null;
}
