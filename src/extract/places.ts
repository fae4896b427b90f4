// Places: canonical places named in a report's body, captions and embeds, with every spelling seen.
import { findActor, foldName } from '../corpus/gazetteer.js';
import type { Article, Gazetteer, GazetteerPlace, Place, PlaceMention } from '../types.js';
import { articleNames, type PlaceSpan } from './names.js';
import { CALENDAR_NAMES } from '../text/calendar.js';
import { isNameWord } from '../text/names.js';
import { findPlaceByKey, isRole, Occupancy, tokenize, trimSpan, type Segment, type Token } from './normalise.js';

/** Longest run of words tried as one place spelling (`Salah al-Din`, `Jisr al-Shughour`). */
const MAX_PLACE_WORDS = 3;

/** Every place mention in the report's body, captions and embeds, in file order. */
export function extractPlaces(article: Article, gazetteer: Gazetteer): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (const { segment, matches, tokens, places } of articleNames(article, gazetteer)) {
    const taken = new Occupancy(segment.text.length, [...segment.excluded, ...matches.map((m): [number, number] => [m.start, m.end])]);
    for (const match of matches) {
      if (!match.place) continue;
      let [start, end] = trimSpan(segment.text, match.start, match.end);
      // `al-Foua` when only `Foua` is listed: the article belongs to the spelling, which is then a suggestion.
      const article_ = ARTICLE_BEFORE.exec(segment.text.slice(Math.max(0, start - 4), start));
      let isSuggested = false;
      if (article_ && !/^(?:al|el)[- ]/iu.test(segment.text.slice(start, end))) {
        const spelling = segment.text.slice(start - article_[0].length, end);
        if (!isListedSpelling(match.place, spelling)) {
          start -= article_[0].length;
          isSuggested = true;
        }
      }
      mentions.push(placeMention(article.id, segment, start, end, match.place, isSuggested));
    }
    mentions.push(...suggestedSpellings(article.id, segment, tokens, taken, gazetteer));
    mentions.push(...unknownPlaces(article.id, segment, places, taken, gazetteer));
    mentions.push(...locativePlaces(article.id, segment, tokens, taken, gazetteer));
  }
  return mentions.sort((a, b) => a.offset[0] - b.offset[0]);
}

const ARTICLE_BEFORE = /(?<![\p{L}\p{N}])(?:al|el|Al|El)-$/u;

function isListedSpelling(place: GazetteerPlace, spelling: string): boolean {
  return [place.name, ...place.aliases].some((alias) => foldName(alias) === foldName(spelling));
}

function placeMention(report: string, segment: Segment, start: number, end: number, place: GazetteerPlace | null, isSuggested: boolean): PlaceMention {
  const spelling = segment.text.slice(start, end);
  return {
    report,
    name: place?.name ?? spelling,
    type: place?.type ?? 'unknown',
    inGazetteer: place !== null,
    within: place?.within ?? null,
    spelling,
    isSuggested,
    offset: [segment.base + start, segment.base + end],
  };
}

/** Spellings the gazetteer does not list but whose normalised form is a listed place's (`Ramouseh`, `al-Foua`); longest first. */
function suggestedSpellings(report: string, segment: Segment, tokens: readonly Token[], taken: Occupancy, gazetteer: Gazetteer): PlaceMention[] {
  const text = segment.text;
  const mentions: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (!isNameWord(first.text)) continue;
    const most = Math.min(MAX_PLACE_WORDS, tokens.length - i);
    // a spelling runs over no break (`Aleppo, Idlib`): one scan finds the first break after `first`, and every run
    // of words ending past it is skipped
    const stop = firstBreak(text, first.start, (tokens[i + most - 1] as Token).end);
    for (let count = most; count >= 1; count--) {
      const last = tokens[i + count - 1] as Token;
      if (last.end > stop) continue;
      const [start, end] = trimSpan(text, first.start, last.end);
      if (start >= end || taken.overlaps(start, end)) continue;
      const spelling = text.slice(start, end);
      const place = findPlaceByKey(gazetteer, spelling);
      if (!place) continue;
      const isListed = isListedSpelling(place, spelling);
      taken.add(start, end);
      mentions.push(placeMention(report, segment, start, end, place, !isListed));
      i += count - 1;
      break;
    }
  }
  return mentions;
}

/** The index of the first break in a spelling (`,.;:!?()"`, curly double quotes, a newline) in text[from, to), else `to`. */
function firstBreak(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    switch (text.charCodeAt(i)) {
      case 0x0a: case 0x21: case 0x22: case 0x28: case 0x29: case 0x2c: case 0x2e: case 0x3a: case 0x3b: case 0x3f:
      case 0x201c: case 0x201d:
        return i;
    }
  }
  return to;
}

/** Places compromise finds (names.ts) that the gazetteer lacks entirely; demonyms (`Syrian`) and actors are not places. */
function unknownPlaces(report: string, segment: Segment, found: readonly PlaceSpan[], taken: Occupancy, gazetteer: Gazetteer): PlaceMention[] {
  const text = segment.text;
  const mentions: PlaceMention[] = [];
  for (const item of found) {
    if (item.adjectival) continue;
    // compromise starts a span after an opening quote mark but counts the mark in its length: clamp to the text.
    const [start, end] = trimSpan(text, item.start, Math.min(text.length, item.start + item.length));
    if (start >= end || taken.overlaps(start, end)) continue;
    const spelling = text.slice(start, end);
    if (!/^\p{Lu}/u.test(spelling) || tokenize(spelling).some((t) => /^\p{Lu}\p{Ll}+(?:ian|ean|ish|ese)$/u.test(t.text))) continue;
    if (findActor(gazetteer, spelling) || isRole(gazetteer, spelling)) continue;
    taken.add(start, end);
    mentions.push({ ...placeMention(report, segment, start, end, null, false), type: item.type });
  }
  return mentions;
}

const LOCATIVE = /^(?:in|at|near|from|to|towards|into|outside|inside|reached|entered)$/u;
const NOT_PLACE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', ...CALENDAR_NAMES]);

/** A capitalised name the gazetteer and compromise both lack, right after a locative preposition (`arrived in Khazer`). */
function locativePlaces(report: string, segment: Segment, tokens: readonly Token[], taken: Occupancy, gazetteer: Gazetteer): PlaceMention[] {
  const text = segment.text;
  const mentions: PlaceMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const preposition = tokens[i - 1] as Token;
    const first = tokens[i] as Token;
    if (!LOCATIVE.test(preposition.text) || !/^[ \u00A0]$/u.test(text.slice(preposition.end, first.start)) || !isNameWord(first.text)) continue;
    let j = i;
    while (j + 1 < tokens.length && j - i < MAX_PLACE_WORDS - 1) {
      const next = tokens[j + 1] as Token;
      if (!/^[ \u00A0]$/u.test(text.slice((tokens[j] as Token).end, next.start)) || !isNameWord(next.text)) break;
      j++;
    }
    const [start, end] = trimSpan(text, first.start, (tokens[j] as Token).end);
    if (start >= end || taken.overlaps(start, end)) continue;
    const spelling = text.slice(start, end);
    const words = tokenize(spelling);
    if (words.some((w) => NOT_PLACE_WORDS.has(w.text.toLowerCase()) || /^\p{Lu}\p{Ll}+(?:ian|ean|ish|ese|ians|is)$/u.test(w.text) || /^\p{Lu}{2,}$/u.test(w.text))) continue;
    if (findActor(gazetteer, spelling) || isRole(gazetteer, spelling)) continue;
    taken.add(start, end);
    mentions.push(placeMention(report, segment, start, end, null, false));
    i = j;
  }
  return mentions;
}

/** Place records across reports: spellings seen, suggested aliases, mentions per report; most mentioned first, then by name. */
export function aggregatePlaces(mentions: PlaceMention[]): Place[] {
  const byName = new Map<string, Place>();
  for (const mention of mentions) {
    let place = byName.get(mention.name);
    if (!place) {
      place = { name: mention.name, type: mention.type, inGazetteer: mention.inGazetteer, within: mention.within, spellings: [], suggestedAliases: [], mentions: {} };
      byName.set(mention.name, place);
    }
    if (place.type === 'unknown' && mention.type !== 'unknown') place.type = mention.type;
    place.inGazetteer ||= mention.inGazetteer;
    place.within ??= mention.within;
    if (!place.spellings.includes(mention.spelling)) place.spellings.push(mention.spelling);
    if (mention.isSuggested && !place.suggestedAliases.includes(mention.spelling)) place.suggestedAliases.push(mention.spelling);
    place.mentions[mention.report] = (place.mentions[mention.report] ?? 0) + 1;
  }
  const total = (place: Place): number => Object.values(place.mentions).reduce((sum, n) => sum + n, 0);
  return [...byName.values()].sort((a, b) => total(b) - total(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
