// Word statistics: counts, density, sentence length and Flesch reading ease on sentences whose values are worked out by hand.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { corpusWordStats, wordStats } from '../../src/language/word-stats.js';
import { bodyWordCounts, tokenizerCounts, tokenize } from '../../src/language/words.js';
import { splitSentences } from '../../src/text/sentences.js';
import { makeArticle } from '../helpers/builders.js';

describe('wordStats', () => {
  it('counts tokens, types, density, sentence length and Flesch reading ease of one-syllable sentences', () => {
    // "The cat sat on the mat." + "The dog ran." : 9 words, 2 sentences, 9 syllables (all one syllable).
    // types (case folded): the, cat, sat, on, mat, dog, ran = 7; density 7 / 9.
    // Flesch = 206.835 − 1.015 × (9 / 2) − 84.6 × (9 / 9) = 206.835 − 4.5675 − 84.6 = 117.6675.
    const stats = wordStats(makeArticle({ paragraphs: ['The cat sat on the mat. The dog ran.'] }));
    expect(stats.tokens).toBe(9);
    expect(stats.types).toBe(7);
    expect(stats.vocabularyDensity).toBeCloseTo(7 / 9, 10);
    expect(stats.sentences).toBe(2);
    expect(stats.meanSentenceLength).toBe(4.5);
    expect(stats.syllables).toBe(9);
    expect(stats.fleschReadingEase).toBeCloseTo(117.6675, 6);
  });

  it('scores long words as hard: Flesch of one three-word sentence of 11 syllables', () => {
    // e-vac-u-a-tion (5) con-tin-ued (3) yes-ter-day (3) = 11 syllables, 3 words, 1 sentence.
    // Flesch = 206.835 − 1.015 × 3 − 84.6 × 11 / 3 = 206.835 − 3.045 − 310.2 = −106.41.
    const stats = wordStats(makeArticle({ paragraphs: ['Evacuation continued yesterday.'] }));
    expect(stats.tokens).toBe(3);
    expect(stats.vocabularyDensity).toBe(1);
    expect(stats.syllables).toBe(11);
    expect(stats.fleschReadingEase).toBeCloseTo(-106.41, 6);
  });

  it('reads body parts only: captions, embeds and boilerplate are not counted', () => {
    const article = makeArticle({
      paragraphs: [
        'Buses left the city.',
        { kind: 'caption', text: 'A bus leaves the city (AFP)' },
        { kind: 'boilerplate', text: 'Share this article' },
        { kind: 'embed', text: 'HAPPENING NOW: buses crossing', author: 'ICRC Syria' },
      ],
    });
    const stats = wordStats(article);
    expect(stats.tokens).toBe(4);
    expect(stats.sentences).toBe(1);
  });

  it('excludes numbers from the Flesch words but counts them as tokens', () => {
    // "About 1,000 rebels left." tokens: About, 1,000, rebels, left = 4; letter words 3 (a-bout 2, reb-els 2, left 1 = 5).
    // Flesch = 206.835 − 1.015 × 3 − 84.6 × 5 / 3 = 206.835 − 3.045 − 141 = 62.79.
    const stats = wordStats(makeArticle({ paragraphs: ['About 1,000 rebels left.'] }));
    expect(stats.tokens).toBe(4);
    expect(stats.syllables).toBe(5);
    expect(stats.fleschReadingEase).toBeCloseTo(62.79, 6);
  });

  it('lists content words by lemma, case folded, function words out', () => {
    const article = makeArticle({
      paragraphs: ['Rebels left the city. A rebel stayed in the city. The rebels said they were not leaving the city.'],
    });
    const top = wordStats(article, { top: 3 }).topContentWords;
    expect(top).toEqual([
      { word: 'city', count: 3 },
      { word: 'rebel', count: 3 },
      { word: 'leave', count: 2 },
    ]);
    const all = wordStats(article, { top: 100 }).topContentWords.map((w) => w.word);
    for (const functionWord of ['the', 'a', 'they', 'were', 'not', 'in']) expect(all).not.toContain(functionWord);
  });

  it('has zero counts and no reading ease for an article without body text', () => {
    const stats = wordStats(makeArticle({ paragraphs: [{ kind: 'caption', text: 'A caption.' }] }));
    expect(stats).toMatchObject({ tokens: 0, types: 0, vocabularyDensity: 0, sentences: 0, meanSentenceLength: 0, fleschReadingEase: null });
    expect(stats.topContentWords).toEqual([]);
  });
});

describe('corpusWordStats', () => {
  it('pools the reports: types are counted across them, not added up', () => {
    const one = makeArticle({ id: 'one', paragraphs: ['The cat sat on the mat.'] });
    const two = makeArticle({ id: 'two', paragraphs: ['The dog sat on the cat.'] });
    const pooled = corpusWordStats([one, two]);
    // the, cat, sat, on, mat, dog: 6 types over 12 tokens in 2 sentences.
    expect(pooled.tokens).toBe(12);
    expect(pooled.types).toBe(6);
    expect(pooled.vocabularyDensity).toBe(0.5);
    expect(pooled.meanSentenceLength).toBe(6);
    expect(wordStats(one).types + wordStats(two).types).toBe(10);
  });
});

describe('tokenize', () => {
  it('keeps hyphenated words and numbers whole, with offsets into the file', () => {
    const text = 'Bashar al-Assad took rebel-held areas, 1,000 people.';
    const tokens = tokenize(text, 100);
    expect(tokens.map((t) => t.text)).toEqual(['Bashar', 'al-Assad', 'took', 'rebel-held', 'areas', '1,000', 'people']);
    for (const token of tokens) expect(text.slice(token.offset[0] - 100, token.offset[1] - 100)).toBe(token.text);
    expect(tokens.find((t) => t.text === '1,000')?.hasLetter).toBe(false);
  });
});

describe('word statistics of the bundled reports', () => {
  const { articles } = loadCorpus(new URL('../../corpus/', import.meta.url).pathname);

  it('counts the same sentences as the shared splitter', () => {
    for (const article of articles) {
      const bodies = article.parts.filter((p) => p.kind === 'body');
      const expected = bodies.reduce((sum, p) => sum + splitSentences(p.text, p.offset[0]).length, 0);
      expect(wordStats(article).sentences, article.id).toBe(expected);
    }
  });

  it('reads the Reuters body only: its dateline, caption and credits line add no words', () => {
    const reuters = articles.find((a) => a.file.startsWith('001_')) as (typeof articles)[number];
    const stats = wordStats(reuters, { top: 100 });
    const words = stats.topContentWords.map((w) => w.word);
    // "(Reporting by Suleiman Al-Khalidi ... writing by Peter Millership and Giles Elgood)" is credits, not body.
    expect(words).not.toContain('millership');
    expect(words).not.toContain('reporting');
    // "BEIRUT, Dec 22 (Reuters) –" is the dateline.
    expect(words).not.toContain('beirut');
    // "Aleppo" is 23 times in the file: once in the title line and twice in the photo caption, 20 in the body.
    expect(stats.topContentWords[0]).toEqual({ word: 'aleppo', count: 20 });
  });
});

describe('bodyWordCounts', () => {
  it('counts the same words and sentences as the tagged parse of wordStats, on every bundled report and on hyphens, numbers and quotes', () => {
    const corpus = loadCorpus(new URL('../../corpus/', import.meta.url).pathname);
    const written = makeArticle({
      id: 'counts',
      paragraphs: ['A rebel-held district — “40,000 people” — waited; Mr. al-Assad’s troops didn’t move at 5:30 p.m. on Dec. 15.', 'They left.'],
    });
    for (const article of [...corpus.articles, written]) {
      const full = wordStats(article);
      expect(bodyWordCounts(article)).toEqual({ words: full.tokens, sentences: full.sentences });
    }
  });

  it('counts from the tokenizer alone what the parse counts: contractions, number ranges, dashes, quotes, initials, stray white space', () => {
    const paragraphs = [
      "They don't go -- al-Assad's men, 1,000 U.S. troops; 5-7 km away. \"Yes,\" he said\u2014no.",
      "  gonna wanna he's  ",
      'Dr. Smith (of the W.H.O.) said: “40 % of 3,500–4,000 people—about 1,500—left” … 5km/h; 2016-12-15 at 5:30 p.m.',
      'Ελλάδα and Türkiye: «Déjà vu» — 12th–13th; e-mail; co-op; x-ray; the “rebel‑held” east (non-breaking hyphen).',
      '- - - * * * 1.',
    ];
    for (const text of paragraphs) {
      const full = wordStats(makeArticle({ id: 'edge', paragraphs: [text] }));
      expect(tokenizerCounts(text), text).toEqual({ words: full.tokens, sentences: full.sentences });
    }
    expect(tokenizerCounts('')).toEqual({ words: 0, sentences: 0 });
    expect(tokenizerCounts('al-Assad left. Rebel-held Aleppo fell.')).toEqual({ words: 5, sentences: 2 });
  });
});
