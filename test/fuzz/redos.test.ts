// ReDoS guard: each stage that runs regular expressions gets 60 KB adversarial inputs and must finish within a bound.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintCorpus } from '../../src/check/rules.js';
import { buildArticle } from '../../src/corpus/article.js';
import { parseGazetteer } from '../../src/corpus/gazetteer.js';
import { segmentReport } from '../../src/corpus/segment.js';
import { extractArticle } from '../../src/extract/index.js';
import type { Article } from '../../src/types.js';

/**
 * The bound, in CPU time (user and system) per stage and input: well above any linear run, well below what quadratic
 * backtracking over SIZE costs. CPU time rather than wall time, so that other work on the machine (the other test
 * worker, other jobs) does not count: each test worker is a process of its own (vitest's default pool, forks). Not a
 * performance test. Measured on the 2-core reference machine: the slowest stage on the slowest input
 * (extractArticle, which parses the text with compromise) takes 0.45 s of CPU at 60 KB, 0.75 s for its first call,
 * which also loads the lexicon; a pattern known to be quadratic, /\s+$/ on 60 KB of spaces then '!', takes 3.3 s
 * (2.0 s at 40 KB, 0.6 s at 20 KB: too close to the linear stages to put a bound between them). Exponential
 * backtracking would not finish at all.
 */
const BOUND_MS = 1_500;
const SIZE = 60_000;

const GAZETTEER = parseGazetteer(readFileSync(new URL('../../corpus/gazetteer.json', import.meta.url), 'utf8'), 'gazetteer.json');

/** `unit` repeated to SIZE characters, then a character that makes a pattern that almost matched fail at the very end. */
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
  'one line of sentences': run('The official said 10 people were evacuated on Thursday, about 200 wounded '),
};

/** The run as the whole file (a first line is a title candidate), and as a body paragraph after a title. */
function files(input: string): Record<string, string> {
  return { 'as the whole file': input, 'as a body paragraph': `A title\n\nA first paragraph.\n\n${input}\n` };
}

/** Milliseconds of CPU time (user and system) this process spends on `work`. */
function elapsed(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function lint(article: Article): unknown {
  return lintCorpus({ articles: [article], skipped: [], manifest: null, manifestFile: 'manifest.json' });
}


describe.each(Object.entries(INPUTS))(`${SIZE / 1000} KB of %s`, (name, input) => {
  for (const [placement, text] of Object.entries(files(input))) {
    const article = buildArticle('adversarial.txt', text, null);
    const stages: Record<string, () => unknown> = {
      segmentReport: () => segmentReport(text, { publishedYear: 2016 }),
      buildArticle: () => buildArticle('adversarial.txt', text, null),
      extractArticle: () => extractArticle(article, GAZETTEER),
      lintCorpus: () => lint(article),
    };
    for (const [stage, work] of Object.entries(stages)) {
      it(`${stage} ${placement} within ${BOUND_MS / 1000} s of CPU`, () => {
        expect(elapsed(work)).toBeLessThan(BOUND_MS);
      }, 20 * BOUND_MS);
    }
  }
});
