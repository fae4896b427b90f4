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

/** One pattern for a list of cue phrases: `evacuat*` matches a prefix, `?` any one word or none. */
function cuePattern(phrases: readonly string[]): RegExp | null {
  if (phrases.length === 0) return null;
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => {
      let source = '';
      for (const word of phrase.split(/\s+/)) {
        if (word === '?') source += '(?:\\S+ )?';
        else source += `${escape(word.replace(/\*$/, ''))}${word.endsWith('*') ? '\\w*' : ''} `;
      }
      return source.trimEnd();
    });
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function wordsBetween(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(Math.max(0, from), Math.max(0, to))
    .map((t) => t.text.toLowerCase())
    .join(' ');
}

/** Characters between the end of the last match of `pattern` in `text` and the end of `text`; -1 when none. */
function distanceFromEnd(pattern: RegExp, text: string): number {
  const global = new RegExp(pattern.source, 'g');
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
export function measureOf(lexicon: MeasureLexicon, tokens: Token[], first: number, end: number, subject: string, modifiers: readonly string[]): Measure {
  const byNoun = lexicon.byNoun.get(subject);
  if (byNoun) return byNoun;
  if (!lexicon.peopleNouns.has(subject)) return 'other';
  for (const modifier of modifiers) {
    const measure = lexicon.byNoun.get(modifier);
    if (measure && lexicon.kindOf(measure) === 'people') return measure;
  }
  const window = wordsBetween(tokens, first - 8, first);
  const clause = window.replace(/^.*[.;:,] /, '');
  const sentence = window.replace(/^.*[.;:] /, '').replace(/\bstill being\b/g, '');
  const after = wordsBetween(tokens, end + 1, end + 11).replace(/ [.;].*$/, '');
  let best: { measure: Measure; distance: number } | null = null;
  const consider = (measure: Measure, distance: number) => {
    if (distance >= 0 && (best === null || distance < best.distance)) best = { measure, distance };
  };
  for (const cue of lexicon.cues) {
    if (cue.before) consider(cue.name, distanceFromEnd(cue.before, cue.reach === 'sentence' ? sentence : clause));
    if (cue.after) consider(cue.name, after.search(cue.after));
  }
  const found = best as { measure: Measure } | null;
  return found?.measure ?? lexicon.bySubject.get(subject) ?? 'other';
}
