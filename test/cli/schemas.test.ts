// Every command's --json output validates against the JSON Schema that ships in schemas/.
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const cases: Array<[string, string[]]> = [
  ['stats', ['stats']],
  ['show', ['show', 'mee-2016-12-15']],
  ['figures', ['figures']],
  ['actors', ['actors']],
  ['places', ['places']],
  ['timeline', ['timeline']],
  ['quotes', ['quotes']],
];

describe('JSON output against the shipped schemas', () => {
  for (const [schemaName, args] of cases) {
    it(`${args.join(' ')} --json matches schemas/${schemaName}.schema.json`, async () => {
      const schema = JSON.parse(readFileSync(`${ROOT}/schemas/${schemaName}.schema.json`, 'utf8'));
      const validate = new Ajv({ allErrors: true }).compile(schema);
      const result = await runCli([...args, '--json']);
      expect(result.code).toBe(0);
      const output = JSON.parse(result.stdout);
      expect(validate(output), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(output.command).toBe(args[0]);
    });
  }
});
