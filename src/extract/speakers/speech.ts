// Speech events: where a segment's text says who said something (`X said`, `according to X`, `,” said X`, `X told`),
// read from its tokens, each with its subject's noun phrase and the speaker the resolver makes of it.
import type { Sentence } from '../../text/sentences.js';
import { DETERMINERS, PARTICIPLE_VERBS, PERSONAL_PRONOUNS, SPEECH_VERBS } from '../../text/english.js';
import { isNameWord, NAME_PARTICLES } from '../../text/names.js';
import { isWordToken, tokenize, type Token } from '../../text/tokens.js';
import { MAX_LOOKBACK, remember, resolvePronoun, resolveSpeakerWords, type Speaker, type SpeakerMemory } from './resolve.js';

/** Words between a subject and its speech verb that are not the subject (`X has also said`). */
const SKIP_BEFORE_VERB = new Set(
  'has have had also meanwhile later then previously earlier reportedly separately further again would will was is were once recently publicly repeatedly initially subsequently himself herself itself later'.split(' '),
);
/** Words that end a speaker's noun phrase read from a speech verb. */
const STOP_WORDS = new Set(
  (
    'in on at to from by with about after before during for into over under between against through since until within without ' +
    'and but or nor so yet while as because that which who whom whose where when if than though although ' +
    'is are was were be been being has have had do does did would will could can should may might must ' +
    'he she it they we i you him her them us his its their our this these those there here ' +
    'also not only just however meanwhile then later earlier now still even too very ' +
    'speaking according'
  ).split(' '),
);

/** A subject as found before or after a speech verb: words as written, or a pronoun. */
export type Subject = { kind: 'words'; words: string[] } | { kind: 'pronoun'; pronoun: string };

export interface SpeechEvent {
  /** Index of the speech verb in the segment text. */
  verbStart: number;
  verbEnd: number;
  /** Start of the clause that holds the verb and its subject (for a quote's attribution after it). */
  clauseStart: number;
  subject: Subject | null;
  speaker: Speaker | null;
  sentence: number;
}

function backwardNounPhrase(tokens: Token[], end: number): Token[] {
  const taken: Token[] = [];
  for (let i = end; i >= 0 && taken.length < 9; i--) {
    const token = tokens[i] as Token;
    if (!isWordToken(token)) break;
    const lower = token.text.toLowerCase();
    if (DETERMINERS.has(lower)) {
      taken.unshift(token);
      break;
    }
    if (lower === 'of') {
      const after = taken[0];
      if (after === undefined || !(isNameWord(after.text) || DETERMINERS.has(after.text.toLowerCase()))) break;
      taken.unshift(token);
      continue;
    }
    // `for` inside an organisation's name: `Observatory for Human Rights`
    if (lower === 'for' && taken[0] !== undefined && isNameWord(taken[0].text) && isNameWord(tokens[i - 1]?.text ?? '')) {
      taken.unshift(token);
      continue;
    }
    if (STOP_WORDS.has(lower)) break;
    taken.unshift(token);
  }
  while (taken[0] !== undefined && taken[0].text.toLowerCase() === 'of') taken.shift();
  return taken;
}

function forwardNounPhrase(tokens: Token[], start: number): Token[] {
  const taken: Token[] = [];
  let lowercase = 0;
  for (let i = start; i < tokens.length && taken.length < 9; i++) {
    const token = tokens[i] as Token;
    if (!isWordToken(token)) break;
    const lower = token.text.toLowerCase();
    if (DETERMINERS.has(lower) && taken.length === 0) {
      taken.push(token);
      continue;
    }
    if (STOP_WORDS.has(lower) || SPEECH_VERBS.has(lower)) break;
    if (!isNameWord(token.text) && !NAME_PARTICLES.has(lower)) {
      lowercase++;
      if (lowercase > 4) break;
    }
    taken.push(token);
  }
  return taken;
}

/** The subject of the speech verb at tokens[verb], read backwards from it. */
function subjectBefore(tokens: Token[], verb: number, clauseFloor: number): { subject: Subject | null; clauseStart: number } {
  let i = verb - 1;
  const skipAdverbs = () => {
    while (i >= clauseFloor && isWordToken(tokens[i]) && SKIP_BEFORE_VERB.has((tokens[i] as Token).text.toLowerCase())) i--;
  };
  skipAdverbs();
  // a short bracket between the subject and its verb: `The Syrian Observatory for Human Rights (SOHR) said`
  if (tokens[i]?.text === ')') {
    let open = i - 1;
    while (open >= clauseFloor && open > i - 6 && tokens[open]?.text !== '(' && tokens[open]?.text !== ')') open--;
    if (open >= clauseFloor && tokens[open]?.text === '(') {
      i = open - 1;
      skipAdverbs();
    }
  }
  const last = tokens[i];
  if (last === undefined || i < clauseFloor) return { subject: null, clauseStart: tokens[verb]?.start ?? 0 };
  if (isWordToken(last) && PERSONAL_PRONOUNS.has(last.text.toLowerCase())) {
    return { subject: { kind: 'pronoun', pronoun: last.text.toLowerCase() }, clauseStart: last.start };
  }
  if (last.text === ',') {
    // apposition: `Pawel Krzysiek, a spokesman for the ICRC, said`
    const floor = Math.max(clauseFloor, i - MAX_LOOKBACK);
    let from = i;
    while (from - 1 >= floor && (isWordToken(tokens[from - 1]) || (tokens[from - 1] as Token).text === ',')) from--;
    const groups: Token[][] = [[]];
    for (let k = from; k < i; k++) {
      const token = tokens[k] as Token;
      if (token.text === ',') groups.push([]);
      else (groups[groups.length - 1] as Token[]).push(token);
    }
    const whole = groups
      .filter((g) => g.length > 0)
      .filter((g) => {
        const np = backwardNounPhrase(g, g.length - 1);
        return np.length === g.length;
      });
    const first = whole[0];
    if (first !== undefined) {
      const second = whole[1];
      const chosen = !hasNameRun(first) && second !== undefined && hasNameRun(second) ? second : first;
      return { subject: { kind: 'words', words: chosen.map((t) => t.text) }, clauseStart: (first[0] as Token).start };
    }
    return { subject: null, clauseStart: last.start };
  }
  if (!isWordToken(last)) return { subject: null, clauseStart: last.end };
  const floor = Math.max(clauseFloor, i - MAX_LOOKBACK);
  const np = backwardNounPhrase(tokens.slice(floor, i + 1), i - floor);
  if (np.length === 0) return { subject: null, clauseStart: last.start };
  return { subject: { kind: 'words', words: np.map((t) => t.text) }, clauseStart: (np[0] as Token).start };
}

function hasNameRun(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1];
  return last !== undefined && isNameWord(last.text);
}

function resolveSubject(subject: Subject | null, memory: SpeakerMemory, segment: number): Speaker | null {
  if (subject === null) return null;
  if (subject.kind === 'words') return resolveSpeakerWords(subject.words, memory);
  return resolvePronoun(subject.pronoun, memory, segment);
}

/** A speech event as read from the text, before its subject is resolved to a speaker. */
export type SpeechMention = Omit<SpeechEvent, 'speaker'>;

/**
 * The speakers of a segment's speech events, in order, each resolved with what the article named before it and then
 * remembered for the pronouns and short names that come after it.
 */
export function resolveSpeech(mentions: readonly SpeechMention[], memory: SpeakerMemory, segment: number): SpeechEvent[] {
  return mentions.map((event) => {
    const speaker = resolveSubject(event.subject, memory, segment);
    if (speaker) remember(memory, speaker, segment);
    return { ...event, speaker };
  });
}

/** Speech verbs of a segment (outside quotes) with their subjects, in text order; sentences' offsets local to the text. */
export function speechEvents(masked: string, sentences: readonly Sentence[]): SpeechMention[] {
  const tokens = tokenize(masked, { punctuation: true });
  const found: SpeechMention[] = [];
  let lastWithSubject: SpeechMention | null = null;
  const events = {
    push(event: SpeechMention): void {
      found.push(event);
      if (event.subject !== null) lastWithSubject = event;
    },
  };
  let sentence = 0;
  let floor = 0;
  tokens.forEach((token, index) => {
    while (sentence < sentences.length - 1 && (sentences[sentence] as Sentence).offset[1] <= token.start) sentence++;
    const sentenceStart = (sentences[sentence] as Sentence | undefined)?.offset[0] ?? 0;
    while (floor < index && (tokens[floor] as Token).start < sentenceStart) floor++;
    const lower = token.text.toLowerCase();
    // only `according to` and the speech verbs start an event: most tokens are neither, and need no further test
    if ((lower !== 'according' && !SPEECH_VERBS.has(lower)) || !isWordToken(token)) return;
    if (lower === 'according' && tokens[index + 1]?.text.toLowerCase() === 'to') {
      const np = forwardNounPhrase(tokens, index + 2);
      if (np.length > 0) events.push({ verbStart: token.start, verbEnd: token.end, clauseStart: token.start, subject: { kind: 'words', words: np.map((t) => t.text) }, sentence });
      return;
    }
    if (!SPEECH_VERBS.has(lower)) return;
    const before = tokens[index - 1];
    const beforeThat = tokens[index - 2];
    const afterQuote = before !== undefined && (before.text === '|' || (before.text === ',' && beforeThat?.text === '|'));
    if (PARTICIPLE_VERBS.has(lower)) {
      const earlier = lastWithSubject !== null && lastWithSubject.sentence === sentence ? lastWithSubject : null;
      const subject = earlier ? earlier.subject : sentenceSubject(tokens, floor, index);
      events.push({ verbStart: token.start, verbEnd: token.end, clauseStart: token.start, subject, sentence });
      return;
    }
    if (afterQuote) {
      // inverted: `,” said Ali Haider, ...`
      const np = forwardNounPhrase(tokens, index + 1);
      const subject: Subject | null = np.length > 0 ? { kind: 'words', words: np.map((t) => t.text) } : null;
      events.push({ verbStart: token.start, verbEnd: token.end, clauseStart: token.start, subject, sentence });
      return;
    }
    const { subject, clauseStart } = subjectBefore(tokens, index, floor);
    events.push({ verbStart: token.start, verbEnd: token.end, clauseStart, subject, sentence });
  });
  return found;
}

/** The phrase that opens a sentence, up to its first verb-like word: the subject of a participle (`..., saying`). */
function sentenceSubject(tokens: Token[], floor: number, limit: number): Subject | null {
  const taken: Token[] = [];
  for (let i = floor; i < limit && taken.length < 9; i++) {
    const token = tokens[i] as Token;
    const lower = token.text.toLowerCase();
    if (!isWordToken(token) || STOP_WORDS.has(lower) || SPEECH_VERBS.has(lower)) break;
    if (!isNameWord(token.text) && /(?:ed|es)$/.test(lower) && taken.length > 0) break;
    taken.push(token);
  }
  const first = taken[0];
  if (first === undefined) {
    const only = tokens[floor];
    return only && PERSONAL_PRONOUNS.has(only.text.toLowerCase()) ? { kind: 'pronoun', pronoun: only.text.toLowerCase() } : null;
  }
  return { kind: 'words', words: taken.map((t) => t.text) };
}

