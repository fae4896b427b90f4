// Property tests of the extractor: arbitrary reports never throw, every finding's offset points at its words, same in → same out.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/corpus/article.js';
import { parseGazetteer } from '../../src/corpus/gazetteer.js';
import { extractArticle, type ArticleFindings } from '../../src/extract/index.js';
import type { Article, Gazetteer, PartKind } from '../../src/types.js';
import { makeArticle, makeGazetteer } from '../helpers/builders.js';

const CORPUS = new URL('../../corpus/', import.meta.url);
const REPORTS = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, CORPUS), 'utf8'));
const SENTENCES = REPORTS.flatMap((r) => r.split(/\n|(?<=[.!?”])\s+/)).filter((s) => s.trim());
const BUNDLED_GAZETTEER = parseGazetteer(readFileSync(new URL('gazetteer.json', CORPUS), 'utf8'), 'gazetteer.json');

/** Pieces of real reports and the punctuation, numbers and controls that trip an extractor. */
const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SENTENCES) },
  fc.constantFrom(...SENTENCES).chain((s) => fc.tuple(fc.nat(s.length), fc.nat(s.length)).map(([a, b]) => s.slice(Math.min(a, b), Math.max(a, b)))),
  fc.constantFrom('“', '”', '"', '‘', '’', "'", '—', '–', '-', '(', ')', '[', ']', ',', '.', ':', ';', '@'),
  fc.constantFrom('BEIRUT, Dec 22 (Reuters) – ', '— Someone (@handle) December 15, 2016', 'on Thursday', 'last week', 'Dec. 15', '2016'),
  fc.constantFrom(' ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u0000', '\u001b[2J', '\u0085', '\ufeff'),
  fc.integer({ min: 0, max: 100_000_000 }).map((n) => n.toLocaleString('en-US')),
  fc.constantFrom('at least', 'about', 'some', 'more than', 'as many as', 'up to', 'two or three', 'dozens of', 'thousands of'),
  fc.constantFrom('people', 'buses', 'ambulances', 'rebels', 'civilians', 'killed', 'wounded', 'evacuated', 'hours', 'days'),
  fc.constantFrom('said', 'told reporters', 'according to', 'he said', 'she added', 'President', 'Mr', 'U.N.'),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 16 }),
);

const sentence = fc.array(fragment, { minLength: 1, maxLength: 25 }).map((p) => p.join(' '));

/** A whole report as a file's text, for the loader then the extractor. */
const reportText = fc.array(sentence, { maxLength: 8 }).map((s) => s.join('\n\n'));

/** An article built directly from labelled paragraphs, so body, caption and embed parts reach the extractor. */
const builtArticle = fc
  .record({
    published: fc.option(fc.constantFrom('2016-12-15', '2016-12-22', '2000-01-01')),
    paragraphs: fc.array(
      fc.record({
        kind: fc.constantFrom<PartKind>('body', 'body', 'body', 'caption', 'embed', 'heading', 'standfirst'),
        text: sentence,
        author: fc.oneof(fc.constantFrom('Someone', 'ICRC', 'Reuters'), fc.string({ maxLength: 8 })),
        handle: fc.option(fc.constantFrom('ICRC_sy', 'Reuters', 'x')),
      }),
      { maxLength: 6 },
    ),
  })
  .map((spec) => makeArticle(spec));

/** Gazetteers whose names hold regular-expression metacharacters and odd spacing. */
const oddName = fc.oneof(
  fc.constantFrom('U.N. (Geneva)', 'C++ [x]', 'a*b+?', 'Al-$1', '^Start$', 'back\\slash', '  spaced  ', '|', '.', 'Aleppo'),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }),
);
const oddGazetteer: fc.Arbitrary<Gazetteer> = fc
  .record({
    actors: fc.array(fc.record({ name: oddName, aliases: fc.array(oddName, { maxLength: 2 }), handles: fc.array(oddName, { maxLength: 1 }) }), { maxLength: 3 }),
    places: fc.array(fc.record({ name: oddName, aliases: fc.array(oddName, { maxLength: 2 }), within: fc.option(oddName) }), { maxLength: 3 }),
    roles: fc.array(oddName, { maxLength: 2 }),
  })
  .map((g) =>
    makeGazetteer({
      actors: g.actors.map((a) => ({ ...a, type: 'person' })),
      places: g.places.map((p) => ({ ...p, type: 'city' })),
      roles: g.roles,
    }),
  );

const gazetteer = fc.oneof({ weight: 3, arbitrary: fc.constant(BUNDLED_GAZETTEER) }, oddGazetteer);
const article = fc.oneof(reportText.map((text) => buildArticle('fuzz.txt', text, null)), builtArticle);

// Each run extracts a whole generated report: 30 runs keep the file near a second while the generators still reach
// every extractor (asserted below); a failure prints its seed to replay it.
const RUNS = { numRuns: 30 };

function at(article: Article, offset: [number, number]): string {
  expect(offset[0]).toBeGreaterThanOrEqual(0);
  expect(offset[1]).toBeGreaterThanOrEqual(offset[0]);
  expect(offset[1]).toBeLessThanOrEqual(article.text.length);
  return article.text.slice(offset[0], offset[1]);
}

function checkOffsets(article: Article, findings: ArticleFindings): void {
  expect(findings.report).toBe(article.id);
  for (const f of findings.figures) {
    expect(at(article, f.offset)).toBe(f.text);
    expect(f.sentence).toContain(f.text);
  }
  for (const d of findings.dates) expect(at(article, d.offset)).toBe(d.text);
  for (const e of findings.events) expect(at(article, e.dateOffset)).toBe(e.dateText);
  for (const q of findings.quotes) expect(at(article, q.offset)).toBe(q.text);
  for (const a of findings.actors) expect(at(article, a.offset)).toBe(a.alias);
  for (const p of findings.places) expect(at(article, p.offset)).toBe(p.spelling);
}

describe('extractArticle on arbitrary reports', () => {
  it('points every figure, date, event, quote, actor and place at the words it claims (bundled reports)', () => {
    for (const [i, text] of REPORTS.entries()) {
      const a = buildArticle(`r${i}.txt`, text, null);
      checkOffsets(a, extractArticle(a, BUNDLED_GAZETTEER));
    }
  });

  it('never throws, and every offset points at the words it claims', () => {
    const seen = { figures: 0, dates: 0, quotes: 0, actors: 0, places: 0 };
    fc.assert(
      fc.property(article, gazetteer, (a, g) => {
        const findings = extractArticle(a, g);
        checkOffsets(a, findings);
        for (const key of Object.keys(seen) as Array<keyof typeof seen>) seen[key] += findings[key].length;
      }),
      RUNS,
    );
    // the generated reports do reach every extractor, so the checks above are not vacuous
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(0);
  });

  it('is deterministic: the same article twice gives deep-equal findings', () => {
    fc.assert(
      fc.property(article, gazetteer, (a, g) => {
        expect(extractArticle(a, g)).toEqual(extractArticle(structuredClone(a), structuredClone(g)));
      }),
      RUNS,
    );
  });
});
