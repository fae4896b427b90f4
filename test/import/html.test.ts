// Saved pages → drafts and report text: what is read, what metadata is taken, what is left behind, how bytes decode.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/corpus/article.js';
import { renderReport } from '../../src/import/draft.js';
import { decodePage, readPage } from '../../src/import/html.js';
import { ARTICLE_PARAGRAPHS, articlePage } from './helpers.js';

const SOURCE = { name: 'page.html', line: null, sha256: 'abc' };
const read = (html: string) => readPage(html, SOURCE, new TextEncoder().encode(html));

describe('readPage: an article page with navigation, banner, aside, caption, embedded post and JSON-LD', () => {
  const draft = read(articlePage());
  const text = renderReport(draft);

  it('takes the metadata from JSON-LD, Open Graph and the canonical link', () => {
    expect(draft).toMatchObject({
      title: 'Evacuation of eastern Aleppo begins',
      outlet: 'The Daily Example',
      published: '2016-12-15',
      byline: 'Jane Doe and Sami Haddad',
      url: 'https://www.dailyexample.test/world/2016/12/15/aleppo-evacuation',
    });
    expect(draft.original?.extension).toBe('html');
  });

  it('reads the article text, each paragraph, caption and post line a block of its own', () => {
    for (const paragraph of ARTICLE_PARAGRAPHS) expect(draft.blocks).toContain(paragraph);
    expect(draft.blocks).toContain('Green buses wait at the Ramouseh crossing on Thursday. ©Example Photo/John Smith');
    expect(draft.blocks).toContain('Doubts over the numbers');
    expect(draft.blocks.some((b) => b.startsWith('20 buses and 13 ambulances have so far left eastern Aleppo'))).toBe(true);
    expect(draft.blocks).toContain('— ICRC Syria (@ICRC_sy) December 15, 2016');
  });

  it('leaves nothing of the navigation, cookie banner, related links, footer or scripts', () => {
    for (const residue of ['Politics', 'cookies', 'Accept all', 'Ceasefire collapses', 'Related stories', 'All rights reserved', 'dataLayer', 'Privacy']) {
      expect(text, residue).not.toContain(residue);
    }
    expect(text).not.toMatch(/<\/?[a-z]+[^>]*>|&[a-z]+;/);
  });

  it('writes title, byline and date first, so the loader labels them; caption and post come out as such', () => {
    expect(text.split('\n\n').slice(0, 3)).toEqual(['Evacuation of eastern Aleppo begins', 'By Jane Doe and Sami Haddad', 'December 15, 2016']);
    const article = buildArticle('x.txt', text, null);
    const kinds = (kind: string) => article.parts.filter((p) => p.kind === kind).map((p) => p.text);
    expect(article.title).toBe('Evacuation of eastern Aleppo begins');
    expect(kinds('byline')).toEqual(['By Jane Doe and Sami Haddad']);
    expect(kinds('caption')).toEqual([expect.stringContaining('Green buses wait')]);
    expect(article.parts.find((p) => p.kind === 'embed')?.embed).toMatchObject({ handle: 'ICRC_sy', date: '2016-12-15' });
    expect(article.meta.published.value).toBe('2016-12-15');
  });

  it('writes the page byline paragraph once', () => {
    expect(text.match(/Jane Doe/g)).toHaveLength(1);
  });
});

describe('readPage: other pages', () => {
  it('a page with no metadata: the text is read and every field is left null for the loader', () => {
    const body = ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
    const draft = read(`<html><body><div>${body}</div></body></html>`);
    expect(draft).toMatchObject({ title: null, outlet: null, published: null, byline: null, url: null });
    expect(draft.blocks).toEqual(ARTICLE_PARAGRAPHS);
  });

  it('a broken page (unclosed tags, broken JSON-LD, cut off mid-paragraph) still gives its text', () => {
    const [first, second] = ARTICLE_PARAGRAPHS;
    const html = `<html><head><title>Buses leave Aleppo</title><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
<meta property="og:site_name" content="Broken Wire"></head><body><div class="story"><p>${first}<p>${second}<div><p>The rest of the report was cut off in the middle of a sent`;
    const draft = read(html);
    expect(draft.outlet).toBe('Broken Wire');
    expect(draft.blocks.slice(0, 2)).toEqual([first, second]);
    expect(draft.blocks[2]).toBe('The rest of the report was cut off in the middle of a sent');
  });

  it('soft hyphens, zero-width spaces and control characters a page hides are not written', () => {
    expect(read('<html><body><p>The evac&shy;uation of Alep\u200Bpo\u0007 began.</p></body></html>').blocks).toEqual(['The evacuation of Aleppo began.']);
  });

  it('a page of navigation only has no blocks worth a report', () => {
    const draft = read('<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><p>Page not found.</p></body></html>');
    expect(draft.blocks.join(' ').split(/\s+/).length).toBeLessThan(15);
  });
});

describe('decodePage', () => {
  const page = (charsetTag: string, body: string) => `<html><head>${charsetTag}<title>t</title></head><body><p>${body}</p></body></html>`;
  const bytesIn = (text: string, table: Record<string, number>) => Uint8Array.from([...text].map((c) => table[c] ?? c.charCodeAt(0)));
  const WINDOWS_1252 = { '“': 0x93, '”': 0x94, '’': 0x92, '—': 0x97, é: 0xe9 };

  it('a windows-1252 page with <meta charset> is decoded by its charset', () => {
    const bytes = bytesIn(page('<meta charset="windows-1252">', '“We’re leaving,” said a café owner — the last one.'), WINDOWS_1252);
    const decoded = decodePage(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warning).toBeNull();
    expect(read(decoded.html).blocks).toContain('“We’re leaving,” said a café owner — the last one.');
  });

  it('a page declared ISO-8859-1 is read as windows-1252, as browsers do: its curly quotes survive', () => {
    const bytes = bytesIn(page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', '“Leaving,” she said.'), WINDOWS_1252);
    expect(decodePage(bytes).html).toContain('<p>“Leaving,” she said.</p>');
  });

  it('an ISO-8859-7 page declared in http-equiv Content-Type', () => {
    const bytes = bytesIn(page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7">', 'Χαλέπι'), { Χ: 0xd7, α: 0xe1, λ: 0xeb, έ: 0xdd, π: 0xf0, ι: 0xe9 });
    expect(decodePage(bytes).html).toContain('<p>Χαλέπι</p>');
  });

  it('an undeclared page that is not UTF-8 is read as windows-1252, with a warning', () => {
    const decoded = decodePage(bytesIn(page('', 'café'), WINDOWS_1252));
    expect(decoded.html).toContain('café');
    expect(decoded.warning).toMatch(/windows-1252/);
  });

  it('UTF-8 without a declaration, and a byte-order mark, are read as UTF-8', () => {
    expect(decodePage(new TextEncoder().encode(page('', 'café'))).html).toContain('café');
    expect(decodePage(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('café')])).html).toBe('café');
  });
});
