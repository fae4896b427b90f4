// The loader's segmentation rules, one by one, on small texts of our own (no outlet or file named in any rule).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseAgencies } from '../../src/corpus/agencies.js';
import { segmentReport, splitBlocks } from '../../src/corpus/segment.js';

const AGENCIES = parseAgencies(readFileSync(new URL('../../corpus/agencies.json', import.meta.url), 'utf8'), 'agencies.json');
const segment = (text: string) => segmentReport(text, { publishedYear: 2020, agencies: AGENCIES });
const ruleOf = (text: string, line: string) => {
  const part = segment(text).parts.find((p) => p.text.includes(line));
  return part ? `${part.kind}:${part.rule}` : 'missing';
};
const BODY = 'The river rose by two metres overnight and officials said at least 40 homes were flooded in the valley.';
const doc = (...blocks: string[]) => blocks.join('\n\n');

describe('segmentation rules', () => {
  it('first-line-title: the first block left is the title; a byline after it is recognised', () => {
    const s = segment(doc('Floods hit the valley', 'By Jane Doe and John Roe', BODY));
    expect(s.title).toBe('Floods hit the valley');
    expect(s.parts.map((p) => p.kind)).toEqual(['title', 'byline', 'body']);
  });

  it('caption-credit-symbol and caption-agency-credit', () => {
    expect(ruleOf(doc('Title', BODY, 'Residents wade through water © Getty Images', BODY + ' More.'), 'Residents')).toBe('caption:caption-credit-symbol');
    expect(ruleOf(doc('Title', BODY, 'A man carries a child through the flood (AP)'), 'A man carries')).toBe('caption:caption-agency-credit');
  });

  it('does not take a body sentence that ends in a full stop before a parenthesis as a caption', () => {
    expect(ruleOf(doc('Title', BODY, 'Officials confirmed the toll. (Updated)'), 'Officials confirmed')).toBe('body:paragraph');
  });

  it('embed-closer-inline: a post and its closer on one line, HTML residue left out of the post', () => {
    const s = segment(doc('Title', BODY, 'Water everywhere in town</a></p>&mdash; City Council (CityCouncil) March 3, 2020'));
    const embed = s.parts.find((p) => p.kind === 'embed')!;
    expect(embed.rule).toBe('embed-closer-inline');
    expect(embed.embed).toMatchObject({ text: 'Water everywhere in town', author: 'City Council', handle: 'CityCouncil', date: '2020-03-03' });
  });

  it('embed-closer-below: the paragraph above a closing line is the post', () => {
    const s = segment(doc('Title', BODY, 'Stay safe, everyone.', '— Mayor Smith (@mayorsmith) March 4, 2020', BODY + ' Again.'));
    const embed = s.parts.find((p) => p.kind === 'embed')!;
    expect(embed.rule).toBe('embed-closer-below');
    expect(embed.embed).toMatchObject({ text: 'Stay safe, everyone.', author: 'Mayor Smith', handle: 'mayorsmith', date: '2020-03-04' });
    expect(s.parts.filter((p) => p.kind === 'body')).toHaveLength(2);
  });

  it('credits-line: reporting credits and image credits', () => {
    expect(ruleOf(doc('Title', BODY, '(Reporting by A. Writer; Editing by B. Editor)'), 'Reporting')).toBe('credits:credits-line');
    expect(ruleOf(doc('Title', BODY, '[Featured Image by Some Agency/Photos]'), 'Featured')).toBe('credits:credits-line');
  });

  it('boilerplate rules: skip link, share widget, newsletter, republishing, scrape header, breadcrumb, Via line, developing story', () => {
    const text = doc(
      'Monday / June 1.',
      'HomeNewsFloods hit the valley',
      'Skip to content',
      'Floods hit the valley',
      'Share this article',
      BODY,
      'Check back later for updates.',
      'Sign up for our daily newsletter',
      'To republish this article, contact us.',
      'Via Wire Service',
    );
    const rules = segment(text).parts.filter((p) => p.kind === 'boilerplate').map((p) => p.rule);
    expect(rules).toEqual(['scrape-header', 'breadcrumb', 'skip-link', 'share-widget', 'developing-story', 'newsletter', 'republishing', 'via-line']);
    expect(segment(text).title).toBe('Floods hit the valley');
  });

  it('related-links: a list header and the short lines after it, to the end', () => {
    const s = segment(doc('Title', BODY, 'Read more', 'Storm warnings issued', 'Dams at capacity'));
    expect(s.parts.filter((p) => p.kind === 'boilerplate').map((p) => p.rule)).toEqual(['related-links', 'related-links', 'related-links']);
  });

  it('a "Read more" followed by a long paragraph is not a related-links list', () => {
    const s = segment(doc('Title', BODY, 'Read more', BODY + ' And more words here to make it long enough to be body text again.'));
    expect(s.parts.some((p) => p.rule === 'related-links')).toBe(false);
  });

  it('dateline: place, date and agency split from the paragraph it opens', () => {
    const s = segment(doc('Floods hit the valley', `CAIRO, Mar 3 (Wire) – ${BODY}`));
    expect(s.dateline).toMatchObject({ place: 'CAIRO', date: '2020-03-03', agency: 'Wire', dateText: 'Mar 3' });
    expect(s.parts.map((p) => `${p.kind}:${p.rule}`)).toEqual(['title:first-line-title', 'dateline:dateline', 'body:after-dateline']);
    expect(s.parts[2]!.text).toBe(BODY);
  });

  it('repeated-title and repeated-block: what a scrape printed twice is set aside once', () => {
    const s = segment(doc('Floods hit the valley', 'Floods hit the valley', BODY, BODY));
    expect(s.parts.map((p) => `${p.kind}:${p.rule}`)).toEqual(['title:first-line-title', 'duplicate:repeated-title', 'body:paragraph', 'duplicate:repeated-block']);
  });

  it('a title that is the lead sentence stays in the body once', () => {
    const s = segment(doc(BODY, `CAIRO, Mar 3 (Wire) – ${BODY}`, BODY));
    expect(s.parts.map((p) => p.kind)).toEqual(['title', 'dateline', 'body', 'duplicate']);
  });

  it('standfirst-unpunctuated and standfirst-set-apart; section-heading', () => {
    const unpunctuated = segment(doc('Title', 'Officials say the worst is over but warn of more rain in the coming days', BODY));
    expect(unpunctuated.parts[1]!.rule).toBe('standfirst-unpunctuated');
    const apart = segment(`Title\n\nOfficials say the worst is over, but warn of more rain in the coming days.\n\n\n${BODY}\n\n${BODY} Two.`);
    expect(apart.parts[1]!.rule).toBe('standfirst-set-apart');
    const heading = segment(doc('Title', BODY, 'Rescue efforts', BODY + ' Three.'));
    expect(heading.parts.map((p) => p.kind)).toEqual(['title', 'body', 'heading', 'body']);
  });

  it('joins hard-wrapped lines into one paragraph, but not lines that each end a sentence', () => {
    const blocks = splitBlocks('The river rose by two metres overnight and officials\nsaid at least 40 homes were flooded.\nA second line.');
    expect(blocks.map((b) => b.text)).toEqual(['The river rose by two metres overnight and officials\nsaid at least 40 homes were flooded.', 'A second line.']);
  });

  it('keeps offsets exact with CRLF line endings', () => {
    const text = 'Title\r\n\r\nBy Jane Doe\r\n\r\n' + BODY + '\r\n';
    for (const part of segment(text).parts) expect(text.slice(part.offset[0], part.offset[1])).toBe(part.text);
    expect(segment(text).parts.map((p) => p.kind)).toEqual(['title', 'byline', 'body']);
  });
});
