// End to end: words, keyness, naming and kwic of the built command, tables and JSON (validated against the schemas).
import { Ajv } from 'ajv';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

import { loadCorpus } from '../../src/corpus/load.js';
import { keyness, keynessByTarget, keynessCounts, scoreKeyness } from '../../src/language/keyness.js';
import { BUNDLED, ROOT, runCli, tempCorpus, type CliResult } from '../helpers/cli.js';

const ESC = '\u001b';
const EURONEWS = 'euronews-2016-12-15';
const REUTERS = 'reuters-2016-12-22';
const INQUISITR = 'inquisitr-2016-12-16';
const MEE = 'mee-2016-12-15';
const FT = 'ft-2016-12-16';

function validator(name: string): (data: unknown) => string | null {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  return (data) => (validate(data) ? null : JSON.stringify(validate.errors?.slice(0, 3)));
}

/** Runs the command with NO_COLOR and expects success with nothing on stderr. */
async function ok(args: string[]): Promise<string> {
  const result = await runCli(args, { env: { NO_COLOR: '1' } });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

async function json(args: string[]): Promise<any> {
  return JSON.parse(await ok([...args, '--json']));
}

function expectFitsAndPlain(table: string): void {
  expect(table).not.toContain(ESC);
  for (const line of table.split('\n')) expect(line.length, line).toBeLessThanOrEqual(120);
}

/** A single line on stderr and exit 2. */
function expectUsageFault(result: CliResult, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe('words', () => {
  let table = '';
  let output: any;
  beforeAll(async () => {
    table = await ok(['words']);
    output = await json(['words']);
  });

  it('prints one row per report and a corpus row, within 120 columns and without escapes under NO_COLOR', async () => {
    expectFitsAndPlain(table);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^report\s+tokens\s+types\s+density\s+sent\s+words\/sent\s+Flesch RE\s+top content words/);
    for (const id of [EURONEWS, REUTERS, INQUISITR, MEE, FT]) expect(lines.filter((l) => l.startsWith(`${id} `))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('corpus (5) '))).toHaveLength(1);
    expect(table).toContain('Flesch reading ease');
  });

  it('--json validates against schemas/words.schema.json; the corpus row pools the reports', async () => {
    expect(validator('words')(output)).toBeNull();
    expect(output.command).toBe('words');
    expect(output.reports.map((r: any) => r.id)).toEqual([EURONEWS, REUTERS, INQUISITR, MEE, FT]);
    const sum = (key: string) => output.reports.reduce((n: number, r: any) => n + r[key], 0);
    expect(output.corpus.tokens).toBe(sum('tokens'));
    expect(output.corpus.sentences).toBe(sum('sentences'));
    expect(output.corpus.syllables).toBe(sum('syllables'));
    // the corpus row is pooled, not averaged: its density is below every report's, as words repeat across reports
    for (const r of output.reports) {
      expect(r.vocabularyDensity).toBeCloseTo(r.types / r.tokens, 10);
      expect(output.corpus.vocabularyDensity).toBeLessThan(r.vocabularyDensity);
      expect(r.topContentWords).toHaveLength(20);
    }
    expect(output.reports[0].file).toBe('000_fefbdc379cd161a4.txt');
  });

  it('csv gives the JSON fields of each report, unrounded', async () => {
    const csv = (await ok(['words', '--format', 'csv', '--top', '2'])).trimEnd().split('\r\n');
    expect(csv[0]).toBe('id,file,outlet,tokens,types,vocabularyDensity,sentences,meanSentenceLength,syllables,fleschReadingEase,topContentWords');
    const r = output.reports[1];
    expect(csv[2]).toBe(
      [r.id, r.file, r.outlet, r.tokens, r.types, r.vocabularyDensity, r.sentences, r.meanSentenceLength, r.syllables, r.fleschReadingEase]
        .concat(r.topContentWords.slice(0, 2).map((w: any) => `${w.word} ${w.count}`).join('; '))
        .join(','),
    );
  });

  it('--top sets how many content words JSON lists', async () => {
    const small = await json(['words', '--top', '3', '--report', REUTERS]);
    expect(small.reports).toHaveLength(1);
    expect(small.reports[0].topContentWords).toHaveLength(3);
    expect(small.reports[0].topContentWords[0]).toEqual(output.reports[1].topContentWords[0]);
  });

  it('stats --json carries the same word statistics under `language`; the stats table does not change', async () => {
    const stats = await json(['stats']);
    expect(validator('stats')(stats)).toBeNull();
    for (const [i, record] of stats.reports.entries()) {
      const { id, file, outlet, ...language } = output.reports[i];
      expect(record.id).toBe(id);
      expect(record.language).toEqual(language);
    }
    const ndjson = (await ok(['stats', '--format', 'ndjson'])).trim().split('\n').map((l) => JSON.parse(l));
    expect(ndjson[0].language.tokens).toBe(output.reports[0].tokens);
    expect(await ok(['stats'])).not.toMatch(/language|Flesch/);
  });
});

describe('one word counter', () => {
  it('stats bodyWords and sentences are words tokens and sentences, report by report', async () => {
    const stats = (await json(['stats'])).reports as Array<{ id: string; bodyWords: number; sentences: number }>;
    const words = (await json(['words'])).reports as Array<{ id: string; tokens: number; sentences: number }>;
    expect(stats.map((r) => [r.id, r.bodyWords, r.sentences])).toEqual(words.map((r) => [r.id, r.tokens, r.sentences]));
    expect(stats.find((r) => r.id === EURONEWS)?.bodyWords).toBe(556); // not 559: a hyphenated word (al-Assad) is one word
  });
});

describe('keyness', () => {
  it('prints a table per report within 120 columns; --json validates, each list ordered and significant', async () => {
    const table = await ok(['keyness', '--limit', '5']);
    expectFitsAndPlain(table);
    for (const id of [EURONEWS, REUTERS, INQUISITR, MEE, FT]) expect(table).toContain(`${id} against the 4 other reports`);
    const output = await json(['keyness', '--limit', '5']);
    expect(validator('keyness')(output)).toBeNull();
    expect(output.targets.map((t: any) => t.target)).toEqual([[EURONEWS], [REUTERS], [INQUISITR], [MEE], [FT]]);
    expect(output).toMatchObject({ minFrequency: 3, maxP: 0.05, limit: 5 });
    for (const target of output.targets) {
      expect(target.reference).toHaveLength(4);
      for (const use of ['overused', 'underused']) {
        const list = output.words.filter((w: any) => w.target[0] === target.target[0] && w.use === use);
        expect(list.length).toBeLessThanOrEqual(5);
        expect(list.map((w: any) => w.rank)).toEqual(list.map((_: unknown, i: number) => i + 1));
        const g2 = list.map((w: any) => Math.abs(w.g2));
        expect(g2).toEqual([...g2].sort((a, b) => b - a));
        for (const w of list) {
          expect(w.p).toBeLessThanOrEqual(0.05);
          expect(Math.sign(w.g2)).toBe(use === 'overused' ? 1 : -1);
          expect(w.targetCount + w.referenceCount).toBeGreaterThanOrEqual(3);
        }
      }
    }
    // "liberation" is Middle East Eye's word (5 times, never in the others' body text)
    expect(output.words.find((w: any) => w.target[0] === MEE && w.use === 'overused' && w.rank === 1)).toMatchObject({
      word: 'liberation',
      targetCount: 5,
      referenceCount: 0,
    });
  });

  it('counts each report once for all targets, with the results of keyness() target by target', async () => {
    const { articles } = loadCorpus(BUNDLED);
    const groups = [...articles.map((a) => [a.id]), [MEE, FT]];
    const options = { minFrequency: 2, limit: 7 };
    const results = keynessByTarget(articles, groups, options);
    // Counted as a reader would by hand: each report's words, summed over the target's reports and over the others'
    // (tokenising a report is the cost here, so each is counted once, and the sum checked against a count of the
    // reports together for the group of two)
    const byReport = new Map(articles.map((a) => [a.id, keynessCounts([a])]));
    const sum = (ids: string[]): Map<string, number> => {
      const total = new Map<string, number>();
      for (const a of articles) if (ids.includes(a.id)) for (const [word, n] of byReport.get(a.id)!) total.set(word, (total.get(word) ?? 0) + n);
      return total;
    };
    expect(sum([MEE, FT])).toEqual(keynessCounts(articles.filter((a) => a.id === MEE || a.id === FT)));
    groups.forEach((target, i) => {
      const targetCounts = sum(target);
      const referenceCounts = sum(articles.map((a) => a.id).filter((id) => !target.includes(id))); // in the reports' order, as counted together
      const expected = scoreKeyness(targetCounts, referenceCounts, 2).filter((s) => s.g2 > 0 && s.p <= 0.05).slice(0, 7);
      expect(results[i]!.overused).toEqual(expected);
      expect(results[i]!.targetTokens).toBe([...targetCounts.values()].reduce((a, b) => a + b, 0));
    });
  });

  it('takes a group as the target with a repeated --target, and --min-frequency', async () => {
    const output = await json(['keyness', '--target', MEE, '--target', FT, '--min-frequency', '4']);
    expect(output.targets).toEqual([expect.objectContaining({ target: [MEE, FT], reference: [EURONEWS, REUTERS, INQUISITR] })]);
    for (const w of output.words) {
      expect(w.target).toEqual([MEE, FT]);
      expect(w.targetCount + w.referenceCount).toBeGreaterThanOrEqual(4);
    }
    expect((await json(['keyness', '--target', MEE, '--min-frequency', '1000'])).words).toEqual([]);
  });

  it('finds the word planted in one report of a fixture corpus, and leaves an evenly spread word out', async () => {
    const dir = tempCorpus(false);
    const filler = (n: number) =>
      Array.from({ length: 12 }, (_, i) => `Officials counted ${i + n} trucks near the border crossing on Monday morning.`).join(' ');
    writeFileSync(join(dir, 'a.txt'), `First report\n\n${filler(1)} The zeppelin hovered. A zeppelin landed. Every zeppelin flew.\n`);
    writeFileSync(join(dir, 'b.txt'), `Second report\n\n${filler(2)} The convoy waited.\n`);
    writeFileSync(join(dir, 'c.txt'), `Third report\n\n${filler(3)} The convoy moved.\n`);
    const output = await json(['keyness', '--corpus', dir, '--target', 'a', '--min-frequency', '1']);
    expect(output.words.find((w: any) => w.use === 'overused' && w.rank === 1)).toMatchObject({ word: 'zeppelin', targetCount: 3, referenceCount: 0 });
    expect(output.words.some((w: any) => w.word === 'trucks' || w.word === 'officials')).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an unknown target, a target of every report, and a limit below 1, with exit 2', async () => {
    expectUsageFault(await runCli(['keyness', '--target', 'nobody']), /^aleppo-corpus: error: no report with id 'nobody'/);
    expectUsageFault(
      await runCli(['keyness', '--report', MEE, '--report', FT, '--target', MEE, '--target', FT]),
      /^aleppo-corpus: error: the target holds every report/,
    );
    expectUsageFault(await runCli(['keyness', '--report', MEE]), /needs at least two reports/);
    expectUsageFault(await runCli(['keyness', '--limit', '0']), /--limit <n>.*expected a whole number of words, 1 or more/);
  });
});

describe('naming', () => {
  let table = '';
  let output: any;
  beforeAll(async () => {
    table = await ok(['naming']);
    output = await json(['naming']);
  });
  const count = (report: string, label: string) => {
    const row = output.counts.find((c: any) => c.report === report && c.label === label);
    return row && { own: row.own, quoted: row.quoted, scare: row.scare };
  };

  it('prints a table per label set, with bars, within 120 columns and without escapes under NO_COLOR', async () => {
    expectFitsAndPlain(table);
    const lines = table.split('\n');
    for (const set of ['opposition', 'government', 'event']) expect(lines).toContain(set);
    // rebels: Reuters has the most (17), so the longest bar of the table; Euronews 8 gets 8 × 12 / 17 ≈ 6
    expect(lines.find((l) => /^\s+reuters\s+17\s/.test(l))).toContain('█'.repeat(12));
    expect(lines.find((l) => /^rebels\s+euronews\s+8\s/.test(l))).toMatch(/\s█{6}\s/);
    // Middle East Eye's liberation: none own, 3 quoted, 2 scare-quoted
    // (the event table's scale is FT's 12 evacuations: one character per use)
    expect(lines.some((l) => /^\s+mee\s+0\s+3\s+2\s+▒▒▒░░\s+Bashar al-Assad 3; /.test(l))).toBe(true);
  });

  it('--json validates and equals the hand counts of test/language/naming.test.ts, own voice and quoted apart', async () => {
    expect(validator('naming')(output)).toBeNull();
    expect(output.sets.map((s: any) => s.name)).toEqual(['opposition', 'government', 'event']);
    // Middle East Eye
    expect(count(MEE, 'rebels')).toEqual({ own: 9, quoted: 0, scare: 0 });
    expect(count(MEE, 'militants')).toEqual({ own: 1, quoted: 1, scare: 0 });
    expect(count(MEE, 'terrorists')).toEqual({ own: 0, quoted: 0, scare: 1 });
    expect(count(MEE, 'liberation')).toEqual({ own: 0, quoted: 3, scare: 2 });
    expect(count(MEE, 'evacuation')).toEqual({ own: 5, quoted: 2, scare: 0 });
    expect(output.counts.find((c: any) => c.report === MEE && c.label === 'militants').speakers).toEqual([
      { speaker: 'Viktor Poznikhir', voice: 'quoted', count: 1 },
    ]);
    // Euronews
    expect(count(EURONEWS, 'rebels')).toEqual({ own: 8, quoted: 0, scare: 0 });
    expect(count(EURONEWS, 'militants')).toEqual({ own: 0, quoted: 1, scare: 0 });
    expect(count(EURONEWS, 'liberation')).toEqual({ own: 0, quoted: 1, scare: 0 });
    // Inquisitr: “terrorists” and “Jihadists,” scare-quoted, Kerry's massacre quoted
    expect(count(INQUISITR, 'terrorists')).toEqual({ own: 0, quoted: 0, scare: 1 });
    expect(count(INQUISITR, 'jihadists')).toEqual({ own: 0, quoted: 0, scare: 1 });
    expect(count(INQUISITR, 'massacre')).toEqual({ own: 0, quoted: 1, scare: 0 });
    expect(count(INQUISITR, 'rebels')).toEqual({ own: 11, quoted: 0, scare: 0 });
    expect(count(INQUISITR, 'insurgents')).toEqual({ own: 3, quoted: 0, scare: 0 });
    // Financial Times
    expect(count(FT, 'regime')).toEqual({ own: 3, quoted: 0, scare: 0 });
    expect(count(FT, 'militants')).toEqual({ own: 0, quoted: 1, scare: 0 });
    expect(count(FT, 'radicals')).toEqual({ own: 0, quoted: 1, scare: 0 });
    expect(count(FT, 'government forces')).toEqual({ own: 0, quoted: 1, scare: 0 });
    expect(count(FT, 'rebels')).toEqual({ own: 12, quoted: 0, scare: 0 });
    expect(count(FT, 'evacuation')).toEqual({ own: 10, quoted: 2, scare: 0 });
    for (const c of output.counts) expect(c.total).toBe(c.own + c.quoted + c.scare);
  });

  it('counts a label added to a copy of labels.json, with no code change', async () => {
    const dir = tempCorpus();
    const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
    labels.sets[0].labels.push({ label: 'combatants', variants: ['combatant'] });
    writeFileSync(join(dir, 'labels.json'), JSON.stringify(labels, null, 2));
    const extended = await json(['naming', '--corpus', dir, '--report', INQUISITR]);
    expect(extended.counts.find((c: any) => c.label === 'combatants')).toMatchObject({ report: INQUISITR, set: 'opposition', own: 1, total: 1 });
    expect(output.counts.some((c: any) => c.label === 'combatants')).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a missing or malformed labels.json is one line naming the file, exit 2', async () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'labels.json'), '{"sets": [{"name": "x", "labels": [1]}]}');
    expectUsageFault(await runCli(['naming', '--corpus', dir]), new RegExp(`^aleppo-corpus: error: ${dir}/labels\\.json: line 1, column \\d+: `));
    rmSync(join(dir, 'labels.json'));
    expectUsageFault(await runCli(['naming', '--corpus', dir]), new RegExp(`^aleppo-corpus: error: ${dir}/labels\\.json: not found`));
    // the other commands do not need it
    expect((await runCli(['kwic', 'Idlib', '--corpus', dir])).code).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('csv gives one row per report and label', async () => {
    const csv = (await ok(['naming', '--format', 'csv'])).trimEnd().split('\r\n');
    expect(csv[0]).toBe('report,set,label,own,quoted,scare,total,speakers,forms');
    expect(csv).toHaveLength(output.counts.length + 1);
    expect(csv).toContain(`${MEE},opposition,terrorists,0,0,1,1,Viktor Poznikhir (scare) 1,terrorists`);
  });
});

describe('kwic', () => {
  const texts = new Map(
    [
      [EURONEWS, '000_fefbdc379cd161a4.txt'],
      [REUTERS, '001_900818fe0882e21f.txt'],
      [INQUISITR, '002_ed3549ab3757c1c3.txt'],
      [MEE, '003_6f636e5c008a4de9.txt'],
      [FT, '004_fbbc93feda2e0f75.txt'],
    ].map(([id, file]) => [id as string, readFileSync(join(BUNDLED, file as string), 'utf8')]),
  );
  let output: any;
  let table = '';
  beforeAll(async () => {
    output = await json(['kwic', 'Idlib']);
    table = await ok(['kwic', 'Idlib']);
  });

  it('--json validates; every Idlib of the body text, in order, as counted by hand', async () => {
    expect(validator('kwic')(output)).toBeNull();
    expect(output).toMatchObject({ term: 'Idlib', regex: false, window: 5 });
    // Euronews 4 (its heading "Destination Idlib" is not body), Reuters 5, Inquisitr 3, Middle East Eye 2, FT 2
    const perReport = [EURONEWS, REUTERS, INQUISITR, MEE, FT].map((id) => output.lines.filter((l: any) => l.report === id).length);
    expect(perReport).toEqual([4, 5, 3, 2, 2]);
    expect(output.lines.map((l: any) => l.report)).toEqual([...output.lines.map((l: any) => l.report)].sort((a: string, b: string) =>
      [EURONEWS, REUTERS, INQUISITR, MEE, FT].indexOf(a) - [EURONEWS, REUTERS, INQUISITR, MEE, FT].indexOf(b),
    ));
    for (const id of texts.keys()) {
      const lines = output.lines.filter((l: any) => l.report === id);
      const starts = lines.map((l: any) => l.offset[0]);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const line of lines) expect(texts.get(id)!.slice(line.offset[0], line.offset[1])).toBe('Idlib');
    }
    const mee = output.lines.filter((l: any) => l.report === MEE).map((l: any) => `${l.left} [${l.keyword}] ${l.right}`);
    expect(mee).toEqual(["pause in fighting in Syria's [Idlib] province, where many Aleppans would", 'soldiers to lead rebels towards [Idlib] .']);
    // three inside quotations: the IRC's (Euronews), de Mistura's (Reuters), an official's (Inquisitr)
    expect(output.lines.filter((l: any) => l.voice !== 'own').map((l: any) => [l.report, l.voice])).toEqual([
      [EURONEWS, 'quoted'],
      [REUTERS, 'quoted'],
      [INQUISITR, 'quoted'],
    ]);
    expect(output.lines.find((l: any) => l.report === REUTERS && l.voice === 'quoted').speaker).toBe('Staffan de Mistura');
  });

  it('aligns the keyword column within each report, marks the voice, fits 120 columns without escapes', async () => {
    expectFitsAndPlain(table);
    const groups = table.split('\n\n');
    expect(groups).toHaveLength(5);
    expect(groups[0]).toMatch(/^euronews-2016-12-15 \(Euronews\): 4 lines\n/);
    for (const group of groups) {
      const rows = group.split('\n').filter((l) => l.includes(' Idlib ') || l.includes(' Idlib,') || /^\s+Idlib\b/.test(l));
      expect(rows.length).toBeGreaterThan(0);
      const columns = new Set(rows.map((l) => l.search(/Idlib/)));
      expect(columns.size, group).toBe(1);
    }
    expect(table).toContain('quoted: Staffan de Mistura');
    expect(table).toMatch(/16 occurrences of "Idlib" in 5 reports, 3 inside quotations; 5 words each side\./);
  });

  it('--window sets the context in words; --regex takes a pattern; an invalid pattern is a usage error', async () => {
    const narrow = await json(['kwic', 'Idlib', '--window', '2', '--report', REUTERS]);
    expect(narrow.lines[0]).toMatchObject({ left: 'gone to', keyword: 'Idlib', right: ', which could' });
    const pattern = await json(['kwic', 'liberat\\w+', '--regex']);
    expect(pattern.regex).toBe(true);
    expect(pattern.lines.map((l: any) => l.keyword)).toEqual(['liberating', 'liberation', 'liberation', 'liberation', 'liberation', 'liberation', 'liberate']);
    expect(pattern.lines.filter((l: any) => l.voice === 'scare')).toHaveLength(2);
    expectUsageFault(await runCli(['kwic', '(', '--regex']), /^aleppo-corpus: error: invalid regular expression \/\(\/: /);
    expectUsageFault(await runCli(['kwic', 'Idlib', '--window', '-1']), /--window <n>.*expected a whole number of words, 0 or more/);
  });

  it('says so when nothing matches, exit 0', async () => {
    const result = await runCli(['kwic', 'zeppelin'], { env: { NO_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('No occurrence of "zeppelin" in the body text.\n');
    expect((await json(['kwic', 'zeppelin'])).lines).toEqual([]);
  });

  it('colours only when asked: FORCE_COLOR gives escapes, --no-color none', async () => {
    expect((await runCli(['kwic', 'Idlib', '--report', MEE], { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await runCli(['kwic', 'Idlib', '--report', MEE, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
  });
});
