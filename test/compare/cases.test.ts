// The six named cases of the contract's "Agree and diverge", on figures that mirror the bundled reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupFigures, type FigureGroup } from '../../src/compare/groups.js';
import type { Figure, Measure } from '../../src/types.js';
import { allBundledFigures, bundledFigures, EURONEWS, FT, INQUISITR, MEE, REUTERS } from './bundled-figures.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');

function groupsOf(groups: FigureGroup[], measure: Measure, subject?: string): FigureGroup[] {
  return groups.filter((g) => g.measure === measure && (subject === undefined || g.subject === subject));
}

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

function groupHolding(groups: FigureGroup[], text: string, report: string): FigureGroup {
  return only(groups.filter((g) => g.members.some((m) => m.text === text && m.report === report)));
}

/** The members at the group's outlier indices. */
function outliersOf(group: FigureGroup): Figure[] {
  return group.outliers.map((i) => group.members[i] as Figure);
}

describe('the fixture mirrors the reports', () => {
  it('every figure sentence is verbatim in its report and every figure text in its sentence', () => {
    const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { reports: Array<{ id: string; file: string }> };
    for (const [report, figures] of Object.entries(bundledFigures())) {
      const entry = manifest.reports.find((r) => r.id === report);
      expect(entry, report).toBeDefined();
      const text = readFileSync(join(CORPUS, entry?.file ?? ''), 'utf8');
      for (const figure of figures) {
        expect(text.includes(figure.sentence), figure.sentence).toBe(true);
        expect(figure.sentence.slice(figure.offset[0], figure.offset[1])).toBe(figure.text);
      }
    }
  });
});

describe('the six named cases', () => {
  const groups = groupFigures(allBundledFigures('Syria'));

  it('1. buses on 15 Dec agree: 20 satisfies at least 17, 20 and as many as 20', () => {
    const group = only(groupsOf(groups, 'buses').filter((g) => g.asOf === '2016-12-15'));
    expect(group.verdict).toBe('agree');
    expect(group.outliers).toEqual([]);
    expect(group.members.map((m) => m.text).sort()).toEqual(['20 buses', 'As many as 20 passenger buses', 'at least 17 green buses']);
    expect(group.reports).toEqual([EURONEWS, MEE]);
    expect([group.low, group.best, group.high]).toEqual([20, 20, 20]);
    expect(group.spread).toBeNull();
  });

  it('2. ambulances on 15 Dec diverge: 13 (ICRC tweet) against 10 (state TV, Poznikhir)', () => {
    const group = only(groupsOf(groups, 'ambulances'));
    expect(group.verdict).toBe('diverge');
    const outliers = outliersOf(group);
    expect(outliers.map((f) => [f.value, f.attribution, f.report, f.part])).toEqual([
      [13, 'International Committee of the Red Cross', EURONEWS, 'embed'],
    ]);
    const agreeing = group.members.filter((m) => !outliers.includes(m));
    expect(agreeing.map((f) => [f.value, f.attribution, f.outlet]).sort()).toEqual([
      [10, 'Syrian state TV', 'Euronews'],
      [10, 'Viktor Poznikhir', 'Middle East Eye'],
    ]);
    expect([group.low, group.best, group.high]).toEqual([10, 10, 10]);
    expect(group.spread).toBeCloseTo(1.3, 10);
  });

  it('3. evacuees on 15 Dec diverge, with 5,000 rebels and family members (Russia) the one outlier', () => {
    const group = groupHolding(groups, '5,000 rebels and family members', EURONEWS);
    expect(group.verdict).toBe('diverge');
    expect(group.days).toEqual(['2016-12-15']);
    expect(outliersOf(group).map((f) => [f.value, f.attribution])).toEqual([[5000, 'Russia']]);
    expect(group.members.map((m) => m.text)).toEqual(
      expect.arrayContaining(['at least 1,000 people', 'about 1,000 rebels', 'More than 1,000 people', '1,000 civilians and rebels']),
    );
    // `hundreds of` is shown but, being vague, does not convict anyone.
    const hundreds = group.members.findIndex((m) => m.text === 'hundreds of rebels and civilians');
    expect(group.context).toEqual([hundreds]);
    // 200 wounded people are a subset counted on their own, not a rival count.
    expect(group.members.some((m) => m.text === 'around 200 wounded people')).toBe(false);
    expect([group.low, group.best, group.high]).toEqual([1000, 1000, 1000]);
    expect(group.spread).toBe(5);
  });

  it('4. deaths in the war agree: some 300,000 (16 Dec) and more than 300,000 (22 Dec)', () => {
    const group = groupHolding(groups, 'more than 300,000 people', REUTERS);
    expect(group.verdict).toBe('agree');
    expect(group.reports).toEqual([INQUISITR, REUTERS]);
    expect(group.days).toEqual(['2016-12-16', '2016-12-22']);
    expect(group.asOf).toBe('2016-12-22');
    expect([group.low, group.best, group.high]).toEqual([300_000, 300_000, 330_000]);
    expect(group.steps).toEqual([]);
  });

  it('4. also when Reuters gives no scope: an unscoped figure joins the only scope its measure and subject have', () => {
    const unscoped = groupFigures(allBundledFigures(null));
    const group = groupHolding(unscoped, 'more than 300,000 people', REUTERS);
    expect(group.verdict).toBe('agree');
    expect(group.scope).toBe('Syria');
    expect(group.members).toHaveLength(2);
  });

  it('5. evacuees over time changed: more than 6,000 (RT, 16 Dec) then at least 34,000 (U.N., 22 Dec)', () => {
    const group = groupHolding(groups, 'At least 34,000 people', REUTERS);
    expect(group.verdict).toBe('changed');
    expect(group.outliers).toEqual([]);
    expect(group.steps.map((s) => [s.asOf, s.best, s.reports])).toEqual([
      ['2016-12-16', 6000, [FT, INQUISITR]],
      ['2016-12-22', 34_000, [REUTERS]],
    ]);
    const six = group.members.find((m) => m.text === 'more than 6,000 people');
    expect(six?.attribution).toBe('RT');
    expect(group.members.find((m) => m.text === 'At least 34,000 people')?.attribution).toBe('United Nations');
    expect([group.low, group.best, group.high, group.asOf]).toEqual([34_000, 34_000, null, '2016-12-22']);
    // The diverging 15 Dec group stays its own group: a figure is in exactly one group.
    expect(group.members.some((m) => m.report === EURONEWS || m.report === MEE)).toBe(false);
    // `Some 3,000 of these are rebel fighters` is a breakdown of the 6,000, and `thousands` is vague: context.
    const contextTexts = group.context.map((i) => group.members[i]?.text).sort();
    expect(contextTexts).toEqual(['Some 3,000 of these are rebel fighters', 'Thousands of opposition fighters and wounded civilians', 'thousands']);
  });

  it('6. more than 900 killed in eastern Aleppo and 35,000 killed across Syria are not one contradiction', () => {
    const nine = groupHolding(groups, 'more than 900 "terrorists"', MEE);
    const shoigu = groupHolding(groups, '35,000 rebel fighters', REUTERS);
    expect(nine).not.toBe(shoigu);
    expect(nine.scope).toBe('eastern Aleppo');
    expect(shoigu.scope).toBe('Syria');
    expect(nine.verdict).toBe('single');
    expect(shoigu.verdict).toBe('single');
    // Nor is 35,000 rebels killed set against 300,000 people killed: different subjects.
    expect(shoigu.members).toHaveLength(1);
    expect(groups.some((g) => g.verdict === 'diverge' && g.measure === 'deaths')).toBe(false);
  });
});
