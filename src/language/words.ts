// Word statistics over a report's body text: tokens, types, density, sentence length, Flesch reading ease, content words.
import { compromise } from '../text/nlp.js';
import { syllable } from 'syllable';
import type { Article, PartKind } from '../types.js';

/** One word of the text as compromise's tokenizer cuts it, with words joined by a hyphen kept as one (`al-Assad`, `1,000`). */
export interface Token {
  /** The word as written (without surrounding punctuation). */
  text: string;
  /** Case-folded form (compromise's normal form; curly apostrophes folded). */
  form: string;
  /** Case-folded lemma: compromise's root (`rebels` → `rebel`, `said` → `say`), else the form without a possessive. */
  lemma: string;
  /** [start, end) in article.text. */
  offset: [number, number];
  /** True for a noun, verb, adjective or adverb that is not a function word. */
  isContent: boolean;
  /** True when the word contains a letter (numbers are tokens but not letter words). */
  hasLetter: boolean;
}

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

/** The part kinds word statistics and keyness read: the body only. */
export const BODY_KINDS: readonly PartKind[] = ['body'];

/** Generic English function words, and frequent words that carry no content, dropped from the content words. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all almost also although always am among an and another any anyone anything are ' +
    'around as at away back be because been before being below between both but by can could did do does doing done ' +
    'down during each either else enough even ever every few for from further get got had has have having he her here ' +
    'hers herself him himself his how however i if in into is it its itself just least less let like many may me might ' +
    'more most much must my myself neither never no nobody none nor not now of off often on once one only or other ' +
    'others otherwise our ours ourselves out over own per perhaps quite rather really same several shall she should ' +
    'since so some someone something still such than that the their theirs them themselves then there these they this ' +
    'those though through thus to too toward towards under until up upon us very via was we well were what whatever ' +
    'when whenever where whether which while who whoever whom whose why will with within without would yet you your ' +
    'yours yourself yourselves mr mrs ms dr st'
  ).split(' '),
);

const FUNCTION_TAGS = [
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Auxiliary',
  'Copula',
  'Modal',
  'QuestionWord',
  'Value',
  'Negative',
  'Honorific',
  'There',
];
const CONTENT_TAGS = ['Noun', 'Verb', 'Adjective', 'Adverb'];

interface CompromiseTerm {
  text: string;
  normal?: string;
  root?: string | null;
  tags?: string[];
  offset: { start: number; length: number };
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Lower case with curly apostrophes folded to `'`. */
function foldForm(word: string): string {
  return word.toLowerCase().replace(/[\u2018\u2019]/g, "'");
}

/** Tokens of `text`, a span of the file that starts at `base`, in order; words joined by a hyphen are one token. */
export function tokenize(text: string, base = 0): Token[] {
  return analyse(text, base).tokens;
}

/**
 * Tokens and the number of sentences, from one compromise parse. The sentences are compromise's, the same that
 * splitSentences returns (a test holds them equal); counting them here saves a second parse and `.sentences()`,
 * which is many times slower on long texts.
 */
function analyse(text: string, base: number, isTagged = true): { tokens: Token[]; sentences: number } {
  if (text.trim() === '') return { tokens: [], sentences: 0 };
  // Untagged, compromise only splits the text into sentences and terms: the same tokens and sentences, without the
  // tags and lemmas that content words need (a test holds the counts equal).
  const doc = isTagged ? compromise()(text) : compromise().tokenize(text);
  if (isTagged) doc.compute('root');
  const sentences = doc.json({ offset: true }) as Array<{ terms: CompromiseTerm[] }>;
  const tokens: Token[] = [];
  let compound: CompromiseTerm[] = [];
  const flush = (): void => {
    if (compound.length > 0) tokens.push(tokenOf(compound, text, base));
    compound = [];
  };
  for (const sentence of sentences) {
    for (const term of sentence.terms) {
      if (term.text === '' || !LETTER_OR_DIGIT.test(term.text)) continue;
      const previous = compound[compound.length - 1];
      const isJoined =
        previous !== undefined && HYPHEN.test(text.slice(previous.offset.start + previous.offset.length, term.offset.start));
      if (!isJoined) flush();
      compound.push(term);
    }
  }
  flush();
  return { tokens, sentences: sentences.length };
}

const HYPHEN = /^[-\u2010\u2011]$/;

function isContentTerm(term: CompromiseTerm, form: string, lemma: string): boolean {
  const tags = term.tags ?? [];
  return (
    LETTER.test(term.text) &&
    lemma.length > 1 &&
    tags.some((tag) => CONTENT_TAGS.includes(tag)) &&
    !tags.some((tag) => FUNCTION_TAGS.includes(tag)) &&
    !STOP_WORDS.has(lemma) &&
    !STOP_WORDS.has(form)
  );
}

/** One token from one term, or from terms joined by hyphens (`al-Assad`, `rebel-held`: form and lemma keep the hyphen). */
function tokenOf(terms: CompromiseTerm[], text: string, base: number): Token {
  const first = terms[0] as CompromiseTerm;
  const last = terms[terms.length - 1] as CompromiseTerm;
  const start = first.offset.start;
  const end = last.offset.start + last.offset.length;
  const forms = terms.map((term) => foldForm(term.normal && term.normal !== '' ? term.normal : term.text));
  const form = forms.join('-');
  const surface = text.slice(start, end);
  if (terms.length === 1) {
    const lemma = foldForm(first.root ?? form).replace(/'s$/, '');
    return { text: surface, form, lemma, offset: [base + start, base + end], isContent: isContentTerm(first, form, lemma), hasLetter: LETTER.test(surface) };
  }
  const lemma = form.replace(/'s$/, '');
  const isContent = lemma.length > 1 && terms.some((term, i) => isContentTerm(term, forms[i] ?? '', forms[i] ?? ''));
  return { text: surface, form, lemma, offset: [base + start, base + end], isContent, hasLetter: LETTER.test(surface) };
}

/** The tokens of an article's parts of the given kinds (default: body), in file order. */
export function articleTokens(article: Article, kinds: readonly PartKind[] = BODY_KINDS): Token[] {
  return article.parts.filter((part) => kinds.includes(part.kind)).flatMap((part) => tokenize(part.text, part.offset[0]));
}

/** Counts of the quantities from which WordStats is derived; they add up across articles. */
interface WordTally {
  tokens: Token[];
  sentences: number;
}

function tallyArticle(article: Article, isTagged = true): WordTally {
  const analyses = article.parts.filter((part) => BODY_KINDS.includes(part.kind)).map((part) => analyse(part.text, part.offset[0], isTagged));
  return {
    tokens: analyses.flatMap((a) => a.tokens),
    sentences: analyses.reduce((sum, a) => sum + a.sentences, 0),
  };
}

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

/**
 * The words and sentences of a report's body: the one word count of the program (`stats` words, `words` tokens).
 * A word is a token of compromise's tokenizer holding a letter or a digit, words joined by a hyphen being one
 * (`al-Assad`, `1,000` and `U.N.` are one word each; punctuation and symbols are none).
 */
export function bodyWordCounts(article: Article): { words: number; sentences: number } {
  const { tokens, sentences } = tallyArticle(article, false);
  return { words: tokens.length, sentences };
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
