// Figures: every count and duration in a report's body, captions and embeds, with interval, measure, claimant, date and scope.
import type { Article, DateMention, Figure, Gazetteer, Measure, Qualifier, Quote } from '../types.js';
import { readArticle, type Reading } from './reading.js';
import { readAmount } from './amounts.js';
import { linkedMeasure, measureLexicon, measureOf, type MeasureLexicon } from './measures.js';
import { ADJECTIVAL, pluralOf, readNounPhrase, type NounPhrase } from './counted.js';
import { DURATION_UNITS, readCompoundDuration, whatLasted } from './durations.js';
import { isNotACount, needsEvidence } from './not-counts.js';
import { entry, intervalFor, lower, qualifierBefore, readNumber, tokenize, type NumberMatch, type Token } from './numbers.js';
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



// ---- entry point ---------------------------------------------------------------------------------------------

/** Every figure of the article's body, caption and embed parts, in file order. */
export function extractFigures(article: Article, context: FigureContext): Figure[] {
  const figures: Figure[] = [];
  const lexicon = measureLexicon(context.gazetteer);
  const reading = context.reading ?? readArticle(article);
  for (const segment of reading.segments) {
    const span = { kind: segment.kind, text: segment.text, base: segment.base, author: segment.embed ? embedAuthor(context.gazetteer, segment.embed.author, segment.embed.handle) : null };
    // Who the sentences so far credit with their figures, read only when a figure asks: most sentences state none,
    // and a later one refers back (`of these`) to few of them.
    let previousClaimant: () => string | null = () => null;
    // lower-case text: a claimant's name is known by its place in the clause, not by a capital
    const { isLowerCase } = segment;
    let previousMeasure: Measure | null = null;
    for (const sentence of segment.sentences) {
      // cut once for the figures and the place phrases that scope them
      const tokens = tokenize(sentence.text);
      const candidates = findCandidates(sentence.text, lexicon, previousMeasure, tokens);
      const ownClaim = once(() => claimantOfSentence(sentence.text, context.gazetteer, isLowerCase));
      const places = candidates.length > 0 ? placesOfSentence(sentence.text, context.gazetteer, tokens) : [];
      const before = previousClaimant;
      const inherits = /\bof (?:these|them|those|whom)\b/i.test(sentence.text) && ownClaim().claimant === null && before() !== null;
      for (const candidate of candidates) {
        const start = sentence.offset[0] + candidate.start;
        const end = sentence.offset[0] + candidate.end;
        let attribution: string | null = null;
        if (span.kind === 'embed') attribution = span.author;
        else {
          const quote = context.quotes.find((q) => q.offset[0] <= start && end <= q.offset[1] && q.speaker !== null);
          if (quote?.speaker) attribution = canonicalActor(context.gazetteer, quote.speaker);
          else if (ownClaim().claimant !== null && ownClaim().covers(candidate.start)) attribution = ownClaim().claimant;
          else if (inherits) attribution = before();
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
      previousClaimant = once(() => ownClaim().claimant ?? (inherits ? before() : null));
      const lastPeople = [...candidates].reverse().find((c) => c.measure !== 'duration' && c.measure !== 'other');
      if (lastPeople) previousMeasure = lastPeople.measure;
    }
  }
  return figures;
}

/** `compute`, run at the first call and remembered for the others. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

function asOfDate(dates: DateMention[], sentence: [number, number]): string | null {
  const inside = dates
    .filter((d) => d.precision === 'day' && d.date !== null && d.offset[0] >= sentence[0] && d.offset[1] <= sentence[1])
    .sort((a, b) => a.offset[0] - b.offset[0]);
  return inside[0]?.date ?? null;
}

// ---- finding the numbers of a sentence ----------------------------------------------------------------------

/**
 * The figures of one sentence, in order; `previousMeasure` is the measure of the last people figure before it.
 * `tokens` are the sentence's, as numbers.ts cuts them (read, never changed).
 */
export function findCandidates(sentence: string, lexicon: MeasureLexicon, previousMeasure: Measure | null = null, tokens: Token[] = tokenize(sentence)): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;

    // duration compounds: `five-year`, `a week-long`, `48-hour`
    const compound = readCompoundDuration(tokens, i);
    if (compound) {
      const [qualifier, qStart] = qualifierBefore(tokens, compound.first);
      const unit = entry(DURATION_UNITS, compound.unit);
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
  const unit = subject ? entry(DURATION_UNITS, subject) : undefined;
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

