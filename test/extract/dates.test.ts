// Tests for date extraction: paragraphs copied verbatim from the bundled reports, a fixture report of another event, edge cases.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { buildTimeline, extractDates, extractEvents, sentenceDate, type DatedEvent } from '../../src/extract/dates.js';
import type { Article, DateMention } from '../../src/types.js';
import { makeArticle } from '../helpers/builders.js';

function expectOffsetsExact(article: Article, mentions: DateMention[]): void {
  for (const m of mentions) expect(article.text.slice(m.offset[0], m.offset[1])).toBe(m.text);
}

/** The single mention whose text is `text`; fails if there is none or more than one. */
function only(mentions: DateMention[], text: string): DateMention {
  const found = mentions.filter((m) => m.text === text);
  expect(found, `mentions "${text}" in ${JSON.stringify(mentions.map((m) => m.text))}`).toHaveLength(1);
  return found[0]!;
}

function datesOf(spec: Parameters<typeof makeArticle>[0]): { article: Article; mentions: DateMention[] } {
  const article = makeArticle(spec);
  const mentions = extractDates(article);
  expectOffsetsExact(article, mentions);
  return { article, mentions };
}

describe('Euronews, published Thursday 2016-12-15', () => {
  const { mentions } = datesOf({
    id: 'euronews',
    published: '2016-12-15',
    paragraphs: [
      'An operation to evacuate thousands of civilians and fighters from the last rebel enclave in Aleppo has been well underway, continuing throughout the day on Thursday.',
      {
        kind: 'embed',
        author: 'ICRC Syria',
        handle: 'ICRC_sy',
        text: 'HAPPENING NOW: 20 buses & 13 ambulances crossing the frontline with civilians from east #Aleppo, some critically wounded. SYRedCrescent</a></p>&mdash; ICRC Syria (ICRC_sy) December 15, 2016',
      },
      { kind: 'boilerplate', text: 'Tomorrow is too late, mayor of east Aleppo calls on the EU to act' },
    ],
  });

  it('resolves "on Thursday" to the publication day', () => {
    expect(only(mentions, 'on Thursday')).toMatchObject({ date: '2016-12-15', precision: 'day', basis: 'inferred' });
  });

  it('reads the tweet closer as a stated day', () => {
    expect(only(mentions, 'December 15, 2016')).toMatchObject({ date: '2016-12-15', precision: 'day', basis: 'stated' });
  });

  it('ignores boilerplate (the related link "Tomorrow is too late")', () => {
    expect(mentions.some((m) => /tomorrow/i.test(m.text))).toBe(false);
    expect(mentions).toHaveLength(2);
  });
});

describe('Reuters, published Thursday 2016-12-22', () => {
  const { article, mentions } = datesOf({
    id: 'reuters',
    published: '2016-12-22',
    paragraphs: [
      { kind: 'dateline', text: 'BEIRUT, Dec 22 (Reuters) –' },
      'The Syrian army said on Thursday it had retaken Aleppo entirely and brought “security and safety” back to the city, as the last group of rebel fighters were evacuated.',
      'Evacuees from Aleppo had expressed concerns about being taken to Idlib and a senior European diplomat said earlier this month that this would suit Russia, Assad’s main military backer, as it would put “all their rotten eggs in one basket”.',
      'Fighters and civilians were evacuated overnight and on Thursday from east Aleppo to opposition-held areas under an agreement between the warring sides, the International Committee of the Red Cross said.',
      'The tiny pocket they are fleeing is all that remains of a rebel sector that covered nearly half the city before being besieged in the summer, the cue for intense air strikes that reduced swathes of it to rubble. As the months of bombardment wore on, rescue and health services collapsed.',
    ],
  });

  it('takes the dateline day, with the publication year', () => {
    expect(only(mentions, 'Dec 22')).toMatchObject({ date: '2016-12-22', precision: 'day', basis: 'stated' });
  });

  it('resolves Thursday in a Thursday report to that same day', () => {
    const thursdays = mentions.filter((m) => m.text === 'on Thursday');
    expect(thursdays).toHaveLength(2);
    for (const m of thursdays) expect(m.date).toBe('2016-12-22');
  });

  it('resolves "earlier this month" to the first of the month, month precision', () => {
    expect(only(mentions, 'earlier this month')).toMatchObject({ date: '2016-12-01', precision: 'month', basis: 'inferred' });
  });

  it('resolves "in the summer" to June of the most recent summer', () => {
    expect(only(mentions, 'in the summer')).toMatchObject({ date: '2016-06-01', precision: 'month', basis: 'inferred' });
  });

  it('resolves "overnight" to the publication day and keeps it apart from "on Thursday"', () => {
    expect(only(mentions, 'overnight')).toMatchObject({ date: '2016-12-22', precision: 'day', basis: 'inferred' });
  });

  it('does not date "the months of bombardment" (a duration)', () => {
    expect(mentions.some((m) => m.text.includes('months'))).toBe(false);
  });

  it('makes one event per dated body sentence, none from the dateline', () => {
    const events = extractEvents(article, mentions);
    expect(events.map((e) => e.dateText)).toEqual(['on Thursday', 'earlier this month', 'overnight', 'in the summer']);
    const overnight = events[2]!;
    expect(overnight.date).toBe('2016-12-22');
    expect(article.text.slice(overnight.offset[0], overnight.offset[1])).toBe(overnight.sentence);
    expect(overnight.sentence.startsWith('Fighters and civilians were evacuated overnight')).toBe(true);
    const summer = events[3]!;
    expect(summer.sentence.endsWith('reduced swathes of it to rubble.')).toBe(true);
  });
});

describe('Inquisitr, published Friday 2016-12-16', () => {
  const { mentions } = datesOf({
    id: 'inquisitr',
    published: '2016-12-16',
    paragraphs: [
      'Aleppo, Syria came under the heaviest assault of the war by Assad government and Russian forces in recent weeks. Aleppo, once Syria’s largest city, has been held by insurgent rebel forces since 2012, a year after the civil war in Syria began.',
      'As the Assad and Russian forces advanced into the city, neighborhood after neighborhood fell, until the current ceasefire deal was hammered out in recent days to allow for another Aleppo evacuation, as reported by Reuters. Assad, in a video statement on Syria’s state news agency, said that the victory marked a “historic moment” in the five-year Syrian civil war.',
      'The current Aleppo evacuation began in earnest Thursday and continued into Friday as the ceasefire remains firm.',
    ],
  });

  it('resolves a bare Thursday to the day before a Friday publication', () => {
    expect(only(mentions, 'Thursday')).toMatchObject({ date: '2016-12-15', precision: 'day', basis: 'inferred' });
  });

  it('resolves Friday to the publication day', () => {
    expect(mentions.find((m) => m.text.endsWith('Friday'))).toMatchObject({ date: '2016-12-16', precision: 'day' });
  });

  it('reads "since 2012" as a stated year', () => {
    expect(only(mentions, 'since 2012')).toMatchObject({ date: '2012-01-01', precision: 'year', basis: 'stated' });
  });

  it('does not date "the five-year Syrian civil war" or "a year after"', () => {
    expect(mentions.some((m) => m.text.includes('five') || m.text.includes('a year'))).toBe(false);
  });
});

describe('Middle East Eye, published Thursday 2016-12-15', () => {
  const { article, mentions } = datesOf({
    id: 'mee',
    published: '2016-12-15',
    paragraphs: [
      { kind: 'caption', text: 'Children watch as buses ferry people out of eastern Aleppo on 15 December (AFP)' },
      '"What is happening today is the writing of a history written by every Syrian citizen. The writing did not start today, it started six years ago when the crisis and war started against Syria," Assad said.',
      'Zouhir al-Shimale, a journalist in the city, said Syrian government buses had arrived in his area in the early hours of Thursday and were loading wounded civilians. Hours later, state TV said many had left rebel-held areas.',
      'On Wednesday, rebels attributed the hold-up of the ceasefire and evacuation to demands by Iran-backed militias that the wounded in Foua and Kefraya should also be taken to government areas.',
    ],
  });

  it('resolves On Wednesday in a Thursday report to the day before, not the week after', () => {
    expect(only(mentions, 'On Wednesday')).toMatchObject({ date: '2016-12-14', precision: 'day', basis: 'inferred' });
  });

  it('resolves "today" to the publication day', () => {
    const todays = mentions.filter((m) => m.text === 'today');
    expect(todays).toHaveLength(2);
    for (const m of todays) expect(m).toMatchObject({ date: '2016-12-15', precision: 'day', basis: 'inferred' });
  });

  it('resolves "six years ago" to a year', () => {
    expect(only(mentions, 'six years ago')).toMatchObject({ date: '2010-01-01', precision: 'year', basis: 'inferred' });
  });

  it('reads the caption date "15 December" as stated', () => {
    const caption = mentions.find((m) => m.text.endsWith('15 December'));
    expect(caption).toMatchObject({ date: '2016-12-15', precision: 'day', basis: 'stated' });
  });

  it('resolves "the early hours of Thursday" as one mention', () => {
    const early = mentions.filter((m) => m.text.includes('Thursday'));
    expect(early).toHaveLength(1);
    expect(early[0]!.text).toContain('early hours of Thursday');
    expect(early[0]!.date).toBe('2016-12-15');
  });

  it('dates a caption as an event and gives a figure sentence its day', () => {
    const events = extractEvents(article, mentions);
    expect(events.find((e) => e.part === 'caption')).toMatchObject({ date: '2016-12-15', basis: 'stated' });
    const sentence = events.find((e) => e.sentence.startsWith('Zouhir'))!;
    expect(sentenceDate(mentions, sentence.offset)?.text).toContain('Thursday');
  });

  it('dates a sentence by its finest mention ("today" over "six years ago")', () => {
    const events = extractEvents(article, mentions);
    const started = events.find((e) => e.sentence.includes('six years ago'))!;
    expect(started).toMatchObject({ dateText: 'today', precision: 'day' });
  });
});

describe('Financial Times, published Friday 2016-12-16', () => {
  const { mentions } = datesOf({
    id: 'ft',
    published: '2016-12-16',
    paragraphs: [
      { kind: 'boilerplate', text: 'Saturday / March 23.' },
      'Russia said the evacuation of thousands of people trapped for months in the last rebel foothold of Aleppo was finished on Friday, hours after a series of blasts halted the operation.',
      '“[They] obstructed the evacuation many times over the last 48 hours,” he said. “The recent statements that you’re hearing from the Russians about the evacuation being over are false.”',
      'Thousands of opposition fighters and wounded civilians had been leaving Aleppo in convoys of buses and ambulances since the evacuations started on Thursday. The city was the rebels’ last major urban stronghold and a critical battleground of Syria’s five-year war.',
      'The first Russian-Turkish brokered evacuation deal broke down over similar issues on Wednesday.',
      'Aleppo, Syria’s second city, has been divided for four years between rebels on the east and regime forces in the west.',
    ],
  });

  it('resolves Friday, Thursday and Wednesday backwards from a Friday', () => {
    expect(only(mentions, 'on Friday').date).toBe('2016-12-16');
    expect(only(mentions, 'on Thursday').date).toBe('2016-12-15');
    expect(only(mentions, 'on Wednesday').date).toBe('2016-12-14');
  });

  it('dates "over the last 48 hours" by the start of the window: publication minus two days', () => {
    expect(only(mentions, 'over the last 48 hours')).toMatchObject({ date: '2016-12-14', precision: 'day', basis: 'inferred' });
  });

  it('takes nothing from the page header, "for months" or "for four years"', () => {
    expect(mentions.some((m) => /Saturday|March|months|four years|five-year/.test(m.text))).toBe(false);
    expect(mentions).toHaveLength(4);
  });
});

describe('a fixture report of another event, published Monday 2020-03-09', () => {
  const { article, mentions } = datesOf({
    id: 'fixture-flood',
    published: '2020-03-09',
    paragraphs: [
      'Floodwaters began rising on Saturday after three days of heavy rain, officials said, and the river crested early on Sunday morning.',
      'The dam, completed in 1998, was last inspected in January 2019 and again last month, the ministry said.',
      'A similar flood struck the valley on March 3, 2015, and another on 12 May 2017. Residents were told on March 3 to prepare.',
      'Relief convoys will leave next Monday, a spokesman said. Yesterday, the army sent 40 trucks; last week it sent 12.',
      'The region has suffered a decade-long drought, and for weeks farmers had warned of a week-long evacuation. Engineers had warned two years ago that the levee was weak, and in the autumn they asked for funds.',
      'A census taken in mid-2018 counted 2019 households, with data published 2019-11-30.',
    ],
  });

  it('resolves weekdays back from a Monday, and next Monday forward', () => {
    expect(only(mentions, 'on Saturday')).toMatchObject({ date: '2020-03-07', precision: 'day', basis: 'inferred' });
    expect(only(mentions, 'early on Sunday morning')).toMatchObject({ date: '2020-03-08' });
    expect(only(mentions, 'next Monday')).toMatchObject({ date: '2020-03-16', basis: 'inferred' });
  });

  it('resolves last month, last week and yesterday', () => {
    expect(only(mentions, 'last month')).toMatchObject({ date: '2020-02-01', precision: 'month' });
    expect(only(mentions, 'last week')).toMatchObject({ date: '2020-03-02', precision: 'week' });
    expect(only(mentions, 'Yesterday')).toMatchObject({ date: '2020-03-08', precision: 'day' });
  });

  it('reads absolute dates, with and without a year', () => {
    expect(only(mentions, 'on March 3, 2015')).toMatchObject({ date: '2015-03-03', precision: 'day', basis: 'stated' });
    expect(only(mentions, 'on 12 May 2017')).toMatchObject({ date: '2017-05-12', basis: 'stated' });
    expect(only(mentions, 'on March 3')).toMatchObject({ date: '2020-03-03', precision: 'day', basis: 'stated' });
    expect(only(mentions, 'in January 2019')).toMatchObject({ date: '2019-01-01', precision: 'month', basis: 'stated' });
    expect(only(mentions, 'in 1998')).toMatchObject({ date: '1998-01-01', precision: 'year', basis: 'stated' });
    expect(only(mentions, 'in mid-2018')).toMatchObject({ date: '2018-01-01', precision: 'year' });
    expect(only(mentions, '2019-11-30')).toMatchObject({ date: '2019-11-30', precision: 'day', basis: 'stated' });
  });

  it('resolves "two years ago" and "in the autumn" (the last autumn before March is the previous year)', () => {
    expect(only(mentions, 'two years ago')).toMatchObject({ date: '2018-01-01', precision: 'year' });
    expect(only(mentions, 'in the autumn')).toMatchObject({ date: '2019-09-01', precision: 'month' });
  });

  it('takes no duration and no count as a date', () => {
    const texts = mentions.map((m) => m.text).join(' | ');
    expect(texts).not.toMatch(/three days|decade-long|for weeks|week-long|2019 households|40|12\b(?! May)/);
  });

  it('builds a timeline oldest first', () => {
    const timeline = buildTimeline(extractEvents(article, mentions));
    const dates = timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(timeline[0]).toMatchObject({ date: '2015-03-03', report: 'fixture-flood' });
    // a sentence with several dates is dated by the finest, the first on a tie: `in January 2019` over `in 1998` and `last month`
    expect(timeline.find((e) => e.sentence.startsWith('The dam'))).toMatchObject({ dateText: 'in January 2019', date: '2019-01-01' });
    expect(timeline.at(-1)).toMatchObject({ date: '2020-03-16', dateText: 'next Monday' });
  });
});

describe('the month-day year rule', () => {
  it('puts a month-day more than two months after publication in the previous year', () => {
    const { mentions } = datesOf({ published: '2017-01-05', paragraphs: ['The siege began on Dec. 22 and talks resume on Jan 20.'] });
    expect(only(mentions, 'on Dec. 22').date).toBe('2016-12-22');
    expect(only(mentions, 'on Jan 20').date).toBe('2017-01-20');
  });

  it('rejects a day that does not exist', () => {
    const { mentions } = datesOf({ published: '2017-03-01', paragraphs: ['Talks were held on February 30 in Geneva.'] });
    expect(mentions).toHaveLength(0);
  });

  it('keeps the full stop only after an abbreviated month, and skips a day range', () => {
    const { mentions } = datesOf({ published: '2016-12-15', paragraphs: ['It began on the 3rd of March. Talks on Dec. 5 failed. Fighting on 12-13 December.'] });
    expect(only(mentions, 'on the 3rd of March')).toMatchObject({ date: '2016-03-03' });
    expect(only(mentions, 'on Dec. 5')).toMatchObject({ date: '2016-12-05' });
    expect(mentions).toHaveLength(2);
  });

  it('dates "over the past week" from publication minus seven days, and leaves "for the past five years" to durations', () => {
    const { mentions } = datesOf({ published: '2016-12-15', paragraphs: ['Over the past week, shelling rose; for the past five years the city was split.'] });
    expect(only(mentions, 'Over the past week')).toMatchObject({ date: '2016-12-08', precision: 'day', basis: 'inferred' });
    expect(mentions).toHaveLength(1);
  });

  it('skips holidays and titles named after weekdays', () => {
    const { mentions } = datesOf({ published: '2016-12-15', paragraphs: ['A Good Friday rally was reported by the Sunday Times on Monday.'] });
    expect(mentions.map((m) => m.text)).toEqual(['on Monday']);
  });

  it('reads "last Thursday" in a Thursday report as a week earlier', () => {
    const { mentions } = datesOf({ published: '2016-12-15', paragraphs: ['The talks collapsed last Thursday.'] });
    expect(only(mentions, 'last Thursday').date).toBe('2016-12-08');
  });
});

describe('a null publication date', () => {
  const { mentions } = datesOf({
    published: null,
    paragraphs: ['On Wednesday the convoy left, six years ago the war began, and on December 15, 2016 the city fell. Talks on Dec 22.'],
  });

  it('leaves relative dates unresolved', () => {
    expect(only(mentions, 'On Wednesday')).toMatchObject({ date: null, basis: 'inferred' });
    expect(only(mentions, 'six years ago')).toMatchObject({ date: null, precision: 'year' });
  });

  it('keeps absolute dates; a month-day without a year stays unresolved', () => {
    expect(only(mentions, 'on December 15, 2016')).toMatchObject({ date: '2016-12-15', basis: 'stated' });
    expect(only(mentions, 'on Dec 22')).toMatchObject({ date: null, basis: 'stated' });
  });

  it('makes events only from resolved dates', () => {
    const article = makeArticle({ published: null, paragraphs: ['On Wednesday the convoy left.', 'The city fell on December 15, 2016.'] });
    const events = extractEvents(article, extractDates(article));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: '2016-12-15', dateText: 'on December 15, 2016' });
  });
});

describe('sentenceDate', () => {
  const mention = (offset: [number, number], precision: DateMention['precision'], date: string | null = '2016-12-15'): DateMention => ({
    report: 'r',
    text: 'x',
    offset,
    date,
    precision,
    basis: 'inferred',
  });

  it('returns the first resolved day-precision mention inside the sentence', () => {
    const mentions = [mention([0, 5], 'day'), mention([12, 15], 'month'), mention([16, 18], 'day', null), mention([20, 24], 'day')];
    expect(sentenceDate(mentions, [10, 30])).toBe(mentions[3]);
    expect(sentenceDate(mentions, [0, 30])).toBe(mentions[0]);
    expect(sentenceDate(mentions, [6, 19])).toBeNull();
  });
});

describe('buildTimeline', () => {
  const event = (date: string, report: string, start: number): DatedEvent => ({
    report,
    date,
    precision: 'day',
    basis: 'inferred',
    dateText: 'x',
    dateOffset: [start, start + 1],
    sentence: 's',
    offset: [start, start + 10],
    part: 'body',
  });

  it('orders by date, then report id, then offset, without changing its input', () => {
    const events = [event('2016-12-16', 'b', 5), event('2016-12-15', 'b', 0), event('2016-12-15', 'a', 50), event('2016-12-15', 'a', 3)];
    const copy = [...events];
    expect(buildTimeline(events)).toEqual([events[3], events[2], events[1], events[0]]);
    expect(events).toEqual(copy);
  });
});

describe('robustness', () => {
  it('does not throw on an empty article or empty parts', () => {
    expect(extractDates(makeArticle({ paragraphs: [] }))).toEqual([]);
    const blank = makeArticle({ paragraphs: ['', { kind: 'caption', text: '' }] });
    expect(extractDates(blank)).toEqual([]);
    expect(extractEvents(blank, [])).toEqual([]);
    expect(buildTimeline([])).toEqual([]);
  });

  it('ignores a malformed publication date rather than throwing', () => {
    const { mentions } = datesOf({ published: '2016-13-45', paragraphs: ['It happened on Thursday, on 15 December 2016.'] });
    expect(mentions.map((m) => m.date)).toEqual([null, '2016-12-15']);
  });

  it('handles 100 KB of adversarial text quickly', () => {
    const chunks = [
      'on '.repeat(20_000),
      ' '.repeat(100_000) + 'ago',
      'the last '.repeat(12_000),
      '1'.repeat(100_000),
      'December '.repeat(11_000),
      'in the early hours of '.repeat(5_000),
      'a-'.repeat(50_000),
      '2016,'.repeat(20_000),
    ];
    for (const chunk of chunks) {
      const started = performance.now();
      const article = makeArticle({ paragraphs: [chunk] });
      const mentions = extractDates(article);
      expectOffsetsExact(article, mentions);
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});

const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));

describe.runIf(existsSync(corpusDir))('the bundled corpus', () => {
  const corpus = loadCorpus(corpusDir);
  const byId = (prefix: string): Article => {
    const article = corpus.articles.find((a) => a.id.startsWith(prefix));
    expect(article, prefix).toBeDefined();
    return article!;
  };

  it('finds each report’s weekdays resolved backwards from publication, with exact offsets', () => {
    const expected: Record<string, Record<string, string>> = {
      euronews: { 'on Thursday': '2016-12-15' },
      reuters: { 'on Thursday': '2016-12-22', 'Dec 22': '2016-12-22', overnight: '2016-12-22' },
      inquisitr: { Thursday: '2016-12-15', 'into Friday': '2016-12-16', 'since 2012': '2012-01-01' },
      mee: { 'On Wednesday': '2016-12-14', today: '2016-12-15', 'six years ago': '2010-01-01' },
      ft: { 'on Friday': '2016-12-16', 'on Thursday': '2016-12-15', 'on Wednesday': '2016-12-14', 'over the last 48 hours': '2016-12-14' },
    };
    for (const [prefix, dates] of Object.entries(expected)) {
      const article = byId(prefix);
      const mentions = extractDates(article);
      expectOffsetsExact(article, mentions);
      for (const [text, date] of Object.entries(dates)) {
        const found = mentions.filter((m) => m.text === text);
        expect(found.length, `${prefix}: ${text}`).toBeGreaterThan(0);
        for (const m of found) expect(m.date, `${prefix}: ${text}`).toBe(date);
      }
    }
  });

  it('takes nothing from boilerplate: no FT page header, no Euronews "Tomorrow"', () => {
    expect(extractDates(byId('ft')).some((m) => m.text.includes('March') || m.text.includes('Saturday'))).toBe(false);
    expect(extractDates(byId('euronews')).some((m) => /tomorrow/i.test(m.text))).toBe(false);
  });

  it('dates the Euronews tweets by their closing line', () => {
    const article = byId('euronews');
    const events = extractEvents(article, extractDates(article)).filter((e) => e.part === 'embed');
    expect(events.length).toBeGreaterThanOrEqual(3);
    for (const e of events) expect(e).toMatchObject({ date: '2016-12-15', dateText: 'December 15, 2016', basis: 'stated' });
    expect(events.some((e) => e.sentence.includes('20 buses & 13 ambulances'))).toBe(true);
  });

  it('builds a corpus timeline from 2012 through the summer of 2016 to 22 December', () => {
    const events = buildTimeline(corpus.articles.flatMap((a) => extractEvents(a, extractDates(a))));
    expect(events[0]).toMatchObject({ date: '2012-01-01', dateText: 'since 2012', precision: 'year' });
    expect(events[1]).toMatchObject({ date: '2016-06-01', dateText: 'in the summer', precision: 'month' });
    expect(events.at(-1)?.date).toBe('2016-12-22');
    for (const e of events) {
      const article = corpus.articles.find((a) => a.id === e.report)!;
      expect(article.text.slice(e.offset[0], e.offset[1])).toBe(e.sentence);
    }
  });
});
