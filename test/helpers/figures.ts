// A builder for Figure records: the contract's qualifier interval is derived from value and qualifier unless given.
import type { Figure, Qualifier } from '../../src/types.js';

/** The interval the contract gives a qualifier for value v (vague counts must pass low and high themselves). */
export function intervalFor(value: number, qualifier: Qualifier): { low: number; high: number | null } {
  switch (qualifier) {
    case 'exact':
      return { low: value, high: value };
    case 'approx':
      return { low: (value * 9) / 10, high: (value * 11) / 10 };
    case 'at_least':
    case 'more_than':
      return { low: value, high: null };
    case 'at_most':
    case 'less_than':
      return { low: 0, high: value };
    case 'range':
    case 'vague':
      return { low: value, high: value };
  }
}

export function makeFigure(overrides: Partial<Figure> = {}): Figure {
  const value = overrides.value === undefined ? 10 : overrides.value;
  const qualifier = overrides.qualifier ?? 'exact';
  const derived = value === null ? { low: 0, high: null } : intervalFor(value, qualifier);
  const text = overrides.text ?? (value === null ? 'some' : String(value));
  return {
    report: 'test-report',
    outlet: 'Test Wire',
    measure: 'other',
    subject: 'people',
    value,
    low: derived.low,
    high: derived.high,
    qualifier,
    unit: null,
    attribution: null,
    asOf: '2016-12-15',
    scope: null,
    part: 'body',
    text,
    sentence: text,
    offset: [0, text.length],
    ...overrides,
  };
}
