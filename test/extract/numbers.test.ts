import { describe, expect, it } from 'vitest';
import { measureLexicon } from '../../src/extract/measures.js';
import { digitValue, readDurationCompound, readNumber, roundFigure, tokenize, wordValue } from '../../src/extract/numbers.js';

const { numberWords } = measureLexicon({});

function read(text: string) {
  return readNumber(tokenize(text), 0, numberWords);
}

describe('number words and digits', () => {
  it('reads digits with thousands separators', () => {
    expect(digitValue('1,207')).toBe(1207);
    expect(digitValue('35,000')).toBe(35000);
    expect(digitValue('48')).toBe(48);
    expect(digitValue('1,2,3')).toBeNull();
  });

  it('reads number words, hyphenated tens and multipliers', () => {
    expect(wordValue('four')).toBe(4);
    expect(wordValue('nine')).toBe(9);
    expect(wordValue('twenty-five')).toBe(25);
    expect(wordValue('goal')).toBeNull();
    expect(read('two hundred people')?.value).toBe(200);
    expect(read('1.5 million people')?.value).toBe(1_500_000);
    expect(read('a thousand people')?.value).toBe(1000);
  });

  it('reads no member every object has as a number word, scale or unit (`constructor`, `toString`, `__proto__`)', () => {
    expect(read('300 constructor workers')?.value).toBe(300);
    expect(read('twenty constructor workers')?.value).toBe(20);
    expect(read('a constructor crew')).toBeNull();
    expect(read('20 toString items')?.value).toBe(20);
    expect(read('forty valueOf people')?.value).toBe(40);
    expect(read('5 __proto__ units')?.value).toBe(5);
    expect(wordValue('constructor')).toBeNull();
    expect(wordValue('twenty-constructor')).toBeNull();
  });

  it('reads a dozen and two dozen', () => {
    expect(read('a dozen vehicles')?.value).toBe(12);
    expect(read('two dozen vehicles')?.value).toBe(24);
  });

  it('reads ranges: two or three, 2-3, 10 to 15', () => {
    expect(read('two or three days')).toMatchObject({ kind: 'range', low: 2, high: 3 });
    expect(read('2-3 days')).toMatchObject({ kind: 'range', low: 2, high: 3 });
    expect(read('10 to 15 trucks')).toMatchObject({ kind: 'range', low: 10, high: 15 });
  });

  it('reads vague counts with the contract intervals', () => {
    expect(read('dozens of people')).toMatchObject({ kind: 'vague', value: null, low: 24, high: 99 });
    expect(read('hundreds of people')).toMatchObject({ kind: 'vague', low: 200, high: 999 });
    expect(read('thousands of people')).toMatchObject({ kind: 'vague', low: 2000, high: 999_999 });
    expect(read('millions more')).toMatchObject({ kind: 'vague', low: 2_000_000, high: null });
    expect(read('tens of thousands')).toMatchObject({ kind: 'vague', low: 20_000, high: 99_999 });
  });

  it('does not read an article alone or a plain word as a number', () => {
    expect(read('a convoy')).toBeNull();
    expect(read('an operation')).toBeNull();
    expect(read('a plain word')).toBeNull();
  });

  it('reads the vague words of the measures: several, a few, a handful, tens', () => {
    expect(read('several injuries')).toMatchObject({ kind: 'vague', low: 3, high: 9, last: 0 });
    expect(read('a few people')).toMatchObject({ kind: 'vague', low: 2, high: 9, last: 1 });
    expect(read('a handful of fighters')).toMatchObject({ kind: 'vague', low: 2, high: 5 });
    expect(read('tens of thousands')).toMatchObject({ kind: 'vague', low: 20_000, high: 99_999, last: 2 });
  });

  it('reads a range in words with one scale for both ends', () => {
    expect(read('sixty to seventy thousand')).toMatchObject({ kind: 'range', low: 60_000, high: 70_000 });
    expect(read('two or three hundred')).toMatchObject({ kind: 'range', low: 200, high: 300 });
    expect(read('5 to 10 million')).toMatchObject({ kind: 'range', low: 5_000_000, high: 10_000_000 });
    expect(read('2,000 to 3,000')).toMatchObject({ kind: 'range', low: 2000, high: 3000 });
  });

  it('marks the bare word one', () => {
    expect(read('one goal')?.isOne).toBe(true);
    expect(read('one hundred')?.isOne).toBe(false);
  });

  it('reads duration compounds', () => {
    expect(readDurationCompound('five-year')).toEqual({ value: 5, unit: 'year' });
    expect(readDurationCompound('week-long')).toEqual({ value: null, unit: 'week' });
    expect(readDurationCompound('five-year-old')).toBeNull();
  });

  it('rounds binary noise away', () => {
    expect(roundFigure(301 * 0.9)).toBe(270.9);
  });

  it('tokenizes 100 KB of adversarial input quickly', () => {
    const input = '1,'.repeat(25_000) + 'a-'.repeat(25_000);
    const started = Date.now();
    tokenize(input);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
