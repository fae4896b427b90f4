// The speaker resolver: who a sentence credits with what it states (`according to X`, `X said (that)`, `..., X said.`),
// a claimant phrase resolved to a canonical actor, and an embedded post's author. Figures and quotations both ask it.
import { findActor } from '../corpus/gazetteer.js';
import { isCalendarWord } from '../text/calendar.js';
import type { Gazetteer } from '../types.js';

/** Generic titles and roles that precede a name (`Defence Minister Sergei Shoigu`). */
const TITLE_WORDS = new Set([
  'president', 'prime', 'minister', 'defence', 'defense', 'foreign', 'interior', 'secretary', 'general', 'lieutenant',
  'lieutenant-general', 'major', 'major-general', 'colonel', 'captain', 'commander', 'spokesman', 'spokeswoman', 'envoy',
  'special', 'ambassador', 'mr', 'mrs', 'ms', 'dr', 'sir', 'king', 'queen', 'prince', 'sheikh', 'chief', 'head', 'senior',
  'deputy', 'state', 'army', 'military', 'official', 'leader', 'mayor', 'governor', 'senator', 'chancellor', 'emir', 'pope',
  'brigadier', 'brigadier-general', 'admiral', 'marshal', 'sergeant', 'lt', 'gen', 'col', 'maj', 'rev', 'judge',
]);
/** Heads of an unnamed source description (`a Turkish official`). */
export const ROLE_NOUNS = new Set([
  'official', 'officials', 'diplomat', 'diplomats', 'spokesman', 'spokeswoman', 'spokesperson', 'source', 'sources',
  'commander', 'commanders', 'minister', 'ministry', 'activist', 'activists', 'monitor', 'leader', 'leaders', 'envoy',
  'officer', 'officers', 'analyst', 'witness', 'witnesses', 'resident', 'residents', 'medic', 'medics', 'doctor', 'doctors',
  'agency', 'observatory', 'governor', 'mayor', 'director', 'coordinator', 'teams', 'rescuers', 'workers', 'chief', 'groups', 'group', 'tv', 'television', 'media', 'radio', 'newspaper', 'channel', 'unit', 'army', 'military', 'government', 'authorities', 'police', 'rescuers', 'negotiator', 'negotiators',
]);
/** Heads of a claim's carrier rather than its claimant (`Pictures broadcast on X showed`, `the latest X figures show`). */
const CARRIER_NOUNS = new Set(['pictures', 'footage', 'images', 'video', 'videos', 'photos', 'photographs', 'broadcast', 'report', 'reports', 'figures', 'data', 'estimates', 'statistics', 'numbers', 'count', 'tally']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'this', 'that']);
const SPEECH_VERB = /\b(?:said|says|say|told|tells|tell|reported|reports|warned|warns|estimated|estimates|announced|announces|claimed|claims|declared|stated|states|added|adds|confirmed|confirms|showed|shows|show|insisted|noted|wrote|tweeted|put (?:the )?(?:death |casualty )?(?:toll|number|figure|count))\b/g;
/** A sentence ending `... X said.` (or `says`, `reported`, ..., with a time after the verb): group 1 runs to the verb. */
const FINAL_SAID = /^(.*?)\s+(?:said|says|reported|reports|added|estimated|announced|confirmed|claimed)(?:\s+(?:on|in|at|late|earlier|later|last|this)\b[^.,]{0,40})?\s*[.”"’']*\s*$/s;
/** Words that never start or end a claimant's name in lower-case text. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'that', 'this', 'which',
  'who', 'was', 'were', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'not', 'it', 'he', 'she', 'they', 'we', 'i', 'you',
  'as', 'also', 'then', 'there', 'when', 'while', 'if', 'so', 'more', 'than', 'some', 'all', 'its', 'their', 'his', 'her',
]);
const MAX_VERBS = 20;
/** Characters before a speech verb searched for its subject, and after it for the figures it covers. */
const SUBJECT_WINDOW = 300;
const CLAIM_REACH = 400;
const CLAUSE_BREAK = /(?:,\s+(?:as|while|but|although|though|when|whereas|because|since|which|where)\b|;|\s[—–]\s)/;
/** Prepositions that introduce a place (`in Syria`, `out of Aleppo`). */
export const PLACE_PREPOSITIONS = new Set(['in', 'across', 'from', 'throughout', 'inside', 'within', 'out of', 'outside']);
const NAME_PARTICLES = new Set(['of', 'the', 'de', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'du', 'la', 'le', 'for']);

/** An embed's author resolved through the gazetteer (handle first, then name), else as written. */
export function embedAuthor(gazetteer: Gazetteer, author: string, handle: string | null): string {
  const byHandle = handle ? findActor(gazetteer, handle) : null;
  return (byHandle ?? findActor(gazetteer, author))?.name ?? author;
}

export function canonicalActor(gazetteer: Gazetteer, name: string): string {
  return findActor(gazetteer, name)?.name ?? name;
}

// ---- claimants -------------------------------------------------------------------------------------------------

export interface SentenceClaim {
  claimant: string | null;
  /** True when the figure starting at this sentence-local offset lies within the claim. */
  covers: (start: number) => boolean;
}

const NO_CLAIM: SentenceClaim = { claimant: null, covers: () => false };

/** Who the sentence credits with its figures: `according to X`, `..., X said.`, `X said (that) ...`, `X reports that`. */
export function claimantOfSentence(sentence: string, gazetteer: Gazetteer, isLowerCase = false): SentenceClaim {
  const resolve = (phrase: string) => resolveClaimant(phrase, gazetteer) ?? (isLowerCase ? lowerCaseName(phrase) : null);
  const according = /\baccording to\s+/i.exec(sentence);
  if (according) {
    const rest = sentence.slice(according.index + according[0].length);
    const stop = rest.search(/[,.;:]\s|[,;:]$|\.$|\s(?:that|who|with|while|as|after|when|amid)\s/);
    const claimant = resolve(stop < 0 ? rest : rest.slice(0, stop));
    if (claimant !== null) {
      const phraseEnd = according.index + according[0].length + (stop < 0 ? rest.length : stop);
      return { claimant, covers: (start) => start < according.index || start >= phraseEnd };
    }
  }

  // sentence-final `..., X said (on Thursday).`
  const lastComma = sentence.lastIndexOf(', ');
  if (lastComma > 0 && sentence.length - lastComma < 220) {
    const tail = sentence.slice(lastComma + 2);
    const final = /^(.{1,150}?)\s+(?:said|says|reported|reports|showed|show|shows|added|estimated|estimates|announced|confirmed|claimed|told\s[^.]{1,60}?)(?:\s+(?:on|in|at|late|earlier|later|last|this)\b[^.]{0,40})?\s*[.”"’']*\s*$/.exec(tail);
    if (final?.[1]) {
      const claimant = resolve(final[1]);
      if (claimant !== null) return { claimant, covers: (start) => start < lastComma };
    }
  }
  // `..., said X(, a title).`
  const saidAt = Math.max(sentence.lastIndexOf(', said '), sentence.lastIndexOf(', says '));
  if (saidAt > 0 && sentence.length - saidAt < 220) {
    const inverted = /^, (?:said|says)\s+([^,.]{1,80})/.exec(sentence.slice(saidAt));
    const claimant = inverted?.[1] ? resolve(inverted[1]) : null;
    if (claimant !== null) return { claimant, covers: (start) => start < saidAt };
  }

  // sentence-final `... X said.` with no comma (text with its commas lost): the noun phrase right before the verb
  const bare = FINAL_SAID.exec(sentence.slice(-200));
  if (bare?.[1] && bare.index !== undefined) {
    const phrase = phraseBeforeVerb(bare[1]);
    const claimant = phrase === null ? null : resolve(phrase);
    if (claimant !== null) {
      const claimStart = sentence.length - Math.min(200, sentence.length) + bare.index + bare[1].length - (phrase ?? '').length;
      return { claimant, covers: (start) => start < claimStart };
    }
  }

  // `X said (that) ...`, `X told Y that ...`, `X reports that ...`: at most MAX_VERBS verbs, subjects read within a bounded window
  const claims: Array<{ end: number; claimant: string }> = [];
  const verbs = new RegExp(SPEECH_VERB.source, 'g');
  let seen = 0;
  for (let v = verbs.exec(sentence); v !== null && seen < MAX_VERBS; v = verbs.exec(sentence), seen++) {
    const before = sentence.slice(Math.max(0, v.index - SUBJECT_WINDOW), v.index);
    const afterVerb = sentence.slice(v.index + v[0].length, v.index + v[0].length + 4);
    if (/\b(?:is|are|was|were|been|be)\s+$/i.test(before) || /^\s+to\b/.test(afterVerb)) continue;
    const claimant = subjectBefore(before).reduce<string | null>((found, subject) => found ?? resolve(subject), null);
    if (claimant !== null) claims.push({ end: v.index + v[0].length, claimant });
  }
  const first = claims[0];
  if (!first) return NO_CLAIM;
  return {
    claimant: first.claimant,
    covers: (start) => {
      if (start < first.end || start - first.end > CLAIM_REACH) return false;
      const nearest = [...claims].reverse().find((c) => c.end <= start);
      if (nearest !== first) return false;
      return !CLAUSE_BREAK.test(sentence.slice(first.end, start));
    },
  };
}

/**
 * The noun phrase that ends right before a sentence-final speech verb when no comma marks where it starts: a trailing
 * name run (capitalised words with particles: `the Syrian Observatory for Human Rights`), else the words from the last
 * determiner (`a monitoring group`); null when neither ends the text.
 */
function phraseBeforeVerb(text: string): string | null {
  const words = text.split(/\s+/).slice(-10);
  let k = words.length - 1;
  if (k < 0) return null;
  if (isNameWord(words[k] ?? '')) {
    // a name run, its particles inside (`Observatory for Human Rights`); `the` and a day's or month's name end it
    const continues = (w: string, before: string) =>
      !isCalendarWord(w) && (isNameWord(w) || (w.toLowerCase() !== 'the' && NAME_PARTICLES.has(w.toLowerCase()) && isNameWord(before) && !isCalendarWord(before)));
    while (k > 0 && continues(words[k - 1] ?? '', words[k - 2] ?? '')) k--;
    if (k > 0 && /^(?:the|a|an)$/i.test(words[k - 1] ?? '')) k--;
    return words.slice(k).join(' ');
  }
  const lower = words.map((w) => w.toLowerCase());
  const determiner = Math.max(lower.lastIndexOf('a'), lower.lastIndexOf('an'), lower.lastIndexOf('the'));
  if (determiner < 0 || words.length - determiner > 5) return null;
  return words.slice(determiner).join(' ');
}

/**
 * In lower-case text, where capitals mark no name: a short phrase in the subject's place before a speech verb is the
 * claimant's name (`karat`, `bsa president ashok kumar`), unless a function word or a pronoun shows it is not one.
 */
function lowerCaseName(phrase: string): string | null {
  const words = cleanWords(phrase).filter((w) => !/^(?:mr|mrs|ms|dr)\.?$/i.test(w));
  if (words.length === 0 || words.length > 5) return null;
  if (words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || PRONOUNS.has(w.toLowerCase()) || /\d/.test(w))) return null;
  return words.join(' ');
}

/** The subject noun phrases before a speech verb, the likelier first, commas' parentheticals and trailing auxiliaries removed. */
function subjectBefore(before: string): string[] {
  const clause = before.replace(/^.*[;:“"]\s*/s, '');
  const segments = clause
    .split(',')
    .map((s) => s.trim().replace(/^(?:but|and|yet|so)\s+/i, ''))
    .filter((s) => s !== '' && !/^(?:in|on|at|for|with|during|after|before|meanwhile|however|though|also|too|earlier|later|speaking|separately|instead|then)\b/i.test(s));
  if (segments.length === 0) return [];
  const firstSegment = segments[0] ?? '';
  const lastSegment = segments[segments.length - 1] ?? '';
  // `Name, a title of X, said`: the name first; `Clause, and the mayor said`: the last segment
  const isAppositive = /^\p{Lu}/u.test(firstSegment) && segments.length > 1 && !ROLE_NOUNS.has(firstWord(firstSegment));
  return (isAppositive ? [firstSegment, lastSegment] : [lastSegment]).flatMap((chosen) => {
    const trimmed = chosen
      .replace(/\s+(?:who|which|that)\s.*$/s, '')
      .replace(/(?:\s+(?:has|have|had|also|previously|earlier|later|on \w+|today|yesterday|again|then|now|reportedly|separately|repeatedly|meanwhile))+$/i, '')
      .trim();
    return trimmed === '' || trimmed.split(/\s+/).length > 14 ? [] : [trimmed];
  });
}

function firstWord(phrase: string): string {
  return (phrase.split(/\s+/)[0] ?? '').toLowerCase();
}

/** Capitalised name spans of a phrase (`International Committee of the Red Cross`), each with the word before it. */
function nameSpans(words: string[]): Array<{ words: string[]; before: string; at: number }> {
  const spans: Array<{ words: string[]; before: string; at: number }> = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i] ?? '';
    if (!isNameWord(word)) {
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
      } else if (NAME_PARTICLES.has(w.toLowerCase()) && k + 1 < words.length) k++;
      else break;
    }
    spans.push({ words: words.slice(start, end + 1), before: (words[start - 1] ?? '').toLowerCase(), at: start });
    i = end + 1;
  }
  return spans;
}

/** True when a word starts or continues a name: a capital letter, or an Arabic article before one (`al-Assad`). */
export function isNameWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^(?:al|el|ad|as|ash|an|ar|az)-\p{Lu}/u.test(word);
}

function cleanWords(phrase: string): string[] {
  return phrase
    .replace(/[“”"‘]/g, '')
    .replace(/[’']s\b/g, '')
    .split(/\s+/)
    .map((w) => (/^(?:\p{L}\.)+$/u.test(w) ? w : w.replace(/[.,;:!?’']+$/u, '')))
    .filter((w) => w !== '');
}

/** Strips leading titles and title-bearing adjectives (`Russian Lieutenant General Viktor Poznikhir` → `Viktor Poznikhir`). */
function stripTitles(words: string[], gazetteer: Gazetteer): string[] {
  const roles = new Set(gazetteer.roles.flatMap((r) => r.toLowerCase().split(/\s+/)));
  const isTitle = (w: string) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || roles.has(w.toLowerCase());
  let i = 0;
  while (i < words.length - 1) {
    const w = words[i] ?? '';
    if (isTitle(w) || (/^\p{Lu}/u.test(w) && isTitle(words[i + 1] ?? ''))) i++;
    else break;
  }
  return words.slice(i);
}

/** The canonical claimant a subject phrase names, the cleaned words of a name the gazetteer lacks, or null. */
export function resolveClaimant(phrase: string, gazetteer: Gazetteer): string | null {
  let words = cleanWords(phrase);
  while (words.length > 0 && /^(?:the|a|an)$/i.test(words[0] ?? '')) words = words.slice(1);
  if (words.length === 0) return null;
  if (words.length === 1 && PRONOUNS.has((words[0] ?? '').toLowerCase())) return null;
  const whole = findActor(gazetteer, words.join(' '));
  if (whole) return whole.name;

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
  const titled = stripTitles(placeAt > 0 ? words.slice(0, placeAt) : words, gazetteer);
  const suffixes = titled.map((_, k) => titled.slice(k).join(' '));
  for (const suffix of suffixes) {
    const actor = findActor(gazetteer, suffix);
    if (actor) return actor.name;
  }
  const spans = nameSpans(words).filter((s) => !PLACE_PREPOSITIONS.has(s.before) && s.before !== 'near');
  for (const span of spans) {
    for (let k = 0; k < span.words.length; k++) {
      const actor = findActor(gazetteer, span.words.slice(k).join(' '));
      if (actor) return actor.name;
    }
  }
  const head = (words[0] ?? '').toLowerCase();
  const firstSpanLength = spans[0]?.words.length ?? 0;
  const isModifierSpan = /^\p{Ll}/u.test(words[firstSpanLength] ?? '');
  const startsWithName = spans[0]?.at === 0 && !isModifierSpan && !ROLE_NOUNS.has(head) && !CARRIER_NOUNS.has(head);
  if (startsWithName) {
    const name = stripTitles(spans[0]?.words ?? [], gazetteer);
    if (words.length <= (spans[0]?.words.length ?? 0) + 1 || name.length > 0) return name.join(' ') || null;
  }
  // `a media unit run by X`, `an official at X`, `spokesman for X`
  const owner = words.findIndex((w, k) => /^(?:by|of|for|at)$/i.test(w) && k > 0);
  if (owner > 0) {
    const ownerSpans = nameSpans(words.slice(owner + 1));
    const lastSpan = ownerSpans[ownerSpans.length - 1];
    if (lastSpan) return stripTitles(lastSpan.words, gazetteer).join(' ');
  }
  // an unnamed source: `a Turkish official` → `Turkish official`
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (ROLE_NOUNS.has(last) && words.length <= 5) return words.join(' ').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => (ROLE_NOUNS.has(head) || head === 'senior' ? c.toLowerCase() : c));
  return null;
}
