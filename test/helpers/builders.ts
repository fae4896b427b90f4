// Small builders for test data: an Article from a few labelled paragraphs, with offsets that point into its text.
import type { Article, Embed, Gazetteer, Metadata, Part, PartKind } from '../../src/types.js';

export interface ParagraphSpec {
  kind?: PartKind;
  text: string;
  /** For kind `embed`: the post's author and handle (the embed text is the whole paragraph). */
  author?: string;
  handle?: string | null;
}

export interface ArticleSpec {
  id?: string;
  file?: string;
  outlet?: string | null;
  published?: string | null;
  title?: string | null;
  /** Paragraphs in order, separated by a blank line; a string is a body paragraph. */
  paragraphs?: Array<string | ParagraphSpec>;
}

export function makeArticle(spec: ArticleSpec = {}): Article {
  const id = spec.id ?? 'test-report';
  const paragraphs = (spec.paragraphs ?? []).map((p) => (typeof p === 'string' ? { text: p } : p));
  const blocks: ParagraphSpec[] = spec.title ? [{ kind: 'title', text: spec.title }, ...paragraphs] : paragraphs;
  const parts: Part[] = [];
  let text = '';
  blocks.forEach((block, index) => {
    if (index > 0) text += '\n\n';
    const start = text.length;
    text += block.text;
    const kind = block.kind ?? 'body';
    const part: Part = { kind, rule: 'test', text: block.text, offset: [start, text.length], line: index * 2 + 1 };
    if (kind === 'embed') {
      const embed: Embed = {
        text: block.text,
        textOffset: [start, text.length],
        author: block.author ?? 'Someone',
        handle: block.handle ?? null,
        date: null,
      };
      part.embed = embed;
    }
    parts.push(part);
  });
  const published = spec.published === undefined ? '2016-12-15' : spec.published;
  const outlet = spec.outlet === undefined ? 'Test Wire' : spec.outlet;
  const meta: Metadata = {
    outlet: { value: outlet, source: outlet === null ? null : 'manifest' },
    published: { value: published, source: published === null ? null : 'manifest' },
    byline: { value: null, source: null },
    url: { value: null, source: null },
    notes: null,
  };
  return { id, file: spec.file ?? `${id}.txt`, text, meta, dateline: null, title: spec.title ?? null, parts };
}

export function makeGazetteer(overrides: Partial<Gazetteer> = {}): Gazetteer {
  return { actors: [], places: [], roles: [], ...overrides };
}
