// How each report names the sides and the events: label mentions counted per report, split by whose voice they are in.
import type { Article, PartKind } from '../types.js';
import { foldLabel, type LabelSets } from './labels.js';

/** A quotation in a report, as the quotes extractor gives it. */
export interface QuoteSpan {
  report: string;
  /** [start, end) in article.text; may or may not include the quote marks. */
  offset: [number, number];
  speaker: string | null;
  /** A short quotation with no speaker of its own (`"liberation"`), marking the outlet's distance from a word. */
  isScare: boolean;
}

/**
 * Whose words a span is: `own` the outlet's; `quoted` inside a quotation or an embedded post; `scare` a word that is
 * itself the whole of a short quotation (`"terrorists"`), or inside a quotation marked isScare.
 */
export type Voice = 'own' | 'quoted' | 'scare';

export interface VoiceOf {
  voice: Voice;
  /** The quotation's speaker (an embed's author), null for own voice or when the report does not say. */
  speaker: string | null;
}

/** One occurrence of a label. */
export interface LabelMention {
  report: string;
  set: string;
  label: string;
  /** The words as written. */
  text: string;
  offset: [number, number];
  part: PartKind;
  voice: Voice;
  speaker: string | null;
}

export interface SpeakerCount {
  speaker: string | null;
  voice: 'quoted' | 'scare';
  count: number;
}

/** How often one report uses one label, by voice. Only labels used at least once get a row. */
export interface NamingCount {
  report: string;
  set: string;
  label: string;
  own: number;
  quoted: number;
  scare: number;
  /** own + quoted + scare. */
  total: number;
  /** Who the quoted and scare-quoted uses belong to, most first. */
  speakers: SpeakerCount[];
  /** The spellings seen, as written, in order of first use. */
  forms: string[];
}

export interface NamingOptions {
  /** The part kinds read; default body, caption and embed (an embed's words are its author's, so `quoted`). */
  kinds?: readonly PartKind[];
}

export const NAMING_KINDS: readonly PartKind[] = ['body', 'caption', 'embed'];

/** One label compiled to a matcher. */
interface LabelMatcher {
  set: string;
  label: string;
  pattern: RegExp;
  /** Position in the label file, for ties between equal-length matches and for output order. */
  rank: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A variant's singular and plural: the last word (3 letters or more, not a possessive) gets its other number by the
 * regular English rules (`-ies`/`-y`, `-es`, `-s`). Irregular plurals belong in the data as variants.
 */
export function numberForms(variant: string): string[] {
  const match = /^(.*?)(\p{L}+)$/u.exec(variant);
  if (match === null) return [variant];
  const head = match[1] ?? '';
  const word = match[2] ?? '';
  if (word.length < 3 || /['\u2019]$/.test(head)) return [variant];
  const lower = word.toLowerCase();
  const others: string[] = [];
  if (lower.endsWith('ies')) others.push(`${word.slice(0, -3)}y`);
  else if (/(ss|x|ch|sh|z)es$/.test(lower)) others.push(word.slice(0, -2));
  else if (lower.endsWith('s') && !lower.endsWith('ss')) others.push(word.slice(0, -1));
  else if (/[^aeiou]y$/.test(lower)) others.push(`${word.slice(0, -1)}ies`);
  else if (/(s|x|ch|sh|z)$/.test(lower)) others.push(`${word}es`);
  else others.push(`${word}s`);
  return [variant, ...others.map((other) => head + other)];
}

/** A regular-expression source for a variant: spaces match any run of white space, apostrophes and hyphens any form. */
function variantSource(variant: string): string {
  return foldLabel(variant)
    .split('')
    .map((c) => {
      if (c === ' ') return '\\s+';
      if (c === "'") return "['\\u2019]";
      if (c === '-') return '[-\\u2010\\u2011]';
      return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    })
    .join('');
}

/**
 * Compiles the label sets. A match is a whole word or phrase, any case: not inside a longer word, and not the second
 * half of a hyphenated word (`government forces` in `pro-government forces`); it may be the first half (`rebel-held`).
 */
export function compileLabels(labels: LabelSets): LabelMatcher[] {
  const matchers: LabelMatcher[] = [];
  for (const set of labels.sets) {
    for (const definition of set.labels) {
      const variants = [...new Set(definition.variants.flatMap(numberForms).map(foldLabel))].sort((a, b) => b.length - a.length);
      if (variants.length === 0) continue;
      const source = `(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}][-\\u2010\\u2011])(?:${variants.map(variantSource).join('|')})(?![\\p{L}\\p{N}])`;
      matchers.push({ set: set.name, label: definition.label, pattern: new RegExp(source, 'giu'), rank: matchers.length });
    }
  }
  return matchers;
}

interface RawMatch {
  matcher: LabelMatcher;
  start: number;
  end: number;
}

/** Matches in `text` (a span starting at `base`): longest first, then earliest, then label order; none overlap. */
function matchLabels(matchers: LabelMatcher[], text: string, base: number): RawMatch[] {
  const found: RawMatch[] = [];
  for (const matcher of matchers) {
    matcher.pattern.lastIndex = 0;
    for (const m of text.matchAll(matcher.pattern)) {
      if (m[0] === '') continue;
      found.push({ matcher, start: base + m.index, end: base + m.index + m[0].length });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.matcher.rank - b.matcher.rank);
  const kept: RawMatch[] = [];
  const isTaken = new Uint8Array(text.length);
  for (const candidate of found) {
    let isFree = true;
    for (let i = candidate.start - base; i < candidate.end - base && isFree; i++) isFree = isTaken[i] === 0;
    if (!isFree) continue;
    isTaken.fill(1, candidate.start - base, candidate.end - base);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const OPENING_QUOTES = '"\u201C\u2018\'\u00AB';
const CLOSING_QUOTES = '"\u201D\u2019\'\u00BB';
const QUOTE_MARKS = /^["\u201C\u201D\u2018\u2019'\u00AB\u00BB\s]+|["\u201C\u201D\u2018\u2019'\u00AB\u00BB\s]+$/g;
const EDGE_PUNCTUATION = /^[\s.,;:!?\u2026]+|[\s.,;:!?\u2026]+$/g;

/** The words of a quotation without its quote marks or edge punctuation, folded for comparison. */
function quotationWords(text: string): string {
  return foldLabel(text.replace(QUOTE_MARKS, '').replace(EDGE_PUNCTUATION, '').replace(QUOTE_MARKS, ''));
}

/** True when [start, end) is wrapped directly in quote marks (`"terrorists"`, `“Jihadists,”`). */
function isWrappedInQuotes(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (before === undefined || !OPENING_QUOTES.includes(before)) return false;
  const beforeQuote = text[start - 2];
  if (beforeQuote !== undefined && LETTER_OR_DIGIT.test(beforeQuote)) return false;
  let after = end;
  while (after < text.length && '.,;:!?'.includes(text[after] as string)) after++;
  const closing = text[after];
  if (closing === undefined || !CLOSING_QUOTES.includes(closing)) return false;
  const afterQuote = text[after + 1];
  return afterQuote === undefined || !LETTER_OR_DIGIT.test(afterQuote);
}

/** Whose words [start, end) of the article are, given the report's quotations (quotes of other reports are ignored). */
export function voiceAt(article: Article, offset: [number, number], quotes: readonly QuoteSpan[]): VoiceOf {
  return voiceLookup(article, quotes)(offset);
}

/** voiceAt for many spans of one article: the quotations are indexed once (sorted by start, with running maximum ends). */
export function voiceLookup(article: Article, quotes: readonly QuoteSpan[]): (offset: [number, number]) => VoiceOf {
  const own = quotes.filter((q) => q.report === article.id).sort((a, b) => a.offset[0] - b.offset[0]);
  const maxEnd: number[] = [];
  own.forEach((q, i) => maxEnd.push(Math.max(q.offset[1], i > 0 ? (maxEnd[i - 1] as number) : -Infinity)));
  const embeds = article.parts.filter((part) => part.kind === 'embed');
  return ([start, end]) => {
    const embed = embeds.find((part) => part.offset[0] <= start && end <= part.offset[1]);
    if (embed !== undefined) return { voice: 'quoted', speaker: embed.embed?.author ?? null };
    // the last quotation that starts at or before `start`
    let low = 0;
    let high = own.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((own[mid] as QuoteSpan).offset[0] <= start) low = mid + 1;
      else high = mid;
    }
    let inner: QuoteSpan | null = null;
    for (let i = low - 1; i >= 0 && (maxEnd[i] as number) >= end; i--) {
      const quote = own[i] as QuoteSpan;
      if (end > quote.offset[1]) continue;
      if (inner === null || quote.offset[1] - quote.offset[0] < inner.offset[1] - inner.offset[0]) inner = quote;
    }
    if (inner !== null) {
      const words = quotationWords(article.text.slice(inner.offset[0], inner.offset[1]));
      const isWhole = words === foldLabel(article.text.slice(start, end));
      return { voice: inner.isScare || isWhole ? 'scare' : 'quoted', speaker: inner.speaker };
    }
    return { voice: isWrappedInQuotes(article.text, start, end) ? 'scare' : 'own', speaker: null };
  };
}

/** Every label occurrence in the article's parts of the given kinds, in file order. */
export function findLabelMentions(
  article: Article,
  labels: LabelSets | LabelMatcher[],
  quotes: readonly QuoteSpan[],
  options: NamingOptions = {},
): LabelMention[] {
  const matchers = Array.isArray(labels) ? labels : compileLabels(labels);
  const kinds = options.kinds ?? NAMING_KINDS;
  const voiceOf = voiceLookup(article, quotes);
  const mentions: LabelMention[] = [];
  for (const part of article.parts) {
    if (!kinds.includes(part.kind)) continue;
    const [from, to] = part.kind === 'embed' && part.embed ? part.embed.textOffset : part.offset;
    for (const match of matchLabels(matchers, article.text.slice(from, to), from)) {
      const offset: [number, number] = [match.start, match.end];
      mentions.push({
        report: article.id,
        set: match.matcher.set,
        label: match.matcher.label,
        text: article.text.slice(match.start, match.end),
        offset,
        part: part.kind,
        ...voiceOf(offset),
      });
    }
  }
  return mentions;
}

/** Label counts per report (in article order) and label (in the label file's order), own voice, quoted and scare apart. */
export function naming(
  articles: readonly Article[],
  labels: LabelSets,
  quotes: readonly QuoteSpan[],
  options: NamingOptions = {},
): NamingCount[] {
  const matchers = compileLabels(labels);
  const rankOf = new Map(matchers.map((m) => [`${m.set}\u0000${m.label}`, m.rank]));
  const rows: NamingCount[] = [];
  for (const article of articles) {
    const byLabel = new Map<string, NamingCount>();
    for (const mention of findLabelMentions(article, matchers, quotes, options)) {
      const key = `${mention.set}\u0000${mention.label}`;
      let row = byLabel.get(key);
      if (row === undefined) {
        row = { report: article.id, set: mention.set, label: mention.label, own: 0, quoted: 0, scare: 0, total: 0, speakers: [], forms: [] };
        byLabel.set(key, row);
      }
      row[mention.voice]++;
      row.total++;
      if (!row.forms.includes(mention.text)) row.forms.push(mention.text);
      if (mention.voice !== 'own') {
        const voice = mention.voice;
        const speaker = row.speakers.find((s) => s.speaker === mention.speaker && s.voice === voice);
        if (speaker) speaker.count++;
        else row.speakers.push({ speaker: mention.speaker, voice, count: 1 });
      }
    }
    const ordered = [...byLabel.entries()].sort(([a], [b]) => (rankOf.get(a) ?? 0) - (rankOf.get(b) ?? 0)).map(([, row]) => row);
    for (const row of ordered) row.speakers.sort((a, b) => b.count - a.count);
    rows.push(...ordered);
  }
  return rows;
}
