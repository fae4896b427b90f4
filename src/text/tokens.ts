// The extractors' tokenizer: a text cut into words (and, when asked, numbers and punctuation) with their offsets.
// One definition of a word for every extractor; the word counter's own (compromise's, src/language/words.ts) is the
// other, documented there.

/** A token of a text; offsets are [start, end) into the string tokenized. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface TokenOptions {
  /**
   * Also cut every other character that is not white space into a token of its own (punctuation, quote marks, `$`),
   * for readers that need to see where a clause or a quotation breaks; a dotted acronym then keeps its closing stop
   * (`U.N.` is one word, not `U.N` and `.`).
   */
  punctuation?: boolean;
  /**
   * Read numbers the way prose writes them, as one token with their group and decimal separators (`2,000`, `1.5`),
   * and cut digits from the letters they are joined to (`48-hour` → `48` `-` `hour`), so that a number is always a
   * token of its own. Implies `punctuation`. For the number reader (numbers.ts); names and speakers want `U.N` and
   * `F-16` whole.
   */
  numerals?: boolean;
}

/** A word: letters, digits and marks, with inner apostrophes, dots and hyphens (`al-Assad`, `U.N`, `Assad’s`). */
const WORD = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}]|[\'\\u2019.\\-](?=[\\p{L}\\p{N}]))*';
/** A number with its separators, or a run of letters joined by apostrophes and hyphens (digits only after a joiner). */
const NUMERAL = '\\d+(?:[.,]\\d+)*';
const LETTERS = '[\\p{L}\\p{M}]+(?:[\'\\u2019-][\\p{L}\\p{M}\\d]+)*';

/** The token patterns by option; each a flat alternation, so that cutting is linear in the text. */
export const TOKEN = new RegExp(WORD, 'gu');
/** A dotted acronym with its closing stop (`U.N.`, `U.S.`): one word where punctuation is cut too. */
const ACRONYM = '(?:\\p{L}\\.){2,}(?![\\p{L}\\p{N}])';
const WITH_PUNCTUATION = new RegExp(`${ACRONYM}|${WORD}|\\S`, 'gu');
const WITH_NUMERALS = new RegExp(`${NUMERAL}|${LETTERS}|\\S`, 'gu');

/** The tokens of `text`, in order: words only by default (inner apostrophes, dots and hyphens kept inside a word). */
export function tokenize(text: string, options: TokenOptions = {}): Token[] {
  const pattern = options.numerals ? WITH_NUMERALS : options.punctuation ? WITH_PUNCTUATION : TOKEN;
  const tokens: Token[] = [];
  // exec with lastIndex rather than matchAll, which copies the pattern and builds an iterator per call
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

const WORD_START = /^[\p{L}\p{N}]/u;

/** True for a token that holds a word or a number (not punctuation). */
export function isWordToken(token: Token | undefined): boolean {
  return token !== undefined && WORD_START.test(token.text);
}
