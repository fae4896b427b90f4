import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { extractFigures, type FigureContext } from '../../src/extract/figures.js';
import { resolveClaimant } from '../../src/extract/speakers.js';
import type { Article, DateMention, Figure, Quote } from '../../src/types.js';
import { makeArticle, makeGazetteer } from '../helpers/builders.js';

const gazetteer = makeGazetteer({
  actors: [
    { name: 'International Committee of the Red Cross', type: 'organisation', aliases: ['Red Cross', 'ICRC', 'ICRC Syria'], handles: ['ICRC_sy'] },
    { name: 'Russia', type: 'state', aliases: [], handles: [] },
    { name: 'United Nations', type: 'organisation', aliases: ['U.N.', 'UN'], handles: [] },
    { name: 'Viktor Poznikhir', type: 'person', aliases: ['Poznikhir', 'Lieutenant-General Viktor Poznikhir'], handles: [] },
    { name: 'RT', type: 'media', aliases: ['Russia Today'], handles: [] },
    { name: 'Syrian state TV', type: 'media', aliases: ['state TV', 'state television'], handles: [] },
  ],
  places: [
    { name: 'eastern Aleppo', type: 'district', aliases: ['east Aleppo'], within: 'Aleppo' },
    { name: 'Aleppo', type: 'city', aliases: [], within: 'Syria' },
    { name: 'Syria', type: 'country', aliases: [], within: null },
  ],
});

type Row = [text: string, measure: Figure['measure'], subject: string, value: number | null, qualifier: Figure['qualifier'], low: number, high: number | null, attribution: string | null];

function rows(figures: Figure[]): Row[] {
  return figures.map((f) => [f.text, f.measure, f.subject, f.value, f.qualifier, f.low, f.high, f.attribution]);
}

function quoteOf(article: Article, words: string, speaker: string | null): Quote {
  const start = article.text.indexOf(words);
  if (start < 0) throw new Error(`not in ${article.id}: ${words}`);
  return { report: article.id, text: words, speaker, offset: [start, start + words.length], part: 'body' };
}

function context(quotes: Quote[] = [], dates: DateMention[] = []): FigureContext {
  return { gazetteer, quotes, dates };
}

describe('figures of the bundled reports (loaded with loadCorpus)', () => {
  const corpus = loadCorpus(new URL('../../corpus/', import.meta.url).pathname);
  const byOutlet = (outlet: string) => {
    const article = corpus.articles.find((a) => a.meta.outlet.value === outlet);
    if (!article) throw new Error(`no ${outlet} report`);
    return article;
  };
  const ICRC = 'International Committee of the Red Cross';

  it('Euronews: state TV pictures, the Red Cross, Russia and the ICRC tweet', () => {
    const article = byOutlet('Euronews');
    const figures = extractFigures(article, context());
    expect(rows(figures)).toEqual<Row[]>([
      ['Thousands of people', 'evacuees', 'people', null, 'vague', 2000, 999_999, null],
      ['several days', 'duration', 'operation', null, 'vague', 3, 9, null],
      ['thousands of civilians and fighters', 'evacuees', 'civilians', null, 'vague', 2000, 999_999, null],
      ['10 ambulances', 'ambulances', 'ambulances', 10, 'exact', 10, 10, 'Syrian state TV'],
      ['at least 17 green buses', 'buses', 'buses', 17, 'at_least', 17, null, 'Syrian state TV'],
      ['at least 1,000 people', 'evacuees', 'people', 1000, 'at_least', 1000, null, 'Syrian state TV'],
      ['around 200 wounded people', 'wounded', 'people', 200, 'approx', 180, 220, ICRC],
      ['5,000 rebels and family members', 'evacuees', 'rebels', 5000, 'exact', 5000, 5000, 'Russia'],
      ['20 buses', 'buses', 'buses', 20, 'exact', 20, 20, ICRC],
      ['13 ambulances', 'ambulances', 'ambulances', 13, 'exact', 13, 13, ICRC],
      ['several injuries', 'wounded', 'injuries', null, 'vague', 3, 9, null],
      ['at least one death', 'deaths', 'deaths', 1, 'at_least', 1, null, null],
      ['thousands', 'other', 'people', null, 'vague', 2000, 999_999, null],
      ['two Shi’ite villages', 'other', 'villages', 2, 'exact', 2, 2, 'Hezbollah'],
    ]);
    const tweet = figures.filter((f) => f.part === 'embed');
    expect(tweet.map((f) => f.text)).toEqual(['20 buses', '13 ambulances']);
    expect(tweet.every((f) => f.scope === 'eastern Aleppo')).toBe(true);
    expect(figures.every((f) => f.asOf === '2016-12-15' && f.outlet === 'Euronews' && f.report === article.id)).toBe(true);
  });

  it('Reuters: the U.N. figures, Shoigu, and the war toll', () => {
    const article = byOutlet('Reuters');
    const figures = extractFigures(article, context());
    expect(rows(figures)).toEqual<Row[]>([
      ['four buses', 'buses', 'buses', 4, 'exact', 4, 4, 'Hezbollah'],
      ['four years', 'duration', 'unspecified', 4, 'exact', 4, 4, null],
      ['At least 34,000 people', 'evacuees', 'people', 34_000, 'at_least', 34_000, null, 'United Nations'],
      ['a week-long', 'duration', 'operation', 1, 'exact', 1, 1, 'United Nations'],
      ['thousands more', 'remaining', 'people', null, 'vague', 2000, 999_999, 'United Nations'],
      ['thousands of people', 'evacuees', 'people', null, 'vague', 2000, 999_999, 'United Nations'],
      ['Thousands of refugees', 'evacuees', 'refugees', null, 'vague', 2000, 999_999, null],
      ['hundreds of raids', 'other', 'raids', null, 'vague', 200, 999, null],
      ['thousands of fighters', 'other', 'fighters', null, 'vague', 2000, 999_999, null],
      ['35,000 rebel fighters', 'deaths', 'fighters', 35_000, 'exact', 35_000, 35_000, 'Sergei Shoigu'],
      ['thousands', 'remaining', 'people', null, 'vague', 2000, 999_999, 'Ahmed Kara Ali'],
      ['Hundreds of other people', 'evacuees', 'people', null, 'vague', 200, 999, null],
      ['two villages', 'other', 'villages', 2, 'exact', 2, 2, null],
      ['more than 300,000 people', 'deaths', 'people', 300_000, 'more_than', 300_000, null, null],
    ]);
    const scope = (text: string) => figures.find((f) => f.text === text)?.scope;
    expect(scope('At least 34,000 people')).toBe('eastern Aleppo');
    expect(scope('thousands more')).toBe('eastern Aleppo');
    expect(scope('35,000 rebel fighters')).toBe('Syria');
    expect(scope('more than 300,000 people')).toBeNull();
    expect(figures.find((f) => f.text === 'a week-long')?.unit).toBe('weeks');
  });

  it('Inquisitr: RT’s convoys, the figures that continue RT’s sentence, the death toll; asOf is the publication date', () => {
    const article = byOutlet('Inquisitr');
    const figures = extractFigures(article, context());
    expect(rows(figures)).toEqual<Row[]>([
      ['thousands', 'evacuees', 'people', null, 'vague', 2000, 999_999, null],
      ['thousands of rebels', 'evacuees', 'rebels', null, 'vague', 2000, 999_999, null],
      ['five-year', 'duration', 'war', 5, 'exact', 5, 5, 'Assad'],
      ['some 300,000 people', 'deaths', 'people', 300_000, 'approx', 270_000, 330_000, null],
      ['millions more', 'displaced', 'people', null, 'vague', 2_000_000, null, null],
      ['nine convoys', 'convoys', 'convoys', 9, 'exact', 9, 9, 'RT'],
      ['more than 6,000 people', 'evacuees', 'people', 6000, 'more_than', 6000, null, 'RT'],
      ['Some 3,000', 'evacuees', 'fighters', 3000, 'approx', 2700, 3300, 'RT'],
      ['about 301 wounded', 'wounded', 'wounded', 301, 'approx', 270, 332, 'RT'],
      ['1,207 civilians', 'deaths', 'civilians', 1207, 'exact', 1207, 1207, null],
      ['380 children', 'deaths', 'children', 380, 'exact', 380, 380, null],
    ]);
    expect(figures.every((f) => f.asOf === '2016-12-16')).toBe(true);
    expect(figures.find((f) => f.text === 'some 300,000 people')?.scope).toBe('Syria');
    expect(figures.find((f) => f.text === 'more than 6,000 people')?.scope).toBe('eastern Aleppo');
  });

  it('Middle East Eye: Poznikhir directly, through his quotations, and AFP', () => {
    const article = byOutlet('Middle East Eye');
    const quotes = [
      quoteOf(article, 'More than 1,000 people have been evacuated from the Salah al-Din quarter to the settlement of al-Rashidin via a humanitarian corridor,', 'Poznikhir'),
      quoteOf(article, 'As many as 20 passenger buses were provided by the Syrian authorities and 10 ambulances were provided by the Red Crescent for that.', 'Viktor Poznikhir'),
    ];
    const figures = extractFigures(article, context(quotes));
    expect(rows(figures)).toEqual<Row[]>([
      ['hundreds of rebels and civilians', 'evacuees', 'rebels', null, 'vague', 200, 999, null],
      ['about 1,000 rebels', 'evacuees', 'rebels', 1000, 'approx', 900, 1100, 'Viktor Poznikhir'],
      ['More than 1,000 people', 'evacuees', 'people', 1000, 'more_than', 1000, null, 'Viktor Poznikhir'],
      ['As many as 20 passenger buses', 'buses', 'buses', 20, 'at_most', 0, 20, 'Viktor Poznikhir'],
      ['10 ambulances', 'ambulances', 'ambulances', 10, 'exact', 10, 10, 'Viktor Poznikhir'],
      ['more than 900 "terrorists"', 'deaths', 'terrorists', 900, 'more_than', 900, null, 'Viktor Poznikhir'],
      ['1,000 civilians and rebels', 'evacuees', 'civilians', 1000, 'exact', 1000, 1000, null],
      ['two or three days', 'duration', 'unspecified', 2, 'range', 2, 3, 'Turkish official'],
      ['about two dozen vehicles', 'vehicles', 'vehicles', 24, 'approx', 21, 27, 'AFP'],
    ]);
    expect(figures.find((f) => f.text.startsWith('more than 900'))?.scope).toBe('eastern Aleppo');
    expect(figures.find((f) => f.text === 'two or three days')?.unit).toBe('days');
  });

  it('Financial Times: Russia, the ICRC official, an activist’s quotation; no page header', () => {
    const article = byOutlet('Financial Times');
    const quotes = [quoteOf(article, 'There were still thousands of people, families with women and children, when I left.', 'Abdu Khudr')];
    const figures = extractFigures(article, context(quotes));
    expect(rows(figures)).toEqual<Row[]>([
      ['thousands of people', 'evacuees', 'people', null, 'vague', 2000, 999_999, 'Russia'],
      ['thousands of people', 'remaining', 'people', null, 'vague', 2000, 999_999, ICRC],
      ['thousands of people', 'remaining', 'people', null, 'vague', 2000, 999_999, 'Abdu Khudr'],
      ['48 hours', 'duration', 'unspecified', 48, 'exact', 48, 48, null],
      ['Thousands of opposition fighters and wounded civilians', 'evacuees', 'fighters', null, 'vague', 2000, 999_999, null],
      ['five-year', 'duration', 'war', 5, 'exact', 5, 5, null],
      ['two towns', 'other', 'towns', 2, 'exact', 2, 2, 'rebel leader'],
      ['four years', 'duration', 'unspecified', 4, 'exact', 4, 4, null],
    ]);
    expect(figures.some((f) => /23|March|Saturday/.test(f.text))).toBe(false);
  });

  it('every figure’s offset slices its text out of the file, and its sentence contains it', () => {
    for (const article of corpus.articles) {
      for (const f of extractFigures(article, context())) {
        expect(article.text.slice(f.offset[0], f.offset[1])).toBe(f.text);
        expect(f.sentence).toContain(f.text);
      }
    }
  });

  it('no year, day of the month, clock time or ordinal of the bundled reports comes out as a figure', () => {
    const texts = corpus.articles.flatMap((a) => extractFigures(a, context()).map((f) => f.text));
    for (const text of texts) {
      expect(text).not.toMatch(/\b(?:19|20)\d\d\b/);
      expect(text).not.toMatch(/December|Dec\b|\d+:\d+|first|second/i);
      expect(text).not.toMatch(/^one\b/i);
    }
  });
});

describe('claimants, dates and parts on hand-built articles', () => {
  it('credits an embed to its author through the handle', () => {
    const article = makeArticle({
      paragraphs: [{ kind: 'embed', text: 'HAPPENING NOW: 20 buses & 13 ambulances crossing the frontline', author: 'Some Name', handle: 'ICRC_sy' }],
    });
    const figures = extractFigures(article, context());
    expect(figures.map((f) => [f.part, f.attribution])).toEqual([
      ['embed', 'International Committee of the Red Cross'],
      ['embed', 'International Committee of the Red Cross'],
    ]);
  });

  it('keeps an unknown embed author as written', () => {
    const article = makeArticle({ paragraphs: [{ kind: 'embed', text: 'At least 40 trucks are waiting.', author: 'Local Monitor', handle: 'lm' }] });
    expect(extractFigures(article, context())[0]?.attribution).toBe('Local Monitor');
  });

  it('reads captions but never boilerplate, credits or duplicates', () => {
    const article = makeArticle({
      paragraphs: [
        { kind: 'caption', text: 'Children watch as 12 buses leave the city (AFP)' },
        { kind: 'boilerplate', text: 'Saturday / March 23. 5,000 readers like this' },
        { kind: 'credits', text: '(Reporting by 3 reporters)' },
        { kind: 'duplicate', text: 'At least 17 green buses' },
      ],
    });
    expect(extractFigures(article, context()).map((f) => [f.part, f.text])).toEqual([['caption', '12 buses']]);
  });

  it('takes asOf from the first day-precision date in the sentence, else the publication date', () => {
    const article = makeArticle({
      published: '2016-12-16',
      paragraphs: ['Thousands of opposition fighters had been leaving Aleppo since the evacuations started on Thursday. About 20 buses left.'],
    });
    const at = article.text.indexOf('Thursday');
    const dates: DateMention[] = [
      { report: article.id, text: 'Thursday', offset: [at, at + 8], date: '2016-12-15', precision: 'day', basis: 'inferred' },
    ];
    expect(extractFigures(article, context([], dates)).map((f) => f.asOf)).toEqual(['2016-12-15', '2016-12-16']);
  });

  it('resolves claimant phrases: titles, possessives, carriers, owners and unnamed sources', () => {
    expect(resolveClaimant('Defence Minister Sergei Shoigu', gazetteer)).toBe('Sergei Shoigu');
    expect(resolveClaimant('Russian Lieutenant General Viktor Poznikhir', gazetteer)).toBe('Viktor Poznikhir');
    expect(resolveClaimant('the latest U.N. figures', gazetteer)).toBe('United Nations');
    expect(resolveClaimant('Pictures broadcast on Syrian state TV', gazetteer)).toBe('Syrian state TV');
    expect(resolveClaimant('the Red Cross', gazetteer)).toBe('International Committee of the Red Cross');
    expect(resolveClaimant('a media unit run by the Syrian government’s ally Hezbollah', gazetteer)).toBe('Hezbollah');
    expect(resolveClaimant('A Turkish official', gazetteer)).toBe('Turkish official');
    expect(resolveClaimant('Groups within Syria', gazetteer)).toBeNull();
    expect(resolveClaimant('Earlier reports', gazetteer)).toBeNull();
    expect(resolveClaimant('he', gazetteer)).toBeNull();
  });

  it('does not take a place that qualifies the subject for the claimant, even when the gazetteer lists it as an actor', () => {
    const withState = makeGazetteer({ ...gazetteer, actors: [...gazetteer.actors, { name: 'Syria', type: 'state', aliases: [], handles: [] }] });
    expect(resolveClaimant('Groups within Syria', withState)).toBeNull();
    expect(resolveClaimant('The war in Syria', withState)).toBeNull();
    expect(resolveClaimant('Syria', withState)).toBe('Syria');
    const article = makeArticle({ paragraphs: ['The war in Syria has claimed the lives of some 300,000 people, and left millions more displaced.'] });
    const [toll] = extractFigures(article, { gazetteer: withState, quotes: [], dates: [] });
    expect(toll).toMatchObject({ measure: 'deaths', value: 300000, attribution: null, scope: 'Syria' });
  });

  it('does not carry a claim across ", as" into a narrative clause', () => {
    const article = makeArticle({ paragraphs: ['Russia declared all militants had been driven out, as convoys ferried hundreds of rebels to Idlib.'] });
    expect(extractFigures(article, context())[0]?.attribution).toBeNull();
  });
});

describe('a report of another event, with no gazetteer entries for it', () => {
  const article = makeArticle({
    id: 'quake',
    outlet: 'Mountain Wire',
    published: '2024-03-05',
    paragraphs: [
      'A powerful earthquake struck the mountainous north of the province early on Monday, killing at least 12 people and injuring dozens of others, the regional governor said.',
      'Nearly 300 homes were destroyed in Karvan, according to Marta Ilic, a spokeswoman for the Civil Protection Agency.',
      'Up to 40 trucks carrying tents and blankets left the capital on Tuesday. Rescue teams said 2-3 days would be needed to reach the most remote villages.',
      'The quake, the strongest since 1999, was felt 200 km away. Schools will stay closed until 3 March, and on March 4, 2024 at 10:30 the second phase begins.',
      'About 1,500 residents were evacuated from Karvan and nearby hamlets. Hundreds remain in shelters.',
      'It was the first major quake in the region in a decade, and officials said only one bridge was damaged. "We have fewer than 20 doctors for the whole valley," said Dr Ana Petrov.',
    ],
  });
  const quotes = [quoteOf(article, '"We have fewer than 20 doctors for the whole valley,"', 'Ana Petrov')];
  const figures = extractFigures(article, { gazetteer, quotes, dates: [] });

  it('extracts its figures with the right intervals, measures and claimants', () => {
    expect(rows(figures)).toEqual<Row[]>([
      ['at least 12 people', 'deaths', 'people', 12, 'at_least', 12, null, 'regional governor'],
      ['dozens of others', 'wounded', 'others', null, 'vague', 24, 99, 'regional governor'],
      ['Nearly 300 homes', 'buildings', 'homes', 300, 'approx', 270, 330, 'Marta Ilic'],
      ['Up to 40 trucks', 'aid', 'trucks', 40, 'at_most', 0, 40, null],
      ['2-3 days', 'duration', 'unspecified', 2, 'range', 2, 3, 'Rescue teams'],
      ['About 1,500 residents', 'evacuees', 'residents', 1500, 'approx', 1350, 1650, null],
      ['Hundreds', 'remaining', 'people', null, 'vague', 200, 999, null],
      ['fewer than 20 doctors', 'other', 'doctors', 20, 'less_than', 0, 20, 'Ana Petrov'],
    ]);
  });

  it('names the scope as written when the gazetteer does not know the place', () => {
    expect(figures.find((f) => f.text === 'About 1,500 residents')?.scope).toBe('Karvan');
    expect(figures.find((f) => f.text === 'at least 12 people')?.scope).toBeNull();
  });

  it('takes no year, day of the month, clock time, measurement, ordinal or idiomatic one', () => {
    expect(figures.some((f) => /1999|2024|200 km|3 March|March 4|10:30|first|second|one bridge/.test(f.text))).toBe(false);
  });

  it('stays linear on 100 KB of adversarial text', () => {
    const hostile = makeArticle({ paragraphs: ['at least '.repeat(4000) + '1,'.repeat(10_000) + ' said, '.repeat(3000) + 'thousands of '.repeat(2000)] });
    const started = Date.now();
    extractFigures(hostile, { gazetteer, quotes: [], dates: [] });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
