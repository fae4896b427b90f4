// compromise's parse of a text without its chunker, its post-tagger's patterns swept over the text by the words and
// tags each of its pieces holds: for the names in it (only the patterns that set or take away a name's tags), or with
// its whole tagger (word statistics). It reaches compromise's internal methods (typed `object` by its declarations)
// through the interfaces below.
import { compromise, type Doc, type Nlp } from './nlp.js';

/** A term of a compromise document, offsets computed. */
export interface Term {
  tags: Set<string>;
  offset: { start: number; length: number };
  /** [sentence, term] in its document. */
  index: [number, number];
}

/** The terms of each sentence of a compromise document, or of each match of a view. */
export function termsOf(view: object): Term[][] {
  return (view as { docs: Term[][] }).docs;
}

/** compromise's internals that nameParse reaches (typed `object` by its declarations). */
interface Internals {
  hooks: string[];
  model: { two: { matches: Array<{ tag?: string; unTag?: string; notIf?: unknown }> } };
  methods: {
    one: {
      tokenize: { fromString(text: string, world: object): Term[][] };
      buildNet(matches: readonly object[], world: object): Net;
      parseMatch(pattern: string, options: object, world: object): unknown;
      cacheDoc(docs: Term[][]): Array<Set<string>>;
      match(docs: Term[][], regs: object): { ptrs: number[][] };
      bulkTagger(found: object[], docs: Term[][], world: object): unknown;
    };
    two: { quickSplit(docs: Term[][]): Array<Array<{ index: [number, number] }>> };
  };
}

/**
 * The tags a name depends on: people, organisations, places, proper nouns, and the tags whose patterns take a name's
 * tags away (an actor noun: `Syria’s Minister`; a hyphenated adjective: `US-led`; a prefix: `UN` before a verb).
 */
const NAME_TAGS = /\b(?:Actor|Adjective|Prefix|Person|FirstName|LastName|MaleName|FemaleName|Honorific|Organization|SportsTeam|School|Company|Place|Country|City|Region|Address|Demonym|ProperNoun|Possessive|Acronym)\b/u;

/** What a parse runs: compromise's hooks but the post-tagger and chunker, and the post-tagger's patterns indexed for the sweep. */
interface Pipeline {
  hooks: string[];
  net: Net;
  /** The position of each of the net's hook keys in its key order, and each key's patterns at that position. */
  order: Map<string, number>;
  lists: Hooked[][];
  /** How many distinct patterns (by their match text) the net holds. */
  patterns: number;
}

/** A pattern as the sweep tests it: its number (one per match text), its needs and wants as hook-key positions. */
interface Hooked {
  m: NetMatch;
  id: number;
  needs: number[];
  wants: number[];
}

/** What `nlp.tokenize` runs of compromise's hooks after its tokenizer, in its order, but `normal` (see tokenized). */
const TOKENIZER_HOOKS: string[] = ['alias', 'machine', 'contractions'];

/** compromise's document class, the class of each document it makes. */
let documentClass: (new (document: Term[][]) => Doc) | undefined;

/**
 * The document `nlp.tokenize(text)` makes, without the second pass of its `normal` hook: compromise's tokenizer
 * sets each term's normal form as it cuts the text, and nlp.tokenize then computes it again from the same term text
 * (a tenth of a parse). Its other hooks run as there, in its order.
 */
function tokenized(text: string, nlp: Nlp, world: Internals): Doc {
  documentClass ??= nlp.tokenize('').constructor as new (document: Term[][]) => Doc;
  const doc = new documentClass(world.methods.one.tokenize.fromString(text, world));
  doc.compute(TOKENIZER_HOOKS);
  return doc;
}

/** The two parses: for names (the post-tagger's name patterns) and whole (all its patterns). */
type Patterns = 'names' | 'all';

const pipelines = new Map<Patterns, Pipeline>();

function pipelineOf(world: Internals, patterns: Patterns): Pipeline {
  const known = pipelines.get(patterns);
  if (known) return known;
  const all = world.model.two.matches;
  const net = netOf(world, patterns === 'all' ? all : all.filter((m) => NAME_TAGS.test(m.tag ?? '') || NAME_TAGS.test(m.unTag ?? '')));
  const keys = Object.keys(net.hooks);
  const order = new Map(keys.map((key, i) => [key, i]));
  // buildNet hooks every pattern under each of its needs and wants, so each is a key.
  const position = (key: string): number => order.get(key) ?? -1;
  const ids = new Map<string, number>();
  const hooked = (m: NetMatch): Hooked => {
    if (!ids.has(m.match)) ids.set(m.match, ids.size);
    return { m, id: ids.get(m.match) as number, needs: m.needs.map(position), wants: m.wants.map(position) };
  };
  const lists = keys.map((key) => (net.hooks[key] as NetMatch[]).map(hooked));
  const pipeline = {
    // After what tokenized runs; without the post-tagger (run below) and the chunker.
    hooks: world.hooks.filter((hook) => !TOKENIZER_HOOKS.includes(hook) && hook !== 'postTagger' && hook !== 'chunks'),
    net,
    order,
    lists,
    patterns: ids.size,
  };
  pipelines.set(patterns, pipeline);
  return pipeline;
}

/**
 * Post-tagger patterns, compiled. buildNet compiles each pattern in place (its `notIf` included), and compromise
 * compiles its own list when it first tags: so the net is built over copies, and a `notIf` compromise has already
 * compiled is put back after the build rather than compiled twice.
 */
function netOf(world: Internals, chosen: Internals['model']['two']['matches']): Net {
  const copies = chosen.map((m) => (m.notIf === undefined || typeof m.notIf === 'string' ? { ...m } : { ...m, notIf: undefined }));
  const net = world.methods.one.buildNet(copies, world);
  chosen.forEach((m, i) => {
    if (m.notIf !== undefined && typeof m.notIf !== 'string') (copies[i] as { notIf?: unknown }).notIf = m.notIf;
  });
  return net;
}

/**
 * compromise's parse of a text (one sentence or several) for its names: its whole pipeline but the chunker (which tags noun and verb
 * phrases, read by nothing here), and of the post-tagger's 570 patterns only the 165 that set or remove a name's
 * tags (NAME_TAGS). The rest of the post-tagger (verb tenses, adverbs, dates and numbers, ...) was most of a parse.
 * On 2,452 sentences of real reports, 3 get other names than a full parse gives them (pattern order); on the
 * bundled reports none does.
 */
export function nameParse(text: string): Doc {
  return parse(text, 'names');
}

/**
 * compromise's parse of a text with its whole tagger, post-tagger included, and without its chunker (a term's noun or
 * verb phrase, which nothing here reads): the terms, tags and roots of `nlp(text)`, its post-tagger's patterns swept
 * as nameParse sweeps them. On the 1,000 bench reports every term's tags and root were those of `nlp(text)`.
 */
export function taggedParse(text: string): Doc {
  return parse(text, 'all');
}

function parse(text: string, patterns: Patterns): Doc {
  const nlp = compromise();
  const world = nlp.world() as unknown as Internals;
  const pipeline = pipelineOf(world, patterns);
  const doc = tokenized(text, nlp, world);
  doc.compute(pipeline.hooks);
  // As compromise's post-tagger does it: the patterns run over the sentences split at commas.
  const pointers = world.methods.two.quickSplit(termsOf(doc)).map((terms) => {
    const first = terms[0] as { index: [number, number] };
    return [first.index[0], first.index[1], first.index[1] + terms.length];
  });
  const view = (doc as unknown as { update(pointers: number[][]): { docs: Term[][] } }).update(pointers);
  const pieces = view.docs;
  world.methods.one.bulkTagger(sweepMatches(pieces, pipeline, world), pieces, world);
  doc.uncache();
  (doc as Doc & { unfreeze(): unknown }).unfreeze();
  doc.compute('offset');
  return doc;
}

/** A compiled pattern of compromise's post-tagger, as its sweep reads it. */
interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  tag?: string;
  unTag?: string;
}

/** compromise's compiled patterns: by each word or tag one of them needs or wants, and those that need none. */
interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}

/**
 * What compromise's `sweep` finds (compromise/src/1-one/sweep), in the same order: for each piece, the patterns
 * hooked on its words and tags, in the order of the net's hook keys, then those that need nothing, each kept where its
 * needs, exclusions, wants and length allow, then matched. compromise looks each of the net's hook keys up in each
 * piece, 300 lookups a piece and a third of a parse; here the piece's own words and tags are looked up in the net, and
 * a pattern's needs and wants are tested as positions marked for the piece.
 */
function sweepMatches(pieces: Term[][], pipeline: Pipeline, world: Internals): object[] {
  const { net, order, lists } = pipeline;
  const caches = world.methods.one.cacheDoc(pieces);
  const found: object[] = [];
  // present[key] and seen[pattern] hold the number of the piece that marked them last.
  const present = new Int32Array(order.size).fill(-1);
  const seen = new Int32Array(pipeline.patterns).fill(-1);
  pieces.forEach((piece, n) => {
    const haves = caches[n] as Set<string>;
    const hooked: number[] = [];
    for (const key of haves) {
      const index = order.get(key);
      if (index === undefined) continue;
      present[index] = n;
      hooked.push(index);
    }
    hooked.sort((a, b) => a - b);
    const run = (m: NetMatch): void => {
      for (const pointer of world.methods.one.match([piece], m).ptrs) {
        pointer[0] = n;
        found.push({ ...m, pointer });
      }
    };
    const isPresent = (key: number): boolean => key >= 0 && present[key] === n;
    for (const index of hooked) {
      for (const pattern of lists[index] as Hooked[]) {
        if (seen[pattern.id] === n) continue;
        seen[pattern.id] = n;
        if (isUsable(pattern, isPresent, haves, piece.length)) run(pattern.m);
      }
    }
    for (const m of net.always) if (piece.length >= m.minWords) run(m);
  });
  return found;
}

/** Whether a pattern may match a piece of `length` words holding `haves`: its length, needs, exclusions and wants. */
function isUsable({ m, needs, wants }: Hooked, isPresent: (key: number) => boolean, haves: ReadonlySet<string>, length: number): boolean {
  if (length < m.minWords) return false;
  for (const need of needs) if (!isPresent(need)) return false;
  if (m.ifNo) for (const no of m.ifNo) if (haves.has(no)) return false;
  if (wants.length === 0) return true;
  let wanted = 0;
  for (const want of wants) if (isPresent(want)) wanted++;
  return wanted >= m.minWant;
}
