// Quotations in a report's body, captions and embeds with their speakers. Linking them across reports: compare/quotes.ts.
import type { Sentence } from '../text/sentences.js';
import type { Article, Gazetteer, Quote } from '../types.js';
import { isLetterPresent, type RawQuote } from './quote-marks.js';
import { readArticle, type Reading } from './reading.js';
import { remember, resolveSpeech, speakerMemory, type Speaker, type SpeechEvent } from './speakers.js';

export type { SharedQuote, SharedQuoteMember } from '../compare/quotes.js';
export { linkQuotes } from '../compare/quotes.js';

/** A quotation; `isScare` marks scare quotes (at most two words, `and`/`or` not counted, no closing stop). */
export interface QuoteRecord extends Quote {
  isScare: boolean;
}

/** Characters between a speech verb and the quotation it credits, at the most. */
const MAX_WINDOW = 240;

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

export { scanQuoteMarks } from './quote-marks.js';

/** Quotations in the body, captions and embeds of `article`, each with its canonical speaker; `reading` is the article's. */
export function extractQuotes(article: Article, gazetteer: Gazetteer, reading: Reading = readArticle(article)): QuoteRecord[] {
  const memory = speakerMemory(gazetteer);
  const out: QuoteRecord[] = [];
  let previous: { partIndex: number; openQuote: number | null; tailSpeaker: Speaker | null } | null = null;

  reading.segments.forEach((segment, segmentIndex) => {
    const { quotes: raw, localSentences: sentences, masked } = segment;
    const events = resolveSpeech(segment.speech, memory, segmentIndex);
    const eventNames = new Set(events.flatMap((e) => (e.speaker ? [e.speaker.name] : [])));

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
      if (speaker && !eventNames.has(speaker.name)) remember(memory, speaker, segmentIndex);
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
