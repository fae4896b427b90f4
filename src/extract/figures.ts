// Figures: every count and duration in a report's body, captions and embeds, with interval, measure, claimant, date and scope.
import { findActor, findPlace } from '../corpus/gazetteer.js';
import { splitSentences } from '../text/sentences.js';
import type { Article, DateMention, Figure, Gazetteer, Measure, Qualifier, Quote } from '../types.js';
import { readSegments } from './reading.js';
import { measureLexicon, measureOf, type MeasureLexicon } from './measures.js';
import { readDurationCompound, readNumber, roundFigure, tokenize, type NumberMatch, type Token } from './numbers.js';

export interface FigureContext {
  gazetteer: Gazetteer;
  /** The article's quotations with resolved speakers: a figure inside one is credited to its speaker. */
  quotes: Quote[];
  /** The article's resolved date mentions: the first day-precision one in a figure's sentence is its asOf. */
  dates: DateMention[];
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

const QUALIFIERS: Array<[string, Qualifier]> = [
  ['no fewer than', 'at_least'],
  ['no less than', 'at_least'],
  ['no more than', 'at_most'],
  ['an estimated', 'approx'],
  ['as many as', 'at_most'],
  ['at least', 'at_least'],
  ['more than', 'more_than'],
  ['upwards of', 'more_than'],
  ['just over', 'more_than'],
  ['fewer than', 'less_than'],
  ['less than', 'less_than'],
  ['just under', 'less_than'],
  ['close to', 'approx'],
  ['at most', 'at_most'],
  ['up to', 'at_most'],
  ['over', 'more_than'],
  ['under', 'less_than'],
  ['about', 'approx'],
  ['around', 'approx'],
  ['some', 'approx'],
  ['roughly', 'approx'],
  ['nearly', 'approx'],
  ['almost', 'approx'],
  ['approximately', 'approx'],
  ['estimated', 'approx'],
];

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
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

/** Generic titles and roles that precede a name (`Defence Minister Sergei Shoigu`). */
const TITLE_WORDS = new Set([
  'president', 'prime', 'minister', 'defence', 'defense', 'foreign', 'interior', 'secretary', 'general', 'lieutenant',
  'lieutenant-general', 'major', 'major-general', 'colonel', 'captain', 'commander', 'spokesman', 'spokeswoman', 'envoy',
  'special', 'ambassador', 'mr', 'mrs', 'ms', 'dr', 'sir', 'king', 'queen', 'prince', 'sheikh', 'chief', 'head', 'senior',
  'deputy', 'state', 'army', 'military', 'official', 'leader', 'mayor', 'governor', 'senator', 'chancellor', 'emir', 'pope',
  'brigadier', 'brigadier-general', 'admiral', 'marshal', 'sergeant', 'lt', 'gen', 'col', 'maj', 'rev', 'judge',
]);
/** Heads of an unnamed source description (`a Turkish official`). */
const ROLE_NOUNS = new Set([
  'official', 'officials', 'diplomat', 'diplomats', 'spokesman', 'spokeswoman', 'spokesperson', 'source', 'sources',
  'commander', 'commanders', 'minister', 'ministry', 'activist', 'activists', 'monitor', 'leader', 'leaders', 'envoy',
  'officer', 'officers', 'analyst', 'witness', 'witnesses', 'resident', 'residents', 'medic', 'medics', 'doctor', 'doctors',
  'agency', 'observatory', 'governor', 'mayor', 'director', 'coordinator', 'teams', 'rescuers', 'workers', 'chief', 'groups', 'group', 'tv', 'television', 'media', 'radio', 'newspaper', 'channel', 'unit', 'army', 'military', 'government', 'authorities', 'police', 'rescuers', 'negotiator', 'negotiators',
]);
/** Heads of a claim's carrier rather than its claimant (`Pictures broadcast on X showed`, `the latest X figures show`). */
const CARRIER_NOUNS = new Set(['pictures', 'footage', 'images', 'video', 'videos', 'photos', 'photographs', 'broadcast', 'report', 'reports', 'figures', 'data', 'estimates', 'statistics', 'numbers', 'count', 'tally']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'this', 'that']);
const SPEECH_VERB = /\b(?:said|says|say|told|tells|tell|reported|reports|warned|warns|estimated|estimates|announced|announces|claimed|claims|declared|stated|states|added|adds|confirmed|confirms|showed|shows|show|insisted|noted|wrote|tweeted)\b/g;
const MAX_VERBS = 20;
/** Characters before a speech verb searched for its subject, and after it for the figures it covers. */
const SUBJECT_WINDOW = 300;
const CLAIM_REACH = 400;
const CLAUSE_BREAK = /(?:,\s+(?:as|while|but|although|though|when|whereas|because|since|which|where)\b|;|\s[—–]\s)/;
const PLACE_PREPOSITIONS = new Set(['in', 'across', 'from', 'throughout', 'inside', 'within', 'out of', 'outside']);
const DIRECTIONS = new Set(['east', 'eastern', 'west', 'western', 'north', 'northern', 'south', 'southern', 'central', 'northwestern', 'north-western', 'northeastern', 'north-eastern', 'southwestern', 'south-western', 'southeastern', 'south-eastern', 'northwest', 'northeast', 'southwest', 'southeast']);
const AREA_NOUNS = new Set(['areas', 'area', 'parts', 'part', 'districts', 'district', 'neighbourhoods', 'neighborhoods', 'neighbourhood', 'neighborhood', 'quarters', 'quarter', 'enclave', 'enclaves', 'sector', 'pocket', 'regions', 'region', 'province', 'countryside', 'outskirts', 'rest', 'whole', 'city', 'town']);
const NAME_PARTICLES = new Set(['of', 'the', 'de', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'du', 'la', 'le', 'for']);

// ---- entry point ---------------------------------------------------------------------------------------------

/** Every figure of the article's body, caption and embed parts, in file order. */
export function extractFigures(article: Article, context: FigureContext): Figure[] {
  const figures: Figure[] = [];
  const lexicon = measureLexicon(context.gazetteer);
  for (const segment of readSegments(article)) {
    const span = { kind: segment.kind, text: segment.text, base: segment.base, author: segment.embed ? embedAuthor(context.gazetteer, segment.embed.author, segment.embed.handle) : null };
    let previousClaimant: string | null = null;
    let previousMeasure: Measure | null = null;
    for (const sentence of splitSentences(span.text, span.base)) {
      const candidates = findCandidates(sentence.text, lexicon, previousMeasure);
      const ownClaim = claimantOfSentence(sentence.text, context.gazetteer);
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

/** An embed's author resolved through the gazetteer (handle first, then name), else as written. */
export function embedAuthor(gazetteer: Gazetteer, author: string, handle: string | null): string {
  const byHandle = handle ? findActor(gazetteer, handle) : null;
  return (byHandle ?? findActor(gazetteer, author))?.name ?? author;
}

function canonicalActor(gazetteer: Gazetteer, name: string): string {
  return findActor(gazetteer, name)?.name ?? name;
}

function asOfDate(dates: DateMention[], sentence: [number, number]): string | null {
  const inside = dates
    .filter((d) => d.precision === 'day' && d.date !== null && d.offset[0] >= sentence[0] && d.offset[1] <= sentence[1])
    .sort((a, b) => a.offset[0] - b.offset[0]);
  return inside[0]?.date ?? null;
}

// ---- finding the numbers of a sentence ----------------------------------------------------------------------

function low(tokens: Token[], i: number): string {
  return tokens[i]?.text.toLowerCase() ?? '';
}

function isWord(token: Token | undefined): boolean {
  return token !== undefined && /^[\p{L}]/u.test(token.text);
}

function isQuoteMark(token: Token | undefined): boolean {
  return token !== undefined && /^["“”‘’']$/.test(token.text);
}

/** The qualifier ending just before token i: [qualifier, index of its first token], or exact. */
function qualifierBefore(tokens: Token[], i: number): [Qualifier, number] {
  for (const [phrase, qualifier] of QUALIFIERS) {
    const words = phrase.split(' ');
    const first = i - words.length;
    if (first < 0) continue;
    if (words.every((word, k) => low(tokens, first + k) === word)) return [qualifier, first];
  }
  return ['exact', i];
}

function intervalFor(qualifier: Qualifier, value: number): { low: number; high: number | null } {
  switch (qualifier) {
    case 'approx':
      return { low: roundFigure(value * 0.9), high: roundFigure(value * 1.1) };
    case 'at_least':
    case 'more_than':
      return { low: value, high: null };
    case 'at_most':
    case 'less_than':
      return { low: 0, high: value };
    default:
      return { low: value, high: value };
  }
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
  if (isPluralNoun(w)) return w;
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
    if (PHRASE_STOPS.has(w) || MONTHS.has(w) || WEEKDAYS.has(w)) return null;
    if (readNumber(tokens, k, lexicon.numberWords) !== null && !DURATION_UNITS[w]) return null;
    const isHead = isPluralNoun(w) || (singular && !isModifierOnly(tokens, k));
    const isAdjectival = ADJECTIVAL.has(w);
    if (isHead && isAdjectival && isWord(tokens[k + 1]) && isPluralNoun(tokens[k + 1]?.text ?? '') && !PHRASE_STOPS.has(low(tokens, k + 1))) {
      modifiers.push(w);
      continue;
    }
    if (isHead) {
      let last = k;
      if (opened && isQuoteMark(tokens[k + 1]) && tokens[k + 1]?.start === token.end) last = k + 1;
      const head = w.replace(/[’']s$/, '');
      if (lexicon.peopleNouns.has(pluralOf(head)) && low(tokens, last + 1) === 'and') {
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
    const numeric = first.text.replace(/,/g, '');
    if (/^\d{4}$/.test(first.text) && Number(numeric) >= 1000 && Number(numeric) <= 2100) return true;
    if (m.kind === 'range' && /^\d{4}$/.test(last.text)) return true;
  }
  const value = m.value ?? 0;
  const previous = low(tokens, m.first - 1);
  const next = low(tokens, m.last + 1);
  if (isDigits && value >= 1 && value <= 31 && Number.isInteger(value) && (MONTHS.has(previous) || MONTHS.has(next) || (next === 'of' && MONTHS.has(low(tokens, m.last + 2))))) return true;
  if (/^(?:st|nd|rd|th)$/.test(next) && tokens[m.last + 1]?.start === last.end) return true;
  if (CLOCK_WORDS.has(next) || (next === 'a' && low(tokens, m.last + 2) === '.' && low(tokens, m.last + 3) === 'm')) return true;
  if (next === 'p' && low(tokens, m.last + 2) === '.') return true;
  if (NON_COUNT_UNITS.has(next) || next === '%') return true;
  if (LABEL_WORDS.has(previous)) return true;
  if (isDigits && m.first > 0) {
    const prevToken = tokens[m.first - 1];
    const isQualifierWord = QUALIFIERS.some(([phrase]) => phrase.split(' ').pop() === previous);
    if (prevToken && /^\p{Lu}/u.test(prevToken.text) && !isQualifierWord && !/^[A-Z]+$/.test(prevToken.text)) return true;
  }
  return false;
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
        subject: pluralOf(compound.unit),
      });
      i = compound.last;
      continue;
    }

    const m = readNumber(tokens, i, lexicon.numberWords);
    if (!m) continue;
    if (low(tokens, i) === 'a' || low(tokens, i) === 'an') {
      if (m.kind !== 'number') continue;
    }
    if (isNotACount(sentence, tokens, m)) {
      i = m.last;
      continue;
    }
    let [qualifier, qStart] = qualifierBefore(tokens, m.first);
    if (m.kind === 'vague') [qualifier, qStart] = ['vague', m.first];
    if (m.kind === 'range') [qualifier, qStart] = ['range', m.first];
    if (m.isOne && (qualifier === 'exact' || low(tokens, m.last + 1) === 'of')) continue;

    const candidate = readCount(tokens, m, qualifier, qStart, found, previousMeasure, lexicon);
    if (candidate) {
      found.push(candidate);
      i = Math.max(i, m.last);
    } else {
      i = m.last;
    }
  }
  return found;
}

function readCompoundDuration(tokens: Token[], i: number): { value: number; unit: string; first: number; last: number } | null {
  const token = tokens[i];
  if (!token) return null;
  // digits joined to a unit: `48-hour`
  if (/^\d+$/.test(token.text) && low(tokens, i + 1) === '-' && tokens[i + 1]?.start === token.end) {
    const unitToken = tokens[i + 2];
    const unit = /^(hour|day|week|month|year|minute)(?:-long)?$/i.exec(unitToken?.text ?? '');
    if (unit && unitToken?.start === tokens[i + 1]?.end) return { value: Number(token.text), unit: (unit[1] ?? '').toLowerCase(), first: i, last: i + 2 };
    return null;
  }
  const compound = readDurationCompound(token.text);
  if (!compound) return null;
  if (compound.value !== null) return { value: compound.value, unit: compound.unit, first: i, last: i };
  const previous = low(tokens, i - 1);
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
): Candidate | null {
  let j = m.last + 1;
  const next = low(tokens, j);
  let phrase: NounPhrase | null = null;
  let subject: string | null = null;
  let end = m.last;
  let isAnaphor = false;

  if (next === 'of' && /^(?:these|them|those|whom)$/.test(low(tokens, j + 1))) {
    isAnaphor = true;
    const verb = low(tokens, j + 2);
    if (verb === 'are' || verb === 'were') {
      const complement = readNounPhrase(tokens, j + 3, false, lexicon);
      if (complement) subject = pluralOf(complement.head);
    }
  } else {
    if (next === 'of' && (m.kind === 'vague' || /dozen|hundred|thousand|million/.test(low(tokens, m.last)))) j += 1;
    else if (next === 'of') return null;
    if (m.kind === 'vague' && (low(tokens, j) === 'more' || low(tokens, j) === 'other')) j += low(tokens, j) === 'more' ? 1 : 0;
    phrase = readNounPhrase(tokens, j, m.value === 1 && m.kind === 'number', lexicon);
    if (phrase) {
      subject = pluralOf(phrase.head);
      end = phrase.last;
    } else if (ADJECTIVAL.has(low(tokens, j))) {
      subject = low(tokens, j);
      end = j;
    } else if (m.kind === 'vague') {
      subject = 'people';
      if (low(tokens, m.last + 1) === 'more') end = m.last + 1;
    } else return null;
  }

  const start = tokens[qStart]?.start ?? 0;
  const endToken = tokens[end];
  if (!endToken) return null;
  const interval = m.kind === 'number' && m.value !== null ? intervalFor(qualifier, m.value) : { low: m.low, high: m.high };

  // durations
  const unit = subject ? DURATION_UNITS[subject] : undefined;
  if (unit) {
    if (low(tokens, end + 1) === 'ago' || low(tokens, end + 1) === 'old' || low(tokens, m.first - 1) === 'aged') return null;
    return {
      start, end: endToken.end, value: m.value, ...interval, qualifier,
      unit: unit === 'months' || unit === 'minutes' ? null : unit,
      measure: 'duration', subject: subject ?? unit,
    };
  }

  let measure: Measure;
  if (isAnaphor) {
    measure = previousMeasure ?? 'other';
    subject = subject ?? 'people';
  } else {
    measure = measureOf(lexicon, tokens, m.first, end, subject ?? 'people', phrase?.modifiers ?? []);
    const including = low(tokens, qStart - 1) === 'including';
    const previous = earlier[earlier.length - 1];
    if (including && previous && lexicon.peopleNouns.has(subject ?? '')) measure = previous.measure;
  }
  return { start, end: endToken.end, value: m.value, ...interval, qualifier, unit: null, measure, subject: subject ?? 'people' };
}

// ---- claimants -------------------------------------------------------------------------------------------------

interface SentenceClaim {
  claimant: string | null;
  /** True when the figure starting at this sentence-local offset lies within the claim. */
  covers: (start: number) => boolean;
}

const NO_CLAIM: SentenceClaim = { claimant: null, covers: () => false };

/** Who the sentence credits with its figures: `according to X`, `..., X said.`, `X said (that) ...`, `X reports that`. */
export function claimantOfSentence(sentence: string, gazetteer: Gazetteer): SentenceClaim {
  const according = /\baccording to\s+/i.exec(sentence);
  if (according) {
    const rest = sentence.slice(according.index + according[0].length);
    const stop = rest.search(/[,.;:]\s|[,;:]$|\.$|\s(?:that|who)\s/);
    const claimant = resolveClaimant(stop < 0 ? rest : rest.slice(0, stop), gazetteer);
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
      const claimant = resolveClaimant(final[1], gazetteer);
      if (claimant !== null) return { claimant, covers: (start) => start < lastComma };
    }
    const inverted = /^said\s+([^,.]{1,80})/.exec(tail);
    if (inverted?.[1]) {
      const claimant = resolveClaimant(inverted[1], gazetteer);
      if (claimant !== null) return { claimant, covers: (start) => start < lastComma };
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
    const subject = subjectBefore(before);
    if (subject === null) continue;
    const claimant = resolveClaimant(subject, gazetteer);
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

/** The subject noun phrase before a speech verb, commas' parentheticals and trailing auxiliaries removed. */
function subjectBefore(before: string): string | null {
  const clause = before.replace(/^.*[;:“"]\s*/s, '');
  const segments = clause
    .split(',')
    .map((s) => s.trim().replace(/^(?:but|and|yet|so)\s+/i, ''))
    .filter((s) => s !== '' && !/^(?:in|on|at|for|with|during|after|before|meanwhile|however|though|also|too|earlier|later|speaking|separately|instead|then)\b/i.test(s));
  if (segments.length === 0) return null;
  const firstSegment = segments[0] ?? '';
  const chosen = /^\p{Lu}/u.test(firstSegment) && segments.length > 1 && !ROLE_NOUNS.has(firstWord(firstSegment)) ? firstSegment : (segments[segments.length - 1] ?? '');
  const trimmed = chosen
    .replace(/\s+(?:who|which|that)\s.*$/s, '')
    .replace(/(?:\s+(?:has|have|had|also|previously|earlier|later|on \w+|today|yesterday|again|then|now|reportedly|separately|repeatedly|meanwhile))+$/i, '')
    .trim();
  if (trimmed === '' || trimmed.split(/\s+/).length > 14) return null;
  return trimmed;
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

function isNameWord(word: string): boolean {
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

// ---- scope --------------------------------------------------------------------------------------------------------

interface PlacePhrase {
  name: string;
  /** Sentence-local [start, end) of the preposition and place. */
  start: number;
  end: number;
}

const MAX_PLACES = 50;

/** Places named after `in`, `across`, `from`, `out of`... (`in the whole of Syria`), in order, at most MAX_PLACES. */
function placesOfSentence(sentence: string, gazetteer: Gazetteer): PlacePhrase[] {
  const tokens = tokenize(sentence);
  const found: PlacePhrase[] = [];
  for (let i = 0; i < tokens.length && found.length < MAX_PLACES; i++) {
    let w = low(tokens, i);
    let k = i + 1;
    if (w === 'out' && low(tokens, k) === 'of') {
      w = 'out of';
      k += 1;
    }
    if (!PLACE_PREPOSITIONS.has(w)) continue;
    const place = placeAfter(tokens, k, gazetteer);
    if (!place) continue;
    found.push({ name: place.name, start: tokens[i]?.start ?? 0, end: tokens[place.last]?.end ?? 0 });
    i = place.last;
  }
  return found;
}

/** The scope of a figure: the place phrase nearest it in its sentence, else null. */
function nearestPlace(places: PlacePhrase[], candidate: Candidate): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const place of places) {
    if (place.start >= candidate.start && place.start < candidate.end) continue;
    const distance = place.start >= candidate.end ? place.start - candidate.end : candidate.start - place.end;
    if (distance >= 0 && (!best || distance < best.distance)) best = { name: place.name, distance };
  }
  return best?.name ?? null;
}

function placeAfter(tokens: Token[], k: number, gazetteer: Gazetteer): { name: string; last: number } | null {
  let i = k;
  if (low(tokens, i) === 'the') i++;
  if (low(tokens, i) === 'whole' && low(tokens, i + 1) === 'of') i += 2;
  // up to three lowercase words, then `areas of` / `enclave in`
  let j = i;
  for (let n = 0; n < 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[j]?.text ?? '') && !DIRECTIONS.has(low(tokens, j)); n++) j++;
  if (j > i) {
    if (AREA_NOUNS.has(low(tokens, j - 1)) && /^(?:of|in)$/.test(low(tokens, j))) i = j + 1;
    else if (!/^\p{Lu}/u.test(tokens[j]?.text ?? '') && !DIRECTIONS.has(low(tokens, j))) return null;
    else if (!tokens.slice(i, j).every((t) => /-held$|-controlled$/.test(t.text) || /^(?:rebel|besieged|remaining|last)$/.test(t.text))) return null;
    else i = j;
    if (low(tokens, i) === 'the') i++;
  }
  let direction: string | null = null;
  if (DIRECTIONS.has(low(tokens, i))) {
    direction = tokens[i]?.text ?? null;
    i++;
  }
  if (tokens[i]?.text === '#') i++;
  const words: string[] = [];
  let last = i;
  while (i < tokens.length && words.length < 5) {
    const text = tokens[i]?.text ?? '';
    if (isNameWord(text) && !MONTHS.has(text.toLowerCase()) && !WEEKDAYS.has(text.toLowerCase())) {
      words.push(text);
      last = i;
      i++;
    } else if (text === '.' && words.length > 0 && /^\p{Lu}$/u.test(words[words.length - 1] ?? '')) {
      i++;
    } else break;
  }
  if (words.length === 0) return null;
  const written = [direction, ...words].filter((w): w is string => w !== null).join(' ');
  const place = findPlace(gazetteer, written);
  if (place) return { name: place.name, last };
  if (findActor(gazetteer, written)) return null;
  if (direction === null) {
    const bare = findPlace(gazetteer, words.join(' '));
    if (bare) return { name: bare.name, last };
  }
  return { name: written, last };
}
