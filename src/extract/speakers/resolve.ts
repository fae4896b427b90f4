// Who a subject phrase names: the gazetteer's canonical actor, else the name as written once its titles are gone,
// else the described source (`a Turkish official`), else null. Never a guess: a phrase that names no one is null.
import { findActor } from '../../corpus/gazetteer.js';
import { nameParse, termsOf } from '../../text/name-parse.js';
import { memoByText } from '../../text/memo.js';
import { CARRIER_NOUNS, DETERMINERS, NOT_A_SUBJECT, ORGANISATION_HEADS, PERSON_NOUNS, ROLE_NOUNS, TITLE_WORDS } from '../../text/english.js';
import { isAcronym, isNameLink, isNameWord } from '../../text/names.js';
import type { Gazetteer } from '../../types.js';

/** Prepositions that introduce a place (`in Syria`, `out of Aleppo`). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'across', 'from', 'throughout', 'inside', 'within', 'out of', 'outside']);

/** A resolved speaker: the name to show and whether it is a person (a pronoun `he`/`she` may stand for it). */
export interface Speaker {
  name: string;
  isPerson: boolean;
}

// ---- shared pieces -------------------------------------------------------------------------------------------

/** An embed's author resolved through the gazetteer (handle first, then name), else as written. */
export function embedAuthor(gazetteer: Gazetteer, author: string, handle: string | null): string {
  const byHandle = handle ? findActor(gazetteer, handle) : null;
  return (byHandle ?? findActor(gazetteer, author))?.name ?? author;
}

export function canonicalActor(gazetteer: Gazetteer, name: string): string {
  return findActor(gazetteer, name)?.name ?? name;
}

const titleSets = new WeakMap<Gazetteer, ReadonlySet<string>>();

/** The title words: the English list and the words of the gazetteer's roles. */
export function titlesOf(gazetteer: Gazetteer): ReadonlySet<string> {
  let titles = titleSets.get(gazetteer);
  if (!titles) {
    titles = new Set([...TITLE_WORDS, ...gazetteer.roles.flatMap((r) => r.toLowerCase().split(/\s+/).filter((w) => w !== ''))]);
    titleSets.set(gazetteer, titles);
  }
  return titles;
}

/**
 * The name once the titles before it are gone: the words after the last title (`U.N. Special Envoy Staffan de
 * Mistura` → `Staffan de Mistura`, `Russian Lieutenant General Viktor Poznikhir` → `Viktor Poznikhir`), an `of X` or
 * `for X` right after it skipped (`Secretary of State John Kerry`, `Envoy for Syria Staffan de Mistura`). Words of
 * titles alone stay as they are.
 */
export function stripTitles(words: readonly string[], titles: ReadonlySet<string>): string[] {
  let last = -1;
  words.forEach((word, i) => {
    if (titles.has(word.toLowerCase().replace(/\.$/, ''))) last = i;
  });
  let rest = words.slice(last + 1);
  if (/^(?:of|for)$/i.test(rest[0] ?? '') && rest.length > 2) rest = rest.slice(2);
  return rest.length > 0 ? rest : [...words];
}

/** The actor named by the longest tail of `words` the gazetteer knows, else null. */
function actorOfTail(gazetteer: Gazetteer, words: readonly string[]) {
  for (let k = 0; k < words.length; k++) {
    const actor = findActor(gazetteer, words.slice(k).join(' '));
    if (actor) return actor;
  }
  return null;
}

// ---- a subject phrase as a sentence states it (figures' claimants) ---------------------------------------------

export function cleanWords(phrase: string): string[] {
  return phrase
    .replace(/[“”"‘]/g, '')
    .replace(/[’']s\b/g, '')
    .split(/\s+/)
    .map((w) => (/^(?:\p{L}\.)+$/u.test(w) ? w : w.replace(/[.,;:!?’']+$/u, '')))
    .filter((w) => w !== '');
}

/** Capitalised name spans of a phrase (`International Committee of the Red Cross`), each with the word before it. */
function nameSpans(words: string[]): Array<{ words: string[]; before: string; at: number }> {
  const spans: Array<{ words: string[]; before: string; at: number }> = [];
  let i = 0;
  while (i < words.length) {
    if (!isNameWord(words[i] ?? '')) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    let k = i + 1;
    while (k < words.length) {
      const w = words[k] ?? '';
      if (isNameWord(w)) {
        end = k;
        k++;
      } else if (isNameLink(w) && k + 1 < words.length) k++;
      else break;
    }
    spans.push({ words: words.slice(start, end + 1), before: (words[start - 1] ?? '').toLowerCase(), at: start });
    i = end + 1;
  }
  return spans;
}

/** The canonical claimant a subject phrase names, the cleaned words of a name the gazetteer lacks, or null. */
export function resolveClaimant(phrase: string, gazetteer: Gazetteer): string | null {
  let words = cleanWords(phrase);
  while (words.length > 0 && /^(?:the|a|an)$/i.test(words[0] ?? '')) words = words.slice(1);
  if (words.length === 0) return null;
  if (words.length === 1 && NOT_A_SUBJECT.has((words[0] ?? '').toLowerCase())) return null;
  const whole = findActor(gazetteer, words.join(' '));
  if (whole) return whole.name;
  const titles = titlesOf(gazetteer);

  // `Pictures broadcast on X`, `the latest X figures`
  const carrierAt = words.findIndex((w) => CARRIER_NOUNS.has(w.toLowerCase()));
  if (carrierAt === 0) {
    const via = words.findIndex((w, k) => k > 0 && /^(?:on|by|from)$/i.test(w));
    if (via < 0) return null;
    return resolveClaimant(words.slice(via + 1).join(' '), gazetteer);
  }
  if (carrierAt > 0 && carrierAt === words.length - 1) {
    const rest = words.slice(0, carrierAt).filter((w) => !/^(?:latest|new|official|recent|updated|own|earlier|later|previous|initial|other|some|many|several|local|unconfirmed)$/i.test(w));
    if (rest.length === 0) return null;
    return resolveClaimant(rest.join(' '), gazetteer);
  }

  // The claimant is the head of the phrase: a place after `in`/`within` qualifies it (`Groups within Syria`,
  // `The war in Syria`) and is not the claimant.
  const placeAt = words.findIndex((w, k) => k > 0 && PLACE_PREPOSITIONS.has(w.toLowerCase()));
  const byTail = actorOfTail(gazetteer, stripTitles(placeAt > 0 ? words.slice(0, placeAt) : words, titles));
  if (byTail) return byTail.name;
  const spans = nameSpans(words).filter((s) => !PLACE_PREPOSITIONS.has(s.before) && s.before !== 'near');
  for (const span of spans) {
    const actor = actorOfTail(gazetteer, span.words);
    if (actor) return actor.name;
  }
  const head = (words[0] ?? '').toLowerCase();
  const firstSpanLength = spans[0]?.words.length ?? 0;
  const isModifierSpan = /^\p{Ll}/u.test(words[firstSpanLength] ?? '');
  const startsWithName = spans[0]?.at === 0 && !isModifierSpan && !ROLE_NOUNS.has(head) && !CARRIER_NOUNS.has(head);
  if (startsWithName) {
    const name = stripTitles(spans[0]?.words ?? [], titles);
    if (words.length <= (spans[0]?.words.length ?? 0) + 1 || name.length > 0) return name.join(' ') || null;
  }
  // `a media unit run by X`, `an official at X`, `spokesman for X`
  const owner = words.findIndex((w, k) => /^(?:by|of|for|at)$/i.test(w) && k > 0);
  if (owner > 0) {
    const ownerSpans = nameSpans(words.slice(owner + 1));
    const lastSpan = ownerSpans[ownerSpans.length - 1];
    if (lastSpan) return stripTitles(lastSpan.words, titles).join(' ');
  }
  // an unnamed source: `a Turkish official` → `Turkish official`
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (ROLE_NOUNS.has(last) && words.length <= 5) return words.join(' ').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => (ROLE_NOUNS.has(head) || head === 'senior' ? c.toLowerCase() : c));
  return null;
}

// ---- a subject noun phrase as read from tokens (quotations' speakers) ------------------------------------------

/** What the resolver remembers of an article's speakers, for pronouns and short names. */
export interface SpeakerMemory {
  gazetteer: Gazetteer;
  titles: ReadonlySet<string>;
  /** Speakers in order of appearance, with the index of the segment that named them. */
  entries: Array<Speaker & { segment: number }>;
  /** Multi-word speakers by their last name (`Egeland` → Jan Egeland, `Assad` → Bashar al-Assad). */
  fullNames: Map<string, Speaker>;
}

/** Entries searched back for a pronoun's antecedent. */
export const MAX_LOOKBACK = 40;

export function speakerMemory(gazetteer: Gazetteer): SpeakerMemory {
  return { gazetteer, titles: titlesOf(gazetteer), entries: [], fullNames: new Map() };
}

export function remember(memory: SpeakerMemory, speaker: Speaker, segment: number): void {
  memory.entries.push({ ...speaker, segment });
  if (memory.entries.length > 4 * MAX_LOOKBACK) memory.entries.splice(0, memory.entries.length - 2 * MAX_LOOKBACK);
  const words = speaker.name.split(/[\s-]/);
  if (words.length > 1 && isNameWord(speaker.name)) memory.fullNames.set(words[words.length - 1] as string, speaker);
}

/** The name run that ends the phrase (particles, `of` and `for` inside it allowed). */
function nameRun(words: string[]): string[] {
  let start = words.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as string;
    const lower = word.toLowerCase();
    if (isNameWord(word) && !DETERMINERS.has(lower)) start = i;
    else if (isNameLink(lower) && lower !== 'the' && i > 0 && isNameWord(words[i - 1] as string) && start === i + 1) start = i;
    else break;
  }
  const run = words.slice(start);
  while (run[0] !== undefined && isNameLink(run[0])) run.shift();
  return run;
}

function possessiveFree(word: string): string {
  return word.replace(/['\u2019]s?$/, '');
}

/** A speaker's canonical name from the words of its noun phrase: the gazetteer's, else the cleaned name, else the description. */
export function resolveSpeakerWords(words: string[], memory: SpeakerMemory): Speaker | null {
  if (words.length === 0) return null;
  const known = actorOfTail(memory.gazetteer, words);
  if (known) return { name: known.name, isPerson: known.type === 'person' };
  const run = nameRun(words);
  const leading = words.slice(0, words.length - run.length);
  const lowerBefore = leading.filter((w) => !DETERMINERS.has(w.toLowerCase()));
  const isLoneAcronym = run.length === 1 && isAcronym(run[0] as string) && lowerBefore.some((w) => !isNameWord(w) && !memory.titles.has(w.toLowerCase()));
  if (run.length === 0 || isLoneAcronym || possessiveFree(run[run.length - 1] as string) !== run[run.length - 1]) {
    const text = words.join(' ');
    const described = DETERMINERS.has((words[0] as string).toLowerCase()) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
    const head = (words[words.length - 1] as string).toLowerCase().replace(/s$/, '');
    return { name: described, isPerson: PERSON_NOUNS.has(head) };
  }
  const name = stripTitles(run, memory.titles);
  const actor = actorOfTail(memory.gazetteer, name);
  if (actor) return { name: actor.name, isPerson: actor.type === 'person' };
  const cleaned = name.join(' ');
  if (name.length === 1) {
    const fuller = memory.fullNames.get(cleaned);
    if (fuller) return fuller;
  }
  return { name: cleaned, isPerson: personByName(cleaned) };
}

/**
 * Whether a name is a person's, not an organisation's or a place's: by its head word, else by compromise's parse of
 * it alone for names (nameParse). The same names come back report after report (a monitor, a ministry, an agency), so the answers are
 * remembered across reports (up to 20,000 characters of names).
 */
const personByName = memoByText((name: string): boolean => {
  const words = name.split(' ');
  const head = (words[words.length - 1] ?? '').toLowerCase();
  if (ORGANISATION_HEADS.has(head) || isAcronym(name)) return false;
  // A term tagged a place, an organisation or a country (what `doc.has('#Place')` and the others ask, read directly).
  const isNotPerson = termsOf(nameParse(name)).some((terms) => terms.some(({ tags }) => tags.has('Place') || tags.has('Organization') || tags.has('Country')));
  return !isNotPerson;
}, 20_000);

/** The speaker a pronoun stands for: `he`/`she` the last person within six segments, `it` the last body within two. */
export function resolvePronoun(pronoun: string, memory: SpeakerMemory, segment: number): Speaker | null {
  const wantsPerson = pronoun === 'he' || pronoun === 'she';
  if (!wantsPerson && pronoun !== 'it') return null;
  const reach = wantsPerson ? 6 : 2;
  for (let i = memory.entries.length - 1; i >= Math.max(0, memory.entries.length - MAX_LOOKBACK); i--) {
    const entry = memory.entries[i] as Speaker & { segment: number };
    if (entry.segment < segment - reach) break;
    if (entry.isPerson === wantsPerson) return { name: entry.name, isPerson: wantsPerson };
  }
  return null;
}
