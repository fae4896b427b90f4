// The extractor on the bundled corpus with the bundled gazetteer: the named claimants and dates, end to end.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { bundledCorpusDir } from '../../src/corpus/open.js';
import { extractArticle, type ArticleFindings } from '../../src/extract/index.js';

const corpus = loadCorpus(bundledCorpusDir());
const findings = new Map<string, ArticleFindings>(corpus.articles.map((a) => [a.id, extractArticle(a, corpus.gazetteer)]));
const figure = (report: string, text: string) => {
  const found = findings.get(report)!.figures.find((f) => f.text === text);
  if (!found) throw new Error(`${report}: no figure "${text}" in ${findings.get(report)!.figures.map((f) => f.text).join(' | ')}`);
  return found;
};

describe('claimants with the bundled gazetteer', () => {
  it('credits each named figure to the actor the report credits', () => {
    expect(figure('euronews-2016-12-15', '5,000 rebels and family members')).toMatchObject({ attribution: 'Russia', measure: 'evacuees', qualifier: 'exact' });
    expect(figure('euronews-2016-12-15', 'around 200 wounded people')).toMatchObject({ attribution: 'International Committee of the Red Cross', measure: 'wounded', low: 180, high: 220 });
    expect(figure('reuters-2016-12-22', 'At least 34,000 people')).toMatchObject({ attribution: 'United Nations', qualifier: 'at_least', low: 34000, high: null });
    expect(figure('mee-2016-12-15', 'More than 1,000 people')).toMatchObject({ attribution: 'Viktor Poznikhir', qualifier: 'more_than' });
    expect(figure('mee-2016-12-15', 'As many as 20 passenger buses')).toMatchObject({ attribution: 'Viktor Poznikhir', measure: 'buses', low: 0, high: 20 });
    expect(figure('euronews-2016-12-15', '20 buses')).toMatchObject({ attribution: 'International Committee of the Red Cross', part: 'embed' });
    expect(figure('euronews-2016-12-15', '13 ambulances')).toMatchObject({ attribution: 'International Committee of the Red Cross', part: 'embed' });
    expect(figure('inquisitr-2016-12-16', 'more than 6,000 people')).toMatchObject({ attribution: 'RT', measure: 'evacuees' });
    expect(figure('euronews-2016-12-15', 'at least 17 green buses')).toMatchObject({ attribution: 'Syrian state TV', subject: 'buses' });
  });

  it('credits nobody where the report credits nobody', () => {
    expect(figure('reuters-2016-12-22', 'more than 300,000 people').attribution).toBeNull();
    expect(figure('inquisitr-2016-12-16', 'some 300,000 people').attribution).toBeNull();
  });

  it('dates every Inquisitr figure to its publication day, and resolves each report’s weekdays backwards', () => {
    expect(new Set(findings.get('inquisitr-2016-12-16')!.figures.map((f) => f.asOf))).toEqual(new Set(['2016-12-16']));
    const dateOf = (report: string, text: string) => findings.get(report)!.dates.find((d) => d.text === text)?.date;
    expect(dateOf('mee-2016-12-15', 'On Wednesday')).toBe('2016-12-14');
    expect(dateOf('ft-2016-12-16', 'on Thursday')).toBe('2016-12-15');
    expect(dateOf('reuters-2016-12-22', 'on Thursday')).toBe('2016-12-22');
  });

  it('finds no figure in a year, a day of the month or the scrape header', () => {
    for (const f of [...findings.values()].flatMap((x) => x.figures)) {
      expect(f.text, f.report).not.toMatch(/^(?:19|20)\d\d$|^\d{1,2} December$|March 23/);
      expect(f.value === null || f.value < 1900 || f.value > 2100 || f.measure !== 'other', `${f.report}: ${f.text}`).toBe(true);
    }
  });
});
