// Figures built by hand to mirror what the five bundled reports say (sentences copied verbatim from corpus/*.txt).
import type { Figure } from '../../src/types.js';
import { makeFigure } from '../helpers/figures.js';

export const EURONEWS = 'euronews-2016-12-15';
export const REUTERS = 'reuters-2016-12-22';
export const INQUISITR = 'inquisitr-2016-12-16';
export const MEE = 'mee-2016-12-15';
export const FT = 'ft-2016-12-16';

const OUTLETS: Record<string, string> = {
  [EURONEWS]: 'Euronews',
  [REUTERS]: 'Reuters',
  [INQUISITR]: 'Inquisitr',
  [MEE]: 'Middle East Eye',
  [FT]: 'Financial Times',
};
const PUBLISHED: Record<string, string> = {
  [EURONEWS]: '2016-12-15',
  [REUTERS]: '2016-12-22',
  [INQUISITR]: '2016-12-16',
  [MEE]: '2016-12-15',
  [FT]: '2016-12-16',
};

/** A figure of a bundled report: `text` is located in `sentence` to give a stable offset. */
function from(report: string, sentence: string, text: string, rest: Partial<Figure>): Figure {
  const at = sentence.indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not in "${sentence}"`);
  return makeFigure({
    report,
    outlet: OUTLETS[report] ?? null,
    asOf: PUBLISHED[report] ?? null,
    sentence,
    text,
    offset: [at, at + text.length],
    ...rest,
  });
}

const E_STATE_TV =
  'Pictures broadcast on Syrian state TV showed a convoy of 10 ambulances and at least 17 green buses, said to be carrying at least 1,000 people out of the battered city.';
const E_RED_CROSS = 'Earlier, the Red Cross said the operation to get around 200 wounded people had started.';
const E_RUSSIA = 'Russia said 5,000 rebels and family members were being brought out.';
const E_ICRC_TWEET =
  'HAPPENING NOW: 20 buses & 13 ambulances crossing the frontline with civilians from east #Aleppo, some critically wounded.';
const M_HUNDREDS =
  'The Syrian president hailed the "liberation" of Aleppo and Russia\'s military declared all militants had been "driven out" of east Aleppo, as convoys of ambulances and buses ferried hundreds of rebels and civilians to other parts of Syria.';
const M_ABOUT =
  'Russian Lieutenant General Viktor Poznikhir, meanwhile, told the Tass news agency that the Syrian army was close to ending its operations in the city and that about 1,000 rebels left the city today under a Russia-Turkey ceasefire and evacuation deal.';
const M_MORE =
  '"More than 1,000 people have been evacuated from the Salah al-Din quarter to the settlement of al-Rashidin via a humanitarian corridor," he said.';
const M_BUSES =
  '"As many as 20 passenger buses were provided by the Syrian authorities and 10 ambulances were provided by the Red Crescent for that."';
const M_KILLED =
  'Poznikhir said that more than 900 "terrorists" had been killed during weeks of operations against rebel forces in eastern Aleppo.';
const M_CONVOY =
  'Russian soldiers led the convoy of 1,000 civilians and rebels out of Aleppo, as the Russian and Turkish deal to end fighting in the Syrian city gathered pace after a day of broken promises and more violence.';
const I_BUSED = 'The Aleppo, Syria evacuation is underway as thousands are bused out of the city amid a recent ceasefire.';
const I_WAR =
  'The war in Syria has claimed the lives of some 300,000 people, and left millions more displaced, setting off a flood of refugees to other parts of the Middle East and Europe.';
const I_RT =
  'RT reports that nine convoys have left the city thus far carrying more than 6,000 people out of the eastern Aleppo neighborhoods once held by rebel forces.';
const I_SOME = 'Some 3,000 of these are rebel fighters, with about 301 wounded.';
const R_BUSES =
  'The evacuation of rebels from their last enclave in Aleppo will soon be complete when the last four buses leave the city, a media unit run by the Syrian government’s ally Hezbollah said on Thursday.';
const R_UN =
  'At least 34,000 people, both civilians and fighters, have been evacuated from east Aleppo in a week-long operation, the latest U.N. figures show.';
const R_REMAIN = 'But the United Nations estimates that thousands more remain in eastern Aleppo enclaves.';
const R_SHOIGU =
  'Defence Minister Sergei Shoigu said Russian air strikes in Syria had killed 35,000 rebel fighters and halted a chain of revolutions in the Middle East.';
const R_WAR =
  'The once-flourishing economic centre with its renowned ancient sites has been devastated during the war which has killed more than 300,000 people, created the world’s worst refugee crisis and allowed for the rise of Islamic State.';
const F_THOUSANDS =
  'Thousands of opposition fighters and wounded civilians had been leaving Aleppo in convoys of buses and ambulances since the evacuations started on Thursday.';

const STATE_TV = 'Syrian state TV';
const ICRC = 'International Committee of the Red Cross';
const POZNIKHIR = 'Viktor Poznikhir';

/** The figures of the five reports, by report. `warScope` is the scope given to Reuters' 300,000 (case 4). */
export function bundledFigures(warScope: string | null = null): Record<string, Figure[]> {
  return {
    [EURONEWS]: [
      from(EURONEWS, E_STATE_TV, '10 ambulances', { measure: 'ambulances', subject: 'ambulances', value: 10, attribution: STATE_TV }),
      from(EURONEWS, E_STATE_TV, 'at least 17 green buses', { measure: 'buses', subject: 'green buses', value: 17, qualifier: 'at_least', attribution: STATE_TV }),
      from(EURONEWS, E_STATE_TV, 'at least 1,000 people', { measure: 'evacuees', subject: 'people', value: 1000, qualifier: 'at_least', attribution: STATE_TV }),
      from(EURONEWS, E_RED_CROSS, 'around 200 wounded people', { measure: 'evacuees', subject: 'wounded people', value: 200, qualifier: 'approx', attribution: ICRC }),
      from(EURONEWS, E_RUSSIA, '5,000 rebels and family members', { measure: 'evacuees', subject: 'rebels and family members', value: 5000, attribution: 'Russia' }),
      from(EURONEWS, E_ICRC_TWEET, '20 buses', { measure: 'buses', subject: 'buses', value: 20, attribution: ICRC, part: 'embed' }),
      from(EURONEWS, E_ICRC_TWEET, '13 ambulances', { measure: 'ambulances', subject: 'ambulances', value: 13, attribution: ICRC, part: 'embed' }),
    ],
    [MEE]: [
      from(MEE, M_HUNDREDS, 'hundreds of rebels and civilians', { measure: 'evacuees', subject: 'rebels and civilians', value: null, low: 200, high: 999, qualifier: 'vague' }),
      from(MEE, M_ABOUT, 'about 1,000 rebels', { measure: 'evacuees', subject: 'rebels', value: 1000, qualifier: 'approx', attribution: POZNIKHIR }),
      from(MEE, M_MORE, 'More than 1,000 people', { measure: 'evacuees', subject: 'people', value: 1000, qualifier: 'more_than', attribution: POZNIKHIR }),
      from(MEE, M_BUSES, 'As many as 20 passenger buses', { measure: 'buses', subject: 'passenger buses', value: 20, qualifier: 'at_most', attribution: POZNIKHIR }),
      from(MEE, M_BUSES, '10 ambulances', { measure: 'ambulances', subject: 'ambulances', value: 10, attribution: POZNIKHIR }),
      from(MEE, M_KILLED, 'more than 900 "terrorists"', { measure: 'deaths', subject: 'terrorists', value: 900, qualifier: 'more_than', attribution: POZNIKHIR, scope: 'eastern Aleppo' }),
      from(MEE, M_CONVOY, '1,000 civilians and rebels', { measure: 'evacuees', subject: 'civilians and rebels', value: 1000 }),
    ],
    [INQUISITR]: [
      from(INQUISITR, I_BUSED, 'thousands', { measure: 'evacuees', subject: 'people', value: null, low: 2000, high: 999_999, qualifier: 'vague' }),
      from(INQUISITR, I_WAR, 'some 300,000 people', { measure: 'deaths', subject: 'people', value: 300_000, qualifier: 'approx', scope: 'Syria' }),
      from(INQUISITR, I_RT, 'nine convoys', { measure: 'convoys', subject: 'convoys', value: 9, attribution: 'RT' }),
      from(INQUISITR, I_RT, 'more than 6,000 people', { measure: 'evacuees', subject: 'people', value: 6000, qualifier: 'more_than', attribution: 'RT', scope: 'eastern Aleppo' }),
      from(INQUISITR, I_SOME, 'Some 3,000 of these are rebel fighters', { measure: 'evacuees', subject: 'rebel fighters', value: 3000, qualifier: 'approx' }),
      from(INQUISITR, I_SOME, 'about 301 wounded', { measure: 'wounded', subject: 'wounded', value: 301, qualifier: 'approx' }),
    ],
    [REUTERS]: [
      from(REUTERS, R_BUSES, 'the last four buses', { measure: 'buses', subject: 'buses', value: 4, attribution: 'Hezbollah' }),
      from(REUTERS, R_UN, 'At least 34,000 people', { measure: 'evacuees', subject: 'people', value: 34_000, qualifier: 'at_least', attribution: 'United Nations', scope: 'eastern Aleppo' }),
      from(REUTERS, R_REMAIN, 'thousands more', { measure: 'remaining', subject: 'people', value: null, low: 2000, high: 999_999, qualifier: 'vague', attribution: 'United Nations', scope: 'eastern Aleppo' }),
      from(REUTERS, R_SHOIGU, '35,000 rebel fighters', { measure: 'deaths', subject: 'rebel fighters', value: 35_000, attribution: 'Sergei Shoigu', scope: 'Syria' }),
      from(REUTERS, R_WAR, 'more than 300,000 people', { measure: 'deaths', subject: 'people', value: 300_000, qualifier: 'more_than', scope: warScope }),
    ],
    [FT]: [
      from(FT, F_THOUSANDS, 'Thousands of opposition fighters and wounded civilians', { measure: 'evacuees', subject: 'opposition fighters and wounded civilians', value: null, low: 2000, high: 999_999, qualifier: 'vague' }),
    ],
  };
}

/** All the bundled figures in one list, report by report. */
export function allBundledFigures(warScope: string | null = null): Figure[] {
  return Object.values(bundledFigures(warScope)).flat();
}
