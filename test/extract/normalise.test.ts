// namingSentences: compromise parses only the sentences that may name someone new, and a sentence parsed alone gets
// the tags and names it gets inside its paragraph (what makes skipping the other sentences safe).
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { bundledCorpusDir } from '../../src/corpus/open.js';
import { isTitleCased, matchAliases, namingSentences, Occupancy, tokenize, trimSpan, type Segment } from '../../src/extract/normalise.js';
import { compromise, type Doc } from '../../src/text/nlp.js';
import { splitSentences } from '../../src/text/sentences.js';
import { makeGazetteer } from '../helpers/builders.js';

const gazetteer = makeGazetteer({
  actors: [{ name: 'Russia', type: 'state', aliases: [], handles: [] }],
  places: [{ name: 'Aleppo', type: 'city', aliases: [], within: null }],
});

function parsedStarts(text: string): number[] {
  const segment: Segment = { kind: 'body', partIndex: 0, text, base: 0, excluded: [], embed: null };
  const taken = new Occupancy(text.length, matchAliases(segment, gazetteer).map((m): [number, number] => [m.start, m.end]));
  return namingSentences(text, tokenize(text), taken).map((s) => s.start);
}

describe('namingSentences', () => {
  it('parses a sentence with a capitalised word the gazetteer lacks, and skips one whose capitalised words are all listed or function words', () => {
    const text = 'The buses left Aleppo on Thursday. Russia said they left. Then Zouhir al-Shimale spoke.';
    expect(parsedStarts(text)).toEqual([text.indexOf('Then')]);
  });

  it('counts a name after an Arabic article (`al-Shimale`) and an acronym as capitalised words', () => {
    const text = 'They left Aleppo. al-Shimale spoke. They left. The ICRC spoke.';
    expect(parsedStarts(text)).toEqual([text.indexOf('al-Shimale'), text.indexOf('The ICRC')]);
  });

  it('gives each sentence to parse its own text and its start', () => {
    const text = 'Buses left. Ambulances left.';
    const parsed = namingSentences(text, tokenize(text), new Occupancy(text.length));
    expect(parsed.map((s) => [s.start, s.text])).toEqual([
      [0, 'Buses left.'],
      [12, 'Ambulances left.'],
    ]);
  });
});

/** Each term's tags and each person, place and organisation compromise finds, by offset in `text` (plus `base`). */
function readingOf(doc: Doc, base: number): { terms: string[]; names: string[] } {
  const at = (list: unknown, kind: string): string[] =>
    (list as Array<{ offset: { start: number; length: number } }>).map((x) => `${kind} ${base + x.offset.start}+${x.offset.length}`);
  const sentences = doc.json({ offset: true }) as Array<{ terms: Array<{ tags: string[]; offset: { start: number } }> }>;
  return {
    terms: sentences.flatMap((s) => s.terms.map((t) => `${base + t.offset.start} ${t.tags.join(',')}`)),
    names: [
      ...at(doc.people().json({ offset: true }), 'person'),
      ...at(doc.places().json({ offset: true }), 'place'),
      ...at(doc.organizations().json({ offset: true }), 'organisation'),
    ],
  };
}

describe('compromise reads a sentence alone as it reads it inside its paragraph', () => {
  const paragraphs = loadCorpus(bundledCorpusDir())
    .articles.flatMap((a) => a.parts)
    .filter((p) => p.kind === 'body' && splitSentences(p.text).length > 1);

  it('on every body paragraph of the bundled corpus with more than one sentence: the same tags and names', () => {
    expect(paragraphs.length).toBeGreaterThanOrEqual(25);
    for (const { text } of paragraphs) {
      const whole = readingOf(compromise()(text), 0);
      const alone = splitSentences(text).map((s) => readingOf(compromise()(s.text), s.offset[0]));
      expect({ terms: alone.flatMap((r) => r.terms), names: alone.flatMap((r) => r.names).sort() }, text).toEqual({ terms: whole.terms, names: whole.names.sort() });
    }
  });
});

describe('trimSpan', () => {
  const trimmed = (text: string): string => text.slice(...trimSpan(text, 0, text.length));

  it('drops quote marks, brackets and punctuation at either end, and a possessive', () => {
    expect(trimmed('“Aleppo’s')).toBe('Aleppo');
    expect(trimmed("(Homs's,")).toBe('Homs');
    expect(trimmed(' "Idlib." ')).toBe('Idlib');
    expect(trimmed('– Daraa’s’')).toBe('Daraa');
  });

  it('keeps letters outside ASCII, an abbreviation’s closing dot and a short word ending in s', () => {
    expect(trimmed('Érd’s')).toBe('Érd');
    expect(trimmed('Ḥamāh')).toBe('Ḥamāh');
    expect(trimmed('the U.N.')).toBe('the U.N.');
    expect(trimmed("'s")).toBe('s');
    expect(trimmed('...')).toBe('');
  });
});

describe('isTitleCased', () => {
  it('is true for four or more words nearly all capitalised, whatever the script of the capitals', () => {
    expect(isTitleCased('Rebels And Civilians Flee As City Falls')).toBe(true);
    expect(isTitleCased('Éric Ömer Ünal Ärzte Łódź')).toBe(true);
    expect(isTitleCased('“Rebels’ Last Stand” In Eastern Aleppo')).toBe(true);
  });

  it('is false for prose, for fewer than four words and for more than a few words in lower case', () => {
    expect(isTitleCased('Rebels and civilians flee as the city falls')).toBe(false);
    expect(isTitleCased('Aleppo Falls Today')).toBe(false);
    expect(isTitleCased('Rebels And Civilians flee as City Falls')).toBe(false);
    expect(isTitleCased('')).toBe(false);
  });
});
