// A report's body as words: compromise's tokens (hyphenated words one), their lemmas and content words, and the one
// word count of the program. Word statistics built on them are in word-stats.ts.
import { taggedParse } from '../text/name-parse.js';
import { compromise } from '../text/nlp.js';
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

/** A term of a compromise document as analyse reads it: compromise's own object (offsets computed), not a copy. */
interface CompromiseTerm {
  text: string;
  normal?: string;
  root?: string | null;
  tags: ReadonlySet<string>;
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
function analyse(text: string, base: number): { tokens: Token[]; sentences: number } {
  if (text.trim() === '') return { tokens: [], sentences: 0 };
  const doc = taggedParse(text);
  doc.compute('root');
  // The document's own terms, sentence by sentence: `.json()` would copy each term and build each sentence's text
  // twice, for the same fields.
  doc.compute('offset');
  const sentences = (doc as unknown as { docs: CompromiseTerm[][] }).docs;
  const tokens: Token[] = [];
  let compound: CompromiseTerm[] = [];
  const flush = (): void => {
    if (compound.length > 0) tokens.push(tokenOf(compound, text, base));
    compound = [];
  };
  for (const terms of sentences) {
    for (const term of terms) {
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
  const tags = [...term.tags];
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
export interface WordTally {
  tokens: Token[];
  sentences: number;
}

export function tallyArticle(article: Article): WordTally {
  const analyses = article.parts.filter((part) => BODY_KINDS.includes(part.kind)).map((part) => analyse(part.text, part.offset[0]));
  return {
    tokens: analyses.flatMap((a) => a.tokens),
    sentences: analyses.reduce((sum, a) => sum + a.sentences, 0),
  };
}

/**
 * The words and sentences of a report's body: the one word count of the program (`stats` words, `words` tokens).
 * A word is a token of compromise's tokenizer holding a letter or a digit, words joined by a hyphen being one
 * (`al-Assad`, `1,000` and `U.N.` are one word each; punctuation and symbols are none).
 */
export function bodyWordCounts(article: Article): { words: number; sentences: number } {
  let words = 0;
  let sentences = 0;
  for (const part of article.parts) {
    if (!BODY_KINDS.includes(part.kind)) continue;
    const counted = tokenizerCounts(part.text);
    words += counted.words;
    sentences += counted.sentences;
  }
  return { words, sentences };
}

/** compromise's tokenizer, among the internal methods it exposes through `nlp.methods()` (typed `object` there). */
interface TokenizerMethods {
  one: {
    tokenize: {
      splitSentences(text: string, world: object): string[];
      splitTerms(sentence: string, model: object): string[];
      splitWhitespace(term: string, model: object): { pre: string; text: string; post: string };
    };
  };
}

/**
 * The words and sentences of `text` as `analyse` counts them, from compromise's tokenizer alone: its sentences, terms
 * and each term's punctuation, without the rest of a parse (each term's normal form, contractions, aliases, machine
 * forms and tags), which changes no term's text or offset. Offsets run on through the sentences as compromise's
 * `offset` computes them. A test holds the counts equal to the tagged parse's.
 */
export function tokenizerCounts(text: string): { words: number; sentences: number } {
  if (text.trim() === '') return { words: 0, sentences: 0 };
  const nlp = compromise();
  const { splitSentences, splitTerms, splitWhitespace } = (nlp.methods() as TokenizerMethods).one.tokenize;
  const model = nlp.model();
  const sentences = splitSentences(text, nlp.world());
  let words = 0;
  let at = 0;
  let previousEnd = -1;
  for (const sentence of sentences) {
    for (const piece of splitTerms(sentence, model)) {
      const { pre, text: word, post } = splitWhitespace(piece, model);
      const start = at + pre.length;
      at = start + word.length + post.length;
      if (word === '' || !LETTER_OR_DIGIT.test(word)) continue;
      // a word joined to the one before by a hyphen is the same word
      if (previousEnd < 0 || !HYPHEN.test(text.slice(previousEnd, start))) words++;
      previousEnd = start + word.length;
    }
  }
  return { words, sentences: sentences.length };
}
