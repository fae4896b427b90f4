// comparePair: two reports side by side, grouped on their own figures.
import { describe, expect, it } from 'vitest';
import { comparePair } from '../../src/compare/pairs.js';
import { allBundledFigures, EURONEWS, INQUISITR, MEE, REUTERS } from './bundled-figures.js';

describe('comparePair', () => {
  const figures = allBundledFigures('Syria');

  it('Euronews and Middle East Eye: buses shared and agreeing, ambulances and evacuees in disagreement', () => {
    const pair = comparePair(figures, EURONEWS, MEE);
    expect(pair.shared.map((g) => [g.measure, g.verdict])).toEqual([
      ['evacuees', 'diverge'],
      ['buses', 'agree'],
      ['ambulances', 'diverge'],
    ]);
    expect(pair.disagree.map((g) => g.measure)).toEqual(['evacuees', 'ambulances']);
    expect(pair.onlyA.map((g) => [g.measure, g.subject])).toEqual([['evacuees', 'wounded']]);
    expect(pair.onlyB.map((g) => [g.measure, g.subject, g.scope])).toEqual([['deaths', 'fighters', 'eastern Aleppo']]);
    const ambulances = pair.disagree.find((g) => g.measure === 'ambulances');
    expect(ambulances?.outliers.map((i) => ambulances.members[i]?.value)).toEqual([13]);
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
    expect([pair.shared, pair.disagree, pair.onlyA, pair.onlyB]).toEqual([[], [], [], []]);
  });
});
