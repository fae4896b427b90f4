// The reports of `words`, `keyness`, `naming` and `kwic`: the language of the coverage as records and tables.
import type { KeynessResult, KeywordScore } from '../language/keyness.js';
import type { KwicLine } from '../language/kwic.js';
import type { LabelSet } from '../language/labels.js';
import type { NamingCount, SpeakerCount } from '../language/naming.js';
import type { WordStats } from '../language/word-stats.js';
import type { Article } from '../types.js';
import { reportLabels } from './labels.js';
import type { Cell, Column, DocumentView, Report, TableView } from './view.js';
import { formatNumber } from '../text/format.js';

// ---- words -------------------------------------------------------------------------------------------------

/** One report's word statistics (body text), with the fields that lead back to the report. */
export interface WordsRecord extends WordStats {
  id: string;
  file: string;
  outlet: string | null;
}

/** How many content words the table lists per report; JSON carries all of them. */
export const TABLE_TOP_WORDS = 8;

export function wordsRecord(article: Article, stats: WordStats): WordsRecord {
  return { id: article.id, file: article.file, outlet: article.meta.outlet.value, ...stats };
}

/** A table cell with a fixed number of decimals; null stays null. JSON keeps the full value. */
function fixed(value: number | null, digits: number): string | null {
  return value === null ? null : value.toFixed(digits);
}

function topWordsText(stats: WordStats): string | null {
  const words = stats.topContentWords.slice(0, TABLE_TOP_WORDS).map((w) => `${w.word} ${w.count}`);
  return words.length > 0 ? words.join(', ') : null;
}

/** `words`: per report and for the corpus taken together (not an average of the reports). */
export function buildWordsReport(records: WordsRecord[], corpus: WordStats): Report {
  const num = (header: string, get: (r: WordStats) => Cell) => ({ header, get, align: 'right' as const, isNarrow: true });
  const statColumns: Array<Column<WordStats>> = [
    num('tokens', (r) => r.tokens),
    num('types', (r) => r.types),
    { ...num('density', (r) => fixed(r.vocabularyDensity, 3)), dropRank: 1 },
    { ...num('sent', (r) => r.sentences), dropRank: 2 },
    num('words/sent', (r) => fixed(r.meanSentenceLength, 1)),
    num('Flesch RE', (r) => fixed(r.fleschReadingEase, 1)),
    { header: `top content words (first ${TABLE_TOP_WORDS})`, get: topWordsText, canStack: true },
  ];
  const table: TableView<WordsRecord> = {
    kind: 'table',
    columns: [{ header: 'report', get: (r) => r.id, isNarrow: true }, ...(statColumns as Array<Column<WordsRecord>>)],
    rows: records,
    footer: [`corpus (${records.length})`, ...statColumns.map((c) => c.get(corpus))],
    notes: [
      'Body text only. density: types / tokens. words/sent: mean sentence length in words.',
      'Flesch RE: Flesch reading ease, 206.835 - 1.015 x words/sentence - 84.6 x syllables/word; higher is easier.',
      'Top content words are lemmas, stop words out; --json lists more, with syllables.',
    ],
  };
  const primary: TableView<WordsRecord> = {
    kind: 'table',
    columns: [
      { header: 'id', get: (r) => r.id },
      { header: 'file', get: (r) => r.file },
      { header: 'outlet', get: (r) => r.outlet },
      { header: 'tokens', get: (r) => r.tokens },
      { header: 'types', get: (r) => r.types },
      { header: 'vocabularyDensity', get: (r) => r.vocabularyDensity },
      { header: 'sentences', get: (r) => r.sentences },
      { header: 'meanSentenceLength', get: (r) => r.meanSentenceLength },
      { header: 'syllables', get: (r) => r.syllables },
      { header: 'fleschReadingEase', get: (r) => r.fleschReadingEase },
      { header: 'topContentWords', get: (r) => r.topContentWords.map((w) => `${w.word} ${w.count}`).join('; ') },
    ],
    rows: records,
  };
  return { command: 'words', key: 'reports', records, extra: { corpus }, views: [table], primary };
}

// ---- keyness -----------------------------------------------------------------------------------------------

/** One distinctive word of one target. */
export interface KeywordRecord extends KeywordScore {
  /** The target's report ids (one id unless --target was repeated). */
  target: string[];
  /** `overused`: more frequent in the target than in the rest; `underused`: less. */
  use: 'overused' | 'underused';
  /** 1-based rank within its list (strongest first). */
  rank: number;
}

/** A target and what it was compared against. */
export interface KeynessTarget {
  target: string[];
  reference: string[];
  /** Content words counted in the target and in the reference. */
  targetTokens: number;
  referenceTokens: number;
}

export function keywordRecords(result: KeynessResult): KeywordRecord[] {
  const records = (scores: KeywordScore[], use: KeywordRecord['use']): KeywordRecord[] =>
    scores.map((score, i) => ({ target: [...result.target], use, rank: i + 1, ...score }));
  return [...records(result.overused, 'overused'), ...records(result.underused, 'underused')];
}

/** The target's ids, or how many reports it holds when more than two (the ids are in --json). */
function targetName(target: string[]): string {
  return target.length <= 2 ? target.join(' + ') : `${target.length} target reports`;
}

function pText(p: number): string {
  return p < 0.001 ? '<0.001' : p.toFixed(3);
}

function keywordColumns(): Array<Column<KeywordRecord>> {
  const num = (header: string, get: (r: KeywordRecord) => Cell) => ({ header, get, align: 'right' as const, isNarrow: true });
  return [
    { header: 'use', get: (r) => (r.use === 'overused' ? 'more' : 'less'), tone: (r) => (r.use === 'overused' ? 'strong' : 'dim'), isNarrow: true },
    { header: 'word', get: (r) => r.word },
    num('target', (r) => r.targetCount),
    num('rest', (r) => r.referenceCount),
    num('G²', (r) => fixed(r.g2, 2)),
    num('p', (r) => pText(r.p)),
    num('log ratio', (r) => fixed(r.logRatio, 2)),
  ];
}

/** `keyness`: for each target, the words it uses significantly more and less than every other report. */
export function buildKeynessReport(results: KeynessResult[], options: { minFrequency: number; maxP: number; limit: number }): Report {
  const records = results.flatMap(keywordRecords);
  const targets: KeynessTarget[] = results.map((r) => ({
    target: [...r.target],
    reference: [...r.reference],
    targetTokens: r.targetTokens,
    referenceTokens: r.referenceTokens,
  }));
  const n = formatNumber;
  const views: TableView<KeywordRecord>[] = results.map((result) => {
    const rows = keywordRecords(result);
    const others = result.reference.length;
    return {
      kind: 'table',
      title: `${targetName(result.target)} against the ${others} other report${others === 1 ? '' : 's'} (${n(result.targetTokens)} content words against ${n(result.referenceTokens)})`,
      columns: keywordColumns(),
      rows,
      notes: rows.length === 0 ? [`No word reaches p <= ${options.maxP} with a combined count of ${options.minFrequency} or more.`] : [],
    };
  });
  const last = views[views.length - 1];
  if (last) {
    (last.notes ??= []).push(
      `Content words, case folded; a word is scored when target + rest reach ${options.minFrequency} (--min-frequency).`,
      `G²: log-likelihood, negative when rarer in the target; p: chi-squared, 1 df, listed when <= ${options.maxP}.`,
      `log ratio: log2 of the ratio of relative frequencies (+0.5 to each count); at most ${options.limit} per list (--limit).`,
    );
  }
  const primary: TableView<KeywordRecord> = {
    kind: 'table',
    columns: [
      { header: 'target', get: (r) => r.target.join('+') },
      { header: 'use', get: (r) => r.use },
      { header: 'rank', get: (r) => r.rank },
      { header: 'word', get: (r) => r.word },
      { header: 'targetCount', get: (r) => r.targetCount },
      { header: 'referenceCount', get: (r) => r.referenceCount },
      { header: 'g2', get: (r) => r.g2 },
      { header: 'p', get: (r) => r.p },
      { header: 'logRatio', get: (r) => r.logRatio },
    ],
    rows: records,
  };
  return {
    command: 'keyness',
    key: 'words',
    records,
    extra: { targets, minFrequency: options.minFrequency, maxP: options.maxP, limit: options.limit },
    views,
    primary,
  };
}

// ---- naming ------------------------------------------------------------------------------------------------

/** Characters of the longest bar in a naming table. */
export const BAR_WIDTH = 12;
/** Bar characters by voice. */
export const BAR_MARKS = { own: '█', quoted: '▒', scare: '░' } as const;

/**
 * A compact bar of one count split by voice: own, then quoted, then scare, each `count × width / max` characters
 * rounded, at least one for a count above zero.
 */
export function namingBar(count: Pick<NamingCount, 'own' | 'quoted' | 'scare'>, max: number, width = BAR_WIDTH): string {
  if (max <= 0) return '';
  const length = (value: number): number => (value > 0 ? Math.max(1, Math.round((value * width) / max)) : 0);
  return BAR_MARKS.own.repeat(length(count.own)) + BAR_MARKS.quoted.repeat(length(count.quoted)) + BAR_MARKS.scare.repeat(length(count.scare));
}

function speakerText(speakers: SpeakerCount[]): string | null {
  if (speakers.length === 0) return null;
  return speakers.map((s) => `${s.speaker ?? 'unattributed'}${s.voice === 'scare' ? ' (scare)' : ''} ${s.count}`).join('; ');
}

interface NamingRow {
  count: NamingCount;
  /** True for the first row of a label, which shows the label. */
  isFirst: boolean;
  bar: string;
}

/** `naming`: per label set a table of label × report counts, own voice, quoted and scare apart, with a bar. */
export function buildNamingReport(counts: NamingCount[], sets: LabelSet[], reportIds: string[]): Report {
  const labels = reportLabels(reportIds);
  const order = new Map(reportIds.map((id, i) => [id, i]));
  const views: TableView<NamingRow>[] = sets.map((set) => {
    const rows = counts.filter((c) => c.set === set.name);
    const max = Math.max(0, ...rows.map((c) => c.total));
    const labelOrder = set.labels.map((l) => l.label);
    const sorted = [...rows].sort(
      (a, b) => labelOrder.indexOf(a.label) - labelOrder.indexOf(b.label) || (order.get(a.report) ?? 0) - (order.get(b.report) ?? 0),
    );
    const num = (header: string, get: (r: NamingRow) => number) => ({ header, get, align: 'right' as const, isNarrow: true });
    return {
      kind: 'table',
      title: set.name,
      columns: [
        { header: 'label', get: (r) => (r.isFirst ? r.count.label : ''), tone: () => 'strong' },
        { header: 'report', get: (r) => labels.get(r.count.report) ?? r.count.report, isNarrow: true },
        num('own', (r) => r.count.own),
        num('quoted', (r) => r.count.quoted),
        num('scare', (r) => r.count.scare),
        { header: 'bar', get: (r) => r.bar, isNarrow: true },
        { header: 'quoted and scare-quoted from', get: (r) => speakerText(r.count.speakers), canStack: true },
      ],
      rows: sorted.map((count, i) => ({ count, isFirst: i === 0 || sorted[i - 1]?.label !== count.label, bar: namingBar(count, max) })),
      notes: rows.length === 0 ? [`No label of the set "${set.name}" is used in these reports.`] : [],
    };
  });
  const last = views[views.length - 1];
  if (last) {
    (last.notes ??= []).push(
      "own: the outlet's words; quoted: inside a quotation or an embedded post; scare: a word set alone in quote marks.",
      `bar: ${BAR_MARKS.own} own ${BAR_MARKS.quoted} quoted ${BAR_MARKS.scare} scare, one scale per table; reports with no use of a label are not listed.`,
    );
  }
  const primary: TableView<NamingCount> = {
    kind: 'table',
    columns: [
      { header: 'report', get: (c) => c.report },
      { header: 'set', get: (c) => c.set },
      { header: 'label', get: (c) => c.label },
      { header: 'own', get: (c) => c.own },
      { header: 'quoted', get: (c) => c.quoted },
      { header: 'scare', get: (c) => c.scare },
      { header: 'total', get: (c) => c.total },
      { header: 'speakers', get: (c) => speakerText(c.speakers) },
      { header: 'forms', get: (c) => c.forms.join('; ') },
    ],
    rows: counts,
  };
  return { command: 'naming', key: 'counts', records: counts, extra: { sets }, views, primary };
}

// ---- kwic --------------------------------------------------------------------------------------------------

/** The longest term a table note repeats, in characters. */
const NOTE_TERM_LENGTH = 40;

function voiceText(line: KwicLine): string {
  if (line.voice === 'own') return 'own';
  return `${line.voice === 'scare' ? 'scare quotes' : 'quoted'}: ${line.speaker ?? 'unattributed'}`;
}

/** `kwic`: the concordance lines aligned on the keyword, one table per report in corpus order. */
export function buildKwicReport(lines: KwicLine[], articles: Article[], options: { term: string; regex: boolean; window: number }): Report {
  const columns: Array<Column<KwicLine>> = [
    { header: 'before', get: (l) => l.left, align: 'right', trim: 'start' },
    { header: 'keyword', get: (l) => l.keyword, tone: () => 'strong', isNarrow: true },
    { header: 'after', get: (l) => l.right, trim: 'end' },
    { header: 'voice', get: voiceText, tone: (l) => (l.voice === 'own' ? 'dim' : 'warn'), dropRank: 1 },
  ];
  const views: TableView<KwicLine>[] = [];
  for (const article of articles) {
    const rows = lines.filter((l) => l.report === article.id);
    if (rows.length === 0) continue;
    const outlet = article.meta.outlet.value;
    views.push({ kind: 'table', title: `${article.id}${outlet ? ` (${outlet})` : ''}: ${rows.length} line${rows.length === 1 ? '' : 's'}`, columns, rows });
  }
  const shown = options.term.length > NOTE_TERM_LENGTH ? `${options.term.slice(0, NOTE_TERM_LENGTH)}…` : options.term;
  const reports = new Set(lines.map((l) => l.report)).size;
  const quoted = lines.filter((l) => l.voice !== 'own').length;
  const summary =
    lines.length === 0
      ? `No occurrence of ${options.regex ? 'the pattern ' : ''}"${shown}" in the body text.`
      : `${lines.length} occurrence${lines.length === 1 ? '' : 's'} of "${shown}" in ${reports} report${reports === 1 ? '' : 's'}, ${quoted} inside quotations; ${options.window} words each side.`;
  const last = views[views.length - 1];
  if (last) (last.notes ??= []).push(summary);
  const primary: TableView<KwicLine> = {
    kind: 'table',
    columns: [
      { header: 'report', get: (l) => l.report },
      { header: 'start', get: (l) => l.offset[0] },
      { header: 'end', get: (l) => l.offset[1] },
      { header: 'left', get: (l) => l.left },
      { header: 'keyword', get: (l) => l.keyword },
      { header: 'right', get: (l) => l.right },
      { header: 'voice', get: (l) => l.voice },
      { header: 'speaker', get: (l) => l.speaker },
    ],
    rows: lines,
  };
  const empty: DocumentView = { kind: 'document', sections: [{ heading: summary, lines: [] }] };
  return {
    command: 'kwic',
    key: 'lines',
    records: lines,
    extra: { term: options.term, regex: options.regex, window: options.window },
    views: views.length > 0 ? views : [empty],
    primary,
  };
}
