// Figures: every count and duration in a report's body, captions and embeds, with interval, measure, claimant, date and scope.
import { isCalendarWord, monthNumber } from '../text/calendar.js';
import { UNSPECIFIED_DURATION, type Article, type DateMention, type Figure, type Gazetteer, type Measure, type Qualifier, type Quote } from '../types.js';
import { readArticle, type Reading } from './reading.js';
import { readAmount } from './amounts.js';
import { linkedMeasure, measureLexicon, measureOf, type MeasureLexicon } from './measures.js';
import { intervalFor, lower, qualifierBefore, readDurationCompound, readNumber, tokenize, type NumberMatch, type Token } from './numbers.js';
import { nearestPlace, placesOfSentence } from './scope.js';
import { canonicalActor, claimantOfSentence, embedAuthor } from './speakers.js';

export interface FigureContext {
  gazetteer: Gazetteer;
  /** The article's quotations with resolved speakers: a figure inside one is credited to its speaker. */
  quotes: Quote[];
  /** The article's resolved date mentions: the first day-precision one in a figure's sentence is its asOf. */
  dates: DateMention[];
  /** The article as read once for every extractor; read here when not given. */
  reading?: Reading;
}

type Unit = Figure['unit'];

/** A figure found in one sentence, offsets [start, end) local to the sentence. */
interface Candidate {
  start: number;
  end: number;
  value: number | null;
  low: number;
  high: number | null;
  qualifier: Qualifier;
  unit: Unit;
  measure: Measure;
  subject: string;
}

// ---- lexicon: generic English, no knowledge of any report ------------------------------------------------


const isMonth = (word: string): boolean => monthNumber(word) !== null;
/** Words before a four-digit number that make it a year (`in 2013`, `since 1990`, `summer 2015`). */
const YEAR_CONTEXT = new Set([
  'in', 'since', 'of', 'by', 'from', 'until', 'till', 'to', 'during', 'before', 'after', 'early', 'late', 'mid', 'spring',
  'summer', 'autumn', 'fall', 'winter', 'year', 'between', 'through', 'throughout', 'circa', 'c', 'ad', 'bc',
]);
const CLOCK_WORDS = new Set(['am', 'pm', 'gmt', 'utc', 'hrs', 'h', "o'clock", 'o’clock']);
const NON_COUNT_UNITS = new Set([
  'percent', 'per', '%', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet', 'kg', 'tonnes', 'tons',
  'degrees', 'dollars', 'euros', 'pounds', 'points', 'cents', 'pence', 'litres', 'liters', 'acres', 'hectares',
]);
/** Words before a number that make it a label, not a count (`page 3`, `Resolution 2254`). */
const LABEL_WORDS = new Set(['no', 'number', 'page', 'resolution', 'article', 'chapter', 'section', 'room', 'route', 'flight', 'phase', 'level', 'grade', 'channel']);
const DURATION_UNITS: Record<string, NonNullable<Unit> | 'months' | 'minutes'> = {
  hour: 'hours', hours: 'hours', day: 'days', days: 'days', week: 'weeks', weeks: 'weeks',
  year: 'years', years: 'years', month: 'months', months: 'months', minute: 'minutes', minutes: 'minutes',
};
/** Words that end a counted noun phrase. */
const PHRASE_STOPS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'into', 'out', 'over', 'under', 'and', 'or', 'but',
  'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'it', 'its', 'they', 'them', 'their', 'he',
  'she', 'his', 'her', 'we', 'our', 'you', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does',
  'did', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'not', 'more', 'less', 'still', 'also', 'thus',
  'so', 'then', 'there', 'here', 'ago', 'later', 'earlier', 'after', 'before', 'since', 'during', 'while', 'when', 'where',
  'left', 'said', 'says', 'including', 'across', 'between', 'against', 'about', 'around', 'some', 'all', 'each', 'every',
  'per', 'via', 'near', 'through', 'if', 'because', 'just', 'only', 'even', 'now', 'today', 'yesterday', 'tomorrow',
]);
const NOT_PLURAL = new Set([
  'news', 'was', 'has', 'does', 'says', 'this', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'always', 'perhaps',
  'towards', 'besides', 'whereas', 'afterwards', 'sometimes', 'nevertheless', 'series', 'species', 'politics', 'process',
  'goes', 'gives', 'takes', 'makes', 'comes', 'seems', 'remains', 'means', 'plus', 'thus', 'unless', 'across', 'always',
]);
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'wounded', 'injured', 'dead', 'aircraft', 'militia', 'youth', 'cattle', 'livestock', 'sheep']);
/** Participles that stand for people or modify a people noun (`the wounded`, `wounded civilians`). */
const ADJECTIVAL = new Set(['wounded', 'injured', 'injuries', 'dead']);


// ---- entry point ---------------------------------------------------------------------------------------------

/** Every figure of the article's body, caption and embed parts, in file order. */
export function extractFigures(article: Article, context: FigureContext): Figure[] {
  const figures: Figure[] = [];
  const lexicon = measureLexicon(context.gazetteer);
  const reading = context.reading ?? readArticle(article);
  for (const segment of reading.segments) {
    const span = { kind: segment.kind, text: segment.text, base: segment.base, author: segment.embed ? embedAuthor(context.gazetteer, segment.embed.author, segment.embed.handle) : null };
    let previousClaimant: string | null = null;
    // lower-case text: a claimant's name is known by its place in the clause, not by a capital
    const { isLowerCase } = segment;
    let previousMeasure: Measure | null = null;
    for (const sentence of segment.sentences) {
      const candidates = findCandidates(sentence.text, lexicon, previousMeasure);
      const ownClaim = claimantOfSentence(sentence.text, context.gazetteer, isLowerCase);
      const places = candidates.length > 0 ? placesOfSentence(sentence.text, context.gazetteer) : [];
      const inherits = ownClaim.claimant === null && previousClaimant !== null && /\bof (?:these|them|those|whom)\b/i.test(sentence.text);
      for (const candidate of candidates) {
        const start = sentence.offset[0] + candidate.start;
        const end = sentence.offset[0] + candidate.end;
        let attribution: string | null = null;
        if (span.kind === 'embed') attribution = span.author;
        else {
          const quote = context.quotes.find((q) => q.offset[0] <= start && end <= q.offset[1] && q.speaker !== null);
          if (quote?.speaker) attribution = canonicalActor(context.gazetteer, quote.speaker);
          else if (ownClaim.claimant !== null && ownClaim.covers(candidate.start)) attribution = ownClaim.claimant;
          else if (inherits) attribution = previousClaimant;
        }
        figures.push({
          report: article.id,
          outlet: article.meta.outlet.value,
          measure: candidate.measure,
          subject: candidate.subject,
          value: candidate.value,
          low: candidate.low,
          high: candidate.high,
          qualifier: candidate.qualifier,
          unit: candidate.unit,
          attribution,
          asOf: asOfDate(context.dates, sentence.offset) ?? article.meta.published.value,
          scope: nearestPlace(places, candidate),
          part: span.kind,
          text: article.text.slice(start, end),
          sentence: sentence.text,
          offset: [start, end],
        });
      }
      if (ownClaim.claimant !== null) previousClaimant = ownClaim.claimant;
      else if (!inherits) previousClaimant = null;
      const lastPeople = [...candidates].reverse().find((c) => c.measure !== 'duration' && c.measure !== 'other');
      if (lastPeople) previousMeasure = lastPeople.measure;
    }
  }
  return figures;
}

function asOfDate(dates: DateMention[], sentence: [number, number]): string | null {
  const inside = dates
    .filter((d) => d.precision === 'day' && d.date !== null && d.offset[0] >= sentence[0] && d.offset[1] <= sentence[1])
    .sort((a, b) => a.offset[0] - b.offset[0]);
  return inside[0]?.date ?? null;
}

// ---- finding the numbers of a sentence ----------------------------------------------------------------------

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

function pluralOf(word: string): string {
  const w = word.toLowerCase();
  const irregular: Record<string, string> = { person: 'people', child: 'children', man: 'men', woman: 'women', life: 'lives' };
  if (irregular[w]) return irregular[w];
  if (isPluralNoun(w) || /[a-z]{2}men$/.test(w)) return w;
  if (/(?:s|x|ch|sh)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

interface NounPhrase {
  head: string;
  modifiers: string[];
  /** Index of the last token of the phrase (its head, a closing quote, or a coordinated noun). */
  last: number;
}

/** The counted noun phrase starting at token j: up to three modifiers and a head noun, plural unless `singular`. */
function readNounPhrase(tokens: Token[], j: number, singular: boolean, lexicon: MeasureLexicon): NounPhrase | null {
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
    if (readNumber(tokens, k, lexicon.numberWords) !== null && !DURATION_UNITS[w]) return null;
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

/** True when the number at m is a year, a day of the month, a clock time, an ordinal, a label or a measurement. */
function isNotACount(sentence: string, tokens: Token[], m: NumberMatch): boolean {
  const first = tokens[m.first];
  const last = tokens[m.last];
  if (!first || !last) return true;
  const isDigits = /^\d/.test(first.text);
  const before = sentence.slice(Math.max(0, first.start - 2), first.start);
  const after = sentence.slice(last.end, last.end + 2);
  if (isDigits) {
    if (/[\p{L}\d#$£€¥\/@_]$/u.test(before) || /[\p{L}]-$/u.test(before)) return true;
    if (/^[\p{L}]/u.test(after) || /^[:.]\d/.test(after) || /^\s?%/.test(after)) return true;
    if (/\d[-–/.]$/.test(before)) return true;
    if (isYearLike(first.text) && (YEAR_CONTEXT.has(lower(tokens, m.first - 1)) || isMonth(lower(tokens, m.first - 1)) || /^\d/.test(tokens[m.first - 1]?.text ?? ''))) return true;
    if (m.kind === 'range' && /^\d{4}$/.test(last.text)) return true;
  }
  const value = m.value ?? 0;
  const previous = lower(tokens, m.first - 1);
  const next = lower(tokens, m.last + 1);
  if (isDigits && value >= 1 && value <= 31 && Number.isInteger(value) && (isMonth(previous) || isMonth(next) || (next === 'of' && isMonth(lower(tokens, m.last + 2))))) return true;
  if (/^(?:st|nd|rd|th)$/.test(next) && tokens[m.last + 1]?.start === last.end) return true;
  if (CLOCK_WORDS.has(next) || (next === 'a' && lower(tokens, m.last + 2) === '.' && lower(tokens, m.last + 3) === 'm')) return true;
  if (next === 'p' && lower(tokens, m.last + 2) === '.') return true;
  if (NON_COUNT_UNITS.has(next) || next === '%') return true;
  if (LABEL_WORDS.has(previous) || previous === 'aged' || previous === 'age') return true;
  if (next === 'years' && lower(tokens, m.last + 2) === 'old') return true;
  return false;
}

/** A four-digit number that could be a year (1000-2100). */
function isYearLike(text: string): boolean {
  return /^\d{4}$/.test(text) && Number(text) >= 1000 && Number(text) <= 2100;
}

/**
 * True when the number at m is read as a count only if its noun or a cue says so: a four-digit number that could be
 * a year (`1300` in `killed 1300 people` is a count, in `the 1973 war` a year), a number after a capitalised word
 * (`Daraa 15 civilians` is a count, `Brigade 93` a name), and `one` unqualified (`one civilian was killed` is a count,
 * `one of the convoys` and `one official said` are not).
 */
function needsEvidence(tokens: Token[], m: NumberMatch, qualifier: Qualifier): boolean {
  const first = tokens[m.first];
  if (!first) return true;
  if (m.isOne) return qualifier === 'exact';
  if (qualifier !== 'exact') return false;
  if (isYearLike(first.text)) return true;
  const prevToken = tokens[m.first - 1];
  return /^\d/.test(first.text) && prevToken !== undefined && /^\p{Lu}/u.test(prevToken.text) && !/^[A-Z]+$/.test(prevToken.text);
}

/** The figures of one sentence, in order; `previousMeasure` is the measure of the last people figure before it. */
export function findCandidates(sentence: string, lexicon: MeasureLexicon, previousMeasure: Measure | null = null): Candidate[] {
  const tokens = tokenize(sentence);
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;

    // duration compounds: `five-year`, `a week-long`, `48-hour`
    const compound = readCompoundDuration(tokens, i);
    if (compound) {
      const [qualifier, qStart] = qualifierBefore(tokens, compound.first);
      const unit = DURATION_UNITS[compound.unit];
      const interval = intervalFor(qualifier, compound.value);
      found.push({
        start: tokens[qStart]?.start ?? token.start,
        end: tokens[compound.last]?.end ?? token.end,
        value: compound.value,
        ...interval,
        qualifier,
        unit: unit === 'months' || unit === 'minutes' || unit === undefined ? null : unit,
        measure: 'duration',
        subject: whatLasted(tokens, compound.first, compound.last, true),
      });
      i = compound.last;
      continue;
    }

    const amount = readAmount(tokens, i, lexicon);
    if (amount) {
      const { first, last, ...figure } = amount;
      found.push({ start: tokens[first]?.start ?? token.start, end: tokens[last]?.end ?? token.end, ...figure, subject: amount.measure });
      i = last;
      continue;
    }

    const m = readNumber(tokens, i, lexicon.numberWords);
    if (!m) continue;
    if (lower(tokens, i) === 'a' || lower(tokens, i) === 'an') {
      if (m.kind !== 'number') continue;
    }
    if (isNotACount(sentence, tokens, m)) {
      i = m.last;
      continue;
    }
    let [qualifier, qStart] = qualifierBefore(tokens, m.first);
    if (m.kind === 'vague') [qualifier, qStart] = ['vague', m.first];
    if (m.kind === 'range') [qualifier, qStart] = ['range', m.first];
    if (m.isOne && lower(tokens, m.last + 1) === 'of') continue;

    const candidate = readCount(tokens, m, qualifier, qStart, found, previousMeasure, lexicon, needsEvidence(tokens, m, qualifier));
    if (candidate) {
      found.push(candidate);
      i = Math.max(i, m.last);
    } else {
      i = m.last;
    }
  }
  return found;
}

/** Words between a noun and `last` that do not name what lasted (`an operation expected to last`). */
const LAST_BRIDGE = new Set(['to', 'expected', 'is', 'was', 'are', 'were', 'will', 'would', 'could', 'may', 'might', 'be', 'been', 'has', 'have', 'had', 'set', 'due', 'likely', 'which', 'that']);

/**
 * What a duration measures, as a noun: the noun a compound qualifies (`five-year war`, `a week-long operation`), or
 * the noun that lasts (`an operation expected to last several days`, `the siege lasted four years`); else
 * `unspecified`, so that `five-year war` and `divided for four years` are never one contradiction.
 */
function whatLasted(tokens: Token[], first: number, last: number, isCompound: boolean): string {
  const word = (k: number): string => lower(tokens, k).replace(/[^a-z'-]/g, '');
  if (isCompound) {
    // the head of the noun phrase the compound opens: `five-year war`, `five-year Syrian civil war`
    let head = '';
    for (let k = last + 1; k <= last + 4 && /^\p{L}+$/u.test(tokens[k]?.text ?? '') && !PHRASE_STOPS.has(word(k)); k++) head = word(k);
    if (head.length >= 3) return head;
  }
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    if (!/^last(?:s|ed|ing)?$/.test(word(k))) continue;
    for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
      const noun = word(j);
      if (LAST_BRIDGE.has(noun)) continue;
      return /^[a-z]{3,}$/.test(noun) && !PHRASE_STOPS.has(noun) ? noun : UNSPECIFIED_DURATION;
    }
  }
  return UNSPECIFIED_DURATION;
}

function readCompoundDuration(tokens: Token[], i: number): { value: number; unit: string; first: number; last: number } | null {
  const token = tokens[i];
  if (!token) return null;
  // digits joined to a unit: `48-hour`
  if (/^\d+$/.test(token.text) && lower(tokens, i + 1) === '-' && tokens[i + 1]?.start === token.end) {
    const unitToken = tokens[i + 2];
    const unit = /^(hour|day|week|month|year|minute)(?:-long)?$/i.exec(unitToken?.text ?? '');
    if (unit && unitToken?.start === tokens[i + 1]?.end) return { value: Number(token.text), unit: (unit[1] ?? '').toLowerCase(), first: i, last: i + 2 };
    return null;
  }
  const compound = readDurationCompound(token.text);
  if (!compound) return null;
  if (compound.value !== null) return { value: compound.value, unit: compound.unit, first: i, last: i };
  const previous = lower(tokens, i - 1);
  if (previous === 'a' || previous === 'an' || previous === 'one') return { value: 1, unit: compound.unit, first: i - 1, last: i };
  return null;
}

/** A count: the number, its counted noun, measure and subject; null when there is no counted noun. */
function readCount(
  tokens: Token[],
  m: NumberMatch,
  qualifier: Qualifier,
  qStart: number,
  earlier: Candidate[],
  previousMeasure: Measure | null,
  lexicon: MeasureLexicon,
  needsEvidence: boolean,
): Candidate | null {
  let j = m.last + 1;
  const next = lower(tokens, j);
  let phrase: NounPhrase | null = null;
  let subject: string | null = null;
  let end = m.last;
  let isAnaphor = false;

  if (next === 'of' && /^(?:these|them|those|whom)$/.test(lower(tokens, j + 1))) {
    isAnaphor = true;
    const verb = lower(tokens, j + 2);
    if (verb === 'are' || verb === 'were') {
      const complement = readNounPhrase(tokens, j + 3, false, lexicon);
      if (complement) subject = pluralOf(complement.head);
    }
  } else if (next === 'of' && /^(?:the|those)$/.test(lower(tokens, j + 1)) && lexicon.byNoun.has(lower(tokens, j + 2))) {
    // `14 of the dead`, `20 of those injured`: a part of a counted whole
    const measure = lexicon.byNoun.get(lower(tokens, j + 2)) ?? 'other';
    return { ...countAt(tokens, m, qualifier, qStart, j + 2), unit: null, measure, subject: 'people' };
  } else {
    if (next === 'of' && (m.kind === 'vague' || /dozen|hundred|thousand|million/.test(lower(tokens, m.last)))) j += 1;
    else if (next === 'of') return null;
    if (m.kind === 'vague' && (lower(tokens, j) === 'more' || lower(tokens, j) === 'other')) j += lower(tokens, j) === 'more' ? 1 : 0;
    phrase = readNounPhrase(tokens, j, m.value === 1 && m.kind === 'number', lexicon);
    if (phrase) {
      subject = pluralOf(phrase.head);
      end = phrase.last;
    } else if (ADJECTIVAL.has(lower(tokens, j))) {
      subject = lower(tokens, j);
      end = j;
    } else if (m.kind === 'vague') {
      subject = 'people';
      if (lower(tokens, m.last + 1) === 'more') end = m.last + 1;
    } else {
      // a count without a noun, linked to a cue (`killing six`, `the toll rose to 126`, `588 were injured`)
      const linked = linkedMeasure(lexicon, tokens, qStart, m.last);
      if (linked === null) return null;
      return { ...countAt(tokens, m, qualifier, qStart, m.last), unit: null, measure: linked, subject: 'people' };
    }
  }

  const { start, end: endOffset, ...interval } = countAt(tokens, m, qualifier, qStart, end);
  if (!tokens[end]) return null;

  // durations
  const unit = subject ? DURATION_UNITS[subject] : undefined;
  if (unit) {
    if (lower(tokens, end + 1) === 'ago' || lower(tokens, end + 1) === 'old' || lower(tokens, m.first - 1) === 'aged') return null;
    return {
      start, end: endOffset, ...interval,
      unit: unit === 'months' || unit === 'minutes' ? null : unit,
      measure: 'duration', subject: whatLasted(tokens, m.first, end, false),
    };
  }

  let measure: Measure;
  if (isAnaphor) {
    measure = previousMeasure ?? 'other';
    subject = subject ?? 'people';
  } else if (needsEvidence) {
    // a possible year, a number after a name, or `one`: a count only when its noun or a linked cue says so
    const linked = linkedMeasure(lexicon, tokens, qStart, end);
    const byNoun = lexicon.byNoun.get(subject ?? '');
    const isPeople = isPeopleNoun(lexicon, subject ?? '', tokens[end]);
    const counted = m.isOne ? linked : (linked ?? byNoun ?? (isPeople ? measureOf(lexicon, tokens, qStart, end, subject ?? 'people', phrase?.modifiers ?? [], true) : null));
    if (counted === null || counted === undefined) return null;
    measure = counted;
  } else {
    measure = measureOf(lexicon, tokens, qStart, end, subject ?? 'people', phrase?.modifiers ?? [], isPeopleNoun(lexicon, subject ?? 'people', tokens[end]));
    const including = lower(tokens, qStart - 1) === 'including';
    const previous = earlier[earlier.length - 1];
    if (including && previous && lexicon.peopleNouns.has(subject ?? '')) measure = previous.measure;
  }
  return { start, end: endOffset, ...interval, unit: null, measure, subject: subject ?? 'people' };
}

/** A people noun of the measures, or a capitalised plural of a people's name (`Assyrians`, `Alawites`). */
function isPeopleNoun(lexicon: MeasureLexicon, subject: string, written: Token | undefined): boolean {
  return lexicon.peopleNouns.has(subject) || (written !== undefined && /^\p{Lu}\p{Ll}+(?:ians|ites)$/u.test(written.text));
}

/** The offsets, value and interval of the count whose number is m, qualifier from token qStart, words to token end. */
function countAt(tokens: Token[], m: NumberMatch, qualifier: Qualifier, qStart: number, end: number) {
  const interval = m.kind === 'number' && m.value !== null ? intervalFor(qualifier, m.value) : { low: m.low, high: m.high };
  return { start: tokens[qStart]?.start ?? 0, end: tokens[end]?.end ?? 0, value: m.value, ...interval, qualifier };
}

