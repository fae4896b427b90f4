// Naming: label matching, voice (own, quoted, scare), and counts made by hand from the bundled reports.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { parseLabels, type LabelSets } from '../../src/language/labels.js';
import { findLabelMentions, naming, numberForms, voiceAt, type NamingCount, type QuoteSpan } from '../../src/language/naming.js';
import type { Article } from '../../src/types.js';
import { makeArticle } from '../helpers/builders.js';

const corpusDir = new URL('../../corpus/', import.meta.url).pathname;
const bundledLabels = parseLabels(readFileSync(new URL('labels.json', `file://${corpusDir}`), 'utf8'), 'corpus/labels.json');

/** A quotation from the first occurrence of `from` to the end of the first `to` after it. */
function span(article: Article, from: string, to: string, speaker: string | null, isScare = false): QuoteSpan {
  const start = article.text.indexOf(from);
  if (start < 0) throw new Error(`${article.id}: no "${from}"`);
  const end = article.text.indexOf(to, start);
  if (end < 0) throw new Error(`${article.id}: no "${to}" after "${from}"`);
  return { report: article.id, offset: [start, end + to.length], speaker, isScare };
}

/** A short quotation `quoted` found inside the unique text `anchor`. */
function scare(article: Article, anchor: string, quoted: string, speaker: string | null = null): QuoteSpan {
  const at = article.text.indexOf(anchor);
  if (at < 0) throw new Error(`${article.id}: no "${anchor}"`);
  const start = at + anchor.indexOf(quoted);
  return { report: article.id, offset: [start, start + quoted.length], speaker, isScare: true };
}

function row(rows: NamingCount[], report: string, label: string): Pick<NamingCount, 'own' | 'quoted' | 'scare'> | undefined {
  const found = rows.find((r) => r.report === report && r.label === label);
  return found && { own: found.own, quoted: found.quoted, scare: found.scare };
}

const smallLabels: LabelSets = {
  sets: [
    { name: 'opposition', description: null, labels: [{ label: 'rebels', variants: ['rebels'] }, { label: 'terrorists', variants: ['terrorists'] }] },
    {
      name: 'government',
      description: null,
      labels: [
        { label: 'government forces', variants: ['government forces'] },
        { label: 'pro-government militias', variants: ['pro-government militias'] },
        { label: "Assad's forces", variants: ["Assad's forces"] },
      ],
    },
  ],
};

describe('numberForms', () => {
  it('adds the other number of the last word by the regular rules', () => {
    expect(numberForms('rebels')).toEqual(['rebels', 'rebel']);
    expect(numberForms('militia')).toEqual(['militia', 'militias']);
    expect(numberForms('armed groups')).toEqual(['armed groups', 'armed group']);
    expect(numberForms('Syrian army')).toEqual(['Syrian army', 'Syrian armies']);
    expect(numberForms('casualties')).toEqual(['casualties', 'casualty']);
    expect(numberForms('regime')).toEqual(['regime', 'regimes']);
  });
});

describe('findLabelMentions', () => {
  it('matches whole words and phrases in any case, singular or plural, including the first half of a hyphenated word', () => {
    const article = makeArticle({
      paragraphs: ['A Rebel leader said rebel-held areas fell. The REBELS left; rebellion is not a label, nor are rebelsx.'],
    });
    const mentions = findLabelMentions(article, smallLabels, []);
    expect(mentions.map((m) => m.text)).toEqual(['Rebel', 'rebel', 'REBELS']);
    for (const mention of mentions) expect(article.text.slice(...mention.offset)).toBe(mention.text);
  });

  it('prefers the longest label and never matches the second half of a hyphenated word', () => {
    const article = makeArticle({
      paragraphs: ['Pro-government militias and government forces advanced, while pro-government forces fired; President Assad’s forces held.'],
    });
    const labels = findLabelMentions(article, smallLabels, []).map((m) => `${m.label}=${m.text}`);
    expect(labels).toEqual([
      'pro-government militias=Pro-government militias',
      'government forces=government forces',
      "Assad's forces=Assad’s forces",
    ]);
  });

  it('reads body, caption and embed parts, never boilerplate; an embed is its author’s voice', () => {
    const article = makeArticle({
      paragraphs: [
        'Rebels left.',
        { kind: 'caption', text: 'A rebel fighter (AFP)' },
        { kind: 'boilerplate', text: 'More about rebels here' },
        { kind: 'embed', text: 'Rebels are leaving', author: 'ICRC Syria' },
      ],
    });
    const mentions = findLabelMentions(article, smallLabels, []);
    expect(mentions.map((m) => [m.part, m.voice, m.speaker])).toEqual([
      ['body', 'own', null],
      ['caption', 'own', null],
      ['embed', 'quoted', 'ICRC Syria'],
    ]);
  });
});

describe('voiceAt', () => {
  // Copied from the Middle East Eye report (003).
  const text =
    'Poznikhir said that more than 900 "terrorists" had been killed during weeks of operations against rebel forces in eastern Aleppo.';
  const article = makeArticle({ id: 'mee', paragraphs: [text] });
  const at = (word: string): [number, number] => {
    const start = article.text.indexOf(word);
    return [start, start + word.length];
  };

  it('sees a word wrapped in quote marks as a scare quote even when no quotation was given', () => {
    expect(voiceAt(article, at('terrorists'), [])).toEqual({ voice: 'scare', speaker: null });
    expect(voiceAt(article, at('rebel'), [])).toEqual({ voice: 'own', speaker: null });
  });

  it('sees a word that is the whole of a quotation as scare-quoted, with the quotation’s speaker', () => {
    const quote: QuoteSpan = { report: 'mee', offset: [at('terrorists')[0] - 1, at('terrorists')[1] + 1], speaker: 'Viktor Poznikhir', isScare: false };
    expect(voiceAt(article, at('terrorists'), [quote])).toEqual({ voice: 'scare', speaker: 'Viktor Poznikhir' });
  });

  it('ignores the quotations of other reports', () => {
    const elsewhere: QuoteSpan = { report: 'other', offset: [0, article.text.length], speaker: 'Someone', isScare: false };
    expect(voiceAt(article, at('rebel'), [elsewhere])).toEqual({ voice: 'own', speaker: null });
  });

  it('takes the innermost of nested quotations', () => {
    const outer: QuoteSpan = { report: 'mee', offset: [0, article.text.length], speaker: 'Outer', isScare: false };
    const inner: QuoteSpan = { report: 'mee', offset: [at('operations')[0], at('Aleppo')[1]], speaker: 'Inner', isScare: false };
    expect(voiceAt(article, at('rebel'), [outer, inner])).toEqual({ voice: 'quoted', speaker: 'Inner' });
    expect(voiceAt(article, at('Poznikhir'), [outer, inner])).toEqual({ voice: 'quoted', speaker: 'Outer' });
  });
});

describe('naming on hostile input', () => {
  it('stays fast on 100 KB texts built to make matching slow', () => {
    const texts = [
      'a'.repeat(100_000),
      'rebel-'.repeat(17_000),
      `armed${' '.repeat(100_000)}x`,
      '"rebels" '.repeat(11_000),
      'pro-government '.repeat(7_000),
    ];
    const articles = texts.map((text, i) => makeArticle({ id: `h${i}`, paragraphs: [text] }));
    const quotes: QuoteSpan[] = Array.from({ length: 11_000 }, (_, i) => ({ report: 'h3', offset: [i * 9, i * 9 + 8], speaker: null, isScare: true }));
    const started = performance.now();
    const rows = naming(articles, bundledLabels, quotes);
    expect(performance.now() - started).toBeLessThan(3000);
    // only the first rebel of `rebel-rebel-...` is a word of its own; the others are second halves of hyphenated words
    expect(rows.find((r) => r.report === 'h1' && r.label === 'rebels')?.total).toBe(1);
    expect(rows.find((r) => r.report === 'h3' && r.label === 'rebels')).toMatchObject({ scare: 11_000, total: 11_000 });
  });
});

describe('naming: the label sets are data', () => {
  it('counts a label added to a copy of the parsed data, with no code change', () => {
    // Inquisitr (002): "...to allow civilians and rebel combatants alike to flee the city."
    const article = makeArticle({
      id: 'inquisitr',
      paragraphs: ['The recent ceasefire was called to allow civilians and rebel combatants alike to flee the city.'],
    });
    expect(naming([article], bundledLabels, []).find((r) => r.label === 'combatants')).toBeUndefined();
    const extended = structuredClone(bundledLabels);
    extended.sets[0]?.labels.push({ label: 'combatants', variants: ['combatants'] });
    const added = naming([article], extended, []).find((r) => r.label === 'combatants');
    expect(added).toMatchObject({ report: 'inquisitr', set: 'opposition', own: 1, quoted: 0, scare: 0, total: 1, forms: ['combatants'] });
    // the original data is untouched
    expect(bundledLabels.sets[0]?.labels.some((l) => l.label === 'combatants')).toBe(false);
  });
});

describe('naming in the bundled reports (counted by hand from corpus/*.txt)', () => {
  const { articles } = loadCorpus(corpusDir);
  const byFile = (prefix: string): Article => {
    const article = articles.find((a) => a.file.startsWith(prefix));
    if (!article) throw new Error(`no report ${prefix}`);
    return article;
  };
  const euronews = byFile('000_');
  const inquisitr = byFile('002_');
  const mee = byFile('003_');
  const ft = byFile('004_');

  const quotes: QuoteSpan[] = [
    // Euronews
    span(euronews, '“We have only one goal', 'protect them,”', 'Ali Haider'),
    span(euronews, '“After liberating Aleppo', 'into history,”', 'Bashar al-Assad'),
    span(euronews, '“We are very concerned', 'in Idlib,”', 'International Rescue Committee'),
    // Inquisitr
    scare(inquisitr, 'call “terrorists” and', '“terrorists”'),
    scare(inquisitr, 'and “Jihadists,”', '“Jihadists,”'),
    span(inquisitr, '“historic moment”', '“historic moment”', 'Bashar al-Assad'),
    span(inquisitr, '“For the Russians', 'one basket.”', null),
    span(inquisitr, '“nothing short of a massacre.”', '“nothing short of a massacre.”', 'John Kerry'),
    // Middle East Eye
    scare(mee, 'hailed the "liberation" of', '"liberation"'),
    scare(mee, 'had been "driven out"', '"driven out"'),
    scare(mee, 'city\'s "liberation",', '"liberation"'),
    span(mee, '"history in the making', 'congratulations\'."', 'Bashar al-Assad'),
    span(mee, '"What is happening today', 'against Syria,"', 'Bashar al-Assad'),
    span(mee, '"The people of Aleppo made', 'homeland.', 'Bashar al-Assad'),
    span(mee, '"I think that after', 'after the liberation of Aleppo."', 'Bashar al-Assad'),
    span(mee, '"The militants have been', 'offensive,"', 'Viktor Poznikhir'),
    span(mee, '"More than 1,000 people', 'corridor,"', 'Viktor Poznikhir'),
    span(mee, '"As many as 20 passenger', 'for that."', 'Viktor Poznikhir'),
    scare(mee, '900 "terrorists" had', '"terrorists"'),
    span(mee, '"The green buses', 'recommenced,"', 'Zouhir al-Shimale'),
    span(mee, '"The process is going', 'in the beginning.', 'Zouhir al-Shimale'),
    span(mee, '"They evacuated the injured', 'injured people."', 'Zouhir al-Shimale'),
    span(mee, '"as far as we can see"', '"as far as we can see"', 'World Health Organisation'),
    scare(mee, 'would be "swift" and', '"swift"'),
    span(mee, '"Russia... confirmed', 'are evacuated,"', 'Jan Egeland'),
    // Financial Times
    span(ft, '“The Syrian army operation', 'is complete,”', 'Russian defence ministry'),
    span(ft, '“Syrian government forces are', 'by radicals.”', 'Russian defence ministry'),
    span(ft, '“be reaching', 'full ceasefire”', 'Vladimir Putin'),
    span(ft, '“We are leading', 'of Turkey,”', 'Vladimir Putin'),
    span(ft, '“There were still thousands', 'happen now,”', 'Abdu Khudr'),
    span(ft, '“I wish we had died', 'to Aleppo.”', 'Abdu Khudr'),
    span(ft, '“[They] obstructed', 'last 48 hours,”', null),
    span(ft, '“The recent statements', 'are false.”', null),
    span(ft, '“planning a massacre”', '“planning a massacre”', null),
    span(ft, '“I’m going to leave', 'be displaced,”', 'Mohammed Edel'),
    span(ft, '“But I promise', 'back home.”', 'Mohammed Edel'),
    span(ft, '“You can see it', 'never forget,”', 'Pawel Krzysiek'),
    span(ft, '“We were going', 'anxiously.”', 'Pawel Krzysiek'),
  ];
  const rows = naming(articles, bundledLabels, quotes);

  it('Middle East Eye: rebels in its own voice, militants in its voice and in Poznikhir’s, "terrorists" scare-quoted', () => {
    // rebels: ¶ hundreds of rebels, 1,000 rebels left, rebel forces, civilians and rebels, rebel-held areas,
    // rebel-held territory, lead rebels, besieged by rebels, rebels attributed: 9, none quoted (title and standfirst not read).
    expect(row(rows, mee.id, 'rebels')).toEqual({ own: 9, quoted: 0, scare: 0 });
    // militants: "declared all militants had been" (own), "The militants have been driven out" (Poznikhir).
    expect(row(rows, mee.id, 'militants')).toEqual({ own: 1, quoted: 1, scare: 0 });
    expect(rows.find((r) => r.report === mee.id && r.label === 'militants')?.speakers).toEqual([
      { speaker: 'Viktor Poznikhir', voice: 'quoted', count: 1 },
    ]);
    expect(row(rows, mee.id, 'terrorists')).toEqual({ own: 0, quoted: 0, scare: 1 });
    // liberation: two scare-quoted "liberation", three inside Assad's "I think that after the liberation of Aleppo..."
    expect(row(rows, mee.id, 'liberation')).toEqual({ own: 0, quoted: 3, scare: 2 });
    // evacuation: own 5 (evacuation deal, evacuation of the entire, assisting the evacuation, evacuation would be,
    // ceasefire and evacuation); quoted 2 (al-Shimale's "evacuation process", Egeland's "non-intrusive evacuation").
    expect(row(rows, mee.id, 'evacuation')).toEqual({ own: 5, quoted: 2, scare: 0 });
    // Syrian army (own) and Syrian troops (Poznikhir).
    expect(row(rows, mee.id, 'Syrian army')).toEqual({ own: 1, quoted: 1, scare: 0 });
  });

  it('Euronews: "armed militants" is only Ali Haider’s word; rebels are the outlet’s', () => {
    expect(row(rows, euronews.id, 'militants')).toEqual({ own: 0, quoted: 1, scare: 0 });
    expect(rows.find((r) => r.report === euronews.id && r.label === 'militants')?.speakers[0]?.speaker).toBe('Ali Haider');
    // rebel enclave, 5,000 rebels, rebel-held areas, monitor rebels, besieged by rebels, by rebels, rebel collapse,
    // rebel in-fighting: 8.
    expect(row(rows, euronews.id, 'rebels')).toEqual({ own: 8, quoted: 0, scare: 0 });
    expect(row(rows, euronews.id, 'liberation')).toEqual({ own: 0, quoted: 1, scare: 0 });
  });

  it('Inquisitr: “terrorists” and “Jihadists,” scare-quoted, Kerry’s massacre quoted, rebels and insurgents its own', () => {
    expect(row(rows, inquisitr.id, 'terrorists')).toEqual({ own: 0, quoted: 0, scare: 1 });
    expect(row(rows, inquisitr.id, 'jihadists')).toEqual({ own: 0, quoted: 0, scare: 1 });
    expect(row(rows, inquisitr.id, 'massacre')).toEqual({ own: 0, quoted: 1, scare: 0 });
    expect(rows.find((r) => r.report === inquisitr.id && r.label === 'massacre')?.speakers).toEqual([
      { speaker: 'John Kerry', voice: 'quoted', count: 1 },
    ]);
    // rebel combatants, thousands of rebels, insurgent rebels, insurgent rebel forces, for the rebels, rebel centers,
    // Aleppo rebels, rebel forces, rebel fighters, rebel control, rebel insurgents: 11 (the title's "Rebels" not read).
    expect(row(rows, inquisitr.id, 'rebels')).toEqual({ own: 11, quoted: 0, scare: 0 });
    expect(row(rows, inquisitr.id, 'insurgents')).toEqual({ own: 3, quoted: 0, scare: 0 });
    expect(row(rows, inquisitr.id, 'fall')).toEqual({ own: 2, quoted: 0, scare: 0 });
  });

  it('Financial Times: regime in its own voice, militant and radicals only in the Russian ministry’s words', () => {
    expect(row(rows, ft.id, 'regime')).toEqual({ own: 3, quoted: 0, scare: 0 });
    expect(row(rows, ft.id, 'militants')).toEqual({ own: 0, quoted: 1, scare: 0 });
    expect(row(rows, ft.id, 'radicals')).toEqual({ own: 0, quoted: 1, scare: 0 });
    expect(row(rows, ft.id, 'armed opposition')).toEqual({ own: 0, quoted: 1, scare: 0 });
    expect(row(rows, ft.id, 'Syrian army')).toEqual({ own: 1, quoted: 1, scare: 0 });
    // "Syrian government forces" in the ministry's quotation is government forces, not Syrian government.
    expect(row(rows, ft.id, 'government forces')).toEqual({ own: 0, quoted: 1, scare: 0 });
    // 12 rebels, two of them in captions ("held by rebels", "rebel-held area").
    expect(row(rows, ft.id, 'rebels')).toEqual({ own: 12, quoted: 0, scare: 0 });
    // evacuation(s): 12 in all; the rebel official's two quotations hold 2.
    expect(row(rows, ft.id, 'evacuation')).toEqual({ own: 10, quoted: 2, scare: 0 });
    // “planning a massacre” is a quotation, not a scare quote: the label is not the whole of it.
    expect(row(rows, ft.id, 'massacre')).toEqual({ own: 0, quoted: 1, scare: 0 });
  });

  it('keeps the rows in report order, then label-file order, with totals', () => {
    const reports = [...new Set(rows.map((r) => r.report))];
    expect(reports).toEqual(articles.map((a) => a.id).filter((id) => reports.includes(id)));
    for (const r of rows) expect(r.total).toBe(r.own + r.quoted + r.scare);
    const meeLabels = rows.filter((r) => r.report === mee.id).map((r) => r.label);
    expect(meeLabels.indexOf('rebels')).toBeLessThan(meeLabels.indexOf('militants'));
    expect(meeLabels.indexOf('militants')).toBeLessThan(meeLabels.indexOf('evacuation'));
  });
});
