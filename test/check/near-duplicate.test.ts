// Near-duplicate detection: shingles, Jaccard similarity, a copy with one paragraph changed, the bundled reports.
import { describe, expect, it } from 'vitest';
import { bodyWords, nearDuplicates, shingles } from '../../src/check/near-duplicate.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { bundledCorpusDir } from '../../src/corpus/open.js';
import type { Article } from '../../src/types.js';
import { makeArticle } from '../helpers/builders.js';

const corpus = loadCorpus(bundledCorpusDir());
const byFile = (prefix: string): Article => {
  const article = corpus.articles.find((a) => a.file.startsWith(prefix));
  if (!article) throw new Error(`no report ${prefix}`);
  return article;
};
const bodies = (article: Article): string[] => article.parts.filter((p) => p.kind === 'body').map((p) => p.text);

/** A copy of a report's body, as a new report, with the paragraph at `index` replaced. */
function copyWithOneParagraphChanged(article: Article, index: number, file: string): Article {
  const paragraphs = bodies(article);
  paragraphs[index] = 'A completely different paragraph about the weather in a faraway town, written by someone else entirely.';
  return makeArticle({ id: file.replace(/\.txt$/, ''), file, paragraphs });
}

describe('shingles', () => {
  it('makes overlapping 5-word shingles of lower-cased words, punctuation dropped', () => {
    const words = bodyWords(makeArticle({ paragraphs: ['At least 34,000 people, both civilians and fighters.'] }));
    expect(words).toEqual(['at', 'least', '34', '000', 'people', 'both', 'civilians', 'and', 'fighters']);
    expect([...shingles(words)]).toEqual([
      'at least 34 000 people',
      'least 34 000 people both',
      '34 000 people both civilians',
      '000 people both civilians and',
      'people both civilians and fighters',
    ]);
  });

  it('makes one shingle of a text shorter than a shingle, and none of no words', () => {
    expect([...shingles(['aleppo', 'falls'])]).toEqual(['aleppo falls']);
    expect(shingles([]).size).toBe(0);
  });

  it('reads only body parts, not captions, embeds or boilerplate', () => {
    const article = makeArticle({
      paragraphs: [
        'Evacuees from Aleppo had expressed concerns.',
        { kind: 'caption', text: 'A rebel fighter stands near vehicles ©REUTERS' },
        { kind: 'boilerplate', text: 'Check back for updates on this developing story.' },
      ],
    });
    expect(bodyWords(article)).toEqual(['evacuees', 'from', 'aleppo', 'had', 'expressed', 'concerns']);
  });
});

describe('nearDuplicates', () => {
  it('finds no pair among the five bundled reports', () => {
    expect(corpus.articles).toHaveLength(5);
    expect(nearDuplicates(corpus.articles)).toEqual([]);
    // Even at a tenth of the threshold nothing pairs up: the reports share only stock phrases.
    expect(nearDuplicates(corpus.articles, 0.05)).toEqual([]);
  });

  it('catches a copy of the Reuters report with one paragraph changed', () => {
    const reuters = byFile('001_');
    const copy = copyWithOneParagraphChanged(reuters, 5, 'zz_copy.txt');
    const pairs = nearDuplicates([...corpus.articles, copy]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.a).toBe(reuters.file);
    expect(pairs[0]?.b).toBe('zz_copy.txt');
    expect(pairs[0]?.similarity).toBeGreaterThan(0.8);
    expect(pairs[0]?.similarity).toBeLessThan(1);
  });

  it('catches a copy of the shortest report (Inquisitr, nine body paragraphs) with one paragraph changed', () => {
    const inquisitr = byFile('002_');
    expect(bodies(inquisitr)).toHaveLength(9);
    const copy = copyWithOneParagraphChanged(inquisitr, 2, 'aa_copy.txt');
    const pairs = nearDuplicates([inquisitr, copy, byFile('004_')]);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([[inquisitr.file, 'aa_copy.txt']]);
    expect(pairs[0]?.similarity).toBeGreaterThanOrEqual(0.5);
  });

  it('gives an identical copy similarity 1 and respects the threshold', () => {
    const ft = byFile('004_');
    const copy = makeArticle({ file: 'copy.txt', paragraphs: bodies(ft) });
    expect(nearDuplicates([ft, copy])).toEqual([{ a: ft.file, b: 'copy.txt', similarity: 1 }]);
    const half = makeArticle({ file: 'half.txt', paragraphs: bodies(ft).slice(0, 6) });
    const [pair] = nearDuplicates([ft, half], 0);
    expect(pair?.similarity).toBeGreaterThan(0.1);
    expect(pair?.similarity).toBeLessThan(0.5);
    expect(nearDuplicates([ft, half])).toEqual([]);
  });

  it('ignores reports without body text', () => {
    const empty = makeArticle({ file: 'empty.txt', paragraphs: [{ kind: 'boilerplate', text: 'Skip to main content' }] });
    const other = makeArticle({ file: 'other.txt', paragraphs: [{ kind: 'boilerplate', text: 'Skip to main content' }] });
    expect(nearDuplicates([empty, other])).toEqual([]);
  });

  it('stays fast on many reports that share a stock phrase', () => {
    const stock = 'the syrian observatory for human rights said';
    const articles = Array.from({ length: 300 }, (_, i) =>
      makeArticle({ file: `r${String(i).padStart(3, '0')}.txt`, paragraphs: [`${stock} report number ${i} word${i} other${i * 7} more${i * 13} text${i * 17}.`] }),
    );
    const started = Date.now();
    expect(nearDuplicates(articles)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
