// Quotations in a report's body, captions and embeds with their speakers. Linking them across reports: compare/quotes.ts.
import { compromise } from '../text/nlp.js';
import { findActor } from '../corpus/gazetteer.js';
import { splitSentences, type Sentence } from '../text/sentences.js';
import type { Article, FigurePart, Gazetteer, Quote } from '../types.js';
import { readSegments, type Segment } from './reading.js';
import { isWordToken, tokenize, type Token } from '../text/tokens.js';

export type { SharedQuote, SharedQuoteMember } from '../compare/quotes.js';
export { linkQuotes } from '../compare/quotes.js';

/** A quotation; `isScare` marks scare quotes (at most two words, `and`/`or` not counted, no closing stop). */
export interface QuoteRecord extends Quote {
  isScare: boolean;
}

// ---- generic English lexicon -----------------------------------------------------------------------------

const SPEECH_VERBS = new Set(
  (
    'said says say saying told tells telling added adds adding stated states declared declares announced announces ' +
    'explained explains warned warns insisted insists noted notes commented comments described describes describing ' +
    'claimed claims asked asks replied replies wrote writes tweeted tweets urged urges hailed hails called calls call ' +
    'confirmed confirms acknowledged argued argues suggested recalled estimated expressed promised vowed denied ' +
    'admitted shouted cried pleaded concluded stressed reported reports remarked responded answered'
  ).split(' '),
);
/** Participles whose subject is the sentence's subject, not the words before them. */
const PARTICIPLE_VERBS = new Set(['saying', 'adding', 'telling', 'describing']);
const SKIP_BEFORE_VERB = new Set(
  'has have had also meanwhile later then previously earlier reportedly separately further again would will was is were once recently publicly repeatedly initially subsequently himself herself itself later'.split(' '),
);
const DETERMINERS = new Set(['a', 'an', 'the', 'another']);
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
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
/** Lower-case particles inside personal names (`Staffan de Mistura`, `Ahmad al Dbis`). */
const NAME_PARTICLES = new Set('de da del della di du van von der den le la bin ibn al el abu bint ben dos das y'.split(' '));
/** Titles and roles that precede a name; the gazetteer's `roles` add to these. */
const TITLES = new Set(
  (
    'mr mrs ms miss dr sir dame lord lady president vice prime minister secretary secretary-general general lieutenant-general ' +
    'major-general brigadier-general lieutenant colonel major captain commander admiral sergeant gen col lt sgt capt ' +
    'envoy special spokesman spokeswoman spokesperson ambassador deputy chief head chairman chairwoman director ' +
    'governor mayor senator congressman congresswoman representative king queen prince princess sheikh emir judge ' +
    'pope cardinal archbishop bishop imam rabbi rev reverend father professor prof chancellor premier official adviser advisor'
  ).split(' '),
);
/** Head nouns of descriptive speakers that are people (`a senior rebel official`). */
const PERSON_NOUNS = new Set(
  (
    'official diplomat spokesman spokeswoman spokesperson adviser advisor envoy minister journalist activist worker leader ' +
    'commander resident witness doctor source man woman boy girl father mother fighter rebel soldier officer negotiator ' +
    'analyst expert president secretary general director chief head member aide ambassador mayor governor correspondent ' +
    'reporter nurse volunteer student teacher survivor evacuee refugee medic surgeon engineer driver lawyer judge ' +
    'investigator prosecutor monitor observer militant civilian priest imam king queen prince premier chancellor'
  ).split(' '),
);
/** Last words of organisation names (`International Rescue Committee`, `state TV`). */
const ORG_HEADS = new Set(
  (
    'committee ministry council organisation organization agency army forces force government office commission union ' +
    'nations cross crescent observatory tv television radio news times post group front party institute foundation fund ' +
    'programme program watch international command corps court bank department authority authorities military navy ' +
    'service services network channel press company coalition alliance movement brigade brigades regime administration ' +
    'parliament assembly embassy mission media unit centre center'
  ).split(' '),
);

const DOUBLE_OPEN = new Set(['\u201C', '\u00AB', '\u201E']);
const DOUBLE_CLOSE = new Set(['\u201D', '\u00BB']);
const MAX_WINDOW = 240;
/** Tokens read back from a speech verb to find its subject, and entries searched for a pronoun's antecedent. */
const MAX_LOOKBACK = 40;

// ---- quote marks -----------------------------------------------------------------------------------------

interface RawQuote {
  /** Index of the opening mark in the segment text. */
  open: number;
  /** Index of the closing mark, or null when the quote runs to the end of the segment. */
  close: number | null;
  innerStart: number;
  innerEnd: number;
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Top-level quotations of a segment in one linear pass; nested quotes stay inside their outer quote. */
export function scanQuoteMarks(text: string): RawQuote[] {
  const found: RawQuote[] = [];
  let open = -1;
  let kind: 'double' | 'single' | null = null;
  const finish = (close: number | null, end: number): void => {
    found.push({ open, close, innerStart: open + 1, innerEnd: end });
    open = -1;
    kind = null;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const prev = text[i - 1];
    const next = text[i + 1];
    if (kind === null) {
      if (DOUBLE_OPEN.has(ch) || (ch === '"' && !isSpace(next))) {
        open = i;
        kind = 'double';
      } else if (ch === '\u2018' && !isLetter(prev)) {
        open = i;
        kind = 'single';
      }
    } else if (kind === 'double') {
      if (DOUBLE_CLOSE.has(ch) || (ch === '"' && !isSpace(prev))) finish(i, i);
      else if (DOUBLE_OPEN.has(ch) || (ch === '"' && isSpace(prev) && !isSpace(next))) {
        finish(null, i);
        open = i;
        kind = 'double';
      }
    } else if (ch === '\u2019' && !isLetter(next)) {
      finish(i, i);
    } else if (DOUBLE_OPEN.has(ch)) {
      // a double quote cannot sit inside a top-level single one: the ‘ was an apostrophe-like mark
      open = i;
      kind = 'double';
    }
  }
  if (kind !== null) finish(null, text.length);
  return found
    .map((q) => {
      let s = q.innerStart;
      let e = q.innerEnd;
      while (s < e && isSpace(text[s])) s++;
      while (e > s && isSpace(text[e - 1])) e--;
      return { ...q, innerStart: s, innerEnd: e };
    })
    .filter((q) => q.innerEnd > q.innerStart && isLetterPresent(text, q.innerStart, q.innerEnd));
}

function isLetterPresent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isLetter(text[i])) return true;
  return false;
}

// ---- tokens ------------------------------------------------------------------------------------------------

function isCapitalised(word: string): boolean {
  const head = word.replace(/^(?:al|el|ad|an|ar|as|at|ash|az|bin|ibn|abu|abd|de|d)[-\u2019']/i, '');
  const first = head[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}

function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.?){2,5}$/u.test(word);
}

// ---- speakers ----------------------------------------------------------------------------------------------

interface Speaker {
  name: string;
  isPerson: boolean;
}

/** A subject as found before or after a speech verb: words as written, or a pronoun. */
type Subject = { kind: 'words'; words: string[] } | { kind: 'pronoun'; pronoun: string };

interface SpeechEvent {
  /** Index of the speech verb in the segment text. */
  verbStart: number;
  verbEnd: number;
  /** Start of the clause that holds the verb and its subject (for a quote's attribution after it). */
  clauseStart: number;
  subject: Subject | null;
  speaker: Speaker | null;
  sentence: number;
}

interface Context {
  gazetteer: Gazetteer;
  titles: Set<string>;
  /** Speakers in order of appearance, for pronouns and short names. */
  entries: Array<Speaker & { segment: number }>;
  personCache: Map<string, boolean>;
  /** Multi-word speakers by their last name (`Egeland` → Jan Egeland, `Assad` → Bashar al-Assad). */
  fullNames: Map<string, Speaker>;
}

function remember(ctx: Context, speaker: Speaker, segment: number): void {
  ctx.entries.push({ ...speaker, segment });
  if (ctx.entries.length > 4 * MAX_LOOKBACK) ctx.entries.splice(0, ctx.entries.length - 2 * MAX_LOOKBACK);
  const words = speaker.name.split(/[\s-]/);
  if (words.length > 1 && isCapitalised(speaker.name)) ctx.fullNames.set(words[words.length - 1] as string, speaker);
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
      if (after === undefined || !(isCapitalised(after.text) || DETERMINERS.has(after.text.toLowerCase()))) break;
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
    if (!isCapitalised(token.text) && !NAME_PARTICLES.has(lower)) {
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
  while (i >= clauseFloor && isWordToken(tokens[i]) && SKIP_BEFORE_VERB.has((tokens[i] as Token).text.toLowerCase())) i--;
  const last = tokens[i];
  if (last === undefined || i < clauseFloor) return { subject: null, clauseStart: tokens[verb]?.start ?? 0 };
  if (isWordToken(last) && PRONOUNS.has(last.text.toLowerCase())) {
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
  return last !== undefined && isCapitalised(last.text);
}

function titleSet(gazetteer: Gazetteer): Set<string> {
  const titles = new Set(TITLES);
  for (const role of gazetteer.roles) for (const word of role.split(/\s+/)) if (word) titles.add(word.toLowerCase());
  return titles;
}

/** The capitalised run that ends the phrase (particles and `of` inside it allowed). */
function nameRun(words: string[]): string[] {
  let start = words.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as string;
    const lower = word.toLowerCase();
    if (isCapitalised(word) && !DETERMINERS.has(lower)) start = i;
    else if ((NAME_PARTICLES.has(lower) || lower === 'of') && i > 0 && isCapitalised(words[i - 1] as string) && start === i + 1) start = i;
    else break;
  }
  const run = words.slice(start);
  while (run[0] !== undefined && (NAME_PARTICLES.has(run[0].toLowerCase()) || run[0].toLowerCase() === 'of')) run.shift();
  return run;
}

/** Strips titles: the words after the last title (`U.N. Special Envoy Staffan de Mistura` → Staffan de Mistura). */
function stripTitles(run: string[], titles: Set<string>): string[] {
  let last = -1;
  run.forEach((word, i) => {
    if (titles.has(word.toLowerCase().replace(/\.$/, ''))) last = i;
  });
  let rest = run.slice(last + 1);
  if (rest[0]?.toLowerCase() === 'of' && rest.length > 2) rest = rest.slice(2);
  return rest.length > 0 ? rest : run;
}

function possessiveFree(word: string): string {
  return word.replace(/['\u2019]s?$/, '');
}

/** A speaker's canonical name: the gazetteer's, else the cleaned name, else the descriptive words. */
function canonicalSpeaker(words: string[], ctx: Context): Speaker | null {
  if (words.length === 0) return null;
  for (let i = 0; i < words.length; i++) {
    const actor = findActor(ctx.gazetteer, words.slice(i).join(' '));
    if (actor) return { name: actor.name, isPerson: actor.type === 'person' };
  }
  const run = nameRun(words);
  const leading = words.slice(0, words.length - run.length);
  const lowerBefore = leading.filter((w) => !DETERMINERS.has(w.toLowerCase()));
  const isLoneAcronym = run.length === 1 && isAcronym(run[0] as string) && lowerBefore.some((w) => !isCapitalised(w) && !ctx.titles.has(w.toLowerCase()));
  if (run.length === 0 || isLoneAcronym || possessiveFree(run[run.length - 1] as string) !== run[run.length - 1]) {
    const text = words.join(' ');
    const described = DETERMINERS.has((words[0] as string).toLowerCase()) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
    const head = (words[words.length - 1] as string).toLowerCase().replace(/s$/, '');
    return { name: described, isPerson: PERSON_NOUNS.has(head) };
  }
  const name = stripTitles(run, ctx.titles);
  for (let i = 0; i < name.length; i++) {
    const actor = findActor(ctx.gazetteer, name.slice(i).join(' '));
    if (actor) return { name: actor.name, isPerson: actor.type === 'person' };
  }
  const cleaned = name.join(' ');
  if (name.length === 1) {
    const fuller = ctx.fullNames.get(cleaned);
    if (fuller) return fuller;
  }
  return { name: cleaned, isPerson: isPersonName(cleaned, ctx) };
}

function isPersonName(name: string, ctx: Context): boolean {
  const cached = ctx.personCache.get(name);
  if (cached !== undefined) return cached;
  const words = name.split(' ');
  const head = (words[words.length - 1] ?? '').toLowerCase();
  let isPerson: boolean;
  if (ORG_HEADS.has(head) || isAcronym(name)) isPerson = false;
  else {
    const doc = compromise()(name);
    isPerson = !(doc.has('#Place') || doc.has('#Organization') || doc.has('#Country'));
  }
  ctx.personCache.set(name, isPerson);
  return isPerson;
}

function resolveSubject(subject: Subject | null, ctx: Context, segment: number): Speaker | null {
  if (subject === null) return null;
  if (subject.kind === 'words') return canonicalSpeaker(subject.words, ctx);
  const { pronoun } = subject;
  if (pronoun === 'he' || pronoun === 'she') {
    for (let i = ctx.entries.length - 1; i >= Math.max(0, ctx.entries.length - MAX_LOOKBACK); i--) {
      const entry = ctx.entries[i] as Speaker & { segment: number };
      if (entry.segment < segment - 6) break;
      if (entry.isPerson) return { name: entry.name, isPerson: true };
    }
    return null;
  }
  if (pronoun === 'it') {
    for (let i = ctx.entries.length - 1; i >= Math.max(0, ctx.entries.length - MAX_LOOKBACK); i--) {
      const entry = ctx.entries[i] as Speaker & { segment: number };
      if (entry.segment < segment - 2) break;
      if (!entry.isPerson) return { name: entry.name, isPerson: false };
    }
  }
  return null;
}

// ---- segments ----------------------------------------------------------------------------------------------

function maskQuotes(text: string, quotes: RawQuote[]): string {
  let masked = '';
  let at = 0;
  for (const q of quotes) {
    const end = q.close === null ? text.length : q.close + 1;
    masked += text.slice(at, q.open) + '|'.repeat(end - q.open);
    at = end;
  }
  return masked + text.slice(at);
}


/** Speech verbs of a segment (outside quotes) with their subjects, in text order. */
function speechEvents(masked: string, sentences: Sentence[]): Array<Omit<SpeechEvent, 'speaker'>> {
  const tokens = tokenize(masked, { punctuation: true });
  const found: Array<Omit<SpeechEvent, 'speaker'>> = [];
  let lastWithSubject: Omit<SpeechEvent, 'speaker'> | null = null;
  const events = {
    push(event: Omit<SpeechEvent, 'speaker'>): void {
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
    if (!isWordToken(token)) return;
    const lower = token.text.toLowerCase();
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
    if (!isCapitalised(token.text) && /(?:ed|es)$/.test(lower) && taken.length > 0) break;
    taken.push(token);
  }
  const first = taken[0];
  if (first === undefined) {
    const only = tokens[floor];
    return only && PRONOUNS.has(only.text.toLowerCase()) ? { kind: 'pronoun', pronoun: only.text.toLowerCase() } : null;
  }
  return { kind: 'words', words: taken.map((t) => t.text) };
}

function isScareQuote(text: string): boolean {
  if (/[.!?\u2026]$/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => isLetterPresent(w, 0, w.length) && !/^(?:and|or|&)$/i.test(w));
  return words.length <= 2;
}

/** Index of the first event whose verb starts at or after `index` (events are in text order). */
function firstEventFrom(events: SpeechEvent[], index: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((events[mid] as SpeechEvent).verbStart < index) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The event that credits the quotation after its closing mark: `,” U.N. spokesman Farhan Haq told`, `,” said Ali Haider`. */
function attributionAfter(events: SpeechEvent[], masked: string, close: number, nextOpen: number): SpeechEvent | null {
  for (let k = firstEventFrom(events, close + 1); k < events.length; k++) {
    const event = events[k] as SpeechEvent;
    if (event.verbStart >= nextOpen || event.verbStart - close > MAX_WINDOW) return null;
    if (event.subject !== null && event.clauseStart > close && /^[\s,|]*$/.test(masked.slice(close + 1, event.clauseStart))) return event;
  }
  return null;
}

/** The last speech event of the quotation's sentence before its opening mark: `Assad said his ... were a “basic step”`. */
function attributionBefore(events: SpeechEvent[], open: number, sentence: number): SpeechEvent | null {
  for (let k = firstEventFrom(events, open) - 1; k >= 0; k--) {
    const event = events[k] as SpeechEvent;
    if (event.sentence !== sentence || open - event.verbEnd > MAX_WINDOW) return null;
    if (event.verbEnd <= open) return event;
  }
  return null;
}

interface Assigned {
  quote: RawQuote;
  speaker: Speaker | null;
  /** Index in the output of the quotation this one continues from the paragraph before, else null. */
  continues: number | null;
}

/** Quotations in the body, captions and embeds of `article`, each with its canonical speaker. */
export function extractQuotes(article: Article, gazetteer: Gazetteer): QuoteRecord[] {
  const ctx: Context = { gazetteer, titles: titleSet(gazetteer), entries: [], personCache: new Map(), fullNames: new Map() };
  const out: QuoteRecord[] = [];
  let previous: { partIndex: number; openQuote: number | null; tailSpeaker: Speaker | null } | null = null;

  readSegments(article).forEach((segment, segmentIndex) => {
    const raw = scanQuoteMarks(segment.text);
    const sentences = splitSentences(segment.text, 0);
    const masked = maskQuotes(segment.text, raw);
    const events: SpeechEvent[] = [];
    const eventNames = new Set<string>();
    for (const event of speechEvents(masked, sentences)) {
      const speaker = resolveSubject(event.subject, ctx, segmentIndex);
      events.push({ ...event, speaker });
      if (speaker) {
        remember(ctx, speaker, segmentIndex);
        eventNames.add(speaker.name);
      }
    }

    const isAdjacent = previous !== null && previous.partIndex === segment.partIndex - 1;
    const firstVisible = segment.text.search(/\S/);
    const assigned: Assigned[] = [];
    let lastSpeaker: Speaker | null = null;
    let sentence = 0;
    raw.forEach((quote, qi) => {
      while (sentence < sentences.length - 1 && (sentences[sentence] as Sentence).offset[1] <= quote.innerStart) sentence++;
      const after = quote.close === null ? null : attributionAfter(events, masked, quote.close, raw[qi + 1]?.open ?? Infinity);
      let speaker: Speaker | null = after ? after.speaker : (attributionBefore(events, quote.open, sentence)?.speaker ?? null);
      const isCredited = after !== null || speaker !== null;
      const opensSegment = quote.open === firstVisible;
      const continues = qi === 0 && opensSegment && isAdjacent ? (previous?.openQuote ?? null) : null;
      if (!isCredited) {
        if (lastSpeaker) speaker = lastSpeaker;
        else if (continues !== null) speaker = null;
        else if (opensSegment && isAdjacent) speaker = previous?.tailSpeaker ?? null;
      }
      if (speaker) lastSpeaker = speaker;
      assigned.push({ quote, speaker, continues });
    });

    for (const { quote, speaker, continues } of assigned) {
      const text = segment.text.slice(quote.innerStart, quote.innerEnd);
      const record: QuoteRecord = {
        report: article.id,
        text,
        speaker: speaker?.name ?? null,
        offset: [segment.base + quote.innerStart, segment.base + quote.innerEnd],
        part: segment.kind,
        isScare: isScareQuote(text),
      };
      // a quotation continued from the paragraph before shares its speaker, in both directions
      const first = continues === null ? undefined : out[continues];
      if (first && continues !== null) {
        if (record.speaker === null) record.speaker = first.speaker;
        else if (first.speaker === null) for (let k = continues; k < out.length; k++) if ((out[k] as QuoteRecord).speaker === null) (out[k] as QuoteRecord).speaker = record.speaker;
      }
      out.push(record);
      if (speaker && !eventNames.has(speaker.name)) remember(ctx, speaker, segmentIndex);
    }

    const lastSentence = sentences[sentences.length - 1];
    const tailFrom = lastSentence ? lastSentence.offset[0] : 0;
    const lastEvent = events[events.length - 1];
    const lastQuote = assigned[assigned.length - 1];
    const tailEvent = lastEvent && lastEvent.verbStart >= tailFrom && lastEvent.speaker ? lastEvent : null;
    const lastRecord = out[out.length - 1];
    const quoteTail = lastQuote && lastQuote.quote.innerEnd >= tailFrom && lastRecord?.speaker ? { name: lastRecord.speaker, isPerson: true } : null;
    previous = {
      partIndex: segment.partIndex,
      openQuote: lastQuote && lastQuote.quote.close === null ? out.length - 1 : null,
      tailSpeaker: tailEvent?.speaker ?? quoteTail,
    };
  });
  return out;
}
