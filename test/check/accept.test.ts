// Accepted problems: parsing accepted.json with positioned faults, matching problems, and runCheck with a baseline.
import { describe, expect, it } from 'vitest';
import { applyAccepted, parseAccepted, type Acceptance } from '../../src/check/accept.js';
import { ALL_RULES, runCheck } from '../../src/check/index.js';
import { InputError } from '../../src/errors.js';
import type { Problem } from '../../src/types.js';
import { makeArticle } from '../helpers/builders.js';

const RULE_IDS = ALL_RULES.map((r) => r.id);

const problem = (overrides: Partial<Problem> = {}): Problem => ({
  rule: 'html-residue',
  severity: 'error',
  file: 'a.txt',
  line: 4,
  column: 2,
  message: 'HTML left in the text: </a> &mdash;',
  ...overrides,
});

const acceptance = (overrides: Partial<Acceptance> = {}): Acceptance => ({
  rule: 'html-residue',
  file: 'a.txt',
  line: null,
  message: null,
  reason: 'known',
  at: { line: 1, column: 1 },
  ...overrides,
});

function faultOf(text: string): string {
  try {
    parseAccepted(text, 'accepted.json', RULE_IDS);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('no fault');
}

describe('parseAccepted', () => {
  it('reads entries with optional line and message, and the position of each entry', () => {
    const text = [
      '{',
      '  "accepted": [',
      '    { "rule": "mojibake", "file": "a.txt", "reason": "as received" },',
      '    { "rule": "html-residue", "file": "b.txt", "line": 7, "message": "&mdash;", "reason": "embed markup" }',
      '  ]',
      '}',
    ].join('\n');
    expect(parseAccepted(text, 'accepted.json', RULE_IDS)).toEqual([
      { rule: 'mojibake', file: 'a.txt', line: null, message: null, reason: 'as received', at: { line: 3, column: 5 } },
      { rule: 'html-residue', file: 'b.txt', line: 7, message: '&mdash;', reason: 'embed markup', at: { line: 4, column: 5 } },
    ]);
  });

  it('names the file, line and column of each fault', () => {
    const entry = (body: string) => `{\n  "accepted": [\n    ${body}\n  ]\n}\n`;
    expect(faultOf(entry('{ "rule": "mojibake", "file": "a.txt" }'))).toBe('accepted.json: line 3, column 5: accepted[0].reason is required');
    expect(faultOf(entry('{ "rule": "mojibake", "file": "a.txt", "reason": "  " }'))).toBe(
      'accepted.json: line 3, column 54: accepted[0].reason must be a non-empty string',
    );
    expect(faultOf(entry('{ "rule": "mojibak", "file": "a.txt", "reason": "x" }'))).toMatch(
      /^accepted\.json: line 3, column 15: accepted\[0\]\.rule names no rule: "mojibak" \(rules: no-metadata, /,
    );
    expect(faultOf(entry('{ "rule": "mojibake", "file": "a.txt", "line": 0, "reason": "x" }'))).toBe(
      'accepted.json: line 3, column 52: accepted[0].line must be a whole number from 1',
    );
    expect(faultOf(entry('{ "rule": "mojibake", "file": "a.txt", "lines": 3, "reason": "x" }'))).toMatch(
      /^accepted\.json: line 3, column 53: accepted\[0\]\.lines is not a known key \(use rule, file, line, message, reason\)$/,
    );
    expect(faultOf(entry('"mojibake"'))).toBe('accepted.json: line 3, column 5: accepted[0] must be an object');
    expect(faultOf('{"accepted": {}}')).toBe('accepted.json: line 1, column 14: accepted must be an array');
    expect(faultOf('{\n  "accepted": [,]\n}')).toMatch(/^accepted\.json: invalid JSON at line 2, column 16/);
  });

  it('refuses to accept a change of facts: that is what check --update records', () => {
    expect(faultOf('{"accepted": [{"rule": "facts-changed", "file": "a.txt", "reason": "x"}]}')).toMatch(
      /accepted\[0\]\.rule cannot be facts-changed: record a change of facts with `check --update`/,
    );
  });
});

describe('applyAccepted', () => {
  it('accepts by rule and file, and by line and message words when given', () => {
    const problems = [problem(), problem({ line: 9 }), problem({ file: 'b.txt' }), problem({ rule: 'mojibake' })];
    const { problems: checked, unused } = applyAccepted(problems, [acceptance({ line: 4, reason: 'only line 4' })]);
    expect(checked.map((p) => [p.file, p.line, p.rule, p.accepted, p.reason])).toEqual([
      ['a.txt', 4, 'html-residue', true, 'only line 4'],
      ['a.txt', 9, 'html-residue', false, null],
      ['b.txt', 4, 'html-residue', false, null],
      ['a.txt', 4, 'mojibake', false, null],
    ]);
    expect(unused).toEqual([]);
    expect(applyAccepted([problem()], [acceptance({ message: '&mdash;' })]).problems[0]?.accepted).toBe(true);
    expect(applyAccepted([problem()], [acceptance({ message: '&nbsp;' })]).problems[0]?.accepted).toBe(false);
  });

  it('returns the acceptances that matched nothing, and never accepts facts-changed', () => {
    const facts = problem({ rule: 'facts-changed' });
    const { problems, unused } = applyAccepted([facts], [acceptance({ rule: 'facts-changed' }), acceptance({ file: 'gone.txt' })]);
    expect(problems[0]?.accepted).toBe(false);
    expect(unused.map((a) => a.file)).toEqual(['a.txt', 'gone.txt']);
  });
});

describe('runCheck with accepted.json', () => {
  const html = makeArticle({ id: 'a', file: 'a.txt', paragraphs: ['Aid arrived.</a></p>&mdash; More aid arrived later that day.'] });
  const corpus = { articles: [html], skipped: [], manifest: null, manifestText: null };
  const lock = runCheck(corpus, [{ report: 'a', figures: [], dates: [], events: [], actors: [], places: [], quotes: [] }], null, null).lockText;
  const findings = [{ report: 'a', figures: [], dates: [], events: [], actors: [], places: [], quotes: [] }];

  it('fails on the HTML rule, and passes when accepted.json accepts it, with the reason', () => {
    const failing = runCheck(corpus, findings, lock, null);
    expect(failing.problems.map((p) => [p.rule, p.severity, p.line, p.accepted])).toEqual([['html-residue', 'error', 1, false]]);
    expect(failing.hasFailed).toBe(true);
    const accepted = '{"accepted": [{"rule": "html-residue", "file": "a.txt", "message": "&mdash;", "reason": "scraped so"}]}';
    const passing = runCheck(corpus, findings, lock, accepted);
    expect(passing.problems).toEqual([expect.objectContaining({ rule: 'html-residue', accepted: true, reason: 'scraped so' })]);
    expect(passing.hasFailed).toBe(false);
    expect(passing.counts).toMatchObject({ errors: 0, warnings: 0, accepted: 1 });
  });

  it('warns at the entry of an acceptance that matches nothing', () => {
    const text = '{\n  "accepted": [\n    {"rule": "html-residue", "file": "a.txt", "reason": "x"},\n    {"rule": "mojibake", "file": "a.txt", "reason": "old"}\n  ]\n}\n';
    const result = runCheck(corpus, findings, lock, text);
    const unused = result.problems.find((p) => p.rule === 'unused-acceptance');
    expect(unused).toMatchObject({ severity: 'warning', file: 'accepted.json', line: 4, column: 5, accepted: false });
    expect(unused?.message).toBe('accepted mojibake in a.txt matches no problem: remove the entry');
    expect(result.hasFailed).toBe(false);
  });
});
