// Word statistics over a report's body text: tokens, types, density, sentence length, Flesch reading ease, content
// words. Apart from words.ts, so that counting words (stats) does not load the syllable counter.
import { syllable } from 'syllable';
import type { Article } from '../types.js';
import { tallyArticle, type WordTally } from './words.js';

export interface WordFrequency {
  /** Case-folded lemma. */
  word: string;
  count: number;
}

export interface WordStats {
  /** Words in the body parts. */
  tokens: number;
  /** Distinct case-folded word forms. */
  types: number;
  /** types / tokens; 0 when there are no tokens. */
  vocabularyDensity: number;
  sentences: number;
  /** Mean sentence length in words: tokens / sentences; 0 when there are no sentences. */
  meanSentenceLength: number;
  /** Syllables of the letter words (the `syllable` package's count). */
  syllables: number;
  /**
   * Flesch reading ease: 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words), where words are the
   * tokens that contain a letter (numbers excluded from words and syllables). Higher is easier; null for no text.
   */
  fleschReadingEase: number | null;
  /** The most frequent content words (nouns, verbs, adjectives, adverbs; function words out), by lemma, most frequent first. */
  topContentWords: WordFrequency[];
}

export interface WordStatsOptions {
  /** How many content words to list; default 20. */
  top?: number;
}

export const DEFAULT_TOP_WORDS = 20;

function statsFromTally(tally: WordTally, top: number): WordStats {
  const { tokens, sentences } = tally;
  const types = new Set(tokens.map((t) => t.form)).size;
  const letterWords = tokens.filter((t) => t.hasLetter);
  const syllables = letterWords.reduce((sum, t) => sum + syllable(t.text), 0);
  const fleschReadingEase =
    letterWords.length === 0 || sentences === 0
      ? null
      : 206.835 - 1.015 * (letterWords.length / sentences) - 84.6 * (syllables / letterWords.length);
  return {
    tokens: tokens.length,
    types,
    vocabularyDensity: tokens.length === 0 ? 0 : types / tokens.length,
    sentences,
    meanSentenceLength: sentences === 0 ? 0 : tokens.length / sentences,
    syllables,
    fleschReadingEase,
    topContentWords: topWords(tokens.filter((t) => t.isContent).map((t) => t.lemma), top),
  };
}

/** The `top` most frequent words, ties broken alphabetically. */
export function topWords(words: string[], top: number): WordFrequency[] {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .slice(0, Math.max(0, top));
}

/** Word statistics of one report's body text. */
export function wordStats(article: Article, options: WordStatsOptions = {}): WordStats {
  return statsFromTally(tallyArticle(article), options.top ?? DEFAULT_TOP_WORDS);
}

/** Word statistics of the body text of all the reports taken together (not an average of per-report figures). */
export function corpusWordStats(articles: readonly Article[], options: WordStatsOptions = {}): WordStats {
  const tallies = articles.map((article) => tallyArticle(article));
  const merged: WordTally = {
    tokens: tallies.flatMap((t) => t.tokens),
    sentences: tallies.reduce((sum, t) => sum + t.sentences, 0),
  };
  return statsFromTally(merged, options.top ?? DEFAULT_TOP_WORDS);
}
