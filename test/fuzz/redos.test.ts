// ReDoS guard: each stage that runs regular expressions gets 100 KB adversarial inputs and must finish within a generous bound.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintCorpus } from '../../src/check/rules.js';
import { buildArticle } from '../../src/corpus/article.js';
import { parseGazetteer } from '../../src/corpus/gazetteer.js';
import { segmentReport } from '../../src/corpus/segment.js';
import { extractArticle } from '../../src/extract/index.js';
import type { Article } from '../../src/types.js';

/**
 * The bound, per stage and input: far above any linear run (well under a second on the 2-core reference machine),
 * far below what catastrophic or quadratic backtracking over 100 KB costs. Not a performance test.
 */
const BOUND_MS = 20_000;
const SIZE = 100_000;

const GAZETTEER = parseGazetteer(readFileSync(new URL('../../corpus/gazetteer.json', import.meta.url), 'utf8'), 'gazetteer.json');

/** `unit` repeated to 100 KB, then a character that makes a pattern that almost matched fail at the very end. */
const run = (unit: string, tail = '!'): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE) + tail;

const INPUTS: Record<string, string> = {
  'spaces': run(' '),
  'spaces and tabs': run(' \t'),
  'a': run('a'),
  'a and spaces': run('a '),
  'em dashes': run('—'),
  'dashes and spaces': run('— '),
  'curly quote marks': run('“'),
  'straight quote marks': run('"'),
  'apostrophes': run("'"),
  'digits and commas': run('1,', 'x'),
  'digits, commas and spaces': run('1, '),
  'capitalised words': run('Abc '),
  'capitalised initials': run('A. '),
  'hyphenated capitalised words': run('Al-Abc '),
  'opening parentheses': run('('),
  'opening brackets': run('['),
  'tags without >': run('<a '),
  'entities without ;': run('&a'),
  'tweet closers without a date': run('— Abc (@abc) '),
  'CRLF': run('\r\n'),
  'one 100 KB line of sentences': run('The official said 10 people were evacuated on Thursday, about 200 wounded '),
};

/** The run as the whole file (a first line is a title candidate), and as a body paragraph after a title. */
function files(input: string): Record<string, string> {
  return { 'as the whole file': input, 'as a body paragraph': `A title\n\nA first paragraph.\n\n${input}\n` };
}

function elapsed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

function lint(article: Article): unknown {
  return lintCorpus({ articles: [article], skipped: [], manifest: null, manifestFile: 'manifest.json' });
}


describe.each(Object.entries(INPUTS))('100 KB of %s', (name, input) => {
  for (const [placement, text] of Object.entries(files(input))) {
    const article = buildArticle('adversarial.txt', text, null);
    const stages: Record<string, () => unknown> = {
      segmentReport: () => segmentReport(text, { publishedYear: 2016 }),
      buildArticle: () => buildArticle('adversarial.txt', text, null),
      extractArticle: () => extractArticle(article, GAZETTEER),
      lintCorpus: () => lint(article),
    };
    for (const [stage, work] of Object.entries(stages)) {
      it(`${stage} ${placement} within ${BOUND_MS / 1000} s`, () => {
        expect(elapsed(work)).toBeLessThan(BOUND_MS);
      }, 6 * BOUND_MS);
    }
  }
});
