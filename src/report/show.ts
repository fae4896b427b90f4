// The `show ID` report: one report cleaned, its parts labelled, and what was set aside listed by kind.
import type { Article, Field, Part, PartKind } from '../types.js';
import type { DocumentLine, Report, Tone } from './view.js';

const SET_ASIDE: PartKind[] = ['caption', 'embed', 'credits', 'boilerplate', 'duplicate'];

/** A mark on a span of the text (an extraction), for `show` to point at. */
export interface Mark {
  offset: [number, number];
  kind: string;
  label: string;
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

export function buildShowReport(article: Article, marks: Mark[] = []): Report {
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
  };
}

/** Where a metadata value came from: ` [manifest]`, ` [text, line 3]`, or nothing when unknown. */
function provenance(field: Field<string>): string {
  if (!field.source) return '';
  return field.source === 'text' && field.line ? ` [text, line ${field.line}]` : ` [${field.source}]`;
}

const TONES: Partial<Record<PartKind, Tone>> = { title: 'strong', heading: 'strong', standfirst: 'strong', dateline: 'dim' };

function partLine(part: Part, marks: Mark[], withRule: boolean): DocumentLine {
  const inside = marks.filter((m) => m.offset[0] >= part.offset[0] && m.offset[1] <= part.offset[1]).sort((a, b) => b.offset[0] - a.offset[0]);
  let text = part.embed ? `${part.embed.text}  — ${part.embed.author}${part.embed.handle ? ` (@${part.embed.handle})` : ''}${part.embed.date ? `, ${part.embed.date}` : ''}` : part.text;
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
