// The lint rules of `check`: one table of rules (stable id, severity, description, pure check) and lintCorpus().
import { dayNumber, isIsoDate } from '../text/calendar.js';
import { lineColumn } from '../text/lines.js';
import { readingCounts } from '../extract/segments.js';
import { isLittleRead, littleReadMessage } from '../report/reading.js';
import { CONTENT_KINDS } from '../types.js';
import type { Article, ManifestEntry, Problem, Severity, SkippedReport } from '../types.js';
import { DEFAULT_NEAR_DUPLICATE_THRESHOLD, nearDuplicates } from './near-duplicate.js';
import { describeControl, findControlCharacters, findHtmlResidue, findMojibake, repairMojibake, type Hit } from './text-scanners.js';

export { findControlCharacters, findHtmlResidue, findMojibake, repairMojibake } from './text-scanners.js';

export interface LintInput {
  articles: Article[];
  skipped: SkippedReport[];
  /** null when the corpus has no manifest. */
  manifest: ManifestEntry[] | null;
  /** The manifest's path relative to the corpus directory, e.g. `manifest.json`. */
  manifestFile: string;
  /** The manifest's text, used only to give the line and column of an entry; without it those are null. */
  manifestText?: string | null;
  /** Jaccard similarity (0..1) from which two reports are near-duplicates. */
  nearDuplicateThreshold?: number;
}

export type RuleId =
  | 'no-metadata'
  | 'orphaned-manifest-entry'
  | 'missing-outlet'
  | 'missing-date'
  | 'invalid-date'
  | 'dateline-contradicts-date'
  | 'html-residue'
  | 'html-residue-set-aside'
  | 'mojibake'
  | 'control-characters'
  | 'empty-report'
  | 'binary-report'
  | 'not-utf8'
  | 'report-too-large'
  | 'unreadable-report'
  | 'near-duplicate'
  | 'little-read';

export interface RuleInfo {
  id: RuleId;
  severity: Severity;
  description: string;
}

/** A problem before the rule's id and severity are attached. */
type Finding = Omit<Problem, 'rule' | 'severity'>;

interface Rule extends RuleInfo {
  check(context: LintContext): Finding[];
}

interface LintContext {
  input: LintInput;
  /** Manifest entries by report file; empty when there is no manifest. */
  entryByFile: Map<string, ManifestEntry>;
  /** Files that get `no-metadata`, so `missing-outlet` and `missing-date` do not repeat it. */
  withoutMetadata: Set<string>;
}

function findingAt(file: string, text: string, offset: number, message: string): Finding {
  const { line, column } = lineColumn(text, offset);
  return { file, line, column, message };
}

const wholeFile = (file: string, message: string): Finding => ({ file, line: null, column: null, message });

/** One finding per line: at the line's first hit, naming up to four distinct hits on it. */
function perLine(file: string, text: string, hits: Hit[], describe: (shown: string[], more: number) => string): Finding[] {
  const byLine = new Map<number, { offset: number; shown: string[]; count: number }>();
  for (const hit of hits) {
    const { line } = lineColumn(text, hit.offset);
    const entry = byLine.get(line) ?? { offset: hit.offset, shown: [], count: 0 };
    if (!entry.shown.includes(hit.text)) {
      if (entry.shown.length < 4) entry.shown.push(hit.text);
      else entry.count++;
    }
    byLine.set(line, entry);
  }
  return [...byLine.values()].map((entry) => findingAt(file, text, entry.offset, describe(entry.shown, entry.count)));
}

const more = (count: number): string => (count > 0 ? ` and ${count} more` : '');

/** [start, end) spans of the text that the tool reads or shows as the report's own: content parts, captions, embed words. */
function readSpans(article: Article): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const part of article.parts) {
    if (part.kind === 'embed') spans.push(part.embed ? part.embed.textOffset : part.offset);
    else if (part.kind === 'caption' || CONTENT_KINDS.includes(part.kind)) spans.push(part.offset);
  }
  return spans;
}

/** Whether an offset lies in one of the spans, which are in file order and do not overlap (binary search). */
function isInside(spans: Array<[number, number]>, offset: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = spans[middle] as [number, number];
    if (offset < start) high = middle - 1;
    else if (offset >= end) low = middle + 1;
    else return true;
  }
  return false;
}

function htmlFindings(article: Article, isRead: boolean): Finding[] {
  const spans = readSpans(article);
  const hits = findHtmlResidue(article.text).filter((hit) => isInside(spans, hit.offset) === isRead);
  const where = isRead ? '' : ' (in text set aside from the report)';
  return perLine(article.file, article.text, hits, (shown, count) => `HTML left in the text${where}: ${shown.join(' ')}${more(count)}`);
}

// ---- manifest positions -------------------------------------------------------------------------------

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Offset of `"key": <value as JSON>` in the manifest text nearest to `near`, else null. */
function manifestOffset(manifestText: string, key: string, value: string, near: number): number | null {
  const pattern = new RegExp(`"${escapeRegExp(key)}"\\s*:\\s*${escapeRegExp(JSON.stringify(value))}`, 'g');
  let best: number | null = null;
  for (const match of manifestText.matchAll(pattern)) {
    if (best === null || Math.abs(match.index - near) < Math.abs(best - near)) best = match.index;
  }
  return best;
}

/** Finding in the manifest at an entry's `key` (its `file` key when `key` is `file`), or at no line without its text. */
function manifestFinding(input: LintInput, entry: ManifestEntry, key: 'file' | 'published', message: string): Finding {
  const text = input.manifestText;
  if (!text) return wholeFile(input.manifestFile, message);
  const fileAt = manifestOffset(text, 'file', entry.file, 0);
  const at = key === 'file' ? fileAt : manifestOffset(text, key, entry[key] ?? '', fileAt ?? 0);
  return at === null ? wholeFile(input.manifestFile, message) : findingAt(input.manifestFile, text, at, message);
}

// ---- the rules ----------------------------------------------------------------------------------------

/** Days between two ISO dates; infinitely many when either is not one. */
function daysApart(isoA: string, isoB: string): number {
  const a = dayNumber(isoA);
  const b = dayNumber(isoB);
  return a === null || b === null ? Infinity : Math.abs(a - b);
}

function hasNothingInferred(article: Article): boolean {
  const { outlet, published, byline } = article.meta;
  return outlet.value === null && published.value === null && byline.value === null;
}

function skippedRule(id: RuleId, reason: SkippedReport['reason'], description: string): Rule {
  return {
    id,
    severity: 'error',
    description,
    check: ({ input }) => input.skipped.filter((s) => s.reason === reason).map((s) => wholeFile(s.file, `not analysed: ${s.message}`)),
  };
}

const RULE_TABLE: readonly Rule[] = [
  {
    id: 'no-metadata',
    severity: 'error',
    description: 'A report has no manifest entry (when there is a manifest), or no metadata could be read from its text.',
    check: ({ input, withoutMetadata }) =>
      input.articles
        .filter((a) => withoutMetadata.has(a.file))
        .map((a) =>
          wholeFile(
            a.file,
            input.manifest
              ? `no entry in ${input.manifestFile} for this report`
              : 'no metadata: no manifest, and no outlet, date or byline found in the text',
          ),
        ),
  },
  {
    id: 'orphaned-manifest-entry',
    severity: 'error',
    description: 'A manifest entry names a file that is not in the corpus.',
    check: ({ input }) => {
      const present = new Set([...input.articles.map((a) => a.file), ...input.skipped.map((s) => s.file)]);
      return (input.manifest ?? [])
        .filter((entry) => !present.has(entry.file))
        .map((entry) => manifestFinding(input, entry, 'file', `entry "${entry.id}" names ${entry.file}, which is not in the corpus`));
    },
  },
  {
    id: 'missing-outlet',
    severity: 'error',
    description: 'The outlet of a report is unknown: not in the manifest, not in the text.',
    check: ({ input, withoutMetadata }) =>
      input.articles
        .filter((a) => a.meta.outlet.value === null && !withoutMetadata.has(a.file))
        .map((a) => wholeFile(a.file, 'outlet unknown: give it in the manifest')),
  },
  {
    id: 'missing-date',
    severity: 'error',
    description: 'The publication date of a report is unknown: not in the manifest, not in the text.',
    check: ({ input, entryByFile, withoutMetadata }) =>
      input.articles
        .filter((a) => a.meta.published.value === null && !withoutMetadata.has(a.file))
        .filter((a) => !entryByFile.get(a.file)?.published)
        .map((a) => wholeFile(a.file, 'publication date unknown: give it in the manifest as YYYY-MM-DD')),
  },
  {
    id: 'invalid-date',
    severity: 'error',
    description: 'A manifest `published` value is not a real calendar date written YYYY-MM-DD.',
    check: ({ input }) =>
      (input.manifest ?? [])
        .filter((entry) => entry.published !== null && !isIsoDate(entry.published))
        .map((entry) =>
          manifestFinding(input, entry, 'published', `${entry.file}: published "${entry.published ?? ''}" is not a calendar date YYYY-MM-DD`),
        ),
  },
  {
    id: 'dateline-contradicts-date',
    severity: 'error',
    description: "A report's dateline is more than one day away from the manifest's publication date.",
    check: ({ input }) =>
      input.articles.flatMap((a) => {
        const published = a.meta.published;
        const dateline = a.dateline;
        if (!dateline?.date || published.source !== 'manifest' || published.value === null) return [];
        if (daysApart(dateline.date, published.value) <= 1) return [];
        return [findingAt(a.file, a.text, dateline.offset[0], `dateline "${dateline.dateText}" (${dateline.date}) contradicts the manifest's date ${published.value}`)];
      }),
  },
  {
    id: 'html-residue',
    severity: 'error',
    description: 'HTML tags or character entities (`</a></p>&mdash;`, `<br>`, `&amp;`) in the text the tool reads.',
    check: ({ input }) => input.articles.flatMap((a) => htmlFindings(a, true)),
  },
  {
    id: 'html-residue-set-aside',
    severity: 'warning',
    description: 'HTML tags or character entities in text the loader sets aside (boilerplate, an embed\'s closing line).',
    check: ({ input }) => input.articles.flatMap((a) => htmlFindings(a, false)),
  },
  {
    id: 'mojibake',
    severity: 'error',
    description: 'UTF-8 text decoded as Windows-1252 (`â€™`, `Ã©`, `Â `), or U+FFFD replacement characters.',
    check: ({ input }) =>
      input.articles.flatMap((a) =>
        perLine(a.file, a.text, findMojibake(a.text), (shown, count) => {
          const described = shown.map((s) => {
            if (s === '\uFFFD') return 'U+FFFD (a character lost in decoding)';
            const meant = s === '\u00C2 ' ? '\u00A0' : repairMojibake(s);
            return `"${s}"${meant ? ` (meant "${meant === '\u00A0' ? 'no-break space' : meant}")` : ''}`;
          });
          return `mojibake, UTF-8 read as Windows-1252: ${described.join(', ')}${more(count)}`;
        }),
      ),
  },
  {
    id: 'control-characters',
    severity: 'error',
    description: 'Control characters (C0 but tab and line breaks, DEL, C1) or ANSI escape sequences in the text.',
    check: ({ input }) =>
      input.articles.flatMap((a) =>
        perLine(a.file, a.text, findControlCharacters(a.text), (shown, count) => `control characters: ${shown.map(describeControl).join(', ')}${more(count)}`),
      ),
  },
  skippedRule('empty-report', 'empty', 'A report file is empty or holds only white space.'),
  skippedRule('binary-report', 'binary', 'A report file is binary (holds NUL bytes).'),
  {
    id: 'not-utf8',
    severity: 'error',
    description: 'A report file is not valid UTF-8 (it is read as Windows-1252 when it can be, else not analysed).',
    check: ({ input }) => [
      ...input.articles.filter((a) => a.encoding !== undefined).map((a) => wholeFile(a.file, `not valid UTF-8: read as ${a.encoding}`)),
      ...input.skipped.filter((s) => s.reason === 'not-utf8').map((s) => wholeFile(s.file, `not analysed: ${s.message}`)),
    ],
  },
  skippedRule('report-too-large', 'too-large', 'A report file is over the size limit.'),
  skippedRule('unreadable-report', 'unreadable', 'A report file cannot be read.'),
  {
    id: 'near-duplicate',
    severity: 'error',
    description: 'Two reports share most of their body text (Jaccard similarity of 5-word shingles).',
    check: ({ input }) =>
      nearDuplicates(input.articles, input.nearDuplicateThreshold ?? DEFAULT_NEAR_DUPLICATE_THRESHOLD).map((pair) =>
        wholeFile(pair.b, `near-duplicate of ${pair.a}: ${Math.round(pair.similarity * 100)}% of their body shingles are shared`),
      ),
  },
  {
    id: 'little-read',
    severity: 'warning',
    description: 'Less than half of a report\'s words are read (title, standfirst, body, captions, embeds): the rule named set the rest aside.',
    check: ({ input }) =>
      input.articles.flatMap((a) => {
        const counts = readingCounts(a);
        return isLittleRead(counts) ? [wholeFile(a.file, littleReadMessage(a.file, counts).slice(a.file.length + 2))] : [];
      }),
  },
];

/** The rules, for documentation and `--help`: id, severity and a one-line description. */
export const RULES: readonly RuleInfo[] = RULE_TABLE.map(({ id, severity, description }) => ({ id, severity, description }));

export function lintCorpus(input: LintInput): Problem[] {
  const entryByFile = new Map((input.manifest ?? []).map((entry) => [entry.file, entry]));
  const withoutMetadata = new Set(
    input.articles
      .filter((a) => (input.manifest ? !entryByFile.has(a.file) : hasNothingInferred(a)))
      .map((a) => a.file),
  );
  const context: LintContext = { input, entryByFile, withoutMetadata };
  const problems = RULE_TABLE.flatMap((rule) =>
    rule.check(context).map((finding): Problem => ({ rule: rule.id, severity: rule.severity, ...finding })),
  );
  return problems.sort(compareProblems);
}

/** By file, line, column (a whole-file problem, null, first), rule. */
export function compareProblems(x: Problem, y: Problem): number {
  return (
    compareText(x.file, y.file) ||
    (x.line ?? 0) - (y.line ?? 0) ||
    (x.column ?? 0) - (y.column ?? 0) ||
    compareText(x.rule, y.rule) ||
    compareText(x.message, y.message)
  );
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
