// The bundled corpus, report by report: what the loader made of each, checked against a reading of the files.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { bundledCorpusDir } from '../../src/corpus/open.js';
import type { Article, PartKind } from '../../src/types.js';

const corpus = loadCorpus(bundledCorpusDir());
const byId = (id: string): Article => {
  const article = corpus.articles.find((a) => a.id === id);
  if (!article) throw new Error(`no ${id}`);
  return article;
};
const lines = (article: Article, kind: PartKind): number[] => article.parts.filter((p) => p.kind === kind).map((p) => p.line);
const texts = (article: Article, kind: PartKind): string[] => article.parts.filter((p) => p.kind === kind).map((p) => p.text);

describe('the bundled corpus', () => {
  it('holds the five seed reports byte for byte (their sha256 as received)', () => {
    const seeds: Record<string, string> = {
      '000_fefbdc379cd161a4.txt': '869bb300aeaab1fff14e79c02ff4e2cb010381514dbcfe58b133aa4ed9bd7bdf',
      '001_900818fe0882e21f.txt': 'dbde4e149090fddbe03095f67f228b72304d18e2105e97f5dcac40885d78f146',
      '002_ed3549ab3757c1c3.txt': '6069e50589e46e5de8843785b7bec3772be597fc277b0468197239b8b04770c1',
      '003_6f636e5c008a4de9.txt': '1cabd535b4147ade5902f2b163f24efe1f0bd8f78d54be82a8978ae29fceca36',
      '004_fbbc93feda2e0f75.txt': '5e176442bb6601381b9c685c2fd4da941263a455372c0b57213966e6a4815ddc',
    };
    expect(corpus.articles.map((a) => a.file)).toEqual(Object.keys(seeds));
    for (const article of corpus.articles) {
      const bundled = readFileSync(new URL(`../../corpus/${article.file}`, import.meta.url));
      expect(createHash('sha256').update(bundled).digest('hex'), article.file).toBe(seeds[article.file]);
    }
  });

  it('gives every report the manifest metadata of the contract', () => {
    const meta = corpus.articles.map((a) => [a.id, a.meta.outlet.value, a.meta.published.value, a.meta.published.source]);
    expect(meta).toEqual([
      ['euronews-2016-12-15', 'Euronews', '2016-12-15', 'manifest'],
      ['reuters-2016-12-22', 'Reuters', '2016-12-22', 'manifest'],
      ['inquisitr-2016-12-16', 'Inquisitr', '2016-12-16', 'manifest'],
      ['mee-2016-12-15', 'Middle East Eye', '2016-12-15', 'manifest'],
      ['ft-2016-12-16', 'Financial Times', '2016-12-16', 'manifest'],
    ]);
  });

  it('labels parts whose offsets point at their words, in file order, without overlap', () => {
    for (const article of corpus.articles) {
      let end = 0;
      for (const part of article.parts) {
        expect(article.text.slice(part.offset[0], part.offset[1])).toBe(part.text);
        expect(part.offset[0]).toBeGreaterThanOrEqual(end);
        end = part.offset[1];
      }
    }
  });

  it('puts every non-blank character of a file in some part: nothing is lost', () => {
    for (const article of corpus.articles) {
      const covered = new Uint8Array(article.text.length);
      for (const part of article.parts) covered.fill(1, part.offset[0], part.offset[1]);
      const lost = article.text.split('').filter((c, i) => !covered[i] && /\S/.test(c));
      expect(lost, article.id).toEqual([]);
    }
  });
});

describe('Euronews', () => {
  const a = byId('euronews-2016-12-15');
  it('has its title once, its byline, its standfirst and three section headings', () => {
    expect(a.title).toBe("Syria's battle for Aleppo over, the evacuation begins in earnest");
    expect(lines(a, 'title')).toEqual([1]);
    expect(lines(a, 'duplicate')).toEqual([3]);
    expect(texts(a, 'byline')).toEqual(['By\u00a0Alasdair Sandford with\u00a0Reuters']);
    expect(texts(a, 'standfirst')[0]).toMatch(/^Thousands of people are being moved out of the city/);
    expect(texts(a, 'heading')).toEqual(['Syrian government assurances', 'Destination Idlib', 'Claims of atrocities']);
  });
  it('sets aside the share widgets and the related links as boilerplate', () => {
    expect(lines(a, 'boilerplate')).toEqual([5, 6, 7, 70, 72, 74, 76, 78]);
  });
  it('finds the three tweets with their authors, handles and dates', () => {
    const embeds = a.parts.filter((p) => p.embed).map((p) => [p.line, p.embed!.author, p.embed!.handle, p.embed!.date]);
    expect(embeds).toEqual([
      [28, 'ICRC Syria', 'ICRC_sy', '2016-12-15'],
      [46, 'AmnestyInternational', 'AmnestyOnline', '2016-12-15'],
      [66, 'Reuters Top News', 'Reuters', '2016-12-15'],
    ]);
    const icrc = a.parts.find((p) => p.embed?.handle === 'ICRC_sy')!.embed!;
    expect(icrc.text).toBe('HAPPENING NOW: 20 buses & 13 ambulances crossing the frontline with civilians from east #Aleppo, some critically wounded. SYRedCrescent');
  });
  it('keeps every body paragraph, in order', () => {
    expect(lines(a, 'body')).toEqual([12, 14, 16, 18, 20, 24, 26, 30, 32, 34, 38, 40, 42, 44, 50, 55, 57, 59, 61, 63]);
  });
});

describe('Reuters', () => {
  const a = byId('reuters-2016-12-22');
  it('reads the dateline: place, date and agency', () => {
    expect(a.dateline).toMatchObject({ place: 'BEIRUT', date: '2016-12-22', dateText: 'Dec 22', agency: 'Reuters' });
    expect(lines(a, 'dateline')).toEqual([4]);
  });
  it('keeps the lead once though the title repeats it', () => {
    const body = texts(a, 'body');
    expect(body[0]).toBe(a.title);
    expect(body.filter((t) => t === a.title)).toHaveLength(1);
  });
  it('sets aside the caption, the developing-story line and the credits', () => {
    expect(lines(a, 'caption')).toEqual([10]);
    expect(texts(a, 'caption')[0]).toContain('© REUTERS/Ammar Abdullah');
    expect(lines(a, 'boilerplate')).toEqual([8]);
    expect(lines(a, 'credits')).toEqual([62]);
  });
  it('keeps every body paragraph, in order', () => {
    expect(lines(a, 'body')).toEqual([4, 6, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40, 43, 45, 47, 49, 51, 54, 56, 58, 60]);
  });
});

describe('Inquisitr', () => {
  const a = byId('inquisitr-2016-12-16');
  it('has its [Video] title, two section headings and the featured-image credit', () => {
    expect(a.title).toMatch(/As Assad Takes City \[Video\]$/);
    expect(texts(a, 'heading')).toEqual(['Aleppo, Syria Bombing And Siege', 'Aleppo Evacuation']);
    expect(texts(a, 'credits')).toEqual(['[Featured Image by Thiqa News/AP Images]']);
    expect(a.meta.byline.value).toBeNull();
  });
  it('keeps every body paragraph, in order, with no paragraph split on its single line breaks', () => {
    expect(lines(a, 'body')).toEqual([2, 4, 5, 6, 8, 9, 10, 11, 12]);
  });
});

describe('Middle East Eye', () => {
  const a = byId('mee-2016-12-15');
  it('sets aside the skip link, the newsletter and the republishing blurb', () => {
    expect(lines(a, 'boilerplate')).toEqual([1, 55, 57, 59]);
    expect(a.parts.filter((p) => p.kind === 'boilerplate').map((p) => p.rule)).toEqual(['skip-link', 'newsletter', 'newsletter', 'republishing']);
  });
  it('has its title, an unpunctuated standfirst and two captions ending in an agency', () => {
    expect(a.title).toBe("Bashar al-Assad hails 'liberation' of Aleppo as rebel fighters driven out");
    expect(texts(a, 'standfirst')).toEqual(["Syrian president says defeat of rebels was 'history in the making', as Russia declares all fighters have left city"]);
    expect(texts(a, 'caption')).toEqual([
      'Children watch as buses ferry people out of eastern Aleppo on 15 December (AFP)',
      'A Russian soldier escorts a bus out of east Aleppo (Reuters)',
    ]);
  });
  it('keeps every body paragraph, in order', () => {
    expect(lines(a, 'body')).toEqual([8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 31, 33, 35, 37, 39, 43, 45, 47, 49, 51, 53]);
  });
});

describe('Financial Times', () => {
  const a = byId('ft-2016-12-16');
  it('sets aside the scrape header, the breadcrumb and Via FT, and takes none of them as a date', () => {
    expect(a.parts.filter((p) => p.kind === 'boilerplate').map((p) => [p.line, p.rule])).toEqual([
      [1, 'scrape-header'],
      [2, 'breadcrumb'],
      [60, 'via-line'],
    ]);
    expect(a.title).toBe('Aleppo evacuation is complete, claims Russia');
    expect(a.meta.published.value).toBe('2016-12-16');
  });
  it('sets aside the three © captions', () => {
    expect(lines(a, 'caption')).toEqual([20, 28, 48]);
  });
  it('keeps every body paragraph, in order', () => {
    expect(lines(a, 'body')).toEqual([6, 8, 10, 12, 14, 16, 18, 22, 24, 26, 30, 32, 34, 36, 38, 40, 42, 44, 46, 50, 52, 54, 56, 58]);
  });
});

describe('no boilerplate survives in a body', () => {
  it('has no share widget, newsletter, breadcrumb, credit or caption text in any body paragraph', () => {
    const residue = /Share this article|Skip to main content|newsletter|republishing|HomeFT|Via FT|Reporting by|Featured Image|©|\(AFP\)$|You might also like/;
    for (const article of corpus.articles) {
      for (const body of texts(article, 'body')) expect(body, article.id).not.toMatch(residue);
    }
  });
});
