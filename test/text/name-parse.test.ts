// name-parse.ts: the whole-tagger parse (taggedParse) gives every term the tags and root that compromise's own
// `nlp(text)` gives it, its post-tagger's patterns swept our way instead of compromise's.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { bundledCorpusDir } from '../../src/corpus/open.js';
import { nameParse, taggedParse } from '../../src/text/name-parse.js';
import { compromise, type Doc } from '../../src/text/nlp.js';

/** Each term of a parse as one line: its text, normal form, root, sorted tags and offset. */
function terms(doc: Doc): string[] {
  doc.compute('root');
  doc.compute('offset');
  const docs = (doc as unknown as { docs: Array<Array<{ text: string; normal: string; root?: string; tags: Set<string>; offset: { start: number; length: number } }>> }).docs;
  return docs.flat().map((t) => [t.text, t.normal, t.root ?? '', [...t.tags].sort().join(','), t.offset.start, t.offset.length].join(' | '));
}

/** Text where the post-tagger decides much: contractions, possessives, money, dates, verbs that are nouns, titles. */
const HARD = [
  "Rebels won't leave, and the army can't stay: 'We'll see,' said Gen. Ali's spokesman on Dec. 13, 2016.",
  'The U.N. estimated $5.5m in aid; 1,000 people, including 47 orphans, were evacuated by 8 a.m. Thursday.',
  'Buses left the besieged district as shelling resumed, witnesses said, while the convoy waited near the checkpoint.',
  'The Syrian Observatory for Human Rights, a Britain-based monitor, said at least 82 civilians had been killed.',
  'Turkey and Russia brokered the ceasefire; Iran-backed militias were accused of blocking it until late Wednesday.',
];

describe('taggedParse', () => {
  it('tags every term as nlp(text) does, on hard sentences and on the bundled reports', () => {
    const parts = loadCorpus(bundledCorpusDir())
      .articles.flatMap((a) => a.parts)
      .filter((p) => p.kind === 'body')
      .map((p) => p.text);
    expect(parts.length).toBeGreaterThan(50);
    for (const text of [...HARD, HARD.join(' '), ...parts]) {
      const ours = terms(taggedParse(text));
      expect(ours.length, text).toBeGreaterThan(0);
      expect(ours, text).toEqual(terms(compromise()(text)));
    }
  });

  it('keeps the names parse and the whole parse apart, in either order', () => {
    const text = HARD[1] as string;
    const whole = terms(compromise()(text));
    const names = terms(nameParse(text));
    // the names parse leaves out patterns that tag this text (money, dates): the two must differ here to tell them apart
    expect(names).not.toEqual(whole);
    expect(terms(taggedParse(text))).toEqual(whole);
    expect(terms(nameParse(text))).toEqual(names);
    expect(terms(taggedParse(text))).toEqual(whole);
  });
});
