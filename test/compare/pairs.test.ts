// comparePair: two reports side by side, grouped on their own figures.
import { describe, expect, it } from 'vitest';
import { comparePair } from '../../src/compare/pairs.js';
import { allBundledFigures, EURONEWS, INQUISITR, MEE, REUTERS } from './bundled-figures.js';

describe('comparePair', () => {
  const figures = allBundledFigures('Syria');

  it('Euronews and Middle East Eye agree on buses, ambulances and evacuees; Euronews\' own claimants disagree on two', () => {
    const pair = comparePair(figures, EURONEWS, MEE);
    expect(pair.shared.map((g) => [g.measure, g.verdict])).toEqual([
      ['evacuees', 'diverge'],
      ['buses', 'agree'],
      ['ambulances', 'diverge'],
    ]);
    // The outliers (the ICRC tweet's 13 ambulances, Russia's 5,000 evacuees) are both inside Euronews, whose other
    // claimant (state TV) agrees with Middle East Eye: the reports agree; Euronews disagrees with itself.
    expect(pair.disagree).toEqual([]);
    expect(pair.agree.map((g) => g.measure)).toEqual(['evacuees', 'buses', 'ambulances']);
    expect(pair.selfDisagree.map((s) => [s.report, s.group.measure])).toEqual([
      [EURONEWS, 'evacuees'],
      [EURONEWS, 'ambulances'],
    ]);
    expect(pair.onlyA.map((g) => [g.measure, g.subject])).toEqual([['evacuees', 'wounded']]);
    expect(pair.onlyB.map((g) => [g.measure, g.subject, g.scope])).toEqual([['deaths', 'fighters', 'eastern Aleppo']]);
    const ambulances = pair.selfDisagree.find((s) => s.group.measure === 'ambulances')!.group;
    expect(ambulances.outliers.map((i) => ambulances.members[i]?.value)).toEqual([13]);
    expect(ambulances.outliers.map((i) => ambulances.members[i]?.report)).toEqual([EURONEWS]);
  });

  it('two reports whose claims do not meet disagree, and only then', () => {
    const own = (report: string, value: number, attribution: string) => ({ ...figures.find((f) => f.measure === 'ambulances')!, report, value, low: value, high: value, attribution, qualifier: 'exact' as const });
    const pair = comparePair([own('x', 10, 'one'), own('y', 13, 'two')], 'x', 'y');
    expect(pair.disagree.map((g) => g.measure)).toEqual(['ambulances']);
    expect([pair.agree, pair.selfDisagree]).toEqual([[], []]);
  });

  it('Reuters and Inquisitr: the war toll agrees, evacuees changed, and what only one of them has', () => {
    const pair = comparePair(figures, REUTERS, INQUISITR);
    expect(pair.shared.map((g) => [g.measure, g.verdict]).sort()).toEqual([
      ['deaths', 'agree'],
      ['evacuees', 'changed'],
    ]);
    expect(pair.disagree).toEqual([]);
    expect(pair.onlyA.map((g) => g.members.map((m) => m.text)).flat().sort()).toEqual(['35,000 rebel fighters', 'the last four buses', 'thousands more']);
    expect(pair.onlyB.map((g) => g.members.map((m) => m.text)).flat().sort()).toEqual(['about 301 wounded', 'nine convoys']);
  });

  it('is not swayed by other reports: without Middle East Eye, Euronews alone is single on ambulances', () => {
    const pair = comparePair(figures, EURONEWS, REUTERS);
    // Alone, Euronews's at least 1,000 and 5,000 agree on 5,000, which Reuters' 34,000 a week later outgrew.
    expect(pair.shared.map((g) => [g.measure, g.verdict, g.steps.map((s) => s.best)])).toEqual([['evacuees', 'changed', [5000, 34_000]]]);
    const ambulances = pair.onlyA.find((g) => g.measure === 'ambulances');
    expect(ambulances?.verdict).toBe('single');
    expect(ambulances?.members).toHaveLength(2);
  });

  it('gives empty lists for an unknown report', () => {
    const pair = comparePair(figures, 'nope', 'nada');
    expect([pair.shared, pair.disagree, pair.agree, pair.selfDisagree, pair.onlyA, pair.onlyB]).toEqual([[], [], [], [], [], []]);
  });
});
