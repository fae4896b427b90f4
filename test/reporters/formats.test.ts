// The command line's lazily loaded reporters are the library's registry, format for format.
import { describe, expect, it } from 'vitest';
import { FORMATS, isFormat, loadReporter } from '../../src/reporters/formats.js';
import { REPORTERS } from '../../src/reporters/index.js';

describe('loadReporter', () => {
  it('gives, for every format, the reporter the registry holds, and knows no other format', async () => {
    expect(Object.keys(REPORTERS)).toEqual(FORMATS);
    for (const format of FORMATS) expect(await loadReporter(format)).toBe(REPORTERS[format]);
    expect(isFormat('yaml')).toBe(false);
    expect(isFormat('toString')).toBe(false);
  });
});
