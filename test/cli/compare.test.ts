// `compare` end to end through the built command: snapshots, width, colour, schema, the named cases, a sixth report, `compare A B`.
import { Ajv } from 'ajv';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempCorpus } from '../helpers/cli.js';

const EURONEWS = 'euronews-2016-12-15';
const REUTERS = 'reuters-2016-12-22';
const INQUISITR = 'inquisitr-2016-12-16';
const MEE = 'mee-2016-12-15';

interface FigureJson {
  report: string;
  text: string;
  value: number | null;
  attribution: string | null;
  part: string;
}
interface GroupJson {
  id: string;
  measure: string;
  verdict: string;
  outliers: number[];
  members: FigureJson[];
  reports: string[];
  best: number | null;
  spread: number | null;
}
interface CompareJson {
  schemaVersion: number;
  command: string;
  groups: GroupJson[];
  pair: { a: string; b: string; shared: string[]; disagree: string[]; agree: string[]; selfDisagree: Array<{ report: string; group: string }>; onlyA: string[]; onlyB: string[] } | null;
  coverage: { reports: string[]; actors: Array<{ name: string; mentions: Record<string, number>; onlyIn: string | null }>; places: Array<{ name: string; mentions: Record<string, number> }> };
  quotations: Array<{ reports: string[] }>;
  timeline: Array<{ reports: string[]; dates: string[]; isDateDiffering: boolean; events: Array<{ report: string }> }>;
}

async function compareJson(args: string[] = []): Promise<CompareJson> {
  const result = await runCli(['compare', ...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as CompareJson;
}

function holding(json: CompareJson, report: string, text: string): GroupJson {
  const found = json.groups.filter((g) => g.members.some((m) => m.report === report && m.text.includes(text)));
  expect(found, `${report}: ${text}`).toHaveLength(1);
  return found[0] as GroupJson;
}

const outlierTexts = (group: GroupJson): string[] => group.outliers.map((i) => group.members[i]?.text ?? '?');

describe('compare (table)', async () => {
  const result = await runCli(['compare'], { env: { NO_COLOR: '1' } });

  it('matches the snapshot (colour off)', async () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    await expect(result.stdout).toMatchFileSnapshot('./snapshots/compare.table.txt');
  });

  it('fits 120 columns and prints no escape sequence under NO_COLOR', async () => {
    for (const line of result.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(120);
    expect(result.stdout).not.toContain('\u001b');
  });

  it('says each verdict in words, not only in colour', async () => {
    expect(result.stdout).toMatch(/ambulances in Aleppo:\s+.*diverge, spread ×1\.3/s);
    expect(result.stdout).toContain('outlier');
    expect(result.stdout).toContain('changed 6,000 → 34,000');
    expect(result.stdout).toMatch(/^Buses \(.*1 agree/m);
  });

  it('colours the verdicts when colour is forced', async () => {
    const coloured = await runCli(['compare'], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[31mdiverge, spread ×1.3');
    expect(coloured.stdout).toContain('\u001b[32magree');
  });

  it('renders markdown, one section per measure, without escape sequences', async () => {
    const plain = await runCli(['compare', '--no-color', '--format', 'markdown']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('## Ambulances (1 group: 1 diverge)');
    expect(plain.stdout).not.toContain('\u001b');
  });
});

describe('compare --json', async () => {
  const json = await compareJson();

  it('matches the snapshot', async () => {
    await expect(`${JSON.stringify(json, null, 2)}\n`).toMatchFileSnapshot('./snapshots/compare.json');
  });

  it('validates against schemas/compare.schema.json', async () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'compare.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const pair = await compareJson([EURONEWS, MEE]);
    expect(validate(pair), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('gives the six named cases their verdicts and outliers', async () => {
    const buses = holding(json, EURONEWS, '17 green buses');
    expect([buses.verdict, buses.outliers, buses.best]).toEqual(['agree', [], 20]);
    const ambulances = holding(json, EURONEWS, '13 ambulances');
    expect([ambulances.verdict, outlierTexts(ambulances)]).toEqual(['diverge', ['13 ambulances']]);
    expect(ambulances.members[ambulances.outliers[0] ?? -1]?.part).toBe('embed');
    const evacuees = holding(json, EURONEWS, '5,000 rebels');
    expect([evacuees.verdict, outlierTexts(evacuees)]).toEqual(['diverge', ['5,000 rebels and family members']]);
    // Poznikhir's `about 1,000` and `more than 1,000` (from the Salah al-Din quarter, a quarter of Aleppo) are in it too.
    expect(holding(json, MEE, 'More than 1,000 people').id).toBe(evacuees.id);
    expect(holding(json, MEE, 'about 1,000 rebels').id).toBe(evacuees.id);
    expect(holding(json, EURONEWS, 'at least 1,000 people').id).toBe(evacuees.id);
    const war = holding(json, REUTERS, 'more than 300,000');
    expect([war.verdict, war.outliers, war.id]).toEqual(['agree', [], holding(json, INQUISITR, 'some 300,000').id]);
    const overTime = holding(json, REUTERS, 'At least 34,000');
    expect([overTime.verdict, overTime.id]).toEqual(['changed', holding(json, INQUISITR, 'more than 6,000').id]);
    const nine = holding(json, MEE, 'more than 900');
    const shoigu = holding(json, REUTERS, '35,000 rebel fighters');
    expect(nine.id).not.toBe(shoigu.id);
    expect([nine.verdict, shoigu.verdict]).toEqual(['single', 'single']);
  });

  it('carries coverage, shared quotations and the merged timeline, and no pair', async () => {
    expect(json.pair).toBeNull();
    expect(json.coverage.reports).toHaveLength(5);
    expect(json.coverage.actors.find((a) => a.name === 'Sergei Shoigu')?.onlyIn).toBe(REUTERS);
    expect(json.quotations.some((q) => q.reports.includes(REUTERS) && q.reports.includes(INQUISITR))).toBe(true);
    const events = json.timeline.flatMap((e) => e.events);
    expect(events.length).toBeGreaterThan(json.timeline.length - 1);
    expect(json.timeline.every((e) => e.reports.length === new Set(e.events.map((x) => x.report)).size)).toBe(true);
  });

  it('gives coverage as sparse maps: only the reports that mention a name, in corpus order (schema version 2)', async () => {
    expect(json.schemaVersion).toBe(2);
    expect(Object.keys(json.coverage.actors.find((a) => a.name === 'Sergei Shoigu')?.mentions ?? {})).toEqual([REUTERS]);
    for (const entry of [...json.coverage.actors, ...json.coverage.places]) {
      const keys = Object.keys(entry.mentions);
      expect(keys.length, entry.name).toBeGreaterThan(0);
      expect(Object.values(entry.mentions).every((n) => n >= 1), entry.name).toBe(true);
      expect(keys, entry.name).toEqual(json.coverage.reports.filter((id) => keys.includes(id)));
    }
    // some name is not mentioned by every report, and it lists fewer reports than are compared
    expect([...json.coverage.actors, ...json.coverage.places].some((e) => Object.keys(e.mentions).length < json.coverage.reports.length)).toBe(true);
  });
});

describe('a sixth report dropped into a copy of the corpus', async () => {
  const dir = tempCorpus();
  writeFileSync(
    join(dir, '005_levant_wire.txt'),
    [
      'Evacuation of eastern Aleppo continues into the night',
      '',
      'By Test Reporter',
      '',
      'BEIRUT, Dec 15 (Levant Wire) - Some 30 buses and 13 ambulances left eastern Aleppo on Thursday, the Syrian Arab Red Crescent said.',
      '',
      'About 3,000 people were evacuated from eastern Aleppo on Thursday, the Red Crescent said.',
      '',
      'The Syrian Arab Red Crescent said the buses and ambulances carried wounded civilians across the frontline on Wednesday.',
      '',
    ].join('\n'),
  );
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { reports: unknown[] };
  manifest.reports.push({
    id: 'levant-2016-12-15',
    file: '005_levant_wire.txt',
    outlet: 'Levant Wire',
    published: '2016-12-15',
    byline: 'Test Reporter',
    url: null,
    notes: null,
  });
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  const result = await runCli(['compare', '--corpus', dir, '--json']);
  const json = JSON.parse(result.stdout) as CompareJson;

  it('regroups: the buses no longer agree, 30 is the outlier', async () => {
    expect(result.code).toBe(0);
    const buses = holding(json, 'levant-2016-12-15', '30 buses');
    expect(buses.reports).toEqual([EURONEWS, 'levant-2016-12-15', MEE]);
    expect([buses.verdict, outlierTexts(buses)]).toEqual(['diverge', ['Some 30 buses']]);
    expect(holding(json, EURONEWS, '17 green buses').id).toBe(buses.id);
  });

  it('adds its 13 ambulances to the ICRC’s, and its evacuee count to the same day’s claims', async () => {
    const ambulances = holding(json, 'levant-2016-12-15', '13 ambulances');
    expect(ambulances.verdict).toBe('diverge');
    expect(ambulances.members.filter((m) => m.value === 13)).toHaveLength(2);
    const day = holding(json, 'levant-2016-12-15', '3,000 people');
    expect(day.id).toBe(holding(json, EURONEWS, '5,000 rebels').id);
    expect(day.verdict).toBe('diverge');
  });

  it('puts its report in the coverage and its dated sentence in the timeline', async () => {
    expect(json.coverage.reports).toContain('levant-2016-12-15');
    const merged = json.timeline.find((e) => e.reports.includes('levant-2016-12-15') && e.reports.length > 1);
    expect(merged?.isDateDiffering).toBe(true);
    expect(merged?.dates).toContain('2016-12-14');
  });
});

describe('compare A B', async () => {
  it('sets two bundled reports side by side: shared, who disagrees with whom, and only one side', async () => {
    const json = await compareJson([EURONEWS, MEE]);
    expect(json.pair?.a).toBe(EURONEWS);
    expect(json.pair?.b).toBe(MEE);
    const ambulances = holding(json, EURONEWS, '13 ambulances');
    const buses = holding(json, EURONEWS, '17 green buses');
    expect(json.pair?.shared).toEqual(expect.arrayContaining([ambulances.id, buses.id]));
    // 13 ambulances (the ICRC tweet) is an outlier inside Euronews, whose state TV agrees with Middle East Eye.
    expect(json.pair?.disagree).toEqual([]);
    expect(json.pair?.agree).toEqual(expect.arrayContaining([ambulances.id, buses.id]));
    expect(json.pair?.selfDisagree).toContainEqual({ report: EURONEWS, group: ambulances.id });
    expect(json.pair?.onlyB).toContain(holding(json, MEE, 'more than 900').id);
    expect(json.pair?.onlyA).toContain(holding(json, EURONEWS, 'around 200 wounded').id);
    expect(new Set(json.groups.flatMap((g) => g.reports))).toEqual(new Set([EURONEWS, MEE]));
    expect(json.coverage.reports).toEqual([EURONEWS, MEE]);
  });

  it('titles the table by outlet and fits 120 columns', async () => {
    const result = await runCli(['compare', EURONEWS, MEE, '--no-color']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Figures both Euronews and Middle East Eye give');
    expect(result.stdout).toContain('Figures only Middle East Eye gives');
    const flowing = result.stdout.replace(/\s+/g, ' ');
    expect(flowing).toContain("Euronews and Middle East Eye disagree on none; they agree on 3; Euronews' own claimants disagree among themselves on 2.");
    expect(flowing).toContain('Euronews disagrees with itself on ambulances in Aleppo: 13 ambulances (International Committee of the Red Cross) against 10 ambulances (Syrian state TV).');
    for (const line of result.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(120);
  });

  it('treats an unknown id, one id alone, or the same id twice as a usage error (exit 2)', async () => {
    for (const args of [['compare', 'no-such-report', MEE], ['compare', MEE], ['compare', MEE, MEE]]) {
      const result = await runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect((await runCli(['compare', 'no-such-report', MEE])).stderr).toContain("no report with id 'no-such-report'");
  });
});
