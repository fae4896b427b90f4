// Actors: people, organisations, states acting, armed groups and media named in a report's body, captions and embeds.
import { findActor, findPlace } from '../corpus/gazetteer.js';
import type { Actor, ActorMention, ActorType, Article, Gazetteer, GazetteerActor } from '../types.js';
import {
  compileGazetteer,
  findPlaceByKey,
  foldRole,
  isRole,
  isTitleCased,
  NOT_NAME_WORDS,
  Occupancy,
  overlaps,
  tokenize,
  trimSpan,
  type Segment,
  type Token,
} from './normalise.js';
import { articleNames, type SegmentNames, type TermTags } from './names.js';
import { capitalisedRuns, firstEndingAfter, MAX_NAME_WORDS, tokenIndex, widen, type Candidate } from './name-runs.js';
import { isDemonym, leadingRole, MAX_ROLE_WORDS, statedRole } from './roles.js';

/** Words that make an unknown capitalised name an organisation. */
const ORGANISATION_WORDS =
  /\b(?:Organi[sz]ation|Committee|Council|Ministry|Agency|Association|Union|Party|Front|Brigades?|Army|Forces|Movement|Office|Commission|Fund|Programme|Program|Institute|Foundation|Network|News|Corporation|Company|Group|Coalition|Alliance|Federation|Service|Services|Authority|Bank|University|Court|Assembly|Parliament|Government|Police|Red Cross|Red Crescent|Mission|Department)\b/u;

/** Every actor mention in the report's body, captions and embeds, in file order. */
export function extractActors(article: Article, gazetteer: Gazetteer): ActorMention[] {
  const mentions: ActorMention[] = [];
  /** File-offset spans already claimed by a gazetteer actor or place. */
  const claimed: Array<[number, number]> = [];
  const segmentsNames = articleNames(article, gazetteer);
  for (const names of segmentsNames) {
    const { segment, matches } = names;
    const taken: Array<[number, number]> = [...segment.excluded, ...matches.map((m): [number, number] => [m.start, m.end])];
    for (const match of matches) {
      claimed.push([segment.base + match.start, segment.base + match.end]);
      if (!match.actor) continue;
      const mention = gazetteerMention(article.id, segment, match.start, match.end, match.actor, gazetteer);
      if (mention) mentions.push(mention);
    }
    for (const mention of unknownMentions(article.id, names, taken, gazetteer)) mentions.push(mention);
  }
  mentions.push(...embedAuthors(article, gazetteer));
  mentions.sort((a, b) => a.offset[0] - b.offset[0]);
  return mergeSurnames(article, segmentsNames, mentions, claimed);
}

function gazetteerMention(
  report: string,
  segment: Segment,
  matchStart: number,
  matchEnd: number,
  actor: GazetteerActor,
  gazetteer: Gazetteer,
): ActorMention | null {
  const text = segment.text;
  let [start, end] = trimSpan(text, matchStart, matchEnd);
  let role: string | null = null;
  if (actor.type === 'person') {
    const leading = leadingRole(text, start, end, gazetteer);
    if (leading) {
      role = leading.role;
      start = leading.nameStart;
    }
    role ??= statedRole(text, start, end, gazetteer);
  }
  if (start >= end) return null;
  return {
    report,
    name: actor.name,
    type: actor.type,
    inGazetteer: true,
    alias: text.slice(start, end),
    role,
    offset: [segment.base + start, segment.base + end],
  };
}

/** Tags of the terms overlapping [start, end); `tags` is in text order. */
function tagsIn(tags: readonly TermTags[], start: number, end: number): Set<string> {
  const found = new Set<string>();
  for (let i = firstEndingAfter(tags, start); i < tags.length && (tags[i] as TermTags).start < end; i++) for (const tag of (tags[i] as TermTags).tags) found.add(tag);
  return found;
}

function unknownMentions(report: string, names: SegmentNames, taken: Array<[number, number]>, gazetteer: Gazetteer): ActorMention[] {
  const { segment, tokens, tags } = names;
  const text = segment.text;
  const candidates: Candidate[] = names.named.map(({ start, end, type }) => ({ start, end, type }));
  const used = new Occupancy(text.length, taken);
  if (!isTitleCased(text)) for (const [start, end] of capitalisedRuns(text, tokens)) candidates.push({ start, end, type: 'unknown' });

  const mentions: ActorMention[] = [];
  const tokenAt = tokenIndex(tokens);
  // Wider spans first, so `Zouhir al-Shimale` wins over compromise's `al-Shimale`.
  const widened = candidates.map((c) => widen(text, tokens, tokenAt, c));
  widened.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const candidate of widened) {
    const cleaned = cleanCandidate(text, tokens, tokenAt, candidate, gazetteer);
    if (!cleaned) continue;
    const { start, end } = cleaned;
    if (used.overlaps(start, end)) continue;
    const words = text.slice(start, end);
    if (findPlace(gazetteer, words) || findPlaceByKey(gazetteer, words)) continue;
    const termTagSet = tagsIn(tags, start, end);
    if (isPlaceLike(text, start, termTagSet, candidate.type)) continue;
    const known = findActor(gazetteer, words);
    let type: ActorType = known?.type ?? candidate.type;
    if (!known) type = refineType(type, words, termTagSet, cleaned.role !== null || actsAsPerson(text, start, end));
    if (type === 'unknown' && tokenize(words).some((t) => isDemonym(t.text) || isDemonymPlural(t.text))) continue;
    if (type === 'unknown' && tokenize(words).length < 2) continue;
    const role = type === 'person' || type === 'unknown' ? (cleaned.role ?? statedRole(text, start, end, gazetteer)) : null;
    if (type === 'unknown' && role) type = 'person';
    used.add(start, end);
    mentions.push({
      report,
      name: known?.name ?? words,
      type,
      inGazetteer: known !== null,
      alias: words,
      role,
      offset: [segment.base + start, segment.base + end],
    });
  }
  return mentions;
}

/** Trims punctuation and possessives, strips leading articles, demonyms and titles; null when nothing name-like is left. */
function cleanCandidate(text: string, tokens: Token[], tokenAt: (position: number) => number, candidate: Candidate, gazetteer: Gazetteer): { start: number; end: number; role: string | null } | null {
  let [start, end] = trimSpan(text, candidate.start, candidate.end);
  const firstToken = tokenAt(start);
  const lastToken = tokenAt(end - 1);
  if (firstToken < 0 || lastToken - firstToken >= MAX_NAME_WORDS + MAX_ROLE_WORDS) return null;
  const { roles } = compileGazetteer(gazetteer);
  const foldedSpan = foldRole(text.slice(start, end));
  if (roles.some((r) => foldedSpan.startsWith(r.folded) && foldedSpan.startsWith(' of ', r.folded.length))) return null;
  let role: string | null = null;
  for (let guard = 0; guard < 6 && start < end; guard++) {
    const from = tokenAt(start);
    const first = from >= 0 ? tokens[from] : undefined;
    if (!first || first.start < start || first.end > end) return null;
    const second = tokens[from + 1];
    const hasSecond = second !== undefined && second.end <= end;
    if (NOT_NAME_WORDS.has(first.text.toLowerCase()) || (isDemonym(first.text) && hasSecond)) {
      start = hasSecond ? second.start : end;
      continue;
    }
    const leading = leadingRole(text, start, end, gazetteer);
    if (leading) {
      // `Minister of National Reconciliation Affairs`: the words after the title continue it, they are no name.
      if (/^\p{Ll}/u.test(text.slice(leading.nameStart, end))) return null;
      role = leading.role;
      start = leading.nameStart;
      continue;
    }
    break;
  }
  [start, end] = trimSpan(text, start, end);
  if (start >= end) return null;
  const words = text.slice(start, end);
  if (isRole(gazetteer, words)) return null;
  const inside = tokenize(words);
  if (inside.length === 0 || inside.every((t) => NOT_NAME_WORDS.has(t.text.toLowerCase()) || isDemonym(t.text))) return null;
  if (!/^\p{Lu}/u.test(words) && !/^(?:al|el)-\p{Lu}/u.test(words)) return null;
  return { start, end, role };
}

const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|at|near|from|into|towards|toward|outside|inside|across|through|via|of the (?:town|village|city|district|quarter|settlement|camp|province|neighbourhood|neighborhood) of|to)[ \u00A0]+(?:the[ \u00A0]+)?$/u;
const NOT_LOCATIVE_TO = /(?:according|spoke|speaking|talked|talking|said|told|belonging|close|loyal|allied|known|opposed|next|due|thanks|similar|addition|message|letter|appeal|reply|responding)[ \u00A0]+to[ \u00A0]+(?:the[ \u00A0]+)?$/u;

/** A candidate tagged as a place only, or (for a person guess) introduced by a locative preposition (`fled to Hammam al-Alil`). */
function isPlaceLike(text: string, start: number, tags: Set<string>, type: ActorType): boolean {
  if (tags.has('Place') && !tags.has('Person') && !tags.has('Organization')) return true;
  if (type === 'organisation') return false;
  const before = text.slice(Math.max(0, start - 50), start);
  return LOCATIVE_BEFORE.test(before) && !NOT_LOCATIVE_TO.test(before);
}

/** Plural nationality nouns (`Iraqis`, `Syrians`), which name groups of people, not an actor. */
function isDemonymPlural(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:ians|eans|ans|is|ese)$/u.test(word);
}

/** A short name that speaks (`Lise Grande said`, `said Lise Grande`) or stands before an apposition (`Lise Grande, the UN coordinator`). */
function actsAsPerson(text: string, start: number, end: number): boolean {
  const words = tokenize(text.slice(start, end));
  if (words.length < 2 || words.length > 4) return false;
  const after = text.slice(end, end + 30);
  const before = text.slice(Math.max(0, start - 12), start);
  return /^[ \u00A0]+(?:said|says|told|tells|added|warned|explained|wrote)\b/u.test(after) || /\b(?:said|says|told|added)[ \u00A0]+$/u.test(before) || /^,[ \u00A0]+(?:the|a|an)[ \u00A0]/u.test(after);
}

function refineType(type: ActorType, words: string, tags: Set<string>, hasRole: boolean): ActorType {
  if (ORGANISATION_WORDS.test(words)) return 'organisation';
  if (type !== 'unknown') return type;
  if (tags.has('Person') || hasRole) return 'person';
  if (tags.has('Organization')) return 'organisation';
  return 'unknown';
}

/** The author line of each embed (`— ICRC Syria (@ICRC_sy)`), as a mention of the post's author. */
function embedAuthors(article: Article, gazetteer: Gazetteer): ActorMention[] {
  const mentions: ActorMention[] = [];
  for (const part of article.parts) {
    if (part.kind !== 'embed' || !part.embed) continue;
    const { author, handle, textOffset } = part.embed;
    const after = Math.max(0, textOffset[1] - part.offset[0]);
    const at = part.text.indexOf(author, after);
    if (at < 0 || author.trim() === '') continue;
    const known = findActor(gazetteer, author) ?? (handle ? findActor(gazetteer, handle) : null);
    const start = part.offset[0] + at;
    mentions.push({
      report: article.id,
      name: known?.name ?? author,
      type: known?.type ?? 'unknown',
      inGazetteer: known !== null,
      alias: author,
      role: null,
      offset: [start, start + author.length],
    });
  }
  return mentions;
}

/**
 * A surname alone (`Egeland`, `Grande`) after the full name in the same report is that person: unknown one-word mentions
 * are renamed, and further occurrences of the surname that nothing else claimed are added. `segmentsNames` are the
 * article's (articleNames), whose segments and word tokens are searched for the surnames.
 */
function mergeSurnames(article: Article, segmentsNames: readonly SegmentNames[], mentions: ActorMention[], claimed: Array<[number, number]>): ActorMention[] {
  const surnames = new Map<string, { mention: ActorMention; from: number }>();
  const result: ActorMention[] = [];
  for (const mention of mentions) {
    const words = mention.alias.split(/\s+/u);
    if (words.length === 1 && !mention.inGazetteer && (mention.type === 'person' || mention.type === 'unknown')) {
      const earlier = surnames.get(mention.alias);
      if (earlier) {
        result.push({ ...mention, name: earlier.mention.name, type: earlier.mention.type, inGazetteer: earlier.mention.inGazetteer });
        continue;
      }
    }
    if (mention.type === 'person' && words.length >= 2) {
      const last = words[words.length - 1] as string;
      for (const key of [last, last.replace(/^(?:al|el)-/u, '')]) {
        if (key.length >= 3 && /^\p{Lu}/u.test(key) && !surnames.has(key)) surnames.set(key, { mention, from: mention.offset[1] });
      }
    }
    result.push(mention);
  }
  if (surnames.size === 0) return result;
  const covered = new Occupancy(article.text.length, [...claimed, ...result.map((m) => m.offset)]);
  for (const { segment, tokens } of segmentsNames) {
    for (const token of tokens) {
      const [s, e] = trimSpan(segment.text, token.start, token.end);
      const word = segment.text.slice(s, e);
      const entry = surnames.get(word);
      const start = segment.base + s;
      const end = segment.base + e;
      if (!entry || start < entry.from || covered.overlaps(start, end) || overlaps(segment.excluded, s, e)) continue;
      covered.add(start, end);
      result.push({ ...entry.mention, alias: word, role: null, offset: [start, end] });
    }
  }
  return result.sort((a, b) => a.offset[0] - b.offset[0]);
}

/** Actor records across reports: aliases seen, roles, mentions per report; most mentioned first, then by name. */
export function aggregateActors(mentions: ActorMention[]): Actor[] {
  const byName = new Map<string, Actor>();
  for (const mention of mentions) {
    let actor = byName.get(mention.name);
    if (!actor) {
      actor = { name: mention.name, type: mention.type, inGazetteer: mention.inGazetteer, aliases: [], roles: [], mentions: {} };
      byName.set(mention.name, actor);
    }
    if (actor.type === 'unknown' && mention.type !== 'unknown') actor.type = mention.type;
    actor.inGazetteer ||= mention.inGazetteer;
    if (!actor.aliases.includes(mention.alias)) actor.aliases.push(mention.alias);
    if (mention.role !== null && !actor.roles.includes(mention.role)) actor.roles.push(mention.role);
    actor.mentions[mention.report] = (actor.mentions[mention.report] ?? 0) + 1;
  }
  const total = (actor: Actor): number => Object.values(actor.mentions).reduce((sum, n) => sum + n, 0);
  return [...byName.values()].sort((a, b) => total(b) - total(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
