// Quotations and their speakers, from paragraphs copied verbatim from the bundled reports and from a story of our own.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuotes, linkQuotes, type QuoteRecord } from '../../src/extract/quotes.js';
import type { Article, Gazetteer } from '../../src/types.js';
import { makeArticle, makeGazetteer } from '../helpers/builders.js';

const gazetteer: Gazetteer = makeGazetteer({
  actors: [
    { name: 'Bashar al-Assad', type: 'person', aliases: ['Assad', 'President Assad', 'Mr Assad'], handles: [] },
    { name: 'Viktor Poznikhir', type: 'person', aliases: ['Poznikhir'], handles: [] },
    { name: 'Vladimir Putin', type: 'person', aliases: ['Putin', 'Mr Putin'], handles: [] },
    { name: 'Russia', type: 'state', aliases: [], handles: [] },
  ],
});

function quotesOf(article: Article, gaz: Gazetteer = gazetteer): QuoteRecord[] {
  const quotes = extractQuotes(article, gaz);
  for (const q of quotes) expect(article.text.slice(q.offset[0], q.offset[1])).toBe(q.text);
  return quotes;
}

function speakerOf(quotes: QuoteRecord[], start: string): string | null | undefined {
  return quotes.find((q) => q.text.startsWith(start))?.speaker;
}

describe('extractQuotes: Euronews', () => {
  const article = makeArticle({
    id: 'euronews',
    paragraphs: [
      '“We have only one goal — that’s to ensure the safety of civilians, not the armed militants. Our final goal is to ensure that they can withdraw safely and we will try our best to protect them,” said Ali Haider, Syria’s Minister of National Reconciliation Affairs, speaking to reporters in Damascus.',
      'A senior Russian military official, Lieutenant-General Viktor Poznikhir, said the Syrian army had almost finished its operations in Aleppo.',
      '“After liberating Aleppo we can say not only the Syrian situation, but also the regional and international situation is different. Here time became history. Aleppo converted time into history,” said a triumphant President Assad in a video message.',
      'The ministry said Moscow would deploy drones to monitor rebels and their families being transported along a humanitarian corridor.',
      'The International Rescue Committee said those being evacuated from Aleppo had not escaped the war. “We are very concerned that the sieges and barrel bombs will follow the thousands who arrive in Idlib,” it said.',
    ],
  });
  const quotes = quotesOf(article);

  it('finds the three quotations with their words inside the marks', () => {
    expect(quotes).toHaveLength(3);
    expect(quotes[0]?.text).toBe(
      'We have only one goal — that’s to ensure the safety of civilians, not the armed militants. Our final goal is to ensure that they can withdraw safely and we will try our best to protect them,',
    );
    expect(quotes.every((q) => !q.isScare && q.part === 'body' && q.report === 'euronews')).toBe(true);
  });

  it('credits said NAME with the apposition stripped', () => {
    expect(speakerOf(quotes, 'We have only one goal')).toBe('Ali Haider');
  });

  it('credits `said a triumphant President Assad` to the canonical actor', () => {
    expect(speakerOf(quotes, 'After liberating Aleppo')).toBe('Bashar al-Assad');
  });

  it('resolves `it said` to the organisation of the previous sentence', () => {
    expect(speakerOf(quotes, 'We are very concerned')).toBe('International Rescue Committee');
  });
});

describe('extractQuotes: Reuters', () => {
  const article = makeArticle({
    id: 'reuters',
    paragraphs: [
      'BEIRUT, Dec 22 (Reuters) – The Syrian army said on Thursday it had retaken Aleppo entirely and brought “security and safety” back to the city, as the last group of rebel fighters were evacuated.',
      '“The process for evacuation was traumatic, with crowding, and vulnerable people waiting for hours and exposed to sub-zero temperatures,” U.N. spokesman Farhan Haq told reporters in New York.',
      '“Many of them have gone to Idlib, which could be in theory the next Aleppo,” U.N. Special Envoy Staffan de Mistura said in Geneva.',
      'Evacuees from Aleppo had expressed concerns about being taken to Idlib and a senior European diplomat said earlier this month that this would suit Russia, Assad’s main military backer, as it would put “all their rotten eggs in one basket”.',
      'In comments after meeting a senior Iranian delegation, Assad said his battlefield successes were a “basic step on the road to ending terrorism in the whole of Syria and creating the right circumstances for a solution to end the war”.',
      '“Most are heading towards camps, or to their relatives, or shelter locations,” said Ahmad al-Dbis, a medical aid worker heading a team evacuating patients from Aleppo. “The humanitarian situation in northern Syria is very difficult, because the area is already densely populated since it has people displaced from all over Syria.”',
      'Ahmed Kara Ali, spokesman for Ahrar al Sham, a rebel group that is involved in departure negotiations, told Reuters “large numbers” were left but it was difficult to estimate how many remained, beyond it being in the thousands.',
      '“The numbers of civilians, their cars alongside and of course the weather all are making the evacuation slow,” Munir al-Sayal, head of the political wing of Ahrar al Sham, said, adding he expected the operation to be completed on Thursday.',
    ],
  });
  const quotes = quotesOf(article);

  it('strips roles and apposition from named speakers', () => {
    expect(speakerOf(quotes, 'The process for evacuation')).toBe('Farhan Haq');
    expect(speakerOf(quotes, 'Many of them')).toBe('Staffan de Mistura');
    expect(speakerOf(quotes, 'Most are heading')).toBe('Ahmad al-Dbis');
    expect(speakerOf(quotes, 'The numbers of civilians')).toBe('Munir al-Sayal');
  });

  it('gives a second quotation in the same paragraph the same speaker', () => {
    expect(speakerOf(quotes, 'The humanitarian situation')).toBe('Ahmad al-Dbis');
  });

  it('credits a partial quotation to the subject of the speech verb before it', () => {
    expect(speakerOf(quotes, 'basic step')).toBe('Bashar al-Assad');
    expect(speakerOf(quotes, 'all their rotten eggs')).toBe('a senior European diplomat');
  });

  it('marks two-word quotations as scare quotes, `security and safety` included (a joining `and` is not counted)', () => {
    const scare = quotes.filter((q) => q.isScare).map((q) => q.text);
    expect(scare).toEqual(['security and safety', 'large numbers']);
    expect(speakerOf(quotes, 'large numbers')).toBe('Ahmed Kara Ali');
    expect(quotes.find((q) => q.text === 'all their rotten eggs in one basket')?.isScare).toBe(false);
  });
});

describe('extractQuotes: Middle East Eye (straight quotes, pronouns, quotations over several paragraphs)', () => {
  const article = makeArticle({
    id: 'mee',
    paragraphs: [
      '"What is happening today is the writing of a history written by every Syrian citizen. The writing did not start today, it started six years ago when the crisis and war started against Syria," Assad said.',
      '"The people of Aleppo made history with their steadfastness, bravery and sacrifice. And every Syrian stood with the people of Aleppo and their homeland.',
      '"I think that after the liberation of Aleppo we\'ll talk about the situation as... before the liberation of Aleppo and after the liberation of Aleppo."',
      'Russian Lieutenant General Viktor Poznikhir, meanwhile, told the Tass news agency that the Syrian army was close to ending its operations in the city and that about 1,000 rebels left the city today under a Russia-Turkey ceasefire and evacuation deal.',
      '"The militants have been driven out of all the quarters that remained under their control as a result of the Syrian troops’ offensive," Poznikhir said.',
      '"More than 1,000 people have been evacuated from the Salah al-Din quarter to the settlement of al-Rashidin via a humanitarian corridor," he said.',
      '"As many as 20 passenger buses were provided by the Syrian authorities and 10 ambulances were provided by the Red Crescent for that."',
      'Poznikhir said that more than 900 "terrorists" had been killed during weeks of operations against rebel forces in eastern Aleppo.',
      'Zouhir al-Shimale, a journalist in the city, said Syrian government buses had arrived in his area in the early hours of Thursday and were loading wounded civilians. Hours later, state TV said many had left rebel-held areas.',
      '"The green buses have just arrived and the evacuation process has recommenced," he said. "The process is going really smoothly right now but it was very tense in the beginning.',
      '"They evacuated the injured people and now they are taking the families of the severely injured people."',
      'According to Jan Egeland, the UN humanitarian adviser, Russia said the evacuation would be "swift" and promised that no harm would come to anyone who was leaving.',
      '"Russia... confirmed that Russians would be monitoring and that this is a swift, unbureaucratic, non-intrusive evacuation and no harm will meet these who are evacuated," he said.',
    ],
  });
  const quotes = quotesOf(article);

  it('credits Assad and carries his words over the two paragraphs after', () => {
    expect(speakerOf(quotes, 'What is happening today')).toBe('Bashar al-Assad');
    expect(speakerOf(quotes, 'The people of Aleppo')).toBe('Bashar al-Assad');
    expect(speakerOf(quotes, 'I think that after')).toBe('Bashar al-Assad');
  });

  it('ends an unclosed quotation at the end of its paragraph', () => {
    expect(quotes.find((q) => q.text.startsWith('The people of Aleppo'))?.text.endsWith('their homeland.')).toBe(true);
  });

  it('resolves `he said` to Poznikhir and continues his words in the next paragraph', () => {
    expect(speakerOf(quotes, 'The militants have been driven out')).toBe('Viktor Poznikhir');
    expect(speakerOf(quotes, 'More than 1,000 people')).toBe('Viktor Poznikhir');
    expect(speakerOf(quotes, 'As many as 20 passenger buses')).toBe('Viktor Poznikhir');
  });

  it('marks the one-word "terrorists" as a scare quote credited to Poznikhir', () => {
    const terrorists = quotes.find((q) => q.text === 'terrorists');
    expect(terrorists?.isScare).toBe(true);
    expect(terrorists?.speaker).toBe('Viktor Poznikhir');
  });

  it('resolves `he` to the person (Zouhir al-Shimale), not to state TV said nearer', () => {
    expect(speakerOf(quotes, 'The green buses')).toBe('Zouhir al-Shimale');
    expect(speakerOf(quotes, 'The process is going')).toBe('Zouhir al-Shimale');
    expect(speakerOf(quotes, 'They evacuated the injured')).toBe('Zouhir al-Shimale');
  });

  it('resolves `he` after `According to Jan Egeland, ..., Russia said` to Jan Egeland', () => {
    expect(speakerOf(quotes, 'Russia... confirmed')).toBe('Jan Egeland');
    expect(speakerOf(quotes, 'swift')).toBe('Russia');
  });

  it('finds every quotation, each once', () => {
    expect(quotes.filter((q) => !q.isScare)).toHaveLength(10);
  });
});

describe('extractQuotes: Financial Times', () => {
  const article = makeArticle({
    id: 'ft',
    paragraphs: [
      '“The Syrian army operation to liberate the militant-controlled eastern districts of Aleppo is complete,” the Russian defence ministry said. “Syrian government forces are liquidating isolated pockets of resistance by radicals.”',
      'Russian President Vladimir Putin said the next phase would “be reaching an agreement on a full ceasefire” for all of Syria.',
      '“We are leading very active negotiations with representatives of the armed opposition in Syria, also through the mediation of Turkey,” Mr Putin said on a visit to Japan.',
      '“There were still thousands of people, families with women and children, when I left. I’m shaking because I am so worried about what is going to happen now,” said Abdu Khudr, an activist who was on one of the last convoys to make it out of the city. “I wish we had died instead of having to see the things that have happened to Aleppo.”',
      { kind: 'caption', text: 'Evacuees arrive by bus to an area on the western edge of Aleppo city which is held by rebels © Reuters' },
      'A senior rebel official said negotiations for a resumption of the evacuation were not over, and blamed Iran, another key backer of Mr Assad, and the regime for foiling the deal.',
      '“[They] obstructed the evacuation many times over the last 48 hours,” he said. “The recent statements that you’re hearing from the Russians about the evacuation being over are false.”',
      '“I’m going to leave a piece of my heart here and go away. I’m going to be displaced,” said Mohammed Edel, an activist inside the city who sent an audio message to journalists. “But I promise, I promise you all: One day I’ll get back home.”',
      'Pawel Krzysiek, a spokesman for the ICRC, said some people were crying as they decided what to take with them and what to leave in Aleppo’s devastated eastern districts.',
      '“You can see it in their faces, their eyes are filled with sadness and there is huge destruction, which is something I will never forget,” he said. “We were going through this neighbourhood and you can’t believe you’re in reality — it felt like we were in some creepy, terrible video game. You feel the desperation as everyone is waiting, anxiously.”',
    ],
  });
  const quotes = quotesOf(article);

  it('credits the descriptive organisation as written', () => {
    expect(speakerOf(quotes, 'The Syrian army operation')).toBe('the Russian defence ministry');
    expect(speakerOf(quotes, 'Syrian government forces')).toBe('the Russian defence ministry');
  });

  it('credits Putin both with his title and as `Mr Putin`', () => {
    expect(speakerOf(quotes, 'be reaching an agreement')).toBe('Vladimir Putin');
    expect(speakerOf(quotes, 'We are leading')).toBe('Vladimir Putin');
  });

  it('credits an unnamed speaker with the descriptive words, through `he said`', () => {
    expect(speakerOf(quotes, '[They] obstructed')).toBe('a senior rebel official');
    expect(speakerOf(quotes, 'The recent statements')).toBe('a senior rebel official');
  });

  it('credits the named activists and the ICRC spokesman', () => {
    expect(speakerOf(quotes, 'There were still thousands')).toBe('Abdu Khudr');
    expect(speakerOf(quotes, 'I wish we had died')).toBe('Abdu Khudr');
    expect(speakerOf(quotes, 'I’m going to leave')).toBe('Mohammed Edel');
    expect(speakerOf(quotes, 'But I promise')).toBe('Mohammed Edel');
    expect(speakerOf(quotes, 'You can see it')).toBe('Pawel Krzysiek');
    expect(speakerOf(quotes, 'We were going through')).toBe('Pawel Krzysiek');
  });
});

describe('extractQuotes: Inquisitr', () => {
  const article = makeArticle({
    id: 'inquisitr',
    paragraphs: [
      'Aleppo, Syria came under the heaviest assault of the war by Assad government and Russian forces in recent weeks. Aleppo, once Syria’s largest city, has been held by insurgent rebel forces since 2012, a year after the civil war in Syria began. A key strategic location for the rebels, who the Assad government and Russia call “terrorists” and “Jihadists,” Aleppo was to be a staging ground for offensives against the capital of Damascus to the south.',
      'With the fall of Aleppo, rebel insurgents had little choice but to accept the offer of safe passage to Idlib from the Russians. A senior European official commented on the matter.',
      '“For the Russians it’s simple. Place them all in Idlib and then they have all their rotten eggs in one basket.”',
      'The fighting in Aleppo, Syria has been some of the fiercest of the war, and all sides have accused each other of war crimes. Groups within Syria have said that Assad government and Russian airstrikes have killed 1,207 civilians, including 380 children in the assault. United States Secretary of State John Kerry has described the Aleppo fighting as “nothing short of a massacre.”',
    ],
  });
  const quotes = quotesOf(article);

  it('credits a quotation standing alone to the speaker introduced just before', () => {
    expect(speakerOf(quotes, 'For the Russians')).toBe('a senior European official');
  });

  it('credits `X has described ... as "..."` to X with the title stripped', () => {
    expect(speakerOf(quotes, 'nothing short of a massacre')).toBe('John Kerry');
  });

  it('marks the single-word labels as scare quotes', () => {
    expect(quotes.filter((q) => q.isScare).map((q) => q.text)).toEqual(['terrorists', 'Jihadists,']);
  });
});

describe('extractQuotes: parts and marks', () => {
  it('reads captions and embeds, never boilerplate, credits or duplicates', () => {
    const article = makeArticle({
      paragraphs: [
        { kind: 'boilerplate', text: '“Share this article,” said the widget.' },
        { kind: 'caption', text: 'A sign reads “we will return home” near the crossing © AFP' },
        { kind: 'embed', text: 'Mayor: “The bridge is open again to all traffic.”', author: 'City Hall', handle: 'cityhall' },
        { kind: 'credits', text: '(Reporting by “Someone” Else)' },
        { kind: 'duplicate', text: '“Share this article,” said the widget.' },
      ],
    });
    const quotes = quotesOf(article);
    expect(quotes.map((q) => [q.part, q.text])).toEqual([
      ['caption', 'we will return home'],
      ['embed', 'The bridge is open again to all traffic.'],
    ]);
  });

  it('keeps nested single quotes inside their outer quotation', () => {
    const article = makeArticle({
      paragraphs: ['Bashar al-Assad said it was "history in the making and worthy of more than the word \'congratulations\'."'],
    });
    const quotes = quotesOf(article);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe("history in the making and worthy of more than the word 'congratulations'.");
    expect(quotes[0]?.speaker).toBe('Bashar al-Assad');
  });

  it('gives null when nobody is credited', () => {
    const article = makeArticle({ paragraphs: ['The town was calm.', 'Residents spoke of “a long winter ahead of everyone here”.'] });
    const quotes = quotesOf(article);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toBeNull();
  });

  it('stays fast on 100 KB of quote marks, speech verbs and pronouns', () => {
    const paragraphs = ['"a b c," he said. ‘d’ Jo Bo said, "e f g," it said. '.repeat(1800), '“'.repeat(4000), '"'.repeat(4000)];
    const article = makeArticle({ paragraphs });
    const started = Date.now();
    extractQuotes(article, gazetteer);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('extractQuotes: a story of our own (a flood, no gazetteer entries)', () => {
  const article = makeArticle({
    id: 'flood',
    paragraphs: [
      'Floodwater rose through the night in the river town of Marnow, and the regional water authority said on Monday that levels would peak by Tuesday.',
      '“We expect the crest to pass the old bridge tomorrow afternoon,” said Helga Brandt, the authority’s chief engineer, speaking at a briefing in the town hall.',
      'Mayor Tomas Lindqvist told reporters: “Nobody should try to drive through the water. Stay at home and keep your phones charged.”',
      'The National Weather Service said more rain was on the way. “A second band of storms will arrive on Wednesday,” it said.',
      'Rescue volunteer Ines Okafor, who spent the night in a boat, said she had taken 40 people off rooftops.',
      '“The current was stronger than anything I have seen,” she said. “Some families had waited on their roofs for six hours.',
      '“We could only take four at a time.”',
      'Lindqvist said the town’s “temporary measures” would stay in place until the weekend.',
      'A local shopkeeper, asked about the damage, was blunt.',
    ],
  });
  const quotes = quotesOf(article, makeGazetteer());

  it('finds each speaker without any gazetteer entry', () => {
    expect(speakerOf(quotes, 'We expect the crest')).toBe('Helga Brandt');
    expect(speakerOf(quotes, 'Nobody should try')).toBe('Tomas Lindqvist');
    expect(speakerOf(quotes, 'A second band')).toBe('National Weather Service');
    expect(speakerOf(quotes, 'The current was stronger')).toBe('Ines Okafor');
    expect(speakerOf(quotes, 'Some families had waited')).toBe('Ines Okafor');
    expect(speakerOf(quotes, 'We could only take')).toBe('Ines Okafor');
  });

  it('resolves a surname alone to the full name given earlier', () => {
    expect(speakerOf(quotes, 'temporary measures')).toBe('Tomas Lindqvist');
    expect(quotes.find((q) => q.text === 'temporary measures')?.isScare).toBe(true);
  });
});

describe('linkQuotes', () => {
  const reuters = makeArticle({
    id: 'reuters',
    paragraphs: [
      'Evacuees from Aleppo had expressed concerns about being taken to Idlib and a senior European diplomat said earlier this month that this would suit Russia, Assad’s main military backer, as it would put “all their rotten eggs in one basket”.',
      'The Syrian army said on Thursday it had retaken Aleppo entirely and brought “security and safety” back to the city.',
    ],
  });
  const inquisitr = makeArticle({
    id: 'inquisitr',
    paragraphs: [
      'A senior European official commented on the matter.',
      '“For the Russians it’s simple. Place them all in Idlib and then they have all their rotten eggs in one basket.”',
      'Officials promised “security and safety” for all who leave.',
    ],
  });
  const other = makeArticle({ id: 'other', paragraphs: ['“The evacuation went smoothly and everyone is safe now,” a witness said.'] });
  const all = [reuters, inquisitr, other].flatMap((a) => extractQuotes(a, gazetteer));

  it('links a fragment to the longer quotation that contains it', () => {
    const links = linkQuotes(all);
    expect(links).toHaveLength(1);
    const link = links[0];
    expect(link?.reports).toEqual(['inquisitr', 'reuters']);
    expect(link?.similarity).toBe(1);
    expect(link?.quotes.map((q) => q.text)).toEqual([
      'all their rotten eggs in one basket',
      'For the Russians it’s simple. Place them all in Idlib and then they have all their rotten eggs in one basket.',
    ]);
    expect(link?.quotes.map((q) => q.speaker)).toEqual(['a senior European diplomat', 'a senior European official']);
  });

  it('never links scare quotes, nor quotations within one report', () => {
    const links = linkQuotes([...all, { ...(all[0] as QuoteRecord), offset: [0, 1] }]);
    expect(links.flatMap((l) => l.quotes).some((q) => q.text === 'security and safety')).toBe(false);
    expect(links.every((l) => l.reports.length > 1)).toBe(true);
  });

  it('does not link quotations that share only common words', () => {
    const a = { report: 'a', text: 'the people of the city are tired', speaker: null, offset: [0, 1] as [number, number], part: 'body' as const };
    const b = { report: 'b', text: 'the army of the north has arrived today', speaker: null, offset: [0, 1] as [number, number], part: 'body' as const };
    expect(linkQuotes([a, b])).toEqual([]);
  });
});

const corpusDir = new URL('../../corpus/', import.meta.url);
describe.runIf(existsSync(new URL('../../src/corpus/load.ts', import.meta.url)))('the bundled corpus', () => {
  it('links the rotten-eggs quotation between Reuters and Inquisitr, and every offset points at its words', async () => {
    const { loadCorpus } = await import('../../src/corpus/load.js');
    const corpus = loadCorpus(corpusDir.pathname);
    const quotes = corpus.articles.flatMap((article) => {
      const found = extractQuotes(article, corpus.gazetteer);
      for (const q of found) expect(article.text.slice(q.offset[0], q.offset[1])).toBe(q.text);
      return found;
    });
    expect(quotes.length).toBeGreaterThan(40);
    const links = linkQuotes(quotes);
    const eggs = links.find((l) => l.quotes.some((q) => q.text === 'all their rotten eggs in one basket'));
    expect(eggs?.reports.length).toBe(2);
    expect(quotes.find((q) => q.text.startsWith('More than 1,000 people have been evacuated'))?.speaker).toMatch(/Poznikhir$/);
  });
});
