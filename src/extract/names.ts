// What compromise says of the names in a report, read once per segment and shared by the actor and place extractors:
// the gazetteer's matches, the word tokens, and, for the sentences that may name someone new, compromise's tags and its
// people, organisations and places. compromise runs a trimmed pipeline (see nameParse): parsing is most of the
// extractors' time, and both extractors used to parse, match and convert the same sentences each.
import { nameParse, termsOf, type Term } from '../text/name-parse.js';
import { compromise, type Doc } from '../text/nlp.js';
import type { Article, Gazetteer, PlaceType } from '../types.js';
import { matchAliases, namingSentences, Occupancy, tokenize, type AliasMatch, type Segment, type Token } from './normalise.js';
import { readSegments } from './segments.js';

/** One term's tags and its [start, end) in the segment text. */
export interface TermTags {
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

/** A person or an organisation compromise found, [start, end) in the segment text (end kept inside its sentence). */
export interface NamedSpan {
  start: number;
  end: number;
  type: 'person' | 'organisation';
}

/** A place compromise found: where it starts in the segment text, its length as compromise counts it, and whether a term is a demonym or an adjective. */
export interface PlaceSpan {
  start: number;
  length: number;
  adjectival: boolean;
  /** The kind of place compromise's lexicon knows the name as (`Syria` a country, `Gujarat` a region), else unknown. */
  type: PlaceType;
}

export interface SegmentNames {
  segment: Segment;
  /** The gazetteer's aliases in the segment (matchAliases). */
  matches: AliasMatch[];
  tokens: Token[];
  /** Tags of every term of the parsed sentences, in text order. */
  tags: TermTags[];
  /** People then organisations of each parsed sentence, sentence by sentence. */
  named: NamedSpan[];
  places: PlaceSpan[];
}

const memo = new WeakMap<Article, { gazetteer: Gazetteer; names: SegmentNames[] }>();

/** The names of each segment the extractors read (readSegments), computed once per article and gazetteer. */
export function articleNames(article: Article, gazetteer: Gazetteer): SegmentNames[] {
  const known = memo.get(article);
  if (known && known.gazetteer === gazetteer) return known.names;
  const names = readSegments(article).map((segment) => segmentNames(segment, gazetteer));
  memo.set(article, { gazetteer, names });
  return names;
}

/** One segment's names: its aliases, its tokens, and what compromise finds in the sentences that may name someone new. */
function segmentNames(segment: Segment, gazetteer: Gazetteer): SegmentNames {
  const { text } = segment;
  const matches = matchAliases(segment, gazetteer);
  const tokens = tokenize(text);
  const taken = new Occupancy(text.length, [...segment.excluded, ...matches.map((m): [number, number] => [m.start, m.end])]);
  const tags: TermTags[] = [];
  const named: NamedSpan[] = [];
  const places: PlaceSpan[] = [];
  for (const { doc, sentences, sentenceOf } of parseBatches(namingSentences(text, tokens, taken))) {
    // A position in compromise's sentence k is in our sentence sentenceOf[k], which starts at `at` in the batch's text.
    const ours = (k: number): BatchSentence => sentences[sentenceOf[k] as number] as BatchSentence;
    termsOf(doc).forEach((terms, k) => {
      const { start, at } = ours(k);
      for (const term of terms) tags.push({ start: start + term.offset.start - at, end: start + term.offset.start - at + term.offset.length, tags: term.tags });
    });
    // Sentence by sentence, its people then its organisations. compromise counts an opening quote mark in a span's
    // length but starts after it: the end is clamped to the sentence.
    const bySentence: NamedSpan[][] = sentences.map(() => []);
    const add = (view: object, type: NamedSpan['type']): void => {
      const found = termsOf(view);
      spans(view).forEach(({ offset }, i) => {
        const k = sentenceIndex(found[i]);
        const { start, text: sentence, at } = ours(k);
        const local = offset.start - at;
        bySentence[sentenceOf[k] as number]?.push({ start: start + local, end: start + Math.min(sentence.length, local + offset.length), type });
      });
    };
    const { people, organisations, places: found } = namesOf(doc);
    add(people, 'person');
    add(organisations, 'organisation');
    named.push(...bySentence.flat());
    const foundTerms = termsOf(found);
    spans(found).forEach(({ offset }, i) => {
      const terms = foundTerms[i] ?? [];
      const { start, at } = ours(sentenceIndex(terms));
      places.push({ start: start + offset.start - at, length: offset.length, adjectival: terms.some((t) => t.tags.has('Demonym') || t.tags.has('Adjective')), type: lexiconType(terms) });
    });
  }
  return { segment, matches, tokens, tags, named, places };
}

/** A sentence of a batch: where it starts in the segment, its text, and where it starts in the batch's text. */
interface BatchSentence {
  start: number;
  text: string;
  at: number;
}

/** Sentences parsed together: the parse, the sentences, and for each of compromise's sentences the index of ours it lies in. */
interface Batch {
  doc: Doc;
  sentences: BatchSentence[];
  sentenceOf: number[];
}

/**
 * Consecutive sentences up to this many characters are parsed in one call: each call of compromise costs a fixed part
 * (its document, its hooks, its pattern lookups) that one call for several sentences pays once.
 */
const BATCH_CHARS = 2000;

/**
 * A text's last word ending in `s'` or `n'`: compromise keeps the apostrophe in the word at the very end of its text
 * (`Flanders'`), and takes it for punctuation where white space follows. Such a sentence ends its batch, so that it
 * ends the batch's text as it ends its own.
 */
const KEPT_APOSTROPHE = /[sn]['\u2019]$/u;

/**
 * The sentences parsed, several to a call (one per line of the batch's text, so compromise keeps them apart). A
 * batch where compromise joins two of them into one sentence (a quotation running over them) is parsed sentence by
 * sentence instead, as each would be alone: compromise tags each sentence of a text on its own, so the tags are the same.
 */
function parseBatches(sentences: ReadonlyArray<{ start: number; text: string }>): Batch[] {
  return groupSentences(sentences).flatMap((group): Batch[] => {
    const doc = nameParse(group.map((s) => s.text).join('\n'));
    const sentenceOf = alignment(doc, group);
    if (sentenceOf) return [{ doc, sentences: group, sentenceOf }];
    return group.map((sentence) => {
      const alone = nameParse(sentence.text);
      return { doc: alone, sentences: [{ ...sentence, at: 0 }], sentenceOf: termsOf(alone).map(() => 0) };
    });
  });
}

/** Consecutive sentences in groups of up to BATCH_CHARS characters, a group closed after a KEPT_APOSTROPHE sentence. */
function groupSentences(sentences: ReadonlyArray<{ start: number; text: string }>): BatchSentence[][] {
  const groups: BatchSentence[][] = [];
  let group: BatchSentence[] = [];
  let at = 0;
  const close = (): void => {
    if (group.length > 0) groups.push(group);
    group = [];
    at = 0;
  };
  for (const sentence of sentences) {
    if (at + sentence.text.length > BATCH_CHARS) close();
    group.push({ ...sentence, at });
    at += sentence.text.length + 1;
    if (KEPT_APOSTROPHE.test(sentence.text)) close();
  }
  close();
  return groups;
}

/** For each of compromise's sentences the index of the one of ours it lies within, or null when one straddles two. */
function alignment(doc: Doc, sentences: readonly BatchSentence[]): number[] | null {
  const sentenceOf: number[] = [];
  let i = 0;
  for (const terms of termsOf(doc)) {
    const first = terms[0];
    const last = terms[terms.length - 1];
    if (!first || !last) return null;
    while (i < sentences.length && (sentences[i] as BatchSentence).at + (sentences[i] as BatchSentence).text.length <= first.offset.start) i++;
    const sentence = sentences[i];
    if (!sentence || first.offset.start < sentence.at || last.offset.start + last.offset.length > sentence.at + sentence.text.length) return null;
    sentenceOf.push(i);
  }
  return sentenceOf;
}

/** The index of compromise's sentence a match's terms are in. */
function sentenceIndex(terms: readonly Term[] | undefined): number {
  return terms?.[0]?.index[0] ?? 0;
}

function lexiconType(terms: ReadonlyArray<{ tags: ReadonlySet<string> }>): PlaceType {
  if (terms.some((t) => t.tags.has('Country'))) return 'country';
  if (terms.some((t) => t.tags.has('Region'))) return 'region';
  if (terms.some((t) => t.tags.has('City'))) return 'city';
  return 'unknown';
}


/** The offsets of a view's matches, as compromise's json gives them (without copying the terms). */
function spans(view: object): Array<{ offset: { start: number; length: number } }> {
  const json = (view as { json(options: object): unknown }).json({ offset: true, text: false, terms: false });
  return json as Array<{ offset: { start: number; length: number } }>;
}

/** A compromise view as namesOf uses it: its patterns compiled once (parseMatch), not at every call as `.people()` does. */
interface View {
  match(regs: unknown): View;
  splitAfter(regs: unknown): View;
  notIf(regs: unknown): View;
  filter(keep: (match: View) => boolean): View;
  has(regs: unknown): boolean;
  after(regs: unknown): View;
  none(): View;
  found: boolean;
}

const PATTERNS = {
  comma: '@hasComma',
  person: '#Honorific+? #Person+',
  possessive: '#Possessive',
  pronoun: '(his|her)',
  place: '(#Place|#Address)+',
  continent: '(asia|africa|europe|america)$',
  placeEnd: '(#City|#Region|#ProperNoun)$',
  stateNext: '^(#Country|#Region)',
  organisation: '#Organization+',
};

let compiled: Record<keyof typeof PATTERNS, unknown> | undefined;

/**
 * The people, organisations and places of a parsed sentence, as compromise's `.people()`, `.organizations()` and
 * `.places()` find them (compromise/src/3-three/topics), with the patterns compiled once.
 */
export function namesOf(doc: Doc): { people: View; organisations: View; places: View } {
  const world = compromise().world() as unknown as { methods: { one: { parseMatch(pattern: string, options: object, world: object): unknown } } };
  compiled ??= Object.fromEntries(Object.entries(PATTERNS).map(([key, pattern]) => [key, world.methods.one.parseMatch(pattern, {}, world)])) as Record<keyof typeof PATTERNS, unknown>;
  const p = compiled;
  const view = doc as unknown as View;
  // Each pattern needs a term with its tag: where the text has none, nothing is matched (most texts lack one of them).
  const tags = new Set<string>();
  for (const terms of termsOf(doc)) for (const term of terms) for (const tag of term.tags) tags.add(tag);
  // People: runs of person words after an optional title, split at commas and after a possessive (not his/her).
  let people = view.none();
  if (tags.has('Person')) {
    people = view.splitAfter(p.comma).match(p.person);
    people = people.splitAfter(people.match(p.possessive).notIf(p.pronoun));
  }
  // Places: runs of place words, split at a comma unless it is `city, country`.
  let places = view.none();
  if (tags.has('Place') || tags.has('Address')) {
    const runs = view.match(p.place);
    const commas = runs.match(p.comma).filter((c) => c.has(p.continent) || !(c.has(p.placeEnd) && c.after(p.stateNext).found));
    places = runs.splitAfter(commas);
  }
  return { people, organisations: tags.has('Organization') ? view.match(p.organisation) : view.none(), places };
}
