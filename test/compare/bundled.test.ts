// The six named cases end to end: the bundled corpus through the loader and the extractor, then groupFigures.
import { describe, expect, it } from 'vitest';
import { groupFigures, type FigureGroup } from '../../src/compare/groups.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { bundledCorpusDir } from '../../src/corpus/open.js';
import { extractArticle } from '../../src/extract/index.js';
import type { Figure } from '../../src/types.js';

const EURONEWS = 'euronews-2016-12-15';
const REUTERS = 'reuters-2016-12-22';
const INQUISITR = 'inquisitr-2016-12-16';
const MEE = 'mee-2016-12-15';

describe('the six named cases on the bundled corpus', () => {
  const corpus = loadCorpus(bundledCorpusDir());
  const figures = corpus.articles.flatMap((article) => extractArticle(article, corpus.gazetteer).figures);
  const groups = groupFigures(figures);

  function holding(report: string, text: string): FigureGroup {
    const found = groups.filter((g) => g.members.some((m) => m.report === report && m.text.includes(text)));
    expect(found, `${report}: ${text}`).toHaveLength(1);
    return found[0] as FigureGroup;
  }
  const outliers = (g: FigureGroup): Figure[] => g.outliers.map((i) => g.members[i] as Figure);

  it('1. buses on 15 Dec agree', () => {
    const group = holding(EURONEWS, '17 green buses');
    expect(group.verdict).toBe('agree');
    expect(group.members.map((m) => m.value).sort()).toEqual([17, 20, 20]);
    expect(group.reports).toEqual([EURONEWS, MEE]);
  });

  it('2. ambulances on 15 Dec diverge: 13 (the ICRC tweet) against 10', () => {
    const group = holding(EURONEWS, '13 ambulances');
    expect(group.verdict).toBe('diverge');
    expect(outliers(group).map((f) => [f.value, f.part])).toEqual([[13, 'embed']]);
    expect(group.members.filter((m) => m.value === 10).map((m) => m.report).sort()).toEqual([EURONEWS, MEE]);
  });

  it('3. evacuees on 15 Dec diverge with 5,000 (Russia) the outlier', () => {
    const group = holding(EURONEWS, '5,000 rebels');
    expect(group.verdict).toBe('diverge');
    expect(outliers(group).map((f) => [f.value, f.attribution])).toEqual([[5000, 'Russia']]);
    expect(group.best).toBe(1000);
  });

  it('4. deaths in the war agree across days', () => {
    const group = holding(REUTERS, 'more than 300,000');
    expect(group).toBe(holding(INQUISITR, 'some 300,000'));
    expect(group.verdict).toBe('agree');
  });

  it('5. evacuees over time changed: more than 6,000 then at least 34,000', () => {
    const group = holding(REUTERS, 'At least 34,000');
    expect(group).toBe(holding(INQUISITR, 'more than 6,000'));
    expect(group.verdict).toBe('changed');
    expect(group.steps.map((s) => s.best)).toEqual([6000, 34_000]);
  });

  it('6. more than 900 killed in eastern Aleppo and 35,000 across Syria are apart', () => {
    const nine = holding(MEE, 'more than 900');
    const shoigu = holding(REUTERS, '35,000 rebel fighters');
    expect(nine).not.toBe(shoigu);
    expect([nine.verdict, shoigu.verdict]).toEqual(['single', 'single']);
  });
});
