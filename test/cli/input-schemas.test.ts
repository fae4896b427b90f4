// The input schemas (schemas/ of manifest, gazetteer, labels, accepted problems, facts lock): the bundled files
// match them, the precompiled validators are those of the schemas, and a fault names its file, line and column.
import { Ajv } from 'ajv';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTOR_TYPES, parseGazetteer, PLACE_TYPES } from '../../src/corpus/gazetteer.js';
import { parseManifest } from '../../src/corpus/manifest.js';
import type { SchemaValidator } from '../../src/input/json.js';
import { validateAccepted } from '../../src/input/validate-accepted.generated.js';
import { validateLock } from '../../src/input/validate-facts-lock.generated.js';
import { validateGazetteer } from '../../src/input/validate-gazetteer.generated.js';
import { validateLabels } from '../../src/input/validate-labels.generated.js';
import { validateManifest } from '../../src/input/validate-manifest.generated.js';
import { BUNDLED, ROOT } from '../helpers/cli.js';

const INPUTS: Array<[file: string, schema: string, precompiled: SchemaValidator]> = [
  ['manifest.json', 'manifest', validateManifest],
  ['gazetteer.json', 'gazetteer', validateGazetteer],
  ['labels.json', 'labels', validateLabels],
  ['accepted.json', 'accepted', validateAccepted],
  ['facts.lock.json', 'facts-lock', validateLock],
];
const schemaOf = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'));

describe('input schemas', () => {
  for (const [file, schema, precompiled] of INPUTS) {
    it(`the bundled ${file} matches schemas/${schema}.schema.json, compiled afresh and precompiled`, () => {
      const data = JSON.parse(readFileSync(join(BUNDLED, file), 'utf8'));
      const validate = new Ajv({ allErrors: true }).compile(schemaOf(schema));
      expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(precompiled(data), JSON.stringify(precompiled.errors)).toBe(true);
      expect(precompiled({ ...data, [schema === 'facts-lock' ? 'lockVersion' : Object.keys(data).find((k) => k !== '$schema' && k !== 'notes')!]: 'not this' })).toBe(false);
      if (file !== 'facts.lock.json') expect(data.$schema).toBe(`../schemas/${schema}.schema.json`); // editors complete the file
    });
  }

  it('the precompiled validators are up to date with the schemas', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'compile-schemas.mjs'), '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it("the gazetteer schema's types are the program's", () => {
    const properties = schemaOf('gazetteer').properties;
    expect(properties.actors.items.properties.type.enum).toEqual(ACTOR_TYPES);
    expect(properties.places.items.properties.type.enum).toEqual(PLACE_TYPES);
  });
});

describe('input faults name the file, line and column', () => {
  const fault = (parse: () => unknown): string => {
    try {
      parse();
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('no fault');
  };
  const manifest = (entries: string) => `{\n  "reports": [\n${entries}\n  ]\n}\n`;

  it('manifest: a schema fault, in the words of a reader', () => {
    expect(fault(() => parseManifest(manifest('    { "id": "a b", "file": "a.txt" }'), 'manifest.json'))).toBe(
      "manifest.json: line 3, column 13: reports[0].id may hold only letters, digits, '.', '_' and '-'",
    );
    expect(fault(() => parseManifest(manifest('    { "id": "a", "file": "../a.txt" }'), 'manifest.json'))).toBe(
      'manifest.json: line 3, column 26: reports[0].file must be a path inside the corpus directory',
    );
    expect(fault(() => parseManifest(manifest('    { "file": "a.txt" }'), 'manifest.json'))).toBe('manifest.json: line 3, column 5: reports[0].id is required');
    expect(fault(() => parseManifest(manifest('    { "id": "a", "file": "a.txt", "outlet": 7 }'), 'manifest.json'))).toBe(
      'manifest.json: line 3, column 45: reports[0].outlet must be a string or null',
    );
  });

  it('manifest: an id used twice, at the second, naming the first', () => {
    const text = manifest('    { "id": "a", "file": "a.txt" },\n    { "id": "a", "file": "b.txt" }');
    expect(fault(() => parseManifest(text, 'manifest.json'))).toBe('manifest.json: line 4, column 13: reports[1].id "a" is used twice (first in reports[0])');
  });

  it('gazetteer: a fault at its line and column, where it had none', () => {
    const text = '{\n  "places": [\n    { "name": "Aleppo", "aliases": ["Halab", ""] }\n  ]\n}';
    expect(fault(() => parseGazetteer(text, 'gazetteer.json'))).toBe('gazetteer.json: line 3, column 46: places[0].aliases[1] must be a non-empty string');
  });

  it('gazetteer: defaults as before (type unknown, no aliases, handles without @)', () => {
    expect(parseGazetteer('{"actors": [{"name": "ICRC", "handles": ["@ICRC"]}], "places": [{"name": "Idlib"}]}', 'g.json')).toEqual({
      actors: [{ name: 'ICRC', type: 'unknown', aliases: [], handles: ['ICRC'] }],
      places: [{ name: 'Idlib', type: 'unknown', aliases: [], within: null }],
      roles: [],
    });
  });
});
