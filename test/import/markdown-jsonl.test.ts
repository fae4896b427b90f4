// Markdown notes and crawler JSON lines → drafts: the text read, the metadata taken, the faults named.
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/import/draft.js';
import { readJsonLines } from '../../src/import/jsonl.js';
import { readMarkdown } from '../../src/import/markdown.js';
import { ARTICLE_PARAGRAPHS } from './helpers.js';

const SOURCE = { name: 'note.md', line: null, sha256: 'abc' };

describe('readMarkdown', () => {
  const note = `---
title: "Evacuation of eastern Aleppo begins"
outlet: The Daily Example
date: 2016-12-15
author: Jane Doe
url: https://www.dailyexample.test/a
---

# Ignored as title: the front matter gives it

Pasted from the **site** on _Thursday_, see [the original](https://www.dailyexample.test/a "link title") and [the wire][wire].

## Doubts over the numbers

- ${ARTICLE_PARAGRAPHS[0]}
- Pictures broadcast on *state television* showed a convoy of 10 ambulances and at least 17 green buses.

> 20 buses and 13 ambulances have so far left eastern Aleppo. \`#Aleppo\`
> — ICRC Syria (@ICRC_sy) December 15, 2016

Fish &amp; chips, 5 \\* 3 and an image ![a bus](bus.jpg) left out.

[wire]: https://wire.test/story
`;
  const draft = readMarkdown(note, SOURCE);

  it('takes title, outlet, date, author and url from the front matter', () => {
    expect(draft).toMatchObject({
      title: 'Evacuation of eastern Aleppo begins',
      outlet: 'The Daily Example',
      published: '2016-12-15',
      byline: 'Jane Doe',
      url: 'https://www.dailyexample.test/a',
      original: null,
    });
  });

  it('keeps headings, list items and quote lines as lines; drops marks, link targets and images', () => {
    expect(draft.blocks).toEqual([
      'Ignored as title: the front matter gives it',
      'Pasted from the site on Thursday, see the original and the wire.',
      'Doubts over the numbers',
      ARTICLE_PARAGRAPHS[0],
      'Pictures broadcast on state television showed a convoy of 10 ambulances and at least 17 green buses.',
      '20 buses and 13 ambulances have so far left eastern Aleppo. #Aleppo — ICRC Syria (@ICRC_sy) December 15, 2016',
      'Fish & chips, 5 * 3 and an image left out.',
    ]);
    expect(renderReport(draft)).not.toMatch(/[*_#[\]]{2}|\]\(|https?:/);
  });

  it('without front matter, the first heading is the title', () => {
    const plain = readMarkdown('Title Line\n==========\n\nOne paragraph\nwrapped over two lines.\n', SOURCE);
    expect(plain.title).toBe('Title Line');
    expect(plain.blocks).toEqual(['One paragraph wrapped over two lines.']);
    expect(plain.outlet).toBeNull();
  });
});

describe('readJsonLines', () => {
  const lines = [
    // news-please
    JSON.stringify({
      title: 'Evacuation of eastern Aleppo begins',
      maintext: ARTICLE_PARAGRAPHS.join('\n'),
      date_publish: '2016-12-15 18:40:00',
      source_domain: 'www.dailyexample.test',
      authors: ['Jane Doe', 'Sami Haddad'],
      url: 'https://www.dailyexample.test/a',
      description: ARTICLE_PARAGRAPHS[0],
    }),
    // CC-News style
    JSON.stringify({ title: 'Second', text: `${ARTICLE_PARAGRAPHS[1]}\n\n${ARTICLE_PARAGRAPHS[2]}`, date: '2016-12-16T09:00:00Z', domain: 'wire.test' }),
    '',
    '{"title": "cut off", "maintext": "The report was',
    JSON.stringify({ title: 'No text here', maintext: '   ', url: 'https://x.test' }),
    '["an", "array"]',
    // the tool's own extract input
    JSON.stringify({ id: 'x', outlet: 'Reuters', published: '2016-12-22', text: ARTICLE_PARAGRAPHS[2] }),
  ].join('\n');
  const { drafts, faults } = readJsonLines(lines, 'crawl.jsonl');

  it('reads each good line in its field names, with the line number in its source', () => {
    expect(drafts).toHaveLength(3);
    expect(drafts[0]).toMatchObject({
      title: 'Evacuation of eastern Aleppo begins',
      outlet: 'www.dailyexample.test',
      published: '2016-12-15',
      byline: 'Jane Doe and Sami Haddad',
      url: 'https://www.dailyexample.test/a',
      standfirst: ARTICLE_PARAGRAPHS[0],
      blocks: ARTICLE_PARAGRAPHS,
      source: { name: 'crawl.jsonl', line: 1 },
    });
    expect(drafts[1]).toMatchObject({ outlet: 'wire.test', published: '2016-12-16', blocks: [ARTICLE_PARAGRAPHS[1], ARTICLE_PARAGRAPHS[2]] });
    expect(drafts[2]).toMatchObject({ outlet: 'Reuters', published: '2016-12-22', title: null, source: { line: 7 } });
    expect(new Set(drafts.map((d) => d.source.sha256)).size).toBe(3);
  });

  it('names each bad line: not JSON, no text, not an object', () => {
    expect(faults).toEqual([
      { input: 'crawl.jsonl:4', reason: 'bad-json', message: expect.stringMatching(/^not JSON/) },
      { input: 'crawl.jsonl:5', reason: 'no-text', message: expect.stringMatching(/^no text/) },
      { input: 'crawl.jsonl:6', reason: 'bad-json', message: 'not a JSON object' },
    ]);
  });
});
