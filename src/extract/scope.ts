// Scope: the place a figure covers, read from the place phrases of its sentence (`in eastern Aleppo`, `across Syria`).
import { findActor, findPlace } from '../corpus/gazetteer.js';
import { isCalendarWord } from '../text/calendar.js';
import type { Gazetteer } from '../types.js';
import { lower, tokenize, type Token } from './numbers.js';
import { isNameWord } from '../text/names.js';
import { PLACE_PREPOSITIONS } from './speakers.js';

const DIRECTIONS = new Set(['east', 'eastern', 'west', 'western', 'north', 'northern', 'south', 'southern', 'central', 'northwestern', 'north-western', 'northeastern', 'north-eastern', 'southwestern', 'south-western', 'southeastern', 'south-eastern', 'northwest', 'northeast', 'southwest', 'southeast']);
const AREA_NOUNS = new Set(['areas', 'area', 'parts', 'part', 'districts', 'district', 'neighbourhoods', 'neighborhoods', 'neighbourhood', 'neighborhood', 'quarters', 'quarter', 'enclave', 'enclaves', 'sector', 'pocket', 'regions', 'region', 'province', 'countryside', 'outskirts', 'rest', 'whole', 'city', 'town']);

export interface PlacePhrase {
  name: string;
  /** Sentence-local [start, end) of the preposition and place. */
  start: number;
  end: number;
}

const MAX_PLACES = 50;

/**
 * Places named after `in`, `across`, `from`, `out of`... (`in the whole of Syria`), in order, at most MAX_PLACES.
 * `tokens` are the sentence's, as numbers.ts cuts them (read, never changed).
 */
export function placesOfSentence(sentence: string, gazetteer: Gazetteer, tokens: Token[] = tokenize(sentence)): PlacePhrase[] {
  const found: PlacePhrase[] = [];
  for (let i = 0; i < tokens.length && found.length < MAX_PLACES; i++) {
    let w = lower(tokens, i);
    let k = i + 1;
    if (w === 'out' && lower(tokens, k) === 'of') {
      w = 'out of';
      k += 1;
    }
    if (!PLACE_PREPOSITIONS.has(w)) continue;
    const place = placeAfter(tokens, k, gazetteer);
    if (!place) continue;
    found.push({ name: place.name, start: tokens[i]?.start ?? 0, end: tokens[place.last]?.end ?? 0 });
    i = place.last;
  }
  return found;
}

/** The scope of a figure: the place phrase nearest it in its sentence, else null. */
export function nearestPlace(places: PlacePhrase[], candidate: { start: number; end: number }): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const place of places) {
    if (place.start >= candidate.start && place.start < candidate.end) continue;
    const distance = place.start >= candidate.end ? place.start - candidate.end : candidate.start - place.end;
    if (distance >= 0 && (!best || distance < best.distance)) best = { name: place.name, distance };
  }
  return best?.name ?? null;
}

function placeAfter(tokens: Token[], k: number, gazetteer: Gazetteer): { name: string; last: number } | null {
  let i = k;
  if (lower(tokens, i) === 'the') i++;
  if (lower(tokens, i) === 'whole' && lower(tokens, i + 1) === 'of') i += 2;
  // up to three lowercase words, then `areas of` / `enclave in`
  let j = i;
  for (let n = 0; n < 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[j]?.text ?? '') && !DIRECTIONS.has(lower(tokens, j)); n++) j++;
  if (j > i) {
    if (AREA_NOUNS.has(lower(tokens, j - 1)) && /^(?:of|in)$/.test(lower(tokens, j))) i = j + 1;
    else if (!isNameWord(tokens[j]?.text ?? '') && !DIRECTIONS.has(lower(tokens, j))) return null;
    else if (!tokens.slice(i, j).every((t) => /-held$|-controlled$/.test(t.text) || /^(?:rebel|besieged|remaining|last)$/.test(t.text))) return null;
    else i = j;
    if (lower(tokens, i) === 'the') i++;
  }
  let direction: string | null = null;
  if (DIRECTIONS.has(lower(tokens, i))) {
    direction = tokens[i]?.text ?? null;
    i++;
  }
  if (tokens[i]?.text === '#') i++;
  const words: string[] = [];
  let last = i;
  while (i < tokens.length && words.length < 5) {
    const text = tokens[i]?.text ?? '';
    if (isNameWord(text) && !isCalendarWord(text)) {
      words.push(text);
      last = i;
      i++;
    } else if (text === '.' && words.length > 0 && /^\p{Lu}$/u.test(words[words.length - 1] ?? '')) {
      i++;
    } else break;
  }
  if (words.length === 0) return null;
  const written = [direction, ...words].filter((w): w is string => w !== null).join(' ');
  const place = findPlace(gazetteer, written);
  if (place) return { name: place.name, last };
  if (findActor(gazetteer, written)) return null;
  if (direction === null) {
    const bare = findPlace(gazetteer, words.join(' '));
    if (bare) return { name: bare.name, last };
  }
  return { name: written, last };
}
