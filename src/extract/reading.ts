// An article as the extractors read it, built once per article: its segments (segments.ts), and in each its
// sentences, quotation marks and speech events, for figures, quotations and dates.
import { splitSentences, type Sentence } from '../text/sentences.js';
import type { Article } from '../types.js';
import { maskQuotes, scanQuoteMarks, type RawQuote } from './quote-marks.js';
import { readSegments, type Segment } from './segments.js';
import { speechEvents, type SpeechMention } from './speakers.js';

/** A segment as read once for every extractor: its sentences, quotations and speech events. */
export interface ReadSegment extends Segment {
  /** Its sentences, offsets in the file. */
  sentences: Sentence[];
  /** Its sentences, offsets inside `text`. */
  localSentences: Sentence[];
  /** Its top-level quotations, offsets inside `text`. */
  quotes: RawQuote[];
  /** `text` with the quotations masked (`|`), offsets kept. */
  masked: string;
  /** Where the text outside quotations says who said something (`X said`, `according to X`), subjects unresolved. */
  speech: SpeechMention[];
  /** True when the segment has no capital letter: names are then known by their place, not their capital. */
  isLowerCase: boolean;
}

/** An article as the extractors read it: built once, consumed by figures, quotations and dates. */
export interface Reading {
  article: Article;
  segments: ReadSegment[];
}

/** Reads an article once: its segments, and in each its sentences, quotations and speech events. */
export function readArticle(article: Article): Reading {
  const segments = readSegments(article).map((segment): ReadSegment => {
    const localSentences = splitSentences(segment.text, 0);
    const sentences = localSentences.map((s) => ({ text: s.text, offset: [s.offset[0] + segment.base, s.offset[1] + segment.base] as [number, number] }));
    const quotes = scanQuoteMarks(segment.text);
    const masked = maskQuotes(segment.text, quotes);
    return { ...segment, sentences, localSentences, quotes, masked, speech: speechEvents(masked, localSentences), isLowerCase: !/\p{Lu}/u.test(segment.text) };
  });
  return { article, segments };
}
