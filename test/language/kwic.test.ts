// Concordance: context windows, voice marks, and every Idlib of the bundled reports, counted by hand.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { UsageError } from '../../src/errors.js';
import { groupKwicByReport, kwic } from '../../src/language/kwic.js';
import type { QuoteSpan } from '../../src/language/naming.js';
import type { Article } from '../../src/types.js';
import { makeArticle } from '../helpers/builders.js';

const corpusDir = new URL('../../corpus/', import.meta.url).pathname;

function span(article: Article, from: string, to: string, speaker: string | null): QuoteSpan {
  const start = article.text.indexOf(from);
  const end = article.text.indexOf(to, start);
  if (start < 0 || end < 0) throw new Error(`${article.id}: no quotation "${from}"…"${to}"`);
  return { report: article.id, offset: [start, end + to.length], speaker, isScare: false };
}

describe('kwic on fixtures', () => {
  // From the Reuters report (001), two body paragraphs and a caption.
  const article = makeArticle({
    id: 'reuters',
    paragraphs: [
      '“Many of them have gone to Idlib, which could be in theory the next Aleppo,” U.N. Special Envoy Staffan de Mistura said in Geneva.',
      { kind: 'caption', text: 'Evacuees arrive in Idlib (Reuters)' },
      'Those leaving Aleppo are not only going to Idlib, a city and province southwest of Aleppo, but to villages in the countryside.',
    ],
  });

  it('aligns each occurrence on the keyword with five words each side, keeping attached punctuation', () => {
    const lines = kwic([article], 'idlib');
    expect(lines.map((l) => [l.left, l.keyword, l.right])).toEqual([
      ['of them have gone to', 'Idlib', ', which could be in theory'],
      ['are not only going to', 'Idlib', ', a city and province southwest'],
    ]);
    for (const line of lines) expect(article.text.slice(...line.offset)).toBe('Idlib');
  });

  it('takes the window in words, and never crosses the edge of a part', () => {
    const lines = kwic([article], 'Idlib', { window: 2 });
    expect(lines[0]).toMatchObject({ left: 'gone to', right: ', which could' });
    expect(kwic([article], 'Many', { window: 3 })[0]).toMatchObject({ left: '“', right: 'of them have' });
    expect(kwic([article], 'Idlib', { window: 0 })[1]).toMatchObject({ left: '', right: ',' });
  });

  it('marks own voice and quotations with the speaker', () => {
    const quote = span(article, '“Many of them', 'next Aleppo,”', 'Staffan de Mistura');
    const lines = kwic([article], 'Idlib', { quotes: [quote] });
    expect(lines.map((l) => [l.voice, l.speaker])).toEqual([
      ['quoted', 'Staffan de Mistura'],
      ['own', null],
    ]);
  });

  it('matches phrases across line breaks, wildcards and regular expressions, whole words only', () => {
    const text = makeArticle({
      id: 'x',
      paragraphs: ['Rebel fighters left rebel-held\nareas. The rebellion ended; rebels regrouped near Idlibi villages.'],
    });
    expect(kwic([text], 'rebel-held areas').map((l) => l.keyword)).toEqual(['rebel-held\nareas']);
    expect(kwic([text], 'rebel*').map((l) => l.keyword)).toEqual(['Rebel', 'rebel', 'rebellion', 'rebels']);
    expect(kwic([text], 'rebel').map((l) => l.keyword)).toEqual(['Rebel', 'rebel']);
    expect(kwic([text], /rebel(?:s|lion)/).map((l) => l.keyword)).toEqual(['rebellion', 'rebels']);
    expect(kwic([text], 'Idlib')).toEqual([]);
  });

  it('refuses an empty term or a negative window', () => {
    expect(() => kwic([article], '  ')).toThrow(UsageError);
    expect(() => kwic([article], 'Idlib', { window: -1 })).toThrow(UsageError);
    expect(() => kwic([article], 'Idlib', { window: 1.5 })).toThrow(UsageError);
  });

  it('stays fast on 100 KB of adversarial text', () => {
    const hostile = [
      'a'.repeat(100_000),
      'rebel-'.repeat(17_000),
      `rebel${' '.repeat(100_000)}x`,
      '"Idlib" '.repeat(12_000),
    ].map((text, i) => makeArticle({ id: `h${i}`, paragraphs: [text] }));
    const started = performance.now();
    kwic(hostile, 'a*');
    kwic(hostile, 'rebel held areas');
    expect(kwic(hostile, 'Idlib', { window: 50 }).length).toBe(12_000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('kwic of Idlib in the bundled reports (counted by hand)', () => {
  const { articles } = loadCorpus(corpusDir);
  const byFile = (prefix: string): Article => {
    const found = articles.find((a) => a.file.startsWith(prefix));
    if (!found) throw new Error(prefix);
    return found;
  };
  const euronews = byFile('000_');
  const reuters = byFile('001_');
  const inquisitr = byFile('002_');
  const quotes: QuoteSpan[] = [
    span(euronews, '“We are very concerned', 'in Idlib,”', 'International Rescue Committee'),
    span(reuters, '“Many of them', 'next Aleppo,”', 'Staffan de Mistura'),
    span(inquisitr, '“For the Russians', 'one basket.”', null),
  ];
  const lines = kwic(articles, 'Idlib', { quotes });

  it('finds every occurrence in the body, in order, per report', () => {
    // Euronews 4 (its heading "Destination Idlib" is not body), Reuters 5, Inquisitr 3, Middle East Eye 2, FT 2.
    const groups = groupKwicByReport(lines);
    expect(groups.map((g) => [articles.find((a) => a.id === g.report)?.file.slice(0, 3), g.lines.length])).toEqual([
      ['000', 4],
      ['001', 5],
      ['002', 3],
      ['003', 2],
      ['004', 2],
    ]);
    for (const group of groups) {
      const article = articles.find((a) => a.id === group.report) as Article;
      const offsets = group.lines.map((l) => l.offset[0]);
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
      for (const line of group.lines) expect(article.text.slice(...line.offset)).toBe('Idlib');
    }
  });

  it('gives each line its context as written', () => {
    const euronewsLines = lines.filter((l) => l.report === euronews.id).map((l) => `${l.left} [${l.keyword}] ${l.right}`.trim());
    expect(euronewsLines).toEqual([
      'to rebel-held areas of neighbouring [Idlib] province.',
      '[Idlib] however is already a target',
      'the thousands who arrive in [Idlib] ,” it said.',
      'of two Shi’ite villages near [Idlib] , Foua and Kefraya, that had',
    ]);
    const mee = lines.filter((l) => l.report === byFile('003_').id).map((l) => `${l.left} [${l.keyword}] ${l.right}`.trim());
    expect(mee).toEqual([
      "pause in fighting in Syria's [Idlib] province, where many Aleppans would",
      'soldiers to lead rebels towards [Idlib] .',
    ]);
  });

  it('marks the three occurrences inside quotations, with their speakers', () => {
    const quoted = lines.filter((l) => l.voice !== 'own').map((l) => [l.report, l.speaker]);
    expect(quoted).toEqual([
      [euronews.id, 'International Rescue Committee'],
      [reuters.id, 'Staffan de Mistura'],
      [inquisitr.id, null],
    ]);
    expect(lines.filter((l) => l.voice === 'own')).toHaveLength(13);
  });
});
