// What starts or continues a name in English news text: one test and one list of particles, for every extractor.

/** Lower-case particles inside personal names (`Staffan de Mistura`, `Ahmad al Dbis`, `Osama bin Laden`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'al el bin ibn abu bint ben de da del della di du dos das van von der den le la y'.split(' '),
);

/** Lower-case words inside organisation names (`Observatory for Human Rights`, `Committee of the Red Cross`). */
export const ORGANISATION_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'the']);

/** An article or particle joined to the name it opens (`al-Assad`, `as-Safira`, `bin-Laden`, `d’Estaing`). */
const JOINED_PREFIX = /^(?:al|el|ad|an|ar|as|at|ash|az|bin|ibn|abu|abd|de|d)[-\u2019']/i;
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * True when a word starts or continues a name: it opens with a capital letter, or with an article or particle joined
 * to a capital (`al-Assad`). Lower-case text has no such mark: there a name is known by the gazetteer or by its place
 * in the clause (see the speaker resolver).
 */
export function isNameWord(word: string): boolean {
  if (CAPITAL_FIRST.test(word)) return true;
  const joined = JOINED_PREFIX.exec(word);
  return joined !== null && CAPITAL_FIRST.test(word.slice(joined[0].length));
}

/** A word that may stand inside a name between two name words: a particle, or a link of an organisation's name. */
export function isNameLink(word: string): boolean {
  const lower = word.toLowerCase();
  return NAME_PARTICLES.has(lower) || ORGANISATION_LINKS.has(lower);
}

/** An acronym of two to five capitals, dotted or not (`ICRC`, `U.N.`). */
export function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.?){2,5}$/u.test(word);
}
