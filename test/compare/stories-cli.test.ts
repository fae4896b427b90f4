// `stories` end to end, in-process through run(argv, io): the bundled corpus is one story, and the JSON keeps its schema.
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), isTTY: false, env: {}, columns: 120 });
  return { code, stdout, stderr };
}

describe('stories', () => {
  it('puts the five bundled reports, about one event, in one story; the JSON validates against its schema', async () => {
    const result = await cli(['stories', '--json', '--no-cache']);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    const schema = JSON.parse(readFileSync(new URL('../../schemas/stories.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    expect(output.stories).toHaveLength(1);
    expect(output.stories[0].reports).toEqual(['euronews-2016-12-15', 'reuters-2016-12-22', 'inquisitr-2016-12-16', 'mee-2016-12-15', 'ft-2016-12-16']);
    expect(output.stories[0]).toMatchObject({ from: '2016-12-15', until: '2016-12-22' });
    expect(output.stories[0].places).toContain('Aleppo');
  });
});
