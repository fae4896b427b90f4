// Reports of other shapes than the bundled five, one rule at a time, on short texts of our own: one-block articles,
// hard-wrapped wire copy, all-lower-case text, share lines, dates and outlets in the forms news pages print them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAgencies } from '../../src/corpus/agencies.js';
import { buildArticle } from '../../src/corpus/article.js';
import { splitBlocks } from '../../src/corpus/segment.js';
import { readingCounts } from '../../src/extract/segments.js';
import { findFullDates } from '../../src/text/calendar.js';
import { countWords } from '../../src/text/words.js';
import type { Article } from '../../src/types.js';

const AGENCIES = parseAgencies(readFileSync(new URL('../../corpus/agencies.json', import.meta.url), 'utf8'), 'agencies.json');
const article = (text: string): Article => buildArticle('report.txt', text, null, AGENCIES);
const kinds = (text: string): string[] => article(text).parts.map((p) => `${p.kind}:${p.rule}`);

const STORY =
  'Floodwaters swept through three villages in the valley overnight and at least 14 people were killed, the regional ' +
  'governor said on Tuesday. Rescue teams reached the worst-hit areas by boat after the only road was cut, and more ' +
  'than 2,000 residents spent the night in schools and mosques on higher ground, officials said.';

describe('segmentation of reports of other shapes', () => {
  it('one-block report: a title line and a single long paragraph that ends without a full stop is body, not a standfirst', () => {
    expect(kinds(`Floods kill 14 in the valley\n\n${STORY} - WIRE SERVICE`)).toEqual(['title:first-line-title', 'body:paragraph']);
  });

  it('a first block that is the whole story (sentences that run on) is body, not the title', () => {
    expect(kinds(`${STORY}\n\nA second paragraph adds that schools will stay closed.`)).toEqual(['body:paragraph', 'body:paragraph']);
  });

  it('a report of one block is body, however short', () => {
    expect(kinds('Three people were hurt when a wall fell in the old market')).toEqual(['body:paragraph']);
  });

  it('a wire report with a dateline and no title line is body after its dateline, never a title', () => {
    const a = article(`CAIRO, March 3 (Reuters) - ${STORY}`);
    expect(a.title).toBeNull();
    expect(a.parts.map((p) => p.kind)).toEqual(['dateline', 'body']);
  });

  it('a standfirst needs a body after it, and is short', () => {
    expect(kinds(`Floods kill 14\n\nOfficials warn more rain is coming to the valley this week and roads stay shut\n\n${STORY}`)).toEqual([
      'title:first-line-title',
      'standfirst:standfirst-unpunctuated',
      'body:paragraph',
    ]);
    expect(kinds('Floods kill 14\n\nOfficials warn more rain is coming to the valley this week and roads stay shut')).toEqual([
      'title:first-line-title',
      'body:paragraph',
    ]);
  });

  it('hard-wrapped text: lines are joined whatever letter they start with; an indent opens a paragraph', () => {
    const text = [
      'FLOODS KILL 14 IN VALLEY',
      '',
      '    SPRINGFIELD, March 3 - Floodwaters swept through three',
      'villages overnight and at least 14 people were killed, the',
      'governor said. A spokesman for the Red Crescent in',
      'Springfield said 2,000 residents spent the night in schools.',
      '    Rescue teams reached the worst-hit areas by boat after the',
      'only road was cut, officials said.',
      ' Reuter',
    ].join('\n');
    const a = article(text);
    expect(a.parts.map((p) => `${p.kind}:${p.rule}`)).toEqual([
      'title:first-line-title',
      'dateline:dateline',
      'body:after-dateline',
      'body:paragraph',
      'credits:sign-off',
    ]);
    const first = a.parts[2]!;
    expect(first.text).toContain('A spokesman for the Red Crescent in\nSpringfield said');
    expect(a.meta.outlet).toEqual({ value: 'Reuters', source: 'text', line: 9 });
    // no year in the dateline and none at the top: the date stays unknown rather than guessed
    expect(a.meta.published.value).toBeNull();
  });

  it('lines of ordinary width that each end a sentence are not taken for hard-wrapped text', () => {
    const blocks = splitBlocks('One short line.\nAnother short line.\nA third one here.\nAnd a fourth.');
    expect(blocks).toHaveLength(4);
  });

  it('all-lower-case text is read as text', () => {
    const a = article(`this story is from march 31, 2002\n\nspringfield: ${STORY.toLowerCase()}`);
    expect(a.parts.map((p) => `${p.kind}:${p.rule}`)).toEqual(['dateline:date-line', 'body:paragraph']);
    expect(a.meta.published).toEqual({ value: '2002-03-31', source: 'text', line: 1 });
  });

  it('share lines of other sites are boilerplate, by the words that make them', () => {
    for (const line of ['Facebook Twitter Linkedin Mail', 'Share on WhatsApp', 'Print Tweet Views 458', 'Follow us on Telegram']) {
      expect(kinds(`Floods kill 14\n\n${line}\n\n${STORY}`)[1], line).toBe('boilerplate:share-widget');
    }
    expect(kinds(`Floods kill 14\n\nMore\n\n${STORY}`)[1]).not.toBe('boilerplate:share-widget');
  });

  it('an (ABC) credit makes a caption only when it names an agency, on a line that reads as a caption', () => {
    expect(kinds(`Floods kill 14\n\n${STORY}\n\nResidents wade through a flooded street (AFP)`)[2]).toBe('caption:caption-agency-credit');
    expect(kinds(`Floods kill 14\n\n${STORY}\n\nThe strike was called by the United Auto Workers (UAW)`)[2]).toBe('body:paragraph');
  });
});

describe('metadata from the text', () => {
  const published = (text: string): string | null => article(text).meta.published.value;
  const outlet = (text: string): string | null => article(text).meta.outlet.value;

  it('reads the date of a dateline with its own year, in the common forms', () => {
    expect(published(`Storm\n\nTRIPOLI, Sept 12, 2023 (Reuters) - ${STORY}`)).toBe('2023-09-12');
    expect(published(`Storm\n\nDERNA, Libya, Sept 13, 2023 (AP) — ${STORY}`)).toBe('2023-09-13');
    expect(published(`Storm\n\nBENGHAZI, Libya, 14 September 2023 (AFP) - ${STORY}`)).toBe('2023-09-14');
    expect(outlet(`Storm\n\nDERNA, Libya, Sept 13, 2023 (AP) — ${STORY}`)).toBe('Associated Press');
  });

  it('a yearless dateline takes its year from the top lines only, never from a date in the story', () => {
    const story = `Storm\n\nLONDON, March 7 - ${STORY} The bridge had stood since January 30, 1945.`;
    expect(published(story)).toBeNull();
    expect(article(story).dateline?.date).toBeNull();
    expect(published(`Published: March 8, 2021\n\nStorm\n\nLondon, March 7 - ${STORY}`)).toBe('2021-03-07');
    expect(published(`Storm\n\nSANTOS, BRAZIL, MARCH 11 - ${STORY}`)).toBeNull();
  });

  it('reads dated lines and a date opening the first paragraph', () => {
    expect(published(`Storm in the valley\n\nWed 05 Apr 2017 ${STORY}`)).toBe('2017-04-05');
    expect(published(`Storm in the valley\n\nFri 07 Apr 2017 at 0914 ${STORY}`)).toBe('2017-04-07');
    expect(published(`Storm in the valley\n\nApril 6 2017 ${STORY}`)).toBe('2017-04-06');
    expect(published(`Storm in the valley\n\n13-08-2013 ${STORY}`)).toBe('2013-08-13');
    expect(published(`Storm in the valley\n\nPublished July 2 2016 ${STORY}`)).toBe('2016-07-02');
    expect(published(`This story is from March 31, 2002\n\n${STORY}`)).toBe('2002-03-31');
    expect(published(`Storm in the valley\n\nUpdated: 2020-03-04\n\n${STORY}`)).toBe('2020-03-04');
  });

  it('takes a date in the first sentence only when it stands apart from the prose', () => {
    expect(published(`Storm in the valley\n\nThe company said its December 31, 1986 results were late. ${STORY}`)).toBeNull();
    expect(published(`Storm in the valley\n\nStorm in the valley Monitor AFP Friday 15 Jul 2016 ${STORY}`)).toBe('2016-07-15');
    expect(published(`Storm in the valley\n\nThe valley has flooded every year since March 15, 2011. ${STORY}`)).toBeNull();
  });

  it('names the outlet from sign-offs, closing tags, bylines, title suffixes and agency tags', () => {
    expect(outlet(`Storm\n\n${STORY} - REUTERS`)).toBe('Reuters');
    expect(outlet(`Storm\n\n${STORY}\n\nSource: AA`)).toBe('Anadolu Agency');
    expect(outlet(`Storm\n\nBy Jane Roe, Associated Press\n\n${STORY}`)).toBe('Associated Press');
    expect(outlet(`Storm in the valley | Jordan Times\n\n${STORY}`)).toBe('Jordan Times');
    expect(outlet(`Storm\n\n${STORY} (TRT World and Agencies) Rescue teams searched all night.`)).toBe('TRT World');
    expect(outlet(`Storm in the valley Monitor AFP Friday 15 Jul 2016 ${STORY}`)).toBe('AFP');
    expect(outlet(`Storm\n\n${STORY}`)).toBeNull();
  });
});

describe('full dates', () => {
  it('reads numeric dates day first with dots and dashes, and an ambiguous slashed date not at all', () => {
    expect(findFullDates('05.04.2017').map((d) => d.iso)).toEqual(['2017-04-05']);
    expect(findFullDates('05-04-2017').map((d) => d.iso)).toEqual(['2017-04-05']);
    expect(findFullDates('12/15/2016 and 15/12/2016').map((d) => d.iso)).toEqual(['2016-12-15', '2016-12-15']);
    expect(findFullDates('05/04/2017')).toEqual([]);
    expect(findFullDates('Apr 232017').map((d) => d.iso)).toEqual(['2017-04-23']);
    expect(findFullDates('31.02.2017')).toEqual([]);
  });
});

describe('how much of a report is read', () => {
  it('counts the words of every read part against the words of the file, naming the rule that set most aside', () => {
    const counts = readingCounts(article(`Floods kill 14\n\n${STORY}\n\nFacebook Twitter Linkedin Mail`));
    expect(counts.words).toBe(3 + countWords(STORY));
    expect(counts.fileWords).toBe(counts.words + 4);
    expect(counts.mostSetAsideBy).toBe('boilerplate: share-widget');
  });
});
