// A Markdown note → a Draft: marked's lexer reads the blocks (headings, paragraphs, lists, block quotes, tables) and
// the inline marks, so emphasis, link targets, reference definitions and escapes are undone as Markdown defines
// them rather than by patterns. Headings and list items become lines of their own. Pure.
import { Lexer, type Token, type Tokens } from 'marked';
import { isoDateOf, tidyBlock, type Draft, type Source } from './draft.js';

/** Front-matter keys read for metadata (YAML-style `key: value` lines between `---` fences), by field. */
const FRONT_MATTER: Record<'title' | 'outlet' | 'published' | 'byline' | 'url', readonly string[]> = {
  title: ['title', 'headline'],
  outlet: ['outlet', 'site', 'site_name', 'source', 'publisher'],
  published: ['published', 'date', 'date_publish', 'datepublished'],
  byline: ['byline', 'author', 'authors'],
  url: ['url', 'link', 'canonical'],
};

export function readMarkdown(text: string, source: Source): Draft {
  const { fields, body } = frontMatter(text.replace(/^\uFEFF/, ''));
  const blocks: string[] = [];
  let title = fields.get('title') ?? null;
  for (const token of Lexer.lex(body)) {
    if (title === null && blocks.length === 0 && token.type === 'heading') {
      title = tidyBlock(inline((token as Tokens.Heading).tokens));
      continue;
    }
    blocks.push(...blockLines(token));
  }
  const pick = (field: keyof typeof FRONT_MATTER): string | null => FRONT_MATTER[field].map((key) => fields.get(key)).find((v) => v !== undefined) ?? null;
  return {
    source,
    title,
    outlet: pick('outlet'),
    published: isoDateOf(pick('published')),
    byline: pick('byline'),
    url: pick('url'),
    standfirst: null,
    blocks: blocks.filter((b) => b !== ''),
    original: null,
  };
}

/** The lines one block token gives: a paragraph or heading one, a list one per item, a table one per row. */
function blockLines(token: Token): string[] {
  switch (token.type) {
    case 'heading':
    case 'paragraph':
      return [tidyBlock(inline((token as Tokens.Paragraph).tokens))];
    case 'text':
      return [tidyBlock('tokens' in token && token.tokens ? inline(token.tokens) : decodeEntities(token.text))];
    case 'list':
      return (token as Tokens.List).items.flatMap((item) => item.tokens.flatMap(blockLines));
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.flatMap(blockLines);
    case 'code':
      return [(token as Tokens.Code).text];
    case 'table': {
      const table = token as Tokens.Table;
      return [table.header, ...table.rows].map((row) => tidyBlock(row.map((cell) => inline(cell.tokens)).join(' ')));
    }
    case 'html':
      return [tidyBlock(decodeEntities((token as Tokens.HTML).text.replace(/<[^>]*>/g, ' ')))];
    default:
      return []; // space, hr, def (a link reference definition): no words of the report
  }
}

/** The words of inline tokens: emphasis and link marks dropped, link text kept, images and raw tags left out. */
function inline(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((token) => {
      switch (token.type) {
        case 'br':
          return '\n';
        case 'image':
        case 'html':
          return '';
        case 'codespan':
        case 'escape':
          return token.text;
        case 'text':
          return 'tokens' in token && token.tokens ? inline(token.tokens) : decodeEntities(token.text).replace(/\n/g, ' ');
        default:
          return 'tokens' in token && token.tokens ? inline(token.tokens) : decodeEntities('text' in token ? String(token.text) : '');
      }
    })
    .join('');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', copy: '©' };

/** Character references left in Markdown text (`&amp;`, `&#8217;`): Markdown keeps them for HTML to decode. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Splits `---` front matter (simple `key: value` lines; quotes around a value removed) from the body. */
function frontMatter(text: string): { fields: Map<string, string>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  const fields = new Map<string, string>();
  if (!match) return { fields, body: text };
  for (const line of match[1]!.split(/\r?\n/)) {
    const pair = /^([\w-]+)\s*:\s*(.+)$/.exec(line);
    if (!pair) continue;
    const value = pair[2]!.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
    if (value !== '') fields.set(pair[1]!.toLowerCase(), value);
  }
  return { fields, body: text.slice(match[0].length) };
}
