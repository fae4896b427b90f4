// What compromise says of the names in a report, read once per segment and shared by the actor and place extractors:
// the gazetteer's matches, the word tokens, and, for the sentences that may name someone new, compromise's tags and its
// people, organisations and places. compromise runs a trimmed pipeline (see nameParse): parsing is most of the
// extractors' time, and both extractors used to parse, match and convert the same sentences each.
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
  for (const sentence of namingSentences(text, tokens, taken)) {
    const doc = nameParse(sentence.text);
    const { start } = sentence;
    for (const terms of termsOf(doc)) for (const term of terms) tags.push({ start: start + term.offset.start, end: start + term.offset.start + term.offset.length, tags: term.tags });
    // compromise counts an opening quote mark in a span's length but starts after it: clamp to the sentence.
    const add = (view: object, type: NamedSpan['type']): void => {
      for (const { offset } of spans(view)) named.push({ start: start + offset.start, end: start + Math.min(sentence.text.length, offset.start + offset.length), type });
    };
    const { people, organisations, places: found } = namesOf(doc);
    add(people, 'person');
    add(organisations, 'organisation');
    const foundTerms = termsOf(found);
    spans(found).forEach(({ offset }, i) => {
      const terms = foundTerms[i] ?? [];
      places.push({ start: start + offset.start, length: offset.length, adjectival: terms.some((t) => t.tags.has('Demonym') || t.tags.has('Adjective')), type: lexiconType(terms) });
    });
  }
  return { segment, matches, tokens, tags, named, places };
}

function lexiconType(terms: ReadonlyArray<{ tags: ReadonlySet<string> }>): PlaceType {
  if (terms.some((t) => t.tags.has('Country'))) return 'country';
  if (terms.some((t) => t.tags.has('Region'))) return 'region';
  if (terms.some((t) => t.tags.has('City'))) return 'city';
  return 'unknown';
}

/** A term of a compromise document, offsets computed. */
interface Term {
  tags: Set<string>;
  offset: { start: number; length: number };
}

/** The terms of each match of a compromise view. */
function termsOf(view: object): Term[][] {
  return (view as { docs: Term[][] }).docs;
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
  const world = compromise().world() as unknown as Internals;
  compiled ??= Object.fromEntries(Object.entries(PATTERNS).map(([key, pattern]) => [key, world.methods.one.parseMatch(pattern, {}, world)])) as Record<keyof typeof PATTERNS, unknown>;
  const p = compiled;
  const view = doc as unknown as View;
  // People: runs of person words after an optional title, split at commas and after a possessive (not his/her).
  let people = view.splitAfter(p.comma).match(p.person);
  people = people.splitAfter(people.match(p.possessive).notIf(p.pronoun));
  // Places: runs of place words, split at a comma unless it is `city, country`.
  const runs = view.match(p.place);
  const commas = runs.match(p.comma).filter((c) => c.has(p.continent) || !(c.has(p.placeEnd) && c.after(p.stateNext).found));
  return { people, organisations: view.match(p.organisation), places: runs.splitAfter(commas) };
}

/** compromise's internals that nameParse reaches (typed `object` by its declarations). */
interface Internals {
  hooks: string[];
  model: { two: { matches: Array<{ tag?: string; unTag?: string; notIf?: unknown }> } };
  methods: {
    one: { buildNet(matches: readonly object[], world: object): object; parseMatch(pattern: string, options: object, world: object): unknown };
    two: { quickSplit(docs: Term[][]): Array<Array<{ index: [number, number] }>> };
  };
}

/**
 * The tags a name depends on: people, organisations, places, proper nouns, and the tags whose patterns take a name's
 * tags away (an actor noun: `Syria’s Minister`; a hyphenated adjective: `US-led`; a prefix: `UN` before a verb).
 */
const NAME_TAGS = /\b(?:Actor|Adjective|Prefix|Person|FirstName|LastName|MaleName|FemaleName|Honorific|Organization|SportsTeam|School|Company|Place|Country|City|Region|Address|Demonym|ProperNoun|Possessive|Acronym)\b/u;

let pipeline: { hooks: string[]; net: object } | undefined;

/**
 * The post-tagger's patterns that set or remove a name's tags, compiled. buildNet compiles each pattern in place (its
 * `notIf` included), and compromise compiles its own list when it first tags: so the net is built over copies, and a
 * `notIf` compromise has already compiled is put back after the build rather than compiled twice.
 */
function nameNet(world: Internals): object {
  const chosen = world.model.two.matches.filter((m) => NAME_TAGS.test(m.tag ?? '') || NAME_TAGS.test(m.unTag ?? ''));
  const copies = chosen.map((m) => (m.notIf === undefined || typeof m.notIf === 'string' ? { ...m } : { ...m, notIf: undefined }));
  const net = world.methods.one.buildNet(copies, world);
  chosen.forEach((m, i) => {
    if (m.notIf !== undefined && typeof m.notIf !== 'string') (copies[i] as { notIf?: unknown }).notIf = m.notIf;
  });
  return net;
}

/**
 * compromise's parse of one sentence for its names: its whole pipeline but the chunker (which tags noun and verb
 * phrases, read by nothing here), and of the post-tagger's 570 patterns only the 165 that set or remove a name's
 * tags (NAME_TAGS). The rest of the post-tagger (verb tenses, adverbs, dates and numbers, ...) was most of a parse.
 * On 2,452 sentences of real reports, 3 get other names than a full parse gives them (pattern order); on the
 * bundled reports none does.
 */
export function nameParse(text: string): Doc {
  const nlp = compromise();
  const world = nlp.world() as unknown as Internals;
  pipeline ??= {
    // After what nlp.tokenize runs (contractions, alias, machine); without the post-tagger (run below) and the chunker.
    hooks: world.hooks.filter((hook) => !['contractions', 'alias', 'machine', 'postTagger', 'chunks'].includes(hook)),
    net: nameNet(world),
  };
  const doc = nlp.tokenize(text);
  doc.compute(pipeline.hooks);
  // As compromise's post-tagger does it: the patterns run over the sentences split at commas.
  const pointers = world.methods.two.quickSplit(termsOf(doc)).map((terms) => {
    const first = terms[0] as { index: [number, number] };
    return [first.index[0], first.index[1], first.index[1] + terms.length];
  });
  const view = (doc as unknown as { update(pointers: number[][]): { sweep(net: object): unknown } }).update(pointers);
  view.sweep(pipeline.net);
  doc.uncache();
  (doc as Doc & { unfreeze(): unknown }).unfreeze();
  doc.compute('offset');
  return doc;
}
