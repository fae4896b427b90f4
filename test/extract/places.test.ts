// Places from paragraphs copied verbatim from the bundled reports, spellings the gazetteer lacks, and another conflict.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '../../src/corpus/gazetteer.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { placeKey } from '../../src/extract/place-key.js';
import { aggregatePlaces, extractPlaces } from '../../src/extract/places.js';
import type { Article, PlaceMention } from '../../src/types.js';
import { makeArticle, makeGazetteer, type ArticleSpec } from '../helpers/builders.js';

const gazetteer = parseGazetteer(readFileSync(new URL('../../corpus/gazetteer.json', import.meta.url), 'utf8'), 'gazetteer.json');

function placesOf(paragraphs: ArticleSpec['paragraphs'], id = 'test-report'): { article: Article; mentions: PlaceMention[] } {
  const article = makeArticle({ id, paragraphs });
  const mentions = extractPlaces(article, gazetteer);
  for (const m of mentions) expect(article.text.slice(m.offset[0], m.offset[1])).toBe(m.spelling);
  return { article, mentions };
}

describe('extractPlaces: the gazetteer', () => {
  it('makes eastern Aleppo and east Aleppo one place inside Aleppo, never also Aleppo', () => {
    const { mentions } = placesOf([
      'At least 34,000 people, both civilians and fighters, have been evacuated from east Aleppo in a week-long operation, the latest U.N. figures show. But the United Nations estimates that thousands more remain in eastern Aleppo enclaves.',
    ]);
    expect(mentions.map((m) => [m.spelling, m.name, m.type, m.within])).toEqual([
      ['east Aleppo', 'eastern Aleppo', 'district', 'Aleppo'],
      ['eastern Aleppo', 'eastern Aleppo', 'district', 'Aleppo'],
    ]);
  });

  it('keeps every spelling seen: Foua / al-Fuaa, al-Rashideen / al-Rashidin, Ramousah / Ramoussa, al-Amiriyah / Amiriyah', () => {
    const reuters = placesOf([
      'State media showed footage of a convoy waiting to cross from the Ramousah highway junction in south Aleppo to rebel-held al-Rashideen in the countryside just southwest of the city.',
      'In exchange for the evacuation operation out of Aleppo, people were being moved out of two Shi’ite villages near Idlib, Foua and Kefraya, that had been besieged by rebels.',
    ], 'reuters').mentions;
    const mee = placesOf([
      '"More than 1,000 people have been evacuated from the Salah al-Din quarter to the settlement of al-Rashidin via a humanitarian corridor," he said.',
      'A slow-moving convoy of about two dozen vehicles left al-Amiriyah district and crossed into government-held Ramoussa on the way to rebel-held territory in the west of Aleppo province, AFP said.',
      'Rebels had struggled to arrange the Kefraya and al-Fuaa evacuations because Fatah al-Sham, which has ties to al-Qaeda, rejected the deal.',
      'Government forces took Amiriyah on Monday.',
    ], 'mee').mentions;
    const places = new Map(aggregatePlaces([...reuters, ...mee]).map((p) => [p.name, p]));
    expect(places.get('Foua')?.spellings).toEqual(['Foua', 'al-Fuaa']);
    expect(places.get('al-Rashideen')?.spellings).toEqual(['al-Rashideen', 'al-Rashidin']);
    expect(places.get('Ramousah')).toMatchObject({ spellings: ['Ramousah', 'Ramoussa'], type: 'crossing' });
    expect(places.get('al-Amiriyah')?.spellings).toEqual(['al-Amiriyah', 'Amiriyah']);
    expect(places.get('Salah al-Din')).toMatchObject({ type: 'district', within: 'Aleppo' });
    expect(places.get('Aleppo province')?.type).toBe('province');
    expect(places.get('Aleppo')?.mentions).toEqual({ reuters: 2 });
    expect([...places.values()].every((p) => p.suggestedAliases.length === 0)).toBe(true);
  });

  it('treats Syrian and Russian as adjectives and a state acting as an actor, not a place', () => {
    const { mentions } = placesOf([
      'Idlib however is already a target for Syrian and Russian airstrikes and there have been fears for the future safety of those being taken there.',
      'Russia said 5,000 rebels and family members were being brought out.',
      'Reuters reported that President Vladimir Putin had ordered Russian soldiers to lead rebels towards Idlib.',
    ]);
    expect(mentions.map((m) => m.name)).toEqual(['Idlib', 'Idlib']);
  });

  it('reads the hashtag in an embed and skips a photo credit in a caption', () => {
    const { mentions } = placesOf([
      { kind: 'embed', text: 'Aerial footage shows evacuees preparing to leave #Aleppo. Read our latest from Syria:', author: 'Reuters Top News', handle: 'Reuters' },
      { kind: 'caption', text: 'Evacuees arrive by bus to an area on the western edge of Aleppo city which is held by rebels © Reuters' },
      { kind: 'boilerplate', text: 'Tomorrow is too late, mayor of east Aleppo calls on the EU to act' },
    ]);
    expect(mentions.map((m) => [m.spelling, m.name])).toEqual([
      ['Aleppo', 'Aleppo'],
      ['Syria', 'Syria'],
      ['Aleppo city', 'Aleppo'],
    ]);
  });
});

describe('extractPlaces: spellings the gazetteer lacks', () => {
  it('normalises transliterations: article, doubled letters, vowel variants, final h', () => {
    expect(placeKey('al-Foua')).toBe(placeKey('Foua'));
    expect(placeKey('al-Fuaa')).toBe(placeKey('Foua'));
    expect(placeKey('Ramouseh')).toBe(placeKey('Ramousah'));
    expect(placeKey('Ramoussa')).toBe(placeKey('Ramousah'));
    expect(placeKey('al-Rashidin')).toBe(placeKey('al-Rashideen'));
    expect(placeKey('Amiriya')).toBe(placeKey('al-Amiriyah'));
    expect(placeKey('Idlib')).not.toBe(placeKey('Aleppo'));
    expect(placeKey('Ḥamāh')).toBe(placeKey('Hama'));
    expect(placeKey('Dayr az-Zawr')).toBe(placeKey('Dayr Az Zawr'));
    expect(placeKey('Qusayr’s')).toBe(placeKey("qusair's"));
  });

  it('matches a spelling by its normalised form and reports it as a suggested alias', () => {
    const sparse = makeGazetteer({
      places: [
        { name: 'Ramousah', type: 'crossing', aliases: [], within: 'Aleppo' },
        { name: 'Foua', type: 'village', aliases: [], within: 'Idlib' },
        { name: 'Aleppo', type: 'city', aliases: [], within: null },
      ],
    });
    const article = makeArticle({
      paragraphs: ['The convoy crossed at Ramouseh before dawn, while buses left al-Foua and Foua for Aleppo.'],
    });
    const mentions = extractPlaces(article, sparse);
    for (const m of mentions) expect(article.text.slice(m.offset[0], m.offset[1])).toBe(m.spelling);
    expect(mentions.map((m) => [m.spelling, m.name, m.isSuggested])).toEqual([
      ['Ramouseh', 'Ramousah', true],
      ['al-Foua', 'Foua', true],
      ['Foua', 'Foua', false],
      ['Aleppo', 'Aleppo', false],
    ]);
    const places = new Map(aggregatePlaces(mentions).map((p) => [p.name, p]));
    expect(places.get('Foua')).toMatchObject({ spellings: ['al-Foua', 'Foua'], suggestedAliases: ['al-Foua'], mentions: { 'test-report': 2 } });
    expect(places.get('Ramousah')?.suggestedAliases).toEqual(['Ramouseh']);
  });

  it('suggests no spelling that runs over a break in the text', () => {
    const sparse = makeGazetteer({ places: [{ name: 'Tal Rifaat', type: 'city', aliases: [], within: null }] });
    const article = makeArticle({
      paragraphs: ['Fighters left Tall Rifaat’s outskirts. Then Tal, Rifaat and Tal “Rifaat” were named, then Tal (Rifaat).'],
    });
    const mentions = extractPlaces(article, sparse).filter((m) => m.name === 'Tal Rifaat');
    expect(mentions.map((m) => [m.spelling, m.isSuggested])).toEqual([['Tall Rifaat', true]]);
  });
});

describe('extractPlaces: a report of another conflict', () => {
  it('reports places the gazetteer lacks, typed by what compromise knows of them, and no demonyms', () => {
    const { mentions } = placesOf([
      'Iraqi Prime Minister Haider al-Abadi arrived in Mosul on Sunday to congratulate the armed forces, a statement from his office said.',
      'The International Organization for Migration said 5,000 people arrived in Khazer on Saturday, and more were heading to Erbil.',
      { kind: 'caption', text: 'Displaced Iraqis queue for food near Mosul © Reuters/Alaa Al-Marjani' },
    ]);
    const names = mentions.map((m) => m.name);
    expect(names).toContain('Mosul');
    expect(names.filter((n) => n === 'Mosul')).toHaveLength(2);
    expect(names).toContain('Erbil');
    expect(mentions.every((m) => !m.inGazetteer)).toBe(true);
    expect(new Map(mentions.map((m) => [m.name, m.type]))).toEqual(new Map([['Mosul', 'city'], ['Khazer', 'unknown'], ['Erbil', 'unknown']]));
    expect(names.some((n) => /Iraqi|Alaa/.test(n))).toBe(false);
  });
});

describe('the bundled corpus', () => {
  it('points every place at its spelling and finds eastern Aleppo in every report', () => {
    const corpus = loadCorpus(new URL('../../corpus/', import.meta.url).pathname);
    const all = corpus.articles.flatMap((article) => {
      const mentions = extractPlaces(article, corpus.gazetteer);
      for (const m of mentions) expect(article.text.slice(m.offset[0], m.offset[1])).toBe(m.spelling);
      return mentions;
    });
    const places = new Map(aggregatePlaces(all).map((p) => [p.name, p]));
    expect(Object.keys(places.get('eastern Aleppo')?.mentions ?? {})).toHaveLength(5);
    expect(places.get('Foua')?.spellings).toEqual(['Foua', 'al-Fuaa']);
    expect(places.get('Ramousah')?.spellings).toEqual(['Ramousah', 'Ramoussa']);
    expect(aggregatePlaces(all)[0]?.name).toBe('Aleppo');
    expect(places.has('Syrian')).toBe(false);
  });
});

describe('extractPlaces: the kind of a place the gazetteer lacks', () => {
  it('takes it from what compromise knows of the name: a country, a region, a city; else unknown', () => {
    const { mentions } = placesOf([
      'Aid convoys crossed from Turkey into Syria on Monday, while fighting went on in Gujarat and near Kandahar.',
      'Officials in Khazer said the road to Zummar was open.',
    ]);
    const typeOf = new Map(mentions.map((m) => [m.name, m.type]));
    expect(typeOf.get('Turkey')).toBe('country');
    expect(typeOf.get('Syria')).toBe('country');
    expect(typeOf.get('Gujarat')).toBe('region');
    expect(typeOf.get('Kandahar')).toBe('city');
    expect(typeOf.get('Khazer')).toBe('unknown');
  });
});
