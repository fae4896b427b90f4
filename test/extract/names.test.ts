// names.ts: the trimmed parse reads names as compromise's full parse does where it matters, its finders give what
// `.people()`, `.organizations()` and `.places()` give, and a report's segments are read once for both extractors.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { bundledCorpusDir } from '../../src/corpus/open.js';
import { articleNames, namesOf } from '../../src/extract/names.js';
import { namingSentences, Occupancy, tokenize } from '../../src/extract/normalise.js';
import { nameParse } from '../../src/text/name-parse.js';
import { compromise, type Doc } from '../../src/text/nlp.js';
import { splitSentences } from '../../src/text/sentences.js';
import { makeArticle, makeGazetteer } from '../helpers/builders.js';

const SENTENCES = [
  'Mr. Karim Haddad, who heads the Northern Relief Committee, left Tartus for Geneva on Monday.',
  "Officials of the World Food Programme said Lena Morrow's convoy reached Homs, Syria, late at night.",
  'The Syrian Arab Red Crescent and Doctors Without Borders evacuated 40 people from Idlib to Turkey.',
  'General Omar Said told reporters in Beirut that the United Nations had not been consulted.',
  '"We will not leave," said Hana Youssef, a teacher from Aleppo, Paris and Berlin.',
];

/** Each match of a view as `start+length` (compromise's offsets). */
function offsets(view: unknown): string[] {
  const json = (view as Doc).json({ offset: true }) as Array<{ offset: { start: number; length: number } }>;
  return json.map(({ offset }) => `${offset.start}+${offset.length}`);
}

describe('nameParse', () => {
  it('leaves compromise able to tag in full afterwards (its post-tagger compiles the same patterns)', () => {
    const parsed = nameParse(SENTENCES[0] as string);
    expect(offsets(parsed.people()).length).toBeGreaterThan(0);
    const full = compromise()(SENTENCES[3] as string);
    expect(full.people().text()).toContain('Omar Said');
    expect(nameParse(SENTENCES[3] as string).people().text()).toContain('Omar Said');
  });

  // Term tags may differ where a pattern left out would have changed them (`Syria’s` keeps Place): what is held equal
  // is what the extractors take from the parse, and the bundled facts lock holds the rest.
  it('finds in the sentences of the bundled reports the people, organisations and places a full parse finds', () => {
    const sentences = loadCorpus(bundledCorpusDir())
      .articles.flatMap((a) => a.parts)
      .filter((p) => p.kind === 'body')
      .flatMap((p) => splitSentences(p.text).map((s) => s.text));
    expect(sentences.length).toBeGreaterThan(50);
    const names = (doc: Doc): string[][] => [offsets(doc.people()), offsets(doc.organizations()), offsets(doc.places())];
    for (const text of sentences) {
      const trimmed = nameParse(text);
      const full = compromise()(text);
      expect(names(trimmed), text).toEqual(names(full));
    }
  });

  it('gives each term its offset in the sentence', () => {
    const text = SENTENCES[1] as string;
    const doc = nameParse(text);
    const terms = (doc as unknown as { docs: Array<Array<{ text: string; offset: { start: number; length: number } }>> }).docs.flat();
    expect(terms.length).toBeGreaterThan(10);
    for (const term of terms) expect(text.slice(term.offset.start, term.offset.start + term.offset.length)).toBe(term.text);
  });
});

describe('namesOf', () => {
  it('finds what .people(), .organizations() and .places() find, on the same parse', () => {
    // The first five name all three kinds; the others lack one kind or more, which namesOf then does not look for.
    const lacking = ['The convoy of the Northern Relief Committee left at dawn.', 'Omar Said left at dawn, and so did Hana Youssef.', 'The buses reached Homs, Syria, at dawn.', 'Nobody left the city at dawn.'];
    for (const text of [...SENTENCES, ...lacking, [...lacking, ...SENTENCES].join('\n')]) {
      const doc = nameParse(text);
      const found = namesOf(doc);
      expect(offsets(found.people), text).toEqual(offsets(doc.people()));
      expect(offsets(found.organisations), text).toEqual(offsets(doc.organizations()));
      expect(offsets(found.places), text).toEqual(offsets(doc.places()));
    }
  });
});

describe('articleNames', () => {
  const gazetteer = makeGazetteer({ places: [{ name: 'Tartus', type: 'city', aliases: [], within: null }] });
  const article = makeArticle({ paragraphs: [SENTENCES[0] as string, 'The buses left Tartus. They left.'] });

  it('reads each segment once per article and gazetteer, and again for another gazetteer', () => {
    const first = articleNames(article, gazetteer);
    expect(articleNames(article, gazetteer)).toBe(first);
    expect(articleNames(article, makeGazetteer())).not.toBe(first);
  });

  it('parses only the sentences that may name someone new, with segment offsets', () => {
    const [one, two] = articleNames(article, gazetteer);
    expect(two?.tags).toEqual([]);
    expect(two?.matches.map((m) => two.segment.text.slice(m.start, m.end))).toEqual(['Tartus']);
    const text = one?.segment.text ?? '';
    expect(one?.named.map((n) => `${n.type} ${text.slice(n.start, n.end)}`)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^person .*Karim Haddad/), expect.stringMatching(/^organisation .*Northern Relief Committee/)]),
    );
    expect(one?.places.map((p) => text.slice(p.start, p.start + p.length))).toContain('Geneva');
  });
});

describe('articleNames parses several sentences at once', () => {
  // Stocks held by the Seafarers' / Union: a line break after `s'` ends a sentence there for compromise. A
  // quotation over four sentences, longer than compromise keeps in one sentence: the middle two name no one, and the
  // first and last, shorter than that when read one after the other, would be one sentence for compromise there.
  const paragraphs = [
    ['Mr. Karim Haddad met Lena Morrow in Homs.', "Stocks held by the Seafarers'\nUnion ran out in Tartus.", 'Hana Youssef left Beirut for Geneva.'],
    [
      'Lena Morrow said so in Homs.',
      '“Power is short in Homs.',
      'It is out all day, and it comes back for an hour or two at most, when the wind is right and the lines hold.',
      'It is then gone again until the next night, and the night after that, for as long as anyone here can remember.',
      'It comes at night,” said Omar Said of the Northern Relief Committee.',
    ],
  ].map((sentences) => sentences.join(' '));
  const article = makeArticle({ paragraphs });

  /** The tags and people of each sentence articleNames parses, each parsed alone, with segment offsets. */
  function parsedAlone(text: string): { tags: string[]; people: string[] } {
    const sentences = namingSentences(text, tokenize(text), new Occupancy(text.length, []));
    const alone = sentences.map(({ text: sentence, start }) => {
      const doc = nameParse(sentence);
      const terms = (doc as unknown as { docs: Array<Array<{ tags: Set<string>; offset: { start: number; length: number } }>> }).docs.flat();
      return {
        tags: terms.map((t) => `${start + t.offset.start}+${t.offset.length} ${[...t.tags].sort().join(',')}`),
        people: offsets(namesOf(doc).people).map((o) => `${start + Number(o.split('+')[0])}`),
      };
    });
    return { tags: alone.flatMap((a) => a.tags), people: alone.flatMap((a) => a.people) };
  }

  it('with the tags and names each sentence gets parsed alone (a final apostrophe, a quotation over sentences)', () => {
    const segments = articleNames(article, makeGazetteer());
    expect(segments.length).toBe(2);
    const [first, second] = segments.map((names) => names.segment.text);
    expect(namingSentences(first ?? '', tokenize(first ?? ''), new Occupancy(0, [])).map((s) => s.text)).toContain("Stocks held by the Seafarers'");
    // The sentences parsed: all but the two in the middle of the quotation.
    expect(namingSentences(second ?? '', tokenize(second ?? ''), new Occupancy(0, [])).length).toBe(splitSentences(second ?? '').length - 2);
    for (const names of segments) {
      const { tags, people } = parsedAlone(names.segment.text);
      expect(names.tags.map((t) => `${t.start}+${t.end - t.start} ${[...t.tags].sort().join(',')}`)).toEqual(tags);
      expect(names.named.filter((n) => n.type === 'person').map((n) => `${n.start}`)).toEqual(people);
    }
  });
});
