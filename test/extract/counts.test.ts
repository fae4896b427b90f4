// Reading numbers in any news: amounts, counts without a noun, `one`, years told from counts, numbers after a name,
// headline forms, and the measure taken from the cue the syntax links to the number. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures.js';
import type { Figure } from '../../src/types.js';
import { makeArticle, makeGazetteer } from '../helpers/builders.js';

type Row = [text: string, measure: string, value: number | null, unit?: string | null];

function figuresOf(...paragraphs: string[]): Figure[] {
  return extractFigures(makeArticle({ paragraphs }), { gazetteer: makeGazetteer(), quotes: [], dates: [] });
}

function rows(...paragraphs: string[]): Row[] {
  return figuresOf(...paragraphs).map((f) => [f.text, f.measure, f.value]);
}

function amounts(...paragraphs: string[]): Row[] {
  return figuresOf(...paragraphs).map((f) => [f.text, f.measure, f.value, f.unit]);
}

describe('amounts: money, percentages and quantities, scaled, with their unit', () => {
  it('scales mln, bln, billion, m, bn, crore and takes the currency as the unit', () => {
    expect(amounts('The mill earned 45 mln dlrs last year and expects about 2.5 billion dollars.')).toEqual<Row[]>([
      ['45 mln dlrs', 'money', 45_000_000, 'USD'],
      ['about 2.5 billion dollars', 'money', 2_500_000_000, 'USD'],
    ]);
    expect(amounts('It raised $3.2 billion and £40m, and spent 12 crore rupees and 3 bn stg.')).toEqual<Row[]>([
      ['$3.2 billion', 'money', 3_200_000_000, 'USD'],
      ['£40m', 'money', 40_000_000, 'GBP'],
      ['12 crore rupees', 'money', 120_000_000, 'INR'],
      ['3 bn stg', 'money', 3_000_000_000, 'GBP'],
    ]);
  });

  it('reads percentages in every spelling, with no unit', () => {
    expect(amounts('Output rose 7.5 pct, prices 12% and wages 3 per cent; turnout was up to 60 percent.')).toEqual<Row[]>([
      ['7.5 pct', 'percent', 7.5, null],
      ['12%', 'percent', 12, null],
      ['3 per cent', 'percent', 3, null],
      ['up to 60 percent', 'percent', 60, null],
    ]);
  });

  it('gives quantities their unit and never a people measure', () => {
    expect(amounts('The harvest was 310 mln bushels and 4,000 tonnes of flour were shipped to 2,000 families.')).toEqual<Row[]>([
      ['310 mln bushels', 'quantity', 310_000_000, 'bushels'],
      ['4,000 tonnes', 'quantity', 4000, 'tonnes'],
      ['2,000 families', 'other', 2000, null],
    ]);
    expect(figuresOf('Floods killed cattle and swept away 500 tonnes of grain.').map((f) => f.measure)).toEqual(['quantity']);
  });
});

describe('counts without a noun after them, linked to their cue', () => {
  it('reads the toll, the object of a verb and a subject before a passive', () => {
    expect(rows('The death toll from the blast rose to 126 on Sunday.')).toEqual<Row[]>([['126', 'deaths', 126]]);
    expect(rows('A car bomb went off near the market, killing six and wounding 32.')).toEqual<Row[]>([
      ['six', 'deaths', 6],
      ['32', 'wounded', 32],
    ]);
    expect(rows('Medics said 588 were injured in the clashes.')).toEqual<Row[]>([['588', 'wounded', 588]]);
    expect(rows('Police put the toll at more than 2,000, including 200 fighters.')).toEqual<Row[]>([
      ['more than 2,000', 'deaths', 2000],
      ['200 fighters', 'deaths', 200],
    ]);
  });

  it('reads headline forms: `kills 29`, `29 dead`, `Kills 5 Soldiers`', () => {
    expect(rows('Storm kills 29 in coastal towns')).toEqual<Row[]>([['29', 'deaths', 29]]);
    expect(rows('Ferry sinks, 29 dead')).toEqual<Row[]>([['29 dead', 'deaths', 29]]);
    expect(rows('Air Strike Kills 5 Soldiers Near Border')).toEqual<Row[]>([['5 Soldiers', 'deaths', 5]]);
  });

  it('takes no bare number that no cue governs', () => {
    expect(rows('The committee met 12 times and voted 7 to 2.')).toEqual<Row[]>([['12 times', 'other', 12]]);
    expect(rows('Of the 40 he said were there, 12 remained.')).toEqual<Row[]>([['12', 'remaining', 12]]);
    expect(rows('The report ran to 300 and sold well.')).toEqual([]);
  });
});

describe('one, four-digit counts and numbers after a name', () => {
  it('reads `one` where a verb of the measure governs it, never `one of` or one in passing', () => {
    expect(rows('One woman was killed when the roof fell.')).toEqual<Row[]>([['One woman', 'deaths', 1]]);
    expect(rows('Gunmen shot dead one guard at the gate.')).toEqual<Row[]>([['one guard', 'deaths', 1]]);
    expect(rows('One Killed, Others Hurt In Blast')).toEqual<Row[]>([['One', 'deaths', 1]]);
    expect(rows('One of the convoys was stopped, and one official said one bridge was closed.')).toEqual([]);
  });

  it('tells a four-digit count from a year by its context, not its size', () => {
    expect(rows('The gas attack killed 1300 people, the opposition said.')).toEqual<Row[]>([['1300 people', 'deaths', 1300]]);
    expect(rows('Rescuers said 1800 were killed and more than 1400 people fled.')).toEqual<Row[]>([
      ['1800', 'deaths', 1800],
      ['more than 1400 people', 'displaced', 1400],
    ]);
    expect(rows('In 2013 people fled the 1973 borders, and the 2014 elections were held in March 2015.')).toEqual([]);
    expect(rows('Mourners buried the 1300 people killed in the attack.')).toEqual<Row[]>([['1300 people', 'deaths', 1300]]);
    expect(rows('Published April 6 2017 The bombing was the worst since 2011.')).toEqual([]);
  });

  it('reads a number after a capitalised word when people or things are counted', () => {
    expect(rows('The strikes on Sunday killed in Daraa 15 civilians and in Homs 9 fighters.')).toEqual<Row[]>([
      ['15 civilians', 'deaths', 15],
      ['9 fighters', 'deaths', 9],
    ]);
    expect(rows('Brigade 93 and Resolution 2254 were cited, with Route 66.')).toEqual([]);
  });
});

describe('the measure the syntax links, not the nearest cue word', () => {
  it('keeps killed and wounded apart in one sentence', () => {
    expect(rows('The raid killed at least 70 people and left more than 100 others wounded.')).toEqual<Row[]>([
      ['at least 70 people', 'deaths', 70],
      ['more than 100 others', 'wounded', 100],
    ]);
    expect(rows('A bomber killed 30 people injured 90 at a wedding.')).toEqual<Row[]>([
      ['30 people', 'deaths', 30],
      ['90', 'wounded', 90],
    ]);
  });

  it('counts forces, militia, medics and the people a measure names', () => {
    expect(rows('Shelling killed five pro-government forces and three medics, and 12 militia were martyred.')).toEqual<Row[]>([
      ['five pro-government forces', 'deaths', 5],
      ['three medics', 'deaths', 3],
      ['12 militia', 'deaths', 12],
    ]);
    expect(rows('In the strike, 35 civilians, mostly pupils, were killed.')).toEqual<Row[]>([['35 civilians', 'deaths', 35]]);
    expect(rows('A massacre was carried out in which 20 villagers were killed.')).toEqual<Row[]>([['20 villagers', 'deaths', 20]]);
  });

  it('gives missing, displaced, refugees, arrested, rescued, affected, buildings and aid their own measures', () => {
    expect(rows('Thousands more were missing after the floods, and 38,000 people were displaced.')).toEqual<Row[]>([
      ['Thousands more', 'missing', null],
      ['38,000 people', 'displaced', 38000],
    ]);
    expect(rows('Police arrested 14 protesters. Divers rescued 9 fishermen. The storm affected 200,000 people.')).toEqual<Row[]>([
      ['14 protesters', 'arrested', 14],
      ['9 fishermen', 'rescued', 9],
      ['200,000 people', 'affected', 200_000],
    ]);
    expect(rows('Some 5,000 refugees reached the coast; 300 houses were destroyed and 40 aid trucks arrived.')).toEqual<Row[]>([
      ['Some 5,000 refugees', 'refugees', 5000],
      ['300 houses', 'buildings', 300],
      ['40 aid trucks', 'aid', 40],
    ]);
  });
});

describe('what is not a figure', () => {
  it('takes no year, age, clock time, page number, date or ordinal', () => {
    const figures = figuresOf(
      'A boy aged 12 and a man, 45 years old, were hurt at 10:30 on 3 March 2016, page 4 says; it was the 2nd attack since 1999.',
    );
    expect(figures.map((f) => f.text)).toEqual([]);
  });
});
