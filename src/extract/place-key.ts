// Place keys: the normalised form of a transliterated place name, for matching spellings the gazetteer does not list.
import { memoByText } from '../text/memo.js';

const ARTICLE_PREFIX = /^(?:al|el|ul)[\s-]+|^(?:ad|ar|as|ash|at|az|an|ed|er|es|et|ez|ad)-/;
/** A character outside ASCII: only such a spelling has marks to decompose and drop. */
const NON_ASCII = /[^\x00-\x7F]/;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /[\u2018\u2019\u02BC`]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
const FINAL_A = /(?:ah|eh|e)$/;
const OU_OO = /ou|oo/g;
const EE = /ee/g;
const Y = /y/g;
const Q = /q/g;
const DOUBLED = /(\p{L})\1+/gu;

/**
 * The normalised form of a transliterated place name, for matching spellings the gazetteer does not list:
 * diacritics and case dropped, the Arabic article (`al-`, `el-`, `ash-`...) dropped, separators removed,
 * a final -ah/-eh/-e folded to -a, ou/oo to u, ee to i, y to i, q to k, and doubled letters folded.
 * Every run of name words of a report is tried as a spelling, and the same runs come back report after report, so
 * the keys are remembered (up to 100,000 characters of spellings).
 */
export const placeKey = memoByText(normalisedSpelling, 100_000);

function normalisedSpelling(spelling: string): string {
  // ASCII is its own NFD and holds no mark: most spellings skip both steps
  let key = (NON_ASCII.test(spelling) ? spelling.normalize('NFD').replace(MARKS, '') : spelling)
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .trim();
  key = key.replace(ARTICLE_PREFIX, '');
  key = key.replace(NOT_LETTER_OR_DIGIT, '');
  key = key.replace(FINAL_A, 'a');
  key = key.replace(OU_OO, 'u').replace(EE, 'i').replace(Y, 'i').replace(Q, 'k');
  key = key.replace(DOUBLED, '$1');
  return key;
}
