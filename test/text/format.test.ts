import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/text/format.js';

describe('formatNumber', () => {
  it('groups a whole number as toLocaleString does in US English', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1,000');
    expect(formatNumber(-1234567)).toBe('-1,234,567');
    fc.assert(fc.property(fc.maxSafeInteger(), (value) => formatNumber(value) === value.toLocaleString('en-US')));
  });

  it('gives any other number to toLocaleString: decimals, -0, beyond the safe integers, NaN and infinity', () => {
    for (const value of [12345.678, 0.0005, -0, 2 ** 60, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatNumber(value)).toBe(value.toLocaleString('en-US'));
    }
  });
});
