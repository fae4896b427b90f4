// What a number counts: the noun phrase after it (`120 wounded civilians`, `“rebel” fighters`), its head noun and plural.
import { isCalendarWord } from '../text/calendar.js';
import { PHRASE_STOPS } from '../text/english.js';
import { DURATION_UNITS } from './durations.js';
import type { MeasureLexicon } from './measures.js';
import { entry, lower, readNumber, type Token } from './numbers.js';

const NOT_PLURAL = new Set([
  'news', 'was', 'has', 'does', 'says', 'this', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'always', 'perhaps',
  'towards', 'besides', 'whereas', 'afterwards', 'sometimes', 'nevertheless', 'series', 'species', 'politics', 'process',
  'goes', 'gives', 'takes', 'makes', 'comes', 'seems', 'remains', 'means', 'plus', 'thus', 'unless', 'across', 'always',
]);
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'wounded', 'injured', 'dead', 'aircraft', 'militia', 'youth', 'cattle', 'livestock', 'sheep']);
/** Participles that stand for people or modify a people noun (`the wounded`, `wounded civilians`). */
export const ADJECTIVAL = new Set(['wounded', 'injured', 'injuries', 'dead']);

function isWord(token: Token | undefined): boolean {
  return token !== undefined && /^[\p{L}]/u.test(token.text);
}

function isQuoteMark(token: Token | undefined): boolean {
  return token !== undefined && /^["“”‘’']$/.test(token.text);
}

function isPluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (NOT_PLURAL.has(w) || PHRASE_STOPS.has(w)) return false;
  return w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w) && /^[\p{L}'’-]+$/u.test(w);
}

export function pluralOf(word: string): string {
  const w = word.toLowerCase();
  const irregular: Record<string, string> = { person: 'people', child: 'children', man: 'men', woman: 'women', life: 'lives' };
  if (irregular[w]) return irregular[w];
  if (isPluralNoun(w) || /[a-z]{2}men$/.test(w)) return w;
  if (/(?:s|x|ch|sh)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

export interface NounPhrase {
  head: string;
  modifiers: string[];
  /** Index of the last token of the phrase (its head, a closing quote, or a coordinated noun). */
  last: number;
}

/** The counted noun phrase starting at token j: up to three modifiers and a head noun, plural unless `singular`. */
export function readNounPhrase(tokens: Token[], j: number, singular: boolean, lexicon: MeasureLexicon): NounPhrase | null {
  const modifiers: string[] = [];
  let k = j;
  let opened = false;
  if (isQuoteMark(tokens[k]) && isWord(tokens[k + 1])) {
    opened = true;
    k += 1;
  }
  for (let n = 0; n < 4; n++, k++) {
    const token = tokens[k];
    if (!isWord(token) || token === undefined) return null;
    const w = token.text.toLowerCase();
    if ((PHRASE_STOPS.has(w) && !/^[A-Z]{2,}$/.test(token.text)) || isCalendarWord(w)) return null;
    if (readNumber(tokens, k, lexicon.numberWords) !== null && !entry(DURATION_UNITS, w)) return null;
    if (singular && /ed$/.test(w)) return null;
    const isPeoplePlural = lexicon.peopleNouns.has(w) && pluralOf(w) === w;
    const isHead = isPluralNoun(w) || isPeoplePlural || (singular && !isModifierOnly(tokens, k));
    const isAdjectival = ADJECTIVAL.has(w);
    if (isHead && isAdjectival && isWord(tokens[k + 1]) && isPluralNoun(tokens[k + 1]?.text ?? '') && !PHRASE_STOPS.has(lower(tokens, k + 1))) {
      modifiers.push(w);
      continue;
    }
    if (isHead) {
      let last = k;
      if (opened && isQuoteMark(tokens[k + 1]) && tokens[k + 1]?.start === token.end) last = k + 1;
      const head = w.replace(/[’']s$/, '');
      if (lexicon.peopleNouns.has(pluralOf(head)) && lower(tokens, last + 1) === 'and') {
        const other = readNounPhrase(tokens, last + 2, false, lexicon);
        if (other && lexicon.peopleNouns.has(other.head)) last = other.last;
      }
      return { head, modifiers, last };
    }
    modifiers.push(w);
  }
  return null;
}

/** For a singular count (`one death`): the word at k is a modifier when a noun follows it directly. */
function isModifierOnly(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return isWord(next) && next !== undefined && !PHRASE_STOPS.has(next.text.toLowerCase()) && next.start === (tokens[k]?.end ?? 0) + 1;
}

