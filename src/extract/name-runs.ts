// Spans of capitalised name words in a segment: runs of them, and a found name widened over its neighbours.
import type { ActorType } from '../types.js';
import { opensName, type Token } from './normalise.js';
import { isDemonym } from './roles.js';
import { NAME_PARTICLES, ORGANISATION_LINKS } from '../text/names.js';

/** Longest name, in words, including particles (`International Committee of the Red Cross`). */
export const MAX_NAME_WORDS = 8;

/** A span that may name an actor, with the type its finder gave it. */
export interface Candidate {
  start: number;
  end: number;
  type: ActorType;
}

/** A word that may be part of a name: it opens one, and is no all-capitals word of five letters or more (`BREAKING`). */
function isNameToken(token: Token): boolean {
  const word = token.text.replace(/['\u2019]s$/u, '');
  return !/^\p{Lu}{5,}$/u.test(word) && opensName(word);
}

/** Words inside a run: name particles, organisation links, and `and`/`on` (`Organisation for Security and Co-operation`). */
const isRunLink = (word: string): boolean => NAME_PARTICLES.has(word) || ORGANISATION_LINKS.has(word) || word === 'and' || word === 'on';

/** Runs of capitalised words (with name particles and, inside organisation names, `of`/`for`/`the`). */
export function capitalisedRuns(text: string, tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (!isNameToken(token)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const current = tokens[j] as Token;
      if (/['\u2019]s$/u.test(current.text)) break;
      let k = j + 1;
      while (k < tokens.length && isRunLink((tokens[k] as Token).text) && k - j <= 3) k++;
      const next = tokens[k];
      if (!next || !isNameToken(next) || k - i >= MAX_NAME_WORDS) break;
      const gap = text.slice(current.end, next.start);
      if (!/^[ \u00A0]+(?:(?:\S+)[ \u00A0]+){0,3}$/u.test(gap) || /[,.;:!?"\u201C\u201D()]/u.test(gap)) break;
      j = k;
    }
    runs.push([(tokens[i] as Token).start, (tokens[j] as Token).end]);
    i = j + 1;
  }
  return runs;
}

/** For each character position, the index of the first token ending after it, -1 when none does. */
export function tokenIndex(tokens: Token[]): (position: number) => number {
  return (position) => {
    const index = firstEndingAfter(tokens, position);
    return index < tokens.length ? index : -1;
  };
}

/** The index of the first of `spans` (in text order) ending after `position`; `spans.length` when none does (binary search). */
export function firstEndingAfter(spans: ReadonlyArray<{ end: number }>, position: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((spans[mid] as { end: number }).end > position) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Extends a compromise span over adjacent capitalised name words (`al-Shimale` → `Zouhir al-Shimale`). */
export function widen(text: string, tokens: Token[], tokenAt: (position: number) => number, candidate: Candidate): Candidate {
  let { start, end } = candidate;
  const firstIndex = tokenAt(start);
  if (firstIndex < 0) return candidate;
  let i = firstIndex;
  while (i > 0 && firstIndex - i < MAX_NAME_WORDS / 2) {
    const previous = tokens[i - 1] as Token;
    const current = tokens[i] as Token;
    if (!isNameToken(previous) || /['\u2019]s$/u.test(previous.text) || !/^[ \u00A0]$/u.test(text.slice(previous.end, current.start))) break;
    if (isDemonym(previous.text)) break;
    i--;
  }
  start = Math.min(start, (tokens[i] as Token).start);
  let j = tokenAt(end - 1);
  if (j < 0) return { ...candidate, start };
  const lastIndex = j;
  while (j + 1 < tokens.length && j - lastIndex < MAX_NAME_WORDS / 2) {
    const current = tokens[j] as Token;
    const next = tokens[j + 1] as Token;
    if (/['\u2019]s$/u.test(current.text)) break;
    if (!isNameToken(next) || !/^[ \u00A0]$/u.test(text.slice(current.end, next.start))) break;
    j++;
  }
  end = Math.max(end, (tokens[j] as Token).end);
  return { ...candidate, start, end };
}
