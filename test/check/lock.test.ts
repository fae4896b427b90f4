// The facts lock: building, stable serialising, parsing with positioned faults, diffs in words, and runCheck around it.
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/index.js';
import { buildLock, diffLocks, lockReport, parseLock, serialiseLock, valuePhrase, type FactsLock } from '../../src/check/lock.js';
import { InputError } from '../../src/errors.js';
import type { ArticleFindings } from '../../src/extract/index.js';
import type { ActorMention, Article, DateMention, Figure, PlaceMention } from '../../src/types.js';
import { makeArticle } from '../helpers/builders.js';
import { makeFigure } from '../helpers/figures.js';

const P1 = 'Syrian state TV showed 10 ambulances near Aleppo on Thursday.';
const P2 = 'At least 34,000 people have been evacuated, the United Nations said.';

/** A two-paragraph report (lines 1 and 3) with `text` as its second paragraph. */
function article(second = P2, overrides: { id?: string; file?: string; outlet?: string } = {}): Article {
  return makeArticle({ id: overrides.id ?? 'wire-1', file: overrides.file ?? '001.txt', outlet: overrides.outlet ?? 'Wire', paragraphs: [P1, second] });
}

function at(a: Article, words: string): [number, number] {
  const start = a.text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in the text`);
  return [start, start + words.length];
}

function figure(a: Article, words: string, overrides: Partial<Figure>): Figure {
  return makeFigure({ report: a.id, text: words, offset: at(a, words), ...overrides });
}

function actor(a: Article, name: string, words = name): ActorMention {
  return { report: a.id, name, type: 'organisation', inGazetteer: true, alias: words, role: null, offset: at(a, words) };
}

function place(a: Article, name: string): PlaceMention {
  return { report: a.id, name, type: 'city', inGazetteer: true, within: null, spelling: name, isSuggested: false, offset: at(a, name) };
}

function date(a: Article, words: string, iso: string): DateMention {
  return { report: a.id, text: words, offset: at(a, words), date: iso, precision: 'day', basis: 'inferred' };
}

/** Findings of `article()`: the ambulances and the evacuees (value from the words), two actors, a place, a date. */
function findings(a: Article, evacuees = '34,000', extra: Partial<ArticleFindings> = {}): ArticleFindings {
  const words = `At least ${evacuees} people`;
  return {
    report: a.id,
    figures: [
      figure(a, words, { measure: 'evacuees', value: Number(evacuees.replace(/,/g, '')), qualifier: 'at_least', attribution: 'United Nations', high: null, low: Number(evacuees.replace(/,/g, '')) }),
      figure(a, '10 ambulances', { measure: 'ambulances', subject: 'ambulances', value: 10, attribution: 'Syrian state TV' }),
    ],
    dates: [date(a, 'on Thursday', '2016-12-15')],
    events: [],
    actors: [actor(a, 'United Nations'), actor(a, 'Syrian state TV'), actor(a, 'United Nations', 'United Nations')],
    places: [place(a, 'Aleppo')],
    quotes: [],
    ...extra,
  };
}

function lockOf(a: Article, f: ArticleFindings): FactsLock {
  return buildLock([a], [f]);
}

describe('lockReport and buildLock', () => {
  it('records each figure with its facts and line, in file order, and names once each, by name', () => {
    const a = article();
    const report = lockReport(a, findings(a));
    expect(report.figures.map((f) => [f.line, f.measure, f.value, f.qualifier, f.claimant])).toEqual([
      [1, 'ambulances', 10, 'exact', 'Syrian state TV'],
      [3, 'evacuees', 34000, 'at_least', 'United Nations'],
    ]);
    expect(report.actors).toEqual([
      { name: 'Syrian state TV', type: 'organisation', line: 1 },
      { name: 'United Nations', type: 'organisation', line: 3 },
    ]);
    expect(report.places).toEqual([{ name: 'Aleppo', type: 'city', line: 1 }]);
    expect(report.dates).toEqual([{ line: 1, text: 'on Thursday', date: '2016-12-15', precision: 'day' }]);
    expect(report).toMatchObject({ id: 'wire-1', outlet: 'Wire' });
  });

  it('keys reports by file and leaves out an article without findings', () => {
    const a = article();
    const b = article(P2, { id: 'wire-2', file: '002.txt' });
    const lock = buildLock([a, b], [findings(a)]);
    expect([...lock.reports.keys()]).toEqual(['001.txt']);
  });
});

describe('serialiseLock', () => {
  it('gives the same text whatever the order of the findings and reports, one entry per line, with a trailing newline', () => {
    const a = article();
    const b = article(P2, { id: 'wire-2', file: '002.txt' });
    const fa = findings(a);
    const fb = findings(b);
    const shuffled: ArticleFindings = { ...fa, figures: [...fa.figures].reverse(), actors: [...fa.actors].reverse(), dates: [...fa.dates].reverse() };
    const one = serialiseLock(buildLock([a, b], [fa, fb]));
    const two = serialiseLock(buildLock([b, a], [fb, shuffled]));
    expect(two).toBe(one);
    expect(one.endsWith('}\n')).toBe(true);
    expect(one.indexOf('"001.txt"')).toBeLessThan(one.indexOf('"002.txt"'));
    const figureLines = one.split('\n').filter((line) => line.includes('"measure"'));
    expect(figureLines).toHaveLength(4);
    expect(figureLines[0]).toMatch(/^ {8}\{ "line": 1, "measure": "ambulances", "subject": "ambulances", "value": 10, "qualifier": "exact",/);
    expect(JSON.parse(one).lockVersion).toBe(1);
  });

  it('writes an empty list as [] and an empty lock as valid JSON', () => {
    const a = article();
    const text = serialiseLock(lockOf(a, findings(a, '34,000', { places: [] })));
    expect(text).toContain('"places": [],');
    expect(JSON.parse(serialiseLock({ lockVersion: 1, reports: new Map() }))).toEqual({ lockVersion: 1, reports: {} });
  });

  it('escapes control characters, so the lock is JSON whatever a report holds', () => {
    const a = article();
    const f = findings(a);
    const odd: ArticleFindings = { ...f, figures: f.figures.map((x) => ({ ...x, text: `${x.text}\u0085\u001b[31m\u007f` })) };
    const text = serialiseLock(lockOf(a, odd));
    expect(text).toContain('\\u0085\\u001b[31m\\u007f');
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    expect(() => JSON.parse(text)).not.toThrow();
  });
});

describe('parseLock', () => {
  it('reads back what serialiseLock wrote', () => {
    const a = article();
    const lock = lockOf(a, findings(a));
    expect(parseLock(serialiseLock(lock), 'facts.lock.json')).toEqual(lock);
  });

  it('names the file, line and column of a value of the wrong type', () => {
    const a = article();
    const text = serialiseLock(lockOf(a, findings(a))).replace('"value": 10,', '"value": "10",');
    const line = text.split('\n').findIndex((l) => l.includes('"value": "10"')) + 1;
    expect(() => parseLock(text, 'facts.lock.json')).toThrow(InputError);
    expect(() => parseLock(text, 'facts.lock.json')).toThrow(new RegExp(`^facts\\.lock\\.json: line ${line}, column \\d+: reports\\["001\\.txt"\\]\\.figures\\[0\\]\\.value must be a number or null`));
  });

  it('names the position of a syntax fault, and refuses another lock version', () => {
    expect(() => parseLock('{\n  "lockVersion": 1,\n  "reports": {,}\n}\n', 'facts.lock.json')).toThrow(/facts\.lock\.json: invalid JSON at line 3, column 15/);
    expect(() => parseLock('{"lockVersion": 2, "reports": {}}', 'facts.lock.json')).toThrow(/lockVersion must be 1/);
  });
});

describe('diffLocks', () => {
  it('says what a changed number changed, in words, at the line', () => {
    const a = article();
    const b = article(P2.replace('34,000', '43,000'));
    const changes = diffLocks(lockOf(a, findings(a)), lockOf(b, findings(b, '43,000')));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ file: '001.txt', report: 'wire-1', section: 'figure', change: 'changed', line: 3 });
    expect(changes[0]?.message).toBe('Wire: evacuees at least 34,000 -> at least 43,000 (line 3)');
  });

  it('finds no change when a figure only moved to another line', () => {
    const a = article();
    const moved = makeArticle({ id: 'wire-1', file: '001.txt', outlet: 'Wire', paragraphs: ['A new first paragraph.', P1, P2] });
    const changes = diffLocks(lockOf(a, findings(a)), lockOf(moved, findings(moved)));
    expect(changes).toEqual([]);
  });

  it('reports a claimant changed, a figure added or gone, actors and places added or gone, a date changed', () => {
    const a = article();
    const before = findings(a);
    const after = findings(a, '34,000', {
      figures: [
        { ...(before.figures[0] as Figure), attribution: null },
        figure(a, 'people', { measure: 'other', value: null, qualifier: 'vague', low: 2000, high: 999999, text: 'people' }),
      ],
      actors: [actor(a, 'United Nations')],
      places: [],
      dates: [date(a, 'on Thursday', '2016-12-14')],
    });
    const messages = diffLocks(lockOf(a, before), lockOf(a, after)).map((c) => c.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Wire: evacuees at least 34,000; claimant United Nations -> none (line 3)',
        expect.stringMatching(/^Wire: new figure: other "people" \(2,000-999,999\) \(subject people, as of 2016-12-15\) \(line 3\)$/),
        expect.stringMatching(/^Wire: figure gone: ambulances 10 \(subject ambulances, claimed by Syrian state TV, as of 2016-12-15\) \(was line 1\)$/),
        'Wire: actor gone: Syrian state TV (organisation) (was line 1)',
        'Wire: place gone: Aleppo (city) (was line 1)',
        'Wire: date "on Thursday" 2016-12-15 -> 2016-12-14 (line 1)',
      ]),
    );
    expect(messages).toHaveLength(6);
  });

  it('reports a new report and a report gone, and skips files it is told to ignore', () => {
    const a = article();
    const b = article(P2, { id: 'wire-2', file: '002.txt', outlet: 'Other' });
    const stored = lockOf(a, findings(a));
    const fresh = buildLock([b], [findings(b)]);
    const changes = diffLocks(stored, fresh);
    expect(changes.map((c) => [c.file, c.section, c.change, c.line])).toEqual([
      ['001.txt', 'report', 'gone', null],
      ['002.txt', 'report', 'added', null],
    ]);
    expect(changes[1]?.message).toBe('Other: new report, not in facts.lock.json: 2 figure(s), 2 actor(s), 1 place(s), 1 date(s)');
    expect(diffLocks(stored, fresh, new Set(['001.txt', '002.txt']))).toEqual([]);
  });
});

describe('valuePhrase', () => {
  it('words each qualifier', () => {
    expect(valuePhrase({ ...lockFigure(), value: 1000, qualifier: 'more_than', low: 1000, high: null })).toBe('more than 1,000');
    expect(valuePhrase({ ...lockFigure(), value: 200, qualifier: 'approx', low: 180, high: 220 })).toBe('about 200');
    expect(valuePhrase({ ...lockFigure(), value: 2, qualifier: 'range', low: 2, high: 3 })).toBe('2-3');
    expect(valuePhrase({ ...lockFigure(), value: 4, qualifier: 'exact', low: 4, high: 4, unit: 'years' })).toBe('4 years');
    expect(valuePhrase({ ...lockFigure(), value: null, qualifier: 'vague', low: 2000, high: 999999, text: 'thousands' })).toBe('"thousands" (2,000-999,999)');
  });
});

function lockFigure() {
  const a = article();
  return lockReport(a, findings(a)).figures[0]!;
}

describe('runCheck and the lock', () => {
  const a = article();
  const corpus = { articles: [a], skipped: [], manifest: null, manifestText: null };
  const stored = serialiseLock(lockOf(a, findings(a)));

  it('passes when the facts are those locked, and the fresh text equals the stored one', () => {
    const result = runCheck(corpus, [findings(a)], stored, null);
    expect(result.problems.filter((p) => p.rule.startsWith('facts'))).toEqual([]);
    expect(result.isLockStale).toBe(false);
    expect(result.lockText).toBe(stored);
  });

  it('fails with a facts-changed error at the figure line, recorded (accepted) under --update', () => {
    const b = article(P2.replace('34,000', '43,000'));
    const changed = { ...corpus, articles: [b] };
    const result = runCheck(changed, [findings(b, '43,000')], stored, null);
    const problem = result.problems.find((p) => p.rule === 'facts-changed');
    expect(problem).toMatchObject({ severity: 'error', file: '001.txt', line: 3, accepted: false });
    expect(result.hasFailed).toBe(true);
    expect(result.counts.factsChanged).toBe(1);
    const updated = runCheck(changed, [findings(b, '43,000')], stored, null, { isUpdate: true });
    expect(updated.problems.find((p) => p.rule === 'facts-changed')).toMatchObject({ accepted: true, reason: 'recorded in facts.lock.json by --update' });
    expect(updated.hasFailed).toBe(false);
    expect(updated.lockText).toContain('"value": 43000');
  });

  it('warns, without failing, when there is no lock or when only its lines are old', () => {
    const missing = runCheck(corpus, [findings(a)], null, null);
    expect(missing.problems.map((p) => [p.rule, p.severity])).toEqual([['facts-lock-missing', 'warning']]);
    expect(missing.hasFailed).toBe(false);
    const moved = makeArticle({ id: 'wire-1', file: '001.txt', outlet: 'Wire', paragraphs: ['A new first paragraph.', P1, P2] });
    const stale = runCheck({ ...corpus, articles: [moved] }, [findings(moved)], stored, null);
    expect(stale.problems.map((p) => p.rule)).toEqual(['facts-lock-stale']);
    expect(stale.hasFailed).toBe(false);
  });

  it('keeps the locked facts of a report that could not be read, and throws on a malformed lock unless updating', () => {
    const skipped = { ...corpus, skipped: [{ file: '002.txt', reason: 'empty' as const, message: 'the file is empty' }] };
    const b = article(P2, { id: 'wire-2', file: '002.txt' });
    const both = serialiseLock(buildLock([a, b], [findings(a), findings(b)]));
    const result = runCheck(skipped, [findings(a)], both, null);
    expect(result.problems.map((p) => p.rule)).toEqual(['empty-report']);
    expect(result.lockText).toBe(both);
    expect(() => runCheck(corpus, [findings(a)], '{"lockVersion": 1,', null)).toThrow(/facts\.lock\.json: invalid JSON at line 1/);
    expect(runCheck(corpus, [findings(a)], '{"lockVersion": 1,', null, { isUpdate: true }).lockText).toBe(stored);
  });
});
