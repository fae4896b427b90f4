// The `show ID` report: one report cleaned, its parts labelled, and what was set aside listed by kind.
import type { ArticleFindings } from '../extract/index.js';
import type { Article, Field, Part, PartKind } from '../types.js';
import type { DocumentLine, MarkKind, PagePart, Report, ShowPage, Tone } from './view.js';

const SET_ASIDE: PartKind[] = ['caption', 'embed', 'credits', 'boilerplate', 'duplicate'];

/** A mark on a span of the text (an extraction), for `show` to point at. */
export interface Mark {
  offset: [number, number];
  kind: MarkKind;
  label: string;
}

/** The marks of the table and JSON (figures and dates); the page marks every kind. */
const RECORD_MARKS: ReadonlySet<MarkKind> = new Set(['figure', 'date']);

/** Mark kinds in the order they nest on the page, outermost first, with what each means. */
const MARK_KINDS: Array<{ kind: MarkKind; label: string }> = [
  { kind: 'quote', label: 'quotation' },
  { kind: 'actor', label: 'actor' },
  { kind: 'place', label: 'place' },
  { kind: 'figure', label: 'figure' },
  { kind: 'date', label: 'date' },
];

/** Every extraction of a report as a mark: figures, dates (resolved ones), actors, places and quotations. */
export function showMarks(findings: Pick<ArticleFindings, 'figures' | 'dates' | 'actors' | 'places' | 'quotes'>): Mark[] {
  return [
    ...findings.figures.map((f): Mark => ({ offset: f.offset, kind: 'figure', label: `${f.measure}${f.attribution ? ` · ${f.attribution}` : ''}` })),
    ...findings.dates.flatMap((d): Mark[] => (d.date ? [{ offset: d.offset, kind: 'date', label: d.date }] : [])),
    ...findings.actors.map((a): Mark => ({ offset: a.offset, kind: 'actor', label: `${a.name} (${a.type})` })),
    ...findings.places.map((p): Mark => ({ offset: p.offset, kind: 'place', label: `${p.name} (${p.type})` })),
    ...findings.quotes.map((q): Mark => ({ offset: q.offset, kind: 'quote', label: `quotation, ${q.speaker ?? 'speaker not given'}` })),
  ];
}

/** Marks are nested into the text of the table, so overlapping ones keep the first (figures before dates). */
function dropOverlaps(marks: readonly Mark[]): Mark[] {
  const kept: Mark[] = [];
  for (const mark of marks) {
    if (!kept.some((k) => mark.offset[0] < k.offset[1] && k.offset[0] < mark.offset[1])) kept.push(mark);
  }
  return kept;
}

export interface ShowRecord {
  id: string;
  file: string;
  outlet: string | null;
  published: string | null;
  byline: string | null;
  title: string | null;
  dateline: string | null;
  parts: Array<Omit<Part, 'embed'> & { embed: Part['embed'] | null }>;
  marks: Mark[];
}

/** `show`: the record and the document carry figures and dates (non-overlapping); the page carries every mark given. */
export function buildShowReport(article: Article, allMarks: readonly Mark[] = []): Report {
  const marks = dropOverlaps(allMarks.filter((m) => RECORD_MARKS.has(m.kind)));
  const record: ShowRecord = {
    id: article.id,
    file: article.file,
    outlet: article.meta.outlet.value,
    published: article.meta.published.value,
    byline: article.meta.byline.value,
    title: article.title,
    dateline: article.dateline?.text ?? null,
    parts: article.parts.map((p) => ({ ...p, embed: p.embed ?? null })),
    marks,
  };
  const meta = article.meta;
  const header: DocumentLine[] = [
    { label: 'file', text: article.file },
    { label: 'outlet', text: `${meta.outlet.value ?? '(unknown)'}${provenance(meta.outlet)}` },
    { label: 'published', text: `${meta.published.value ?? '(unknown)'}${provenance(meta.published)}` },
    { label: 'byline', text: `${meta.byline.value ?? '(none)'}${provenance(meta.byline)}` },
  ];
  const cleaned = article.parts.filter((p) => !SET_ASIDE.includes(p.kind)).map((p) => partLine(p, marks, false));
  const aside = SET_ASIDE.map((kind) => ({
    heading: `set aside: ${kind} (${article.parts.filter((p) => p.kind === kind).length})`,
    lines: article.parts.filter((p) => p.kind === kind).map((p) => partLine(p, [], true)),
  })).filter((s) => s.lines.length > 0);
  return {
    command: 'show',
    key: 'reports',
    records: [record],
    views: [{ kind: 'document', title: article.title ?? article.id, sections: [{ heading: 'metadata', lines: header }, { heading: 'report', lines: cleaned }, ...aside] }],
    page: () => showPage(article, header, allMarks),
  };
}

/** The page: the metadata, the cleaned report with every mark, then what was set aside by kind (unmarked, with its rule). */
function showPage(article: Article, header: readonly DocumentLine[], marks: readonly Mark[]): ShowPage {
  const dateline: DocumentLine[] = article.dateline ? [{ label: 'dateline', text: article.dateline.text }] : [];
  return {
    kind: 'show',
    title: article.title ?? article.id,
    meta: [...header, ...dateline].map((line) => ({ label: line.label, value: line.text })),
    markKinds: MARK_KINDS,
    sections: [
      { heading: 'The report, cleaned', isSetAside: false, parts: article.parts.filter((p) => !SET_ASIDE.includes(p.kind)).map((p) => pagePart(p, marks, false)) },
      ...SET_ASIDE.map((kind) => ({
        heading: `Set aside: ${kind}`,
        isSetAside: true,
        parts: article.parts.filter((p) => p.kind === kind).map((p) => pagePart(p, [], true)),
      })).filter((s) => s.parts.length > 0),
    ],
  };
}

const NESTING = new Map(MARK_KINDS.map(({ kind }, i) => [kind, i]));

/**
 * A part's text cut at every mark's start and end, each piece with the marks that cover it (outermost first): marks
 * may overlap or nest. Only marks wholly inside the part count; an embed's text is its own and is not marked.
 */
export function pagePart(part: Part, marks: readonly Mark[], isSetAside: boolean): PagePart {
  const text = partText(part);
  const [start, end] = part.offset;
  const inside = part.embed ? [] : marks.filter((m) => m.offset[0] >= start && m.offset[1] <= end && m.offset[1] > m.offset[0]);
  const cuts = [...new Set([0, text.length, ...inside.flatMap((m) => [m.offset[0] - start, m.offset[1] - start])])].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const segments: PagePart['segments'] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    const covering = inside
      .filter((m) => m.offset[0] - start <= a && m.offset[1] - start >= b)
      .sort((x, y) => NESTING.get(x.kind)! - NESTING.get(y.kind)! || x.offset[0] - y.offset[0] || y.offset[1] - x.offset[1]);
    const seen = new Set<string>();
    const unique = covering.filter((m) => !seen.has(`${m.kind} ${m.label}`) && seen.add(`${m.kind} ${m.label}`));
    segments.push({ text: text.slice(a, b), marks: unique.map(({ kind, label }) => ({ kind, label })) });
  }
  return { kind: part.kind, line: part.line, rule: isSetAside ? part.rule : null, segments };
}

/** The text shown for a part: its own, or an embedded post's words, author, handle and date. */
function partText(part: Part): string {
  if (!part.embed) return part.text;
  const { text, author, handle, date } = part.embed;
  return `${text}  — ${author}${handle ? ` (@${handle})` : ''}${date ? `, ${date}` : ''}`;
}

/** Where a metadata value came from: ` [manifest]`, ` [text, line 3]`, or nothing when unknown. */
function provenance(field: Field<string>): string {
  if (!field.source) return '';
  return field.source === 'text' && field.line ? ` [text, line ${field.line}]` : ` [${field.source}]`;
}

const TONES: Partial<Record<PartKind, Tone>> = { title: 'strong', heading: 'strong', standfirst: 'strong', dateline: 'dim' };

function partLine(part: Part, marks: Mark[], withRule: boolean): DocumentLine {
  const inside = marks.filter((m) => m.offset[0] >= part.offset[0] && m.offset[1] <= part.offset[1]).sort((a, b) => b.offset[0] - a.offset[0]);
  let text = partText(part);
  if (!part.embed) {
    for (const mark of inside) {
      const a = mark.offset[0] - part.offset[0];
      const b = mark.offset[1] - part.offset[0];
      text = `${text.slice(0, a)}[${text.slice(a, b)}]{${mark.label}}${text.slice(b)}`;
    }
  }
  const tone = TONES[part.kind];
  return { label: `${part.line} ${part.kind}`, text: withRule ? `${text}  (rule: ${part.rule})` : text, ...(tone ? { tone } : {}) };
}
