// Shared by the actor and place extractors: the parts they read, spelling folds, and gazetteer alias matching in text.
import { CALENDAR_NAMES } from '../text/calendar.js';
import { isNameWord } from '../text/names.js';
import { splitSentences } from '../text/sentences.js';
import { placeKey } from './place-key.js';
import type { Gazetteer, GazetteerActor, GazetteerPlace } from '../types.js';
import type { Segment } from './segments.js';

export type { Segment };


// ---- folds ------------------------------------------------------------------------------------------

/** Same-length fold for matching: curly apostrophes to `'`, hyphens and dashes and whitespace to a space. */
export function foldForMatch(text: string): string {
  // white space other than the space itself: a space is already what it folds to, and most of a text's separators
  return text.replace(/[\u2018\u2019\u02BC`]/g, "'").replace(/[-\u2010\u2011\u2012\u2013\u2014]|[^\S ]/g, ' ');
}

/**
 * Text that lower-cases code unit by code unit as it does whole: no surrogate pair, and no capital sigma (whose lower
 * case, `σ` or final `ς`, depends on the letters around it). Where the whole text's lower case also keeps its length
 * (no `İ`, which lowers to two units), every unit is lowered alone.
 */
const LOWERS_IN_CONTEXT = /[\u03A3\uD800-\uDFFF]/;

/** Per-code-unit lower case, keeping the length (so offsets survive). */
export function lowerSameLength(text: string): string {
  const whole = text.toLowerCase();
  if (whole.length === text.length && !LOWERS_IN_CONTEXT.test(text)) return whole;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? lower : ch;
  }
  return out;
}

/** Folds a role or title for comparison: case, dots, hyphens and spacing (`U.N. Special Envoy` = `UN special envoy`). */
export function foldRole(role: string): string {
  return foldForMatch(role).replace(/\./g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

// ---- tokens -----------------------------------------------------------------------------------------

export { tokenize, type Token } from '../text/tokens.js';
import { tokenize, type Token } from '../text/tokens.js';

/** Capitalised words that open sentences or name times, never a name on their own. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  ...(
    'the a an and but or as at in on of for to from by with after before earlier later meanwhile however while when where since until during ' +
    'this that these those there here it its he she they we you i his her their our my your some many most all both each other another ' +
    'mr mrs ms dr according also then now today yesterday tomorrow if so yet still even just only once not no yes one two three'
  ).split(' '),
  ...CALENDAR_NAMES,
]);

/** A word that may open a name: capitalised (`Aleppo`, `ICRC`) or a capitalised name after an Arabic article (`al-Assad`). */
export function opensName(word: string): boolean {
  return isNameWord(word) && !NOT_NAME_WORDS.has(word.toLowerCase());
}

/**
 * The sentences of `text` that may name an actor or a place the gazetteer does not list, for compromise to parse
 * (names.ts): those holding a word that opens a name outside `taken` (gazetteer matches, credits). An actor compromise
 * found in any other sentence would overlap `taken` or open with no such word, and be dropped; a place there would be
 * function words alone (`May`, `Thursday`), no place either. Parsing is most of the extractor's time, so those
 * sentences are not parsed. compromise tags each sentence on its own, so a sentence parsed alone gets the tags it gets
 * inside its paragraph. `tokens` are tokenize(text); `start` is the sentence's index in `text`.
 */
export function namingSentences(text: string, tokens: readonly Token[], taken: Occupancy): Array<{ start: number; text: string }> {
  const found: Array<{ start: number; text: string }> = [];
  let next = 0;
  for (const sentence of splitSentences(text)) {
    const [start, end] = sentence.offset;
    while (next < tokens.length && (tokens[next] as Token).start < start) next++;
    let names = false;
    for (let i = next; i < tokens.length && (tokens[i] as Token).start < end && !names; i++) {
      const token = tokens[i] as Token;
      names = opensName(token.text) && !taken.overlaps(token.start, token.end);
    }
    // In a headline in title case every word opens with a capital: that says nothing of names.
    if (names && !isTitleCased(sentence.text)) found.push({ start, text: sentence.text });
  }
  return found;
}

/** Text in title case (`Rebels And Civilians Flee As City Falls`): four or more words, nearly all capitalised. */
export function isTitleCased(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 4 && capitalised >= words.length * 0.85;
}

/** What trimSpan drops before a span, and after it. */
const LEADING_TRIM = /[\s"'\u2018\u2019\u201C\u201D(\[.,;:!?\u2013\u2014-]/u;
const TRAILING_TRIM = /[\s"'\u2018\u2019\u201C\u201D)\].,;:!?\u2013\u2014-]/u;

/** True for an ASCII letter or digit, which neither end of a span loses: most spans open and close with one. */
function isAsciiWordCode(code: number): boolean {
  const folded = code | 0x20;
  return (code >= 0x30 && code <= 0x39) || (folded >= 0x61 && folded <= 0x7a);
}

/** The span with a trailing possessive (`’s`, `'s`, `s’`) and trailing punctuation removed. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && !isAsciiWordCode(text.charCodeAt(s)) && LEADING_TRIM.test(text[s] as string)) s++;
  for (;;) {
    const before = e;
    while (e > s && !isAsciiWordCode(text.charCodeAt(e - 1)) && TRAILING_TRIM.test(text[e - 1] as string) && !isAbbreviationDot(text, s, e)) e--;
    // a possessive: `'s` or `’s`
    if (e - s > 2 && text.charCodeAt(e - 1) === 0x73 && (text.charCodeAt(e - 2) === 0x27 || text.charCodeAt(e - 2) === 0x2019)) e -= 2;
    if (e === before) break;
  }
  return [s, e];
}

/** True when the dot at `end - 1` closes an abbreviation such as `U.N.` (a dot two characters back too). */
function isAbbreviationDot(text: string, start: number, end: number): boolean {
  return text[end - 1] === '.' && end - 3 >= start && text[end - 3] === '.';
}

/** Occupied character positions of one text, for constant-time overlap checks on long inputs. */
export class Occupancy {
  private readonly used: Uint8Array;
  constructor(length: number, spans: ReadonlyArray<readonly [number, number]> = []) {
    this.used = new Uint8Array(length + 1);
    for (const [s, e] of spans) this.add(s, e);
  }
  add(start: number, end: number): void {
    this.used.fill(1, Math.max(0, start), Math.max(0, end));
  }
  overlaps(start: number, end: number): boolean {
    for (let i = Math.max(0, start); i < end && i < this.used.length; i++) if (this.used[i]) return true;
    return false;
  }
}

export function overlaps(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  return spans.some(([s, e]) => s < end && start < e);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

// ---- gazetteer matching -----------------------------------------------------------------------------

interface AliasEntry {
  /** The alias folded with foldForMatch, spaces collapsed. */
  folded: string;
  lower: string;
  /** Whether case must match (beyond the first character). */
  isCaseSensitive: boolean;
  /** Place in the gazetteer's aliases, longest first: which of two aliases of one span comes first. */
  rank: number;
  actor: GazetteerActor | null;
  place: GazetteerPlace | null;
}

interface CompiledGazetteer {
  /** The aliases by their first word (lower case), each list longest first; `''` holds those opening with no letter or digit. */
  byFirstWord: Map<string, AliasEntry[]>;
  /** Normalised place spellings → place. */
  placeKeys: Map<string, GazetteerPlace>;
  /** Roles longest first, with their canonical (first listed) form. */
  roles: Array<{ folded: string; canonical: string }>;
  /** The same roles by their folded form, for looking one up whole. */
  roleByFold: ReadonlyMap<string, string>;
}

const compiled = new WeakMap<Gazetteer, CompiledGazetteer>();

/** The letters and digits a text opens with. */
const FIRST_WORD = /^[\p{L}\p{N}]+/u;
/** Each run of letters and digits. */
const WORDS = /[\p{L}\p{N}]+/gu;

export function compileGazetteer(gazetteer: Gazetteer): CompiledGazetteer {
  const cached = compiled.get(gazetteer);
  if (cached) return cached;
  const aliases: AliasEntry[] = [];
  const add = (alias: string, actor: GazetteerActor | null, place: GazetteerPlace | null): void => {
    const folded = foldForMatch(alias).replace(/\s+/g, ' ').trim();
    if (folded === '') return;
    const isCaseSensitive = !(folded.includes(' ') && folded.length >= 6 && folded !== folded.toUpperCase());
    aliases.push({ folded, lower: lowerSameLength(folded), isCaseSensitive, rank: 0, actor, place });
  };
  for (const actor of gazetteer.actors) for (const alias of [actor.name, ...actor.aliases]) add(alias, actor, null);
  for (const place of gazetteer.places) for (const alias of [place.name, ...place.aliases]) add(alias, null, place);
  aliases.sort((a, b) => b.folded.length - a.folded.length);
  aliases.forEach((entry, i) => (entry.rank = i));
  const placeKeys = new Map<string, GazetteerPlace>();
  for (const place of gazetteer.places) {
    for (const spelling of [place.name, ...place.aliases]) {
      const key = placeKey(spelling);
      if (key.length >= 3 && !placeKeys.has(key)) placeKeys.set(key, place);
    }
  }
  const canonicalByFold = new Map<string, string>();
  for (const role of gazetteer.roles) if (!canonicalByFold.has(foldRole(role))) canonicalByFold.set(foldRole(role), role.trim());
  const roles = [...canonicalByFold].map(([folded, canonical]) => ({ folded, canonical })).sort((a, b) => b.folded.length - a.folded.length);
  const byFirstWord = new Map<string, AliasEntry[]>();
  for (const entry of aliases) {
    const key = FIRST_WORD.exec(entry.lower)?.[0] ?? '';
    const list = byFirstWord.get(key);
    if (list) list.push(entry);
    else byFirstWord.set(key, [entry]);
  }
  const result = { byFirstWord, placeKeys, roles, roleByFold: canonicalByFold };
  compiled.set(gazetteer, result);
  return result;
}

/** Whether `words` are one of the gazetteer's roles (`Defence Minister`, `U.N. special envoy`), folded. */
export function isRole(gazetteer: Gazetteer, words: string): boolean {
  const folded = foldRole(words);
  return compileGazetteer(gazetteer).roleByFold.has(folded);
}

/** A gazetteer alias found in a segment: an actor mention, a place mention, or (for a country) whichever the context says. */
export interface AliasMatch {
  /** [start, end) in the segment text. */
  start: number;
  end: number;
  actor: GazetteerActor | null;
  place: GazetteerPlace | null;
}

/**
 * Every gazetteer alias in the segment, longest match first, never overlapping each other or the excluded spans.
 * A span that names both a state and a place is the actor when it acts (`Russia said`), else the place.
 */
export function matchAliases(segment: Segment, gazetteer: Gazetteer): AliasMatch[] {
  const { byFirstWord } = compileGazetteer(gazetteer);
  const folded = foldForMatch(segment.text);
  const lower = lowerSameLength(folded);
  const taken = new Occupancy(segment.text.length, segment.excluded);
  const accepted: AliasMatch[] = [];
  const raw: Array<{ start: number; end: number; entry: AliasEntry }> = [];
  const consider = (entry: AliasEntry, at: number): void => {
    const end = at + entry.lower.length;
    if (!lower.startsWith(entry.lower, at) || isWordChar(folded[at - 1]) || isWordChar(folded[end])) return;
    if (!entry.isCaseSensitive && folded.slice(at + 1, end) !== entry.folded.slice(1) && !matchesIgnoringCase(folded, at, entry)) return;
    if (entry.isCaseSensitive && (folded.slice(at + 1, end) !== entry.folded.slice(1) || (folded[at] !== entry.folded[0] && entry.folded[0] !== entry.lower[0]))) return;
    raw.push({ start: at, end, entry });
  };
  // An alias starts where a word starts: look up the aliases opening with that word (a whole run of letters and
  // digits, as the alias's own first word is), not every alias at every place.
  for (const word of lower.matchAll(WORDS)) for (const entry of byFirstWord.get(word[0]) ?? []) consider(entry, word.index);
  for (const entry of byFirstWord.get('') ?? []) {
    for (let at = lower.indexOf(entry.lower); at >= 0; at = lower.indexOf(entry.lower, at + 1)) consider(entry, at);
  }
  raw.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.entry.rank - b.entry.rank);
  const bySpan = new Map<string, typeof raw>();
  for (const r of raw) {
    const key = `${r.start}:${r.end}`;
    const list = bySpan.get(key);
    if (list) list.push(r);
    else bySpan.set(key, [r]);
  }
  for (const candidate of raw) {
    if (taken.overlaps(candidate.start, candidate.end)) continue;
    const same = bySpan.get(`${candidate.start}:${candidate.end}`) ?? [candidate];
    const actor = same.find((r) => r.entry.actor)?.entry.actor ?? null;
    const place = same.find((r) => r.entry.place)?.entry.place ?? null;
    if (actor && !isPlausibleName(segment.text, candidate.start, candidate.end, actor)) continue;
    let match: AliasMatch;
    if (actor && place) {
      match = isActing(segment.text, candidate.start, candidate.end) ? { ...candidate, actor, place: null } : { ...candidate, actor: null, place };
    } else if (actor && actor.type === 'state' && !isActing(segment.text, candidate.start, candidate.end)) {
      const asPlace = gazetteer.places.find((p) => p.name === actor.name) ?? null;
      match = asPlace ? { start: candidate.start, end: candidate.end, actor: null, place: asPlace } : { start: candidate.start, end: candidate.end, actor, place: null };
    } else {
      match = { start: candidate.start, end: candidate.end, actor, place };
    }
    taken.add(candidate.start, candidate.end);
    accepted.push(match);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/** Multi-word aliases compare case-insensitively. */
function matchesIgnoringCase(folded: string, at: number, entry: AliasEntry): boolean {
  return !entry.isCaseSensitive && lowerSameLength(folded.slice(at, at + entry.folded.length)) === entry.lower;
}

/**
 * A one-word person alias (`Haider`) inside a longer name the gazetteer does not know (`Haider al-Abadi`) is not that person:
 * it must not be followed by another capitalised name word or preceded by one that is not a title.
 */
function isPlausibleName(text: string, start: number, end: number, actor: GazetteerActor): boolean {
  if (actor.type !== 'person' || /\s/.test(text.slice(start, end))) return true;
  if (/^[ \u00A0](?:(?:al|el|bin|ibn|bint|abu|de|del|van|von)[- ])?\p{Lu}/u.test(text.slice(end, end + 8))) return false;
  const before = /(\p{Lu}[\p{L}.'\u2019-]*)[ \u00A0]$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (before && !/^(?:Mr|Mrs|Ms|Dr|President|General|Minister|Colonel|Sheikh|Prince|King)\.?$/u.test(before[1] as string)) {
    const prev = text.slice(0, start - (before[1] as string).length - 1).trimEnd();
    if (prev !== '' && !/[.!?:"\u201C\u201D]$/.test(prev)) return false;
  }
  return true;
}

/** Verbs of speech or action (stems) that make a named state the actor of its clause (`Russia said`, `Iran imposed`). */
const ACTION_STEMS = [
  'say', 'said', 'tell', 'told', 'announce', 'claim', 'confirm', 'promise', 'declare', 'deny', 'denie', 'warn', 'report', 'accuse', 'blame',
  'impose', 'broker', 'back', 'deploy', 'agree', 'insist', 'add', 'urge', 'call', 'demand', 'reject', 'launch', 'sent', 'order',
  'provide', 'offer', 'propose', 'sign', 'veto', 'threaten', 'conduct', 'support', 'want', 'refuse', 'intervene', 'estimate', 'condemn',
  'welcome', 'pledge', 'guarantee', 'negotiate', 'struck', 'strike', 'sponsor', 'help', 'insist', 'ask', 'accept', 'allow', 'arm', 'bomb',
  'attack', 'seize', 'seized', 'vow', 'reiterate', 'argue', 'insist', 'note', 'decide', 'agree', 'plan', 'prepare', 'monitor', 'send',
];
const ACTION_VERB = `(?:${[...new Set(ACTION_STEMS)].join('|')})(?:s|es|d|ed|ing)?`;
const AUXILIARY = '(?:which|who|also|then|later|now|has|had|have|did|does|do|would|will|could|can|may|might|must|should|itself|alone|not|never|already|previously|had\\s+been|has\\s+been)';
const ACTING_AFTER = new RegExp(`^(?:\\s*(?:\\.\\.\\.|\u2026))?\\s*,?\\s*(?:${AUXILIARY}\\s+){0,3}${ACTION_VERB}\\b`, 'u');
const ACTING_BEFORE = /(?:\bby|\baccording to|\b(?:said|says|claims|claimed|announced|announces|reported|reports|warned|warns|insisted|insists))\s+(?:the\s+)?$/u;
/** A name after a preposition is a complement (`the war in Syria has claimed`), not the subject. */
const PREPOSITION_BEFORE = /\b(?:in|within|across|of|from|to|into|inside|throughout|on|at|for|over|about|against|near|with|between)\s+(?:the\s+)?$/iu;

/** Whether the name at [start, end) is the subject of a speech or action verb, or the agent after `by` / `according to`. */
export function isActing(text: string, start: number, end: number): boolean {
  if (/^['\u2019]s\b/u.test(text.slice(end, end + 3)) || /^[-\u2010\u2011]/u.test(text.slice(end, end + 1))) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  if (ACTING_BEFORE.test(before)) return true;
  if (PREPOSITION_BEFORE.test(before)) return false;
  if (ACTING_AFTER.test(text.slice(end, end + 80))) return true;
  return ACTING_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/** The canonical role that ends exactly at `end` in `text` (`U.N. Special Envoy` before a name), with its start. */
export function roleEndingAt(text: string, end: number, gazetteer: Gazetteer): { role: string; start: number } | null {
  const { roleByFold } = compileGazetteer(gazetteer);
  const window = text.slice(Math.max(0, end - 60), end);
  const offset = end - window.length;
  const words = tokenize(window);
  // Try the last 1..6 words as a role, longest first.
  for (let count = Math.min(6, words.length); count >= 1; count--) {
    const first = words[words.length - count];
    const last = words[words.length - 1];
    if (!first || !last) continue;
    if (window.slice(last.end).replace(/\./g, '').trim() !== '') continue;
    const candidate = foldRole(window.slice(first.start, window.length));
    const role = roleByFold.get(candidate);
    if (role !== undefined) return { role, start: offset + first.start };
  }
  return null;
}

/** The canonical role that starts the words `text` (after an optional article and up to two qualifying words). */
export function roleStarting(text: string, gazetteer: Gazetteer): string | null {
  const { roles } = compileGazetteer(gazetteer);
  const words = tokenize(text.slice(0, 80));
  for (let skip = 0; skip <= 2 && skip < words.length; skip++) {
    const from = words[skip];
    if (!from) break;
    const rest = foldRole(text.slice(from.start).replace(/[^\p{L}\p{N}'\u2019.\s-]/gu, ' '));
    const role = roles.find((r) => rest === r.folded || rest.startsWith(`${r.folded} `));
    if (role) return role.canonical;
  }
  return null;
}

export function findPlaceByKey(gazetteer: Gazetteer, spelling: string): GazetteerPlace | null {
  const key = placeKey(spelling);
  return key.length >= 3 ? (compileGazetteer(gazetteer).placeKeys.get(key) ?? null) : null;
}
