// Property tests of the loader's pure half (buildArticle): arbitrary text never throws, parts point at their text.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/corpus/article.js';
import type { Article, ManifestEntry } from '../../src/types.js';

const CORPUS = new URL('../../corpus/', import.meta.url);
const REPORT_LINES = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(new URL(f, CORPUS), 'utf8').split('\n'))
  .filter((l) => l.trim());

/** Pieces a news report is made of, and the ones that trip a segmenter: quotes, datelines, tweet closers, CRLF, controls. */
const fragment = fc.oneof(
  fc.constantFrom(...REPORT_LINES),
  fc.constantFrom(...REPORT_LINES).chain((l) => fc.nat(l.length).map((n) => l.slice(n))),
  fc.constantFrom('“', '”', '"', '‘', '’', "'", '«', '»', '—', '–', '-', '(', ')', '[', ']', '©', '@', '#', '&amp;', '</a>', '<p>'),
  fc.constantFrom('BEIRUT, Dec 22 (Reuters) – ', 'ALEPPO, Syria — ', 'MOSCOW (AP) - ', 'By Jane Doe', 'Via FT', '(Reporting by A; writing by B)'),
  fc.constantFrom('— Someone (@handle) December 15, 2016', 'pic.twitter.com/abc', '— Name (@x) Dec 1, 2016', 'December 15, 2016'),
  fc.constantFrom(' ', '  ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', '\u00a0', '\u2028', '\ufeff'),
  fc.constantFrom('\u0000', '\u0007', '\u001b[31m', '\u001b]0;x\u0007', '\u007f', '\u0085', '\u009b'),
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n.toLocaleString('en-US')),
  fc.constantFrom('at least', 'about', 'more than', 'as many as', 'thousands', 'on Thursday', 'said', 'told', 'he said'),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
);

/** Texts of up to ~60 fragments, joined directly or by spaces or blank lines. */
const reportText = fc
  .tuple(fc.array(fragment, { maxLength: 60 }), fc.constantFrom('', ' ', '\n', '\n\n', '\r\n'))
  .map(([pieces, glue]) => pieces.join(glue));

const entry = fc.option(
  fc.record({
    id: fc.constant('fuzz'),
    file: fc.constant('fuzz.txt'),
    outlet: fc.option(fc.string({ maxLength: 10 })),
    published: fc.option(fc.constantFrom('2016-12-15', '2016-02-30', 'not a date', '')),
    byline: fc.option(fc.string({ maxLength: 10 })),
    url: fc.constant(null),
    notes: fc.constant(null),
  }) as fc.Arbitrary<ManifestEntry>,
);

const RUNS = { numRuns: 300 };

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function checkParts(article: Article): void {
  let end = 0;
  for (const part of article.parts) {
    const [a, b] = part.offset;
    expect(a).toBeGreaterThanOrEqual(end);
    expect(b).toBeGreaterThan(a);
    expect(article.text.slice(a, b)).toBe(part.text);
    expect(part.line).toBe(lineOf(article.text, a));
    if (part.embed) {
      expect(part.embed.textOffset[0]).toBeGreaterThanOrEqual(a);
      expect(part.embed.textOffset[1]).toBeLessThanOrEqual(b);
    }
    end = b;
  }
  if (article.dateline) expect(article.text.slice(...article.dateline.offset)).toBe(article.dateline.text);
}

describe('buildArticle on arbitrary text', () => {
  it('never throws, and every part points at its text, in order, without overlap', () => {
    fc.assert(
      fc.property(reportText, entry, (text, e) => {
        checkParts(buildArticle('fuzz.txt', text, e));
      }),
      RUNS,
    );
  });

  it('holds for any string at all, not only report-like ones', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checkParts(buildArticle('fuzz.txt', text, null));
      }),
      RUNS,
    );
  });

  it('puts every non-blank character of the file inside some part', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const article = buildArticle('fuzz.txt', text, null);
        const covered = new Uint8Array(text.length);
        for (const part of article.parts) covered.fill(1, part.offset[0], part.offset[1]);
        for (let i = 0; i < text.length; i++) {
          if (!/\s/.test(text[i]!) && !covered[i]) expect.fail(`character ${i} (${JSON.stringify(text[i])}) is in no part`);
        }
      }),
      RUNS,
    );
  });

  it('is deterministic: the same text twice gives deep-equal articles', () => {
    fc.assert(
      fc.property(reportText, entry, (text, e) => {
        expect(buildArticle('fuzz.txt', text, e)).toEqual(buildArticle('fuzz.txt', text, e));
      }),
      RUNS,
    );
  });
});
