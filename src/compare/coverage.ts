// Coverage across reports: actors and places by report, quotations shared across reports, and the merged timeline.
import type { DatedEvent } from '../extract/dates.js';
import { linkQuotes, type SharedQuote } from '../extract/quotes.js';
import { STOP_WORDS } from '../language/words.js';
import type { Actor, DatePrecision, Place, Quote } from '../types.js';
import { CALENDAR_WORDS, dayOf } from '../text/calendar.js';

/** One actor or place and which reports mention it. */
export interface CoverageEntry {
  name: string;
  /** The actor's or place's type (`person`, `city`...). */
  type: string;
  inGazetteer: boolean;
  /**
   * Mentions per report id, only of the compared reports that mention it (a sparse map, keys in the order the reports
   * were given): its size grows with the mentions, not with the reports times the names.
   */
  mentions: Record<string, number>;
  /** The one report that mentions it when only one of several compared reports does; else null. */
  onlyIn: string | null;
}

export interface Coverage {
  /** The compared report ids, in corpus order. */
  reports: string[];
  actors: CoverageEntry[];
  places: CoverageEntry[];
}

/**
 * One event of the merged timeline: the dated sentences of several reports that tell the same event, or one
 * report's dated sentence. Two sentences of different reports tell the same event when they share at least
 * `MIN_SHARED_WORDS` content words and those make up at least `MIN_SHARED_RATIO` of the smaller sentence's
 * content words (see `contentWords`), the topic words of the whole timeline left out (see `commonStems`).
 */
export interface MergedEvent {
  /** The earliest date any member gives (ISO; first day of the period for coarser precisions). */
  date: string;
  /** Every distinct date the members give, ascending. */
  dates: string[];
  /** Report ids that date the event, sorted. */
  reports: string[];
  /** True when two members' dated periods do not overlap (e.g. Wednesday in one report, Thursday in another). */
  isDateDiffering: boolean;
  /** The dated sentences, by date, report and offset. */
  events: DatedEvent[];
}

/** Content words two sentences must share to tell the same event. */
export const MIN_SHARED_WORDS = 3;
/** Share of the smaller sentence's content words that must be shared. */
export const MIN_SHARED_RATIO = 0.4;
/** A stem in more than this share of the dated sentences (and in `COMMON_MIN_EVENTS` or more) is a topic word. */
export const COMMON_SHARE = 0.25;
export const COMMON_MIN_EVENTS = 4;
/** Content words are compared by their first letters, so `evacuation`, `evacuated` and `evacuees` match. */
const STEM_LENGTH = 5;

/** Words that only date a sentence: they do not tell what happened. */
const DATE_WORDS: ReadonlySet<string> = new Set([
  ...(
    'today yesterday tomorrow tonight overnight morning afternoon evening night day days week weeks month months year ' +
    'years earlier later last next ago early hours said says told'
  ).split(' '),
  ...CALENDAR_WORDS,
]);

/** The reports of a coverage entry that mention it, in the order the reports were given. */
export function mentioningReports(entry: CoverageEntry): string[] {
  return Object.keys(entry.mentions);
}

/**
 * An entry with the mentions of the compared reports only, in their order; reads the entry's own mentions (the
 * reports that mention it), never every compared report, so it costs what the name's mentions cost.
 */
function coverageEntry(name: string, type: string, inGazetteer: boolean, mentions: Record<string, number>, rank: ReadonlyMap<string, number>): CoverageEntry {
  const reports = Object.keys(mentions)
    .filter((id) => rank.has(id) && (mentions[id] ?? 0) > 0)
    .sort((a, b) => rank.get(a)! - rank.get(b)!);
  const counts: Record<string, number> = {};
  for (const id of reports) counts[id] = mentions[id]!;
  return { name, type, inGazetteer, mentions: counts, onlyIn: rank.size > 1 && reports.length === 1 ? (reports[0] ?? null) : null };
}

/** Entries mentioned by at least one of the reports: most reports first, then most mentions, then name. */
function sortEntries(entries: CoverageEntry[]): CoverageEntry[] {
  const reach = new Map(entries.map((e) => [e, mentioningReports(e).length])); // once each, not per comparison
  const totals = new Map(entries.map((e) => [e, Object.values(e.mentions).reduce((a, b) => a + b, 0)]));
  const count = (e: CoverageEntry): number => reach.get(e) ?? 0;
  const total = (e: CoverageEntry): number => totals.get(e) ?? 0;
  return entries
    .filter((e) => count(e) > 0)
    .sort((a, b) => count(b) - count(a) || total(b) - total(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Actors and places by report, for the given report ids (corpus order); names no report mentions are left out. */
export function buildCoverage(actors: readonly Actor[], places: readonly Place[], reportIds: readonly string[]): Coverage {
  const rank = new Map(reportIds.map((id, i) => [id, i]));
  return {
    reports: [...reportIds],
    actors: sortEntries(actors.map((a) => coverageEntry(a.name, a.type, a.inGazetteer, a.mentions, rank))),
    places: sortEntries(places.map((p) => coverageEntry(p.name, p.type, p.inGazetteer, p.mentions, rank))),
  };
}

/** Quotations that two or more reports share or paraphrase (see `linkQuotes`), those spanning most reports first. */
export function sharedQuotations(quotes: readonly Quote[]): SharedQuote[] {
  return linkQuotes([...quotes]).sort(
    (a, b) => b.reports.length - a.reports.length || b.similarity - a.similarity || (a.quotes[0]?.offset[0] ?? 0) - (b.quotes[0]?.offset[0] ?? 0),
  );
}

/**
 * The content words of a sentence, as stems: lower-case letter runs of three or more letters, less function
 * words (`STOP_WORDS`), words that only date it (weekdays, months, `today`, `said`) and the words of its own date
 * expression; each cut to its first `STEM_LENGTH` letters.
 */
export function contentWords(sentence: string, dateText = ''): Set<string> {
  const dateWords = new Set(wordsOf(dateText));
  const stems = new Set<string>();
  for (const word of wordsOf(sentence)) {
    if (word.length < 3 || STOP_WORDS.has(word) || DATE_WORDS.has(word) || dateWords.has(word)) continue;
    stems.add(word.slice(0, STEM_LENGTH));
  }
  return stems;
}

function wordsOf(text: string): string[] {
  return (text.toLowerCase().replace(/['\u2019]s\b/g, '').match(/\p{L}+/gu) ?? []);
}

/** True when the two content-word sets tell the same event (see `MergedEvent`). */
export function isSameEvent(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const smaller = Math.min(a.size, b.size);
  if (smaller === 0) return false;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared >= MIN_SHARED_WORDS && shared / smaller >= MIN_SHARED_RATIO;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The dated period as [first, last] day numbers (days since 1970-01-01), or null for a date that is not ISO. */
export function periodOf(date: string, precision: DatePrecision): [number, number] | null {
  const m = ISO_DAY.exec(date);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const first = dayOf(year, month, day);
  switch (precision) {
    case 'day':
      return [first, first];
    case 'week':
      return [first, first + 6];
    case 'month':
      return [first, dayOf(year, month + 1, 1) - 1];
    case 'year':
      return [first, dayOf(year + 1, 1, 1) - 1];
  }
}

/**
 * True when some two events' periods do not overlap (a month that contains a day does not differ from it). Events of
 * the same date and precision have the same period, so each distinct pair is compared once: linear in the events.
 */
function hasDifferingDates(events: readonly DatedEvent[]): boolean {
  const distinct = new Map<string, { date: string; period: [number, number] | null }>();
  for (const e of events) {
    const key = `${e.date} ${e.precision}`;
    if (!distinct.has(key)) distinct.set(key, { date: e.date, period: periodOf(e.date, e.precision) });
  }
  const periods = [...distinct.values()];
  for (let i = 0; i < periods.length; i++) {
    for (let j = i + 1; j < periods.length; j++) {
      const p = periods[i]!;
      const q = periods[j]!;
      if (p.period === null || q.period === null) {
        if (p.date !== q.date) return true;
        continue;
      }
      if (p.period[1] < q.period[0] || q.period[1] < p.period[0]) return true;
    }
  }
  return false;
}

function compareEvents(a: DatedEvent, b: DatedEvent): number {
  return (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.report < b.report ? -1 : a.report > b.report ? 1 : 0) || a.offset[0] - b.offset[0];
}

/**
 * Stems that too many of the dated sentences share to tell one event from another (the corpus's topic words): those
 * in more than `COMMON_SHARE` of the sentences and in at least `COMMON_MIN_EVENTS` of them.
 */
export function commonStems(sets: ReadonlyArray<ReadonlySet<string>>): Set<string> {
  const counts = new Map<string, number>();
  for (const set of sets) for (const stem of set) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  const common = new Set<string>();
  for (const [stem, count] of counts) if (count >= COMMON_MIN_EVENTS && count > COMMON_SHARE * sets.length) common.add(stem);
  return common;
}

/** An entry of the merged timeline being built: its members, their reports, their distinct content-word sets. */
interface Entry {
  members: number[];
  reports: Set<string>;
  /** The members' content-word sets, each once (events of one sentence share a set): complete linkage tests each once. */
  sets: Set<ReadonlySet<string>>;
}

/**
 * The timeline merged across reports (see `MergedEvent`). Walking the events oldest first, an event joins the first
 * entry that has no event of its report and whose every event tells the same event as it (complete linkage, so
 * entries do not chain through shared topic words); else it starts an entry. Entries are oldest first;
 * deterministic for any input order.
 *
 * Near-linear: an event can only join an entry whose first event shares at least `MIN_SHARED_WORDS` stems with it,
 * so entries are found through an index from each stem to the entries whose first event has it, and an entry's
 * members are tested once per distinct sentence, not once per member (a sentence republished by many reports).
 */
export function mergeTimeline(events: readonly DatedEvent[]): MergedEvent[] {
  const sorted = [...events].sort(compareEvents);
  // a sentence told in many reports (a wire story republished) is read once: its word sets are shared
  const readings = new Map<string, Set<string>>();
  const raw = sorted.map((e) => {
    const key = `${e.dateText}\n${e.sentence}`;
    let set = readings.get(key);
    if (set === undefined) readings.set(key, (set = contentWords(e.sentence, e.dateText)));
    return set;
  });
  const common = commonStems(raw);
  const kept = new Map<Set<string>, Set<string>>();
  const words = raw.map((set) => {
    let own = kept.get(set);
    if (own === undefined) kept.set(set, (own = new Set([...set].filter((stem) => !common.has(stem)))));
    return own;
  });
  readings.clear();
  const entries: Entry[] = [];
  const byStem = new Map<string, number[]>(); // stem -> indices of the entries whose first event has it, ascending
  sorted.forEach((event, i) => {
    const own = words[i] as Set<string>;
    const shared = new Map<number, number>(); // entry index -> stems its first event shares with this one
    if (own.size >= MIN_SHARED_WORDS) for (const stem of own) for (const e of byStem.get(stem) ?? []) shared.set(e, (shared.get(e) ?? 0) + 1);
    const candidates = [...shared].filter(([, count]) => count >= MIN_SHARED_WORDS).map(([e]) => e).sort((a, b) => a - b);
    const found = candidates.find((e) => {
      const entry = entries[e] as Entry;
      if (entry.reports.has(event.report)) return false;
      for (const set of entry.sets) if (!isSameEvent(own, set)) return false;
      return true;
    });
    if (found === undefined) {
      entries.push({ members: [i], reports: new Set([event.report]), sets: new Set([own]) });
      // too few words to tell the same event as any other: it stays alone, and indexing it would only lengthen lists
      if (own.size < MIN_SHARED_WORDS) return;
      for (const stem of own) {
        const list = byStem.get(stem);
        if (list === undefined) byStem.set(stem, [entries.length - 1]);
        else list.push(entries.length - 1);
      }
    } else {
      const entry = entries[found] as Entry;
      entry.members.push(i);
      entry.reports.add(event.report);
      entry.sets.add(own);
    }
  });
  return entries.map(({ members: indices }) => {
    const members = indices.map((i) => sorted[i] as DatedEvent);
    return {
      date: members[0]?.date ?? '',
      dates: [...new Set(members.map((e) => e.date))].sort(),
      reports: [...new Set(members.map((e) => e.report))].sort(),
      isDateDiffering: hasDifferingDates(members),
      events: members,
    };
  });
}
