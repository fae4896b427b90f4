// agencies.json: parsed through its schema, faults named by line and column; agency names found as reports write them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agencyNames, parseAgencies } from '../../src/corpus/agencies.js';

const fault = (text: string): string => {
  try {
    parseAgencies(text, 'agencies.json');
  } catch (error) {
    return (error as Error).message;
  }
  return 'no fault';
};

describe('agencies.json', () => {
  it('reads the bundled list', () => {
    const agencies = parseAgencies(readFileSync(new URL('../../corpus/agencies.json', import.meta.url), 'utf8'), 'agencies.json');
    expect(agencies.find((a) => a.name === 'Reuters')?.forms).toContain('Reuter');
  });

  it('names the line and column of a fault', () => {
    expect(fault('{\n  "agencies": [\n    {"name": "Wire", "forms": ["Wire", 7]}\n  ]\n}')).toBe('agencies.json: line 3, column 40: agencies[0].forms[1] must be a string');
    expect(fault('{"agencies": [{"forms": []}]}')).toMatch(/agencies\[0\]\.name is required/);
  });

  it('matches long forms in any case and short forms only as written', () => {
    const names = agencyNames([
      { name: 'Wire Service', forms: ['Wire Service', 'WS'] },
      { name: 'Reuters', forms: ['Reuters', 'Reuter'] },
    ]);
    expect([names.exact('REUTERS'), names.exact('reuter'), names.exact('WS'), names.exact('ws')]).toEqual(['Reuters', 'Reuters', 'Wire Service', null]);
    expect(names.find('the flood, WIRE SERVICE said')).toEqual({ name: 'Wire Service', index: 11, form: 'WIRE SERVICE' });
    expect(names.find('two words: was, wise')).toBeNull();
  });
});
