// What is counted is data: measures.json parsed, overridden per corpus, and followed by the extractor and the grouping.
import { Ajv } from 'ajv';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupFigures, subjectFamily } from '../../src/compare/groups.js';
import { loadGazetteer } from '../../src/corpus/open.js';
import { bundledMeasures, parseMeasures } from '../../src/corpus/measures.js';
import { InputError } from '../../src/errors.js';
import { extractFigures } from '../../src/extract/figures.js';
import type { Measures } from '../../src/types.js';
import { makeArticle, makeGazetteer } from '../helpers/builders.js';
import { makeFigure } from '../helpers/figures.js';

const OWN: Measures = {
  measures: [
    { name: 'quarantined', title: 'In quarantine', kind: 'people', cumulative: false, byClass: false, nouns: [], subjects: [], before: ['quarantin*'], after: ['were ? quarantined'], beforeReach: 'clause', units: {}, symbols: {} },
    { name: 'goats', title: 'Goats', kind: 'thing', cumulative: false, byClass: false, nouns: ['goats', 'kids'], subjects: [], before: [], after: [], beforeReach: 'clause', units: {}, symbols: {} },
    { name: 'duration', title: 'Durations', kind: 'duration', cumulative: false, byClass: false, nouns: [], subjects: [], before: [], after: [], beforeReach: 'clause', units: {}, symbols: {} },
    { name: 'other', title: 'Other', kind: 'other', cumulative: false, byClass: false, nouns: [], subjects: [], before: [], after: [], beforeReach: 'clause', units: {}, symbols: {} },
  ],
  peopleNouns: ['people', 'travellers'],
  vague: [{ words: 'dozens', low: 24, high: 99 }],
  scales: { thousand: 1000 },
  shortScales: {},
};

function measuresOf(text: string, measures: Measures) {
  const article = makeArticle({ paragraphs: [text] });
  return extractFigures(article, { gazetteer: makeGazetteer({ measures }), quotes: [], dates: [] }).map((f) => [f.text, f.measure, f.value]);
}

describe('measures.json', () => {
  it('the bundled set holds the contract measures, duration and other last, and parses its own schema-shaped file', () => {
    const names = bundledMeasures().measures.map((m) => m.name);
    for (const name of ['deaths', 'wounded', 'evacuees', 'buses', 'ambulances', 'vehicles', 'convoys', 'remaining', 'duration', 'other']) {
      expect(names, name).toContain(name);
    }
    expect(names.slice(-2)).toEqual(['duration', 'other']);
  });

  it('the bundled file and a corpus set of its own validate against schemas/measures.schema.json', () => {
    const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(read('../../schemas/measures.schema.json'));
    expect(validate(read('../../corpus/measures.json')), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate(OWN), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate({ measures: [{ name: 'x', title: 'X', kind: 'person' }] })).toBe(false);
  });

  it('names the file and the entry of a fault', () => {
    const bad = (json: unknown) => () => parseMeasures(JSON.stringify(json), 'measures.json');
    expect(bad({ measures: [{ name: 'x', title: 'X', kind: 'people' }] })).toThrow(/a measure named "duration" is required/);
    expect(bad({ measures: [{ name: 'x', title: 'X', kind: 'person' }] })).toThrow(/measures\[0\]\.kind must be one of/);
    expect(bad({ measures: [{ name: 'x', title: 'X', kind: 'other', before: [''] }] })).toThrow(/measures\[0\]\.before\[0\]/);
    expect(bad({ measures: [{ name: 'other', title: 'X', kind: 'other' }, { name: 'other', title: 'Y', kind: 'other' }] })).toThrow(/defined twice/);
    expect(() => parseMeasures('{"measures": [', 'measures.json')).toThrow(InputError);
  });

  it('the extractor counts what the measures say, and nothing it does not know', () => {
    expect(measuresOf('Officials quarantined 40 travellers and seized 12 goats.', OWN)).toEqual([
      ['40 travellers', 'quarantined', 40],
      ['12 goats', 'goats', 12],
    ]);
    // the bundled cues are not in this set: a killing is `other` here
    expect(measuresOf('The attack killed 40 travellers.', OWN)).toEqual([['40 travellers', 'other', 40]]);
    // and `travellers` are not people to the bundled set: the same words are `other` there
    expect(measuresOf('Officials quarantined 40 travellers.', bundledMeasures())).toEqual([['40 travellers', 'other', 40]]);
  });

  it('a corpus directory overrides the bundled set with its own measures.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aleppo-measures-'));
    try {
      writeFileSync(join(dir, 'measures.json'), JSON.stringify(OWN));
      expect(loadGazetteer(dir).measures?.measures.map((m) => m.name)).toEqual(['quarantined', 'goats', 'duration', 'other']);
      rmSync(join(dir, 'measures.json'));
      expect(loadGazetteer(dir).measures).toBe(bundledMeasures());
      writeFileSync(join(dir, 'measures.json'), '{"measures": 3}');
      expect(() => loadGazetteer(dir)).toThrow(/measures\.json: line 1, column 14: measures must be an array/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('grouping follows the measures: order, things, people families and running totals', () => {
    expect(subjectFamily('goats', 'kids', OWN)).toBe('goats');
    expect(subjectFamily('quarantined', 'travellers and people', OWN)).toBe('people');
    const day1 = makeFigure({ report: 'a', measure: 'quarantined', subject: 'people', value: 10, asOf: '2020-01-01' });
    const day2 = makeFigure({ report: 'b', measure: 'quarantined', subject: 'people', value: 30, asOf: '2020-01-05' });
    expect(groupFigures([day1, day2], { measures: OWN }).map((g) => g.verdict)).toEqual(['single', 'single']);
    const running = { ...OWN, measures: OWN.measures.map((m) => (m.name === 'quarantined' ? { ...m, cumulative: true } : m)) };
    expect(groupFigures([day1, day2], { measures: running }).map((g) => g.verdict)).toEqual(['changed']);
    const goat = makeFigure({ report: 'a', measure: 'goats', subject: 'goats', value: 3 });
    expect(groupFigures([goat, day1], { measures: OWN }).map((g) => g.measure)).toEqual(['quarantined', 'goats']);
  });
});

