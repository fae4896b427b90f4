// Stories: reports grouped by the event they tell, so that compare sets side by side only claims about one event.
// Two reports are linked by what they share (specific places, figures, quotations, named actors), weighted by how
// rare each is in the corpus, when their days are close; stories grow from the strongest links. Pure.
import type { ArticleFindings } from '../extract/index.js';
import { dayNumber, isoOfDay } from '../text/calendar.js';
import type { PlaceType } from '../types.js';

/** What the grouping knows of one report. */
export interface StoryInput {
  report: string;
  /** ISO publication date, or null. */
  published: string | null;
  title: string | null;
  findings: Pick<ArticleFindings, 'figures' | 'places' | 'actors' | 'quotes' | 'dates'>;
}

export interface Story {
  /** Stable id: `s` and the first report's id (corpus order). */
  id: string;
  /** The title of the story's first report that has one, else null. */
  title: string | null;
  /** Report ids in corpus order. */
  reports: string[];
  /** First and last day of the story's reports (ISO), or null when none is dated. */
  from: string | null;
  until: string | null;
  /** The specific places most of its reports name, most named first. */
  places: string[];
}

export interface StoryOptions {
  /** The level places are compared at (a quarter as its city), as compare does; default the place itself. */
  placeLevel?: (name: string) => string;
  /** The most days a story spans (publication days, or the first dated day of an undated report). Default 10. */
  maxSpanDays?: number;
}

/** Places too broad to tell one event from another. */
const BROAD_PLACES: ReadonlySet<PlaceType> = new Set(['country', 'region']);
/** Measures whose equal numbers say little about the event (a duration, a share). */
const WEAK_MEASURES = new Set(['duration', 'percent', 'other']);
/** Days apart within which a shared place alone links two reports; further apart, more must be shared. */
const CLOSE_DAYS = 3;
/**
 * The score a link needs when the days are close (one specific place that fewer than about two thirds of the
 * reports name, or more shared), and when they are further apart.
 */
const CLOSE_SCORE = 0.6;
const FAR_SCORE = 3.5;
/**
 * How strong, on average over their pairs of reports, the links between two stories must be for them to join (as a
 * share of what one link needs): a story of many reports joins another only when many of their pairs are linked.
 */
const JOIN_STRENGTH = 0.2;
/** Further apart, the part of the score from figures and quotations a link needs (one figure two reports share). */
const FAR_EVIDENCE = 1.5;

interface Features {
  index: number;
  report: string;
  day: number | null;
  places: Set<string>;
  figures: Set<string>;
  quotes: Set<string>;
  actors: Set<string>;
}

/**
 * Groups the reports into stories, in corpus order (the order of `inputs`). A corpus about one event is one story;
 * a report that shares nothing with any other is a story of its own.
 */
export function groupStories(inputs: readonly StoryInput[], options: StoryOptions = {}): Story[] {
  const level = options.placeLevel ?? ((name: string) => name);
  const maxSpan = options.maxSpanDays ?? 10;
  const features = inputs.map((input, index) => featuresOf(input, index, level));
  const rarity = rarityOf(features);
  /**
   * Each pair's strength: its score over the score its days apart need (1 or more links it); only the pairs that
   * share a place or a quotation (the others are 0), each report's partners listed by report.
   */
  const partners = features.map(() => new Map<number, number>());
  const links: Array<{ a: number; b: number; strength: number }> = [];
  for (const [i, j] of candidatePairs(features, maxSpan, (i, j) => partners[i]!.has(j))) {
    const a = features[i]!;
    const b = features[j]!;
    const gap = a.day === null || b.day === null ? null : Math.abs(a.day - b.day);
    const { score, beyondPlaces } = linkScore(a, b, rarity);
    const isClose = gap !== null && gap <= CLOSE_DAYS;
    const ratio = score / (isClose ? CLOSE_SCORE : FAR_SCORE);
    if (ratio > 0) {
      partners[i]!.set(j, ratio);
      partners[j]!.set(i, ratio);
    }
    // Far apart in days, only what places cannot share by chance (a figure, a quotation) starts a link.
    if (ratio >= 1 && (isClose || beyondPlaces >= FAR_EVIDENCE)) links.push({ a: i, b: j, strength: ratio });
  }
  links.sort((x, y) => y.strength - x.strength || x.a - y.a || x.b - y.b);

  // Stories grow from the strongest links. Two stories join when, on average over their pairs of reports, their
  // links are as strong as a link needs (average linkage: no chain of weak links makes one story of many events),
  // and their days stay within the span.
  type Cluster = { members: number[]; first: number | null; last: number | null; joins: number };
  /** Whether two stories' days stay within the span and their pairs are, on average, linked strongly enough. */
  const canJoin = (x: Cluster, y: Cluster, ra: number, rb: number): boolean => {
    const first = minDay(x.first, y.first);
    const last = maxDay(x.last, y.last);
    if (first !== null && last !== null && last - first > maxSpan) return false;
    // The pairs across the two stories that share something, counted from the smaller story's side.
    const [small, otherRoot] = x.members.length <= y.members.length ? [x, rb] : [y, ra];
    let total = 0;
    for (const member of small.members) {
      for (const [partner, ratio] of partners[member]!) if (find(partner) === otherRoot) total += Math.min(ratio, 2);
    }
    return total / (x.members.length * y.members.length) >= JOIN_STRENGTH;
  };
  const story = features.map((_, i) => i);
  const clusters = new Map(features.map((f, i) => [i, { members: [i], first: f.day, last: f.day, joins: 0 }]));
  const find = (i: number): number => (story[i] === i ? i : (story[i] = find(story[i]!)));
  /** Two stories that did not join, as they were then (their number of joins): judged again only once either grows. */
  const refused = new Map<number, string>();
  const n = features.length;
  for (const { a, b } of links) {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) continue;
    const [x, y] = [clusters.get(ra)!, clusters.get(rb)!];
    const [key, state] = ra < rb ? [ra * n + rb, `${x.joins} ${y.joins}`] : [rb * n + ra, `${y.joins} ${x.joins}`];
    if (refused.get(key) === state) continue;
    if (!canJoin(x, y, ra, rb)) {
      refused.set(key, state);
      continue;
    }
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    story[drop] = keep;
    const [larger, smaller] = x.members.length >= y.members.length ? [x.members, y.members] : [y.members, x.members];
    for (const member of smaller) larger.push(member);
    clusters.set(keep, { members: larger, first: minDay(x.first, y.first), last: maxDay(x.last, y.last), joins: x.joins + y.joins + 1 });
    clusters.delete(drop);
  }
  return [...clusters.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([, { members }]) => describe(members.sort((x, y) => x - y).map((i) => features[i]!), inputs));
}

const minDay = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.min(a, b));
const maxDay = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.max(a, b));

/**
 * The most reports after each one, in day order, that it is paired with through one shared place or quotation: a
 * place that hundreds of reports of the same days name says little of which event each tells, and pairing them all
 * would cost their number squared. Below this, every pair that shares something is scored.
 */
const MAX_PARTNERS = 64;
/** The same for an undated report, which may belong to any days: it is paired with more. */
const MAX_UNDATED_PARTNERS = 8 * MAX_PARTNERS;

/**
 * The pairs [i, j] (i < j) that share a lead place or a quotation and whose days are at most `maxSpan` apart (an
 * undated report pairs with every other), each once (`isPaired` says which were given); each report with at most
 * MAX_PARTNERS reports through any one thing shared (MAX_UNDATED_PARTNERS when undated).
 */
function* candidatePairs(features: readonly Features[], maxSpan: number, isPaired: (i: number, j: number) => boolean): Generator<[number, number]> {
  const postings = new Map<string, Features[]>();
  const post = (key: string, f: Features): void => {
    const posting = postings.get(key);
    if (posting) posting.push(f);
    else postings.set(key, [f]);
  };
  for (const f of features) {
    for (const key of f.places) post(`p\u0000${key}`, f);
    for (const key of f.quotes) post(`q\u0000${key}`, f);
  }
  const ordered = (pair: [number, number]): [number, number] => (pair[0] < pair[1] ? pair : [pair[1], pair[0]]);
  for (const posting of postings.values()) {
    const dated = posting.filter((f) => f.day !== null).sort((a, b) => a.day! - b.day! || a.index - b.index);
    for (let x = 0; x < dated.length; x++) {
      const a = dated[x]!;
      for (let y = x + 1; y < dated.length && y - x <= MAX_PARTNERS && dated[y]!.day! - a.day! <= maxSpan; y++) {
        const [i, j] = ordered([a.index, dated[y]!.index]);
        if (!isPaired(i, j)) yield [i, j];
      }
    }
    for (const undated of posting.filter((f) => f.day === null)) {
      let count = 0;
      for (let y = 0; y < posting.length && count < MAX_UNDATED_PARTNERS; y++) {
        if (posting[y] === undated) continue;
        count++;
        const [i, j] = ordered([undated.index, posting[y]!.index]);
        if (!isPaired(i, j)) yield [i, j];
      }
    }
  }
}

function featuresOf(input: StoryInput, index: number, level: (name: string) => string): Features {
  const { figures, places, actors, quotes, dates } = input.findings;
  const firstDated = dates.find((d) => d.precision === 'day' && d.date !== null)?.date ?? null;
  const day = dayNumber(input.published ?? firstDated);
  return {
    index,
    report: input.report,
    day,
    places: new Set(leadPlaces(places).map((p) => placeKey(level(p.name)))),
    figures: new Set(
      figures
        .filter((f) => f.value !== null && f.value >= 3 && f.qualifier !== 'vague' && !WEAK_MEASURES.has(f.measure))
        .map((f) => `${f.measure}:${f.value}`),
    ),
    quotes: new Set(quotes.filter((q) => !q.isScare).map((q) => fold(q.text)).filter((q) => q.split(' ').length >= 5)),
    actors: new Set(actors.filter((a) => a.type === 'person').map((a) => a.name)),
  };
}

/** How rare each shared thing is: log2((N + 1) / reports naming it): next to nothing for what nearly every report names. */
function rarityOf(features: readonly Features[]): (kind: string, key: string) => number {
  const counts = new Map<string, number>();
  for (const f of features) {
    for (const [kind, keys] of [['p', f.places], ['f', f.figures], ['q', f.quotes], ['a', f.actors]] as const) {
      for (const key of keys) counts.set(`${kind}\u0000${key}`, (counts.get(`${kind}\u0000${key}`) ?? 0) + 1);
    }
  }
  const n = features.length;
  return (kind, key) => Math.log2((n + 1) / (counts.get(`${kind}\u0000${key}`) ?? 1));
}

/**
 * What two reports share, weighted by rarity: each specific place counts its rarity, each equal figure and each
 * quotation twice its rarity, each named person half. Nothing shared but persons or figures without a place or a
 * quotation is no link. `beyondPlaces`: the part of the score from figures and quotations.
 */
function linkScore(a: Features, b: Features, rarity: (kind: string, key: string) => number): { score: number; beyondPlaces: number } {
  const shared = (x: Set<string>, y: Set<string>): string[] => [...x].filter((key) => y.has(key));
  const places = shared(a.places, b.places);
  const quotes = shared(a.quotes, b.quotes);
  if (places.length === 0 && quotes.length === 0) return { score: 0, beyondPlaces: 0 };
  let beyondPlaces = 0;
  for (const key of shared(a.figures, b.figures)) beyondPlaces += 2 * rarity('f', key);
  for (const key of quotes) beyondPlaces += 2 * rarity('q', key);
  let score = beyondPlaces;
  for (const key of places) score += rarity('p', key);
  for (const key of shared(a.actors, b.actors)) score += 0.5 * rarity('a', key);
  return { score, beyondPlaces };
}

function describe(features: readonly Features[], inputs: readonly StoryInput[]): Story {
  const reports = features.map((f) => f.report);
  const days = features.flatMap((f) => (f.day === null ? [] : [f.day])).sort((x, y) => x - y);
  const placeCounts = new Map<string, number>();
  for (const f of features) for (const p of f.places) placeCounts.set(p, (placeCounts.get(p) ?? 0) + 1);
  const places = [...placeCounts]
    .filter(([, count]) => features.length === 1 || count * 2 >= features.length)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .map(([name]) => name);
  return {
    id: `s-${reports[0]}`,
    title: features.map((f) => inputs[f.index]!.title).find((t) => t !== null) ?? null,
    reports,
    from: days.length > 0 ? isoOfDay(days[0]!) : null,
    until: days.length > 0 ? isoOfDay(days[days.length - 1]!) : null,
    places,
  };
}

/** How many of a report's first specific places are the ones it is about: a news lead says where first. */
const LEAD_PLACES = 3;

/** The first distinct specific places a report names, in reading order. */
function leadPlaces(places: StoryInput['findings']['places']): StoryInput['findings']['places'] {
  const seen = new Set<string>();
  return [...places]
    .filter((p) => !BROAD_PLACES.has(p.type))
    .sort((a, b) => a.offset[0] - b.offset[0])
    .filter((p) => !seen.has(p.name) && seen.add(p.name) !== undefined)
    .slice(0, LEAD_PLACES);
}

/** A place as compared: `Aleppo city`, `Idlib province`, `Aleppo's` as `Aleppo`, `Idlib`. */
function placeKey(name: string): string {
  return name.replace(/(?:['’]s|\s+(?:city|town|province|governorate|countryside|district|region|area))$/i, '');
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
