// Actors from paragraphs copied verbatim from the bundled reports, from the loaded corpus, and from a report of another conflict.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '../../src/corpus/gazetteer.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { aggregateActors, extractActors } from '../../src/extract/actors.js';
import type { ActorMention, Article } from '../../src/types.js';
import { makeArticle, makeGazetteer, type ArticleSpec } from '../helpers/builders.js';

const gazetteer = parseGazetteer(readFileSync(new URL('../../corpus/gazetteer.json', import.meta.url), 'utf8'), 'gazetteer.json');

function actorsOf(paragraphs: ArticleSpec['paragraphs'], id = 'test-report'): { article: Article; mentions: ActorMention[] } {
  const article = makeArticle({ id, paragraphs });
  return { article, mentions: extractActors(article, gazetteer) };
}

function expectOffsetsPointAtWords(article: Article, mentions: ActorMention[]): void {
  for (const m of mentions) expect(article.text.slice(m.offset[0], m.offset[1])).toBe(m.alias);
}

describe('extractActors: the gazetteer merges aliases', () => {
  it('finds the Red Cross, Russia acting and President Assad in Euronews', () => {
    const { article, mentions } = actorsOf([
      'The developments follow a ceasefire deal, and mark the end of the long siege of Aleppo, amounting to a major victory for President Assad’s forces.',
      'Earlier, the Red Cross said the operation to get around 200 wounded people had started. Russia said 5,000 rebels and family members were being brought out.',
    ]);
    expectOffsetsPointAtWords(article, mentions);
    const assad = mentions.find((m) => m.name === 'Bashar al-Assad');
    expect(assad).toMatchObject({ alias: 'Assad', role: 'President', type: 'person', inGazetteer: true });
    expect(mentions.find((m) => m.alias === 'Red Cross')?.name).toBe('International Committee of the Red Cross');
    expect(mentions.find((m) => m.name === 'Russia')).toMatchObject({ type: 'state', alias: 'Russia' });
    expect(mentions.every((m) => !/[’'.,;:]s?$/.test(m.alias))).toBe(true);
  });

  it('takes the longest alias: Jabhat Fatah al-Sham is one mention, Fatah al-Sham the same group', () => {
    const { article, mentions } = actorsOf([
      'Activists blamed the collapse of the evacuation deal on pro-government militias, who are controlling checkpoints in the city and demanding that the wounded also be taken out of the Shia towns of Kefraya and al-Fuaa in neighbouring Idlib province, which are besieged by Jabhat Fatah al-Sham.',
      'Rebels had struggled to arrange the Kefraya and al-Fuaa evacuations because Fatah al-Sham, which has ties to al-Qaeda, rejected the deal.',
    ]);
    expectOffsetsPointAtWords(article, mentions);
    const jabhat = mentions.filter((m) => m.name === 'Jabhat Fatah al-Sham');
    expect(jabhat.map((m) => m.alias)).toEqual(['Jabhat Fatah al-Sham', 'Fatah al-Sham']);
    expect(jabhat.every((m) => m.type === 'armed-group')).toBe(true);
  });

  it('merges Ahrar al Sham with Ahrar al-Sham and reads the spokesman role in the apposition', () => {
    const { mentions } = actorsOf([
      'Ahmed Kara Ali, spokesman for Ahrar al Sham, a rebel group that is involved in departure negotiations, told Reuters “large numbers” were left but it was difficult to estimate how many remained, beyond it being in the thousands.',
    ]);
    expect(mentions.find((m) => m.name === 'Ahrar al-Sham')?.alias).toBe('Ahrar al Sham');
    expect(mentions.find((m) => m.name === 'Ahmed Kara Ali')?.role).toBe('spokesman');
    expect(mentions.find((m) => m.name === 'Reuters')?.type).toBe('media');
  });
});

describe('extractActors: roles and titles', () => {
  it('reads Lieutenant-General for Poznikhir in both spellings of the title', () => {
    const { mentions } = actorsOf([
      'A senior Russian military official, Lieutenant-General Viktor Poznikhir, said the Syrian army had almost finished its operations in Aleppo.',
      'Russian Lieutenant General Viktor Poznikhir, meanwhile, told the Tass news agency that the Syrian army was close to ending its operations in the city and that about 1,000 rebels left the city today under a Russia-Turkey ceasefire and evacuation deal.',
    ]);
    const poznikhir = mentions.filter((m) => m.name === 'Viktor Poznikhir');
    expect(poznikhir).toHaveLength(2);
    expect(poznikhir.map((m) => m.role)).toEqual(['Lieutenant-General', 'Lieutenant-General']);
    expect(poznikhir.map((m) => m.alias)).toEqual(['Viktor Poznikhir', 'Viktor Poznikhir']);
    expect(mentions.some((m) => m.name === 'Tass' && m.type === 'media')).toBe(true);
  });

  it('reads U.N. Special Envoy, Defence Minister and President from the words before the name', () => {
    const { article, mentions } = actorsOf([
      '“Many of them have gone to Idlib, which could be in theory the next Aleppo,” U.N. Special Envoy Staffan de Mistura said in Geneva.',
      'Defence Minister Sergei Shoigu said Russian air strikes in Syria had killed 35,000 rebel fighters and halted a chain of revolutions in the Middle East.',
      'The end to the evacuation of rebel-held eastern Aleppo would mark Syrian President Bashar al-Assad’s assumption of full control over the city after four years of fighting there and hand him his biggest victory of the war so far.',
    ]);
    expectOffsetsPointAtWords(article, mentions);
    expect(mentions.find((m) => m.name === 'Staffan de Mistura')?.role).toBe('U.N. Special Envoy');
    expect(mentions.find((m) => m.name === 'Sergei Shoigu')?.role).toBe('Defence Minister');
    expect(mentions.find((m) => m.name === 'Bashar al-Assad')).toMatchObject({ alias: 'Bashar al-Assad', role: 'President' });
    expect(mentions.find((m) => m.alias === 'U.N.')?.name).toBe('United Nations');
  });

  it('reads a role stated after the name, and never reports a bare title as a person', () => {
    const { mentions } = actorsOf([
      '“We have only one goal — that’s to ensure the safety of civilians, not the armed militants. Our final goal is to ensure that they can withdraw safely and we will try our best to protect them,” said Ali Haider, Syria’s Minister of National Reconciliation Affairs, speaking to reporters in Damascus.',
      '“We are leading very active negotiations with representatives of the armed opposition in Syria, also through the mediation of Turkey,” Mr Putin said on a visit to Japan.',
    ]);
    expect(mentions.find((m) => m.name === 'Ali Haider')?.role).toBe('Minister of National Reconciliation Affairs');
    expect(mentions.find((m) => m.name === 'Vladimir Putin')).toMatchObject({ alias: 'Putin', role: 'Mr' });
    expect(mentions.filter((m) => m.type === 'person').map((m) => m.name)).toEqual(['Ali Haider', 'Vladimir Putin']);
  });
});

describe('extractActors: clean spans', () => {
  it('does not take a quarter or a settlement for a person', () => {
    const { mentions } = actorsOf([
      '"More than 1,000 people have been evacuated from the Salah al-Din quarter to the settlement of al-Rashidin via a humanitarian corridor," he said.',
      'A rebel fighter stands near vehicles at insurgent-held al-Rashideen in the province of Aleppo',
    ]);
    expect(mentions).toEqual([]);
  });

  it('keeps photo credits in captions out, and reads only body, caption and embed parts', () => {
    const { mentions } = actorsOf([
      { kind: 'caption', text: 'A rebel fighter stands near vehicles at insurgent-held al-Rashideen in the province of Aleppo© REUTERS/Ammar Abdullah A rebel fighter stands near vehicles' },
      { kind: 'caption', text: 'A Russian soldier escorts a bus out of east Aleppo (Reuters)' },
      { kind: 'credits', text: '(Reporting by Suleiman Al-Khalidi in Amman, Peter Hobson in Moscow; writing by Peter Millership)' },
      { kind: 'boilerplate', text: 'Tomorrow is too late, mayor of east Aleppo calls on the EU to act' },
    ]);
    expect(mentions).toEqual([]);
  });

  it('tells a state acting from a state as a place', () => {
    const { mentions } = actorsOf([
      'Russia’s air force conducted hundreds of raids that pulverised rebel-held parts of Aleppo while Iranian-backed militias, led by the Lebanese group Hezbollah, poured thousands of fighters to fight rebels into the city.',
      'The war in Syria has claimed the lives of some 300,000 people, and left millions more displaced.',
      'An agreement for rebels to withdraw from Aleppo was brokered by Russia, which has provided crucial military support to President Bashar al-Assad, and Turkey, which backs the opposition.',
      'Iran imposed the towns’ evacuation as an extra condition to the Aleppo deal after it was brokered.',
    ]);
    const states = mentions.filter((m) => m.type === 'state').map((m) => m.alias);
    expect(states).toEqual(['Russia', 'Turkey', 'Iran']);
    expect(mentions.find((m) => m.alias === 'Hezbollah')?.type).toBe('armed-group');
  });

  it('resolves an embed author through the handle and a surname to the full name seen before it', () => {
    const embedText = 'HAPPENING NOW: 20 buses & 13 ambulances crossing the frontline with civilians from east #Aleppo, some critically wounded. SYRedCrescent';
    const article = makeArticle({
      paragraphs: [
        'According to Jan Egeland, the UN humanitarian adviser, Russia said the evacuation would be "swift" and promised that no harm would come to anyone who was leaving.',
        'Egeland said Russia had also promised there would be a pause in fighting in Syria\'s Idlib province, where many Aleppans would be sent.',
        { kind: 'embed', text: `${embedText}</a></p>&mdash; ICRC Syria (ICRC_sy) December 15, 2016`, author: 'ICRC Syria', handle: 'ICRC_sy' },
      ],
    });
    const embedPart = article.parts[2];
    if (embedPart?.embed) embedPart.embed = { ...embedPart.embed, text: embedText, textOffset: [embedPart.offset[0], embedPart.offset[0] + embedText.length] };
    const mentions = extractActors(article, gazetteer);
    expectOffsetsPointAtWords(article, mentions);
    const egeland = mentions.filter((m) => m.name === 'Jan Egeland');
    expect(egeland.map((m) => [m.alias, m.role])).toEqual([
      ['Jan Egeland', 'humanitarian adviser'],
      ['Egeland', null],
    ]);
    expect(mentions.filter((m) => m.name === 'International Committee of the Red Cross').map((m) => m.alias)).toEqual(['ICRC Syria']);
    expect(mentions.find((m) => m.alias === 'SYRedCrescent')?.name).toBe('Syrian Arab Red Crescent');
    expect(mentions.filter((m) => m.name === 'Russia')).toHaveLength(2);
  });
});

describe('extractActors: a report of another conflict, names the gazetteer lacks', () => {
  const article = makeArticle({
    id: 'mosul-2017-07-10',
    published: '2017-07-10',
    paragraphs: [
      'Iraqi Prime Minister Haider al-Abadi arrived in Mosul on Sunday to congratulate the armed forces, a statement from his office said.',
      'Lieutenant General Abdul Amir Yarallah told reporters that troops had reached the Tigris river in the Old City.',
      'Lise Grande, the UN humanitarian coordinator for Iraq, said nearly 900,000 people had fled the city. Grande said camps at Hammam al-Alil were full.',
      'The International Organization for Migration said 5,000 people arrived in Khazer on Saturday.',
      { kind: 'caption', text: 'Displaced Iraqis queue for food near Mosul © Reuters/Alaa Al-Marjani' },
    ],
  });
  const mentions = extractActors(article, gazetteer);

  it('still reports and types the people and organisations', () => {
    expectOffsetsPointAtWords(article, mentions);
    const unknown = mentions.filter((m) => !m.inGazetteer).map((m) => [m.name, m.type, m.role]);
    expect(unknown).toEqual([
      ['Haider al-Abadi', 'person', 'Prime Minister'],
      ['Abdul Amir Yarallah', 'person', 'Lieutenant-General'],
      ['Lise Grande', 'person', null],
      ['Lise Grande', 'person', null],
      ['International Organization for Migration', 'organisation', null],
    ]);
  });

  it('does not take a one-word alias of a listed person out of a longer unknown name', () => {
    expect(mentions.some((m) => m.name === 'Ali Haider')).toBe(false);
  });

  it('works with an empty gazetteer', () => {
    const bare = extractActors(article, makeGazetteer({ roles: ['Prime Minister'] }));
    expect(bare.find((m) => m.name === 'Haider al-Abadi')).toMatchObject({ type: 'person', role: 'Prime Minister', inGazetteer: false });
    expect(bare.some((m) => m.name === 'Lise Grande')).toBe(true);
  });
});

describe('aggregateActors', () => {
  it('collects aliases, roles and mentions per report, most mentioned first', () => {
    const one = actorsOf(['Assad said that regaining full control of Aleppo was a victory.', 'President Assad in a video message.'], 'a').mentions;
    const two = actorsOf(['Mr Assad and the Red Cross.'], 'b').mentions;
    const actors = aggregateActors([...one, ...two]);
    expect(actors[0]).toMatchObject({ name: 'Bashar al-Assad', aliases: ['Assad'], roles: ['President', 'Mr'], mentions: { a: 2, b: 1 } });
    expect(actors[1]?.name).toBe('International Committee of the Red Cross');
  });
});

describe('the bundled corpus', () => {
  const corpus = loadCorpus(new URL('../../corpus/', import.meta.url).pathname);
  const all = corpus.articles.flatMap((article) => extractActors(article, corpus.gazetteer));

  it('points every mention at its words and leaks no credits or bylines', () => {
    for (const article of corpus.articles) expectOffsetsPointAtWords(article, extractActors(article, corpus.gazetteer));
    const names = new Set(all.map((m) => m.name));
    for (const reporter of ['Alasdair Sandford', 'Suleiman Al-Khalidi', 'Peter Hobson', 'Ammar Abdullah', 'Thiqa News']) expect(names.has(reporter)).toBe(false);
    expect(all.some((m) => m.name === 'Salah al-Din' || m.name === 'al-Rashideen')).toBe(false);
  });

  it('gives Poznikhir, de Mistura, Shoigu and Assad their roles, and counts Assad in every report', () => {
    const actors = aggregateActors(all);
    const byName = new Map(actors.map((a) => [a.name, a]));
    expect(byName.get('Viktor Poznikhir')?.roles).toEqual(['Lieutenant-General']);
    expect(byName.get('Staffan de Mistura')?.roles).toEqual(['U.N. Special Envoy']);
    expect(byName.get('Sergei Shoigu')?.roles).toEqual(['Defence Minister']);
    expect(byName.get('Bashar al-Assad')?.roles).toContain('President');
    expect(Object.keys(byName.get('Bashar al-Assad')?.mentions ?? {})).toHaveLength(5);
    expect(byName.get('International Committee of the Red Cross')?.aliases).toEqual(
      expect.arrayContaining(['Red Cross', 'ICRC', 'ICRC Syria', 'International Committee of the Red Cross']),
    );
    expect(byName.get('RT')?.mentions).toEqual({ 'inquisitr-2016-12-16': 1 });
  });
});

describe('adversarial input', () => {
  it('handles 100 KB of capitalised words, credit symbols and brackets in linear-ish time', () => {
    for (const text of ['Abc Def Ghi al-Jkl '.repeat(6000).slice(0, 100_000), '© REUTERS/A B C D '.repeat(6000).slice(0, 100_000), '('.repeat(50_000) + ')'.repeat(50_000)]) {
      const article = makeArticle({ paragraphs: [{ kind: 'caption', text }] });
      const started = Date.now();
      const mentions = extractActors(article, gazetteer);
      expect(Date.now() - started).toBeLessThan(20_000);
      for (const m of mentions) expect(article.text.slice(m.offset[0], m.offset[1])).toBe(m.alias);
    }
  });
});
