// A saved web page → a Draft: the bytes decoded by the page's declared charset, the metadata from its head, the
// readable text chosen by @mozilla/readability on a linkedom document. Pure: the caller reads the file.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isoDateOf, joinNames, tidyBlock, type Draft, type Source } from './draft.js';
import { decodeWindows1252 } from '../text/encoding.js';

/** The few DOM members used here (the project compiles without the DOM library). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
}
interface DomDocument {
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DecodedPage {
  html: string;
  /** The encoding the bytes were read in (TextDecoder's name for it). */
  encoding: string;
  /** Set when the page declares no charset and is not UTF-8: it was read as windows-1252, as browsers do. */
  warning: string | null;
}

/**
 * Decodes a saved page: a byte-order mark first, else a `<meta charset>` or `http-equiv` Content-Type in the first
 * 4 KB, else UTF-8 when the bytes are valid UTF-8, else windows-1252 (the web's default for undeclared pages).
 */
export function decodePage(bytes: Uint8Array): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { html: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', warning: null };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { html: new TextDecoder(label).decode(bytes), encoding: label, warning: null };
  }
  const declared = declaredCharset(bytes);
  if (declared) {
    const decoder = new TextDecoder(declared);
    return { html: decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes), encoding: decoder.encoding, warning: null };
  }
  try {
    return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warning: null };
  } catch {
    return { html: decodeWindows1252(bytes), encoding: 'windows-1252', warning: 'declares no charset and is not UTF-8: read as windows-1252' };
  }
}

/** The charset a page declares in its first 4 KB, if TextDecoder knows it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const label = /\bcharset\s*=\s*["']?\s*([\w:.-]+)/i.exec(meta)?.[1];
    if (!label) continue;
    try {
      // a page saved as UTF-16 but declaring it in ASCII cannot be: the declaration is read as UTF-8, as browsers do
      const encoding = new TextDecoder(label).encoding;
      return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
    } catch {
      // an unknown label: go on looking
    }
  }
  return null;
}

/** Page tags whose text is never read. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'CANVAS']);
/** Tags that end one text block and start another. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);

/** Reads a decoded page into a Draft (no id yet). `source` names the input; `bytes` are kept as the original. */
export function readPage(html: string, source: Source, bytes: Uint8Array): Draft {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const meta = pageMetadata(document);
  // Readability changes the document it reads: the metadata above is read first
  const article = new Readability(document as never, { serializer: (node: unknown) => node as DomNode }).parse();
  const blocks = article?.content ? blocksOf(article.content) : [];
  return {
    source,
    title: meta.title ?? clean(article?.title),
    outlet: meta.outlet ?? clean(article?.siteName),
    published: meta.published ?? isoDateOf(article?.publishedTime),
    byline: meta.byline ?? clean(article?.byline),
    url: meta.url,
    standfirst: meta.description,
    blocks,
    original: { extension: 'html', bytes },
  };
}

/** The text blocks of an element, in document order: one per block element, line breaks kept. */
function blocksOf(root: DomNode): string[] {
  const blocks: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const block = tidyBlock(buffer);
    if (block !== '') blocks.push(block);
    buffer = '';
  };
  const walk = (node: DomNode, isPre: boolean): void => {
    if (node.nodeType === 3) {
      buffer += isPre ? (node.textContent ?? '') : (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') {
      buffer += '\n';
      return;
    }
    const isBlock = BLOCKS.has(tag);
    if (isBlock) flush();
    for (const child of Array.from(node.childNodes)) walk(child, isPre || tag === 'PRE');
    if (tag === 'TD' || tag === 'TH') buffer += ' ';
    if (isBlock) flush();
  };
  walk(root, false);
  flush();
  return blocks;
}

interface PageMetadata {
  title: string | null;
  outlet: string | null;
  published: string | null;
  byline: string | null;
  url: string | null;
  description: string | null;
}

/**
 * What the page says of itself, first found first: JSON-LD NewsArticle (headline, datePublished, author,
 * publisher, description), Open Graph and article meta tags, `<time datetime>`, `<link rel=canonical>`.
 */
function pageMetadata(document: DomDocument): PageMetadata {
  const ld = jsonLdArticle(document);
  const metaContent = (...selectors: string[]): string | null => {
    for (const selector of selectors) {
      const value = clean(document.querySelector(selector)?.getAttribute('content'));
      if (value) return value;
    }
    return null;
  };
  const time = Array.from(document.querySelectorAll('time[datetime]'))
    .map((t) => isoDateOf(t.getAttribute('datetime')))
    .find((d) => d !== null);
  return {
    title: clean(ld?.headline) ?? metaContent('meta[property="og:title"]', 'meta[name="twitter:title"]'),
    outlet: nameOf(ld?.publisher) ?? metaContent('meta[property="og:site_name"]', 'meta[name="application-name"]'),
    published:
      isoDateOf(ld?.datePublished) ??
      isoDateOf(metaContent('meta[property="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]')) ??
      time ??
      null,
    byline: namesOf(ld?.author) ?? metaContent('meta[name="author"]', 'meta[property="article:author"]'),
    url: clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? metaContent('meta[property="og:url"]'),
    description: clean(ld?.description) ?? metaContent('meta[name="description"]', 'meta[property="og:description"]'),
  };
}

const ARTICLE_TYPE = /(?:^|:)(?:\w*Article|BlogPosting|Report)$/;

/** The first JSON-LD object typed as an article (NewsArticle, ReportageNewsArticle, BlogPosting...), in arrays and @graph. */
function jsonLdArticle(document: DomDocument): Record<string, unknown> | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is not the page's text: other sources of metadata remain
    }
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return null;
}

function findArticle(value: unknown, depth: number): Record<string, unknown> | null {
  if (depth > 4 || typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(record['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return record;
  return findArticle(record['@graph'], depth + 1);
}

/** A JSON-LD name: a string, or an object's `name`. */
function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return nameOf(value[0]);
  if (typeof value === 'object' && value !== null) return clean((value as { name?: unknown }).name);
  return null;
}

/** JSON-LD authors: one name, or several joined `A, B and C`. */
function namesOf(value: unknown): string | null {
  return joinNames(([] as unknown[]).concat(value ?? []).map(nameOf).filter((n): n is string => n !== null));
}

function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}
