// Who a sentence credits with the figures it states: `according to X`, `X said (that) ...`, `..., X said.`, `X said.`
// with no comma, `said X`, `X told ...`, `X put the toll at ...`; phrases resolved by resolve.ts. Figures ask it.
import { isCalendarWord } from '../../text/calendar.js';
import { CLOSING_VERBS, NOT_A_SUBJECT, ROLE_NOUNS, SHOWING_VERBS, STATING_VERBS } from '../../text/english.js';
import { isNameLink, isNameWord } from '../../text/names.js';
import type { Gazetteer } from '../../types.js';
import { cleanWords, resolveClaimant } from './resolve.js';

const SPEECH_VERB = new RegExp(
  `\\b(?:${[...STATING_VERBS, ...SHOWING_VERBS].join('|')}|put (?:the )?(?:death |casualty )?(?:toll|number|figure|count))\\b`,
  'g',
);
const CLOSING = CLOSING_VERBS.join('|');
/** A sentence ending `... X said.` (or `says`, `reported`, ..., with a time after the verb): group 1 runs to the verb. */
const FINAL_SAID = new RegExp(`^(.*?)\\s+(?:${CLOSING})(?:\\s+(?:on|in|at|late|earlier|later|last|this)\\b[^.,]{0,40})?\\s*[.”"’']*\\s*$`, 's');
/** A sentence's tail after its last comma, `X said (on Thursday).`, `X told reporters.`: group 1 is X. */
const FINAL_AFTER_COMMA = new RegExp(`^(.{1,150}?)\\s+(?:${[...CLOSING_VERBS, ...SHOWING_VERBS].join('|')}|told\\s[^.]{1,60}?)(?:\\s+(?:on|in|at|late|earlier|later|last|this)\\b[^.]{0,40})?\\s*[.”"’']*\\s*$`);
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
    const final = FINAL_AFTER_COMMA.exec(tail);
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
  // the one global SPEECH_VERB walks this sentence by its lastIndex (nothing in the loop uses it on another text)
  SPEECH_VERB.lastIndex = 0;
  let seen = 0;
  for (let v = SPEECH_VERB.exec(sentence); v !== null && seen < MAX_VERBS; v = SPEECH_VERB.exec(sentence), seen++) {
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
      !isCalendarWord(w) && (isNameWord(w) || (w.toLowerCase() !== 'the' && isNameLink(w) && isNameWord(before) && !isCalendarWord(before)));
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
  if (words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || NOT_A_SUBJECT.has(w.toLowerCase()) || /\d/.test(w))) return null;
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
  const isAppositive = isNameWord(firstSegment) && segments.length > 1 && !ROLE_NOUNS.has(firstWord(firstSegment));
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

