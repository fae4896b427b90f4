// The bundled gazetteer: it parses, its references hold, and a malformed gazetteer is reported with file, line and column.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findActor, findPlace, foldName, parseGazetteer } from '../../src/corpus/gazetteer.js';
import { InputError } from '../../src/errors.js';

const file = new URL('../../corpus/gazetteer.json', import.meta.url);
const gazetteer = parseGazetteer(readFileSync(file, 'utf8'), 'corpus/gazetteer.json');

describe('the bundled gazetteer', () => {
  it('merges the aliases the reports use', () => {
    expect(findActor(gazetteer, 'ICRC')?.name).toBe('International Committee of the Red Cross');
    expect(findActor(gazetteer, 'Red Cross')?.name).toBe('International Committee of the Red Cross');
    expect(findActor(gazetteer, '@ICRC_sy')?.name).toBe('International Committee of the Red Cross');
    expect(findActor(gazetteer, 'Mr Assad')?.name).toBe('Bashar al-Assad');
    expect(findActor(gazetteer, 'Ahrar al Sham')?.name).toBe('Ahrar al-Sham');
    expect(findActor(gazetteer, 'Fatah al-Sham')?.name).toBe('Jabhat Fatah al-Sham');
    expect(findActor(gazetteer, 'AmnestyOnline')?.name).toBe('Amnesty International');
    expect(findActor(gazetteer, 'state TV')?.type).toBe('media');
    expect(findActor(gazetteer, 'Russia')?.type).toBe('state');
    expect(findPlace(gazetteer, 'al-Fuaa')?.name).toBe('Foua');
    expect(findPlace(gazetteer, 'east Aleppo')?.name).toBe('eastern Aleppo');
    expect(findPlace(gazetteer, 'east Aleppo')?.within).toBe('Aleppo');
    expect(findPlace(gazetteer, 'Salah al-Din')?.type).toBe('district');
  });

  it('gives every alias to one actor and one place only', () => {
    const actorOwner = new Map<string, string>();
    for (const actor of gazetteer.actors) {
      for (const alias of [actor.name, ...actor.aliases]) {
        const key = foldName(alias);
        expect(actorOwner.get(key) ?? actor.name, `actor alias ${alias}`).toBe(actor.name);
        actorOwner.set(key, actor.name);
      }
    }
    const placeOwner = new Map<string, string>();
    for (const place of gazetteer.places) {
      for (const alias of [place.name, ...place.aliases]) {
        const key = foldName(alias);
        expect(placeOwner.get(key) ?? place.name, `place alias ${alias}`).toBe(place.name);
        placeOwner.set(key, place.name);
      }
    }
  });

  it('names only listed places as `within`', () => {
    const names = new Set(gazetteer.places.map((p) => p.name));
    for (const place of gazetteer.places) if (place.within !== null) expect(names.has(place.within), place.name).toBe(true);
  });
});

describe('a malformed gazetteer', () => {
  const fault = (text: string): InputError => {
    try {
      parseGazetteer(text, 'corpus/gazetteer.json');
    } catch (error) {
      return error as InputError;
    }
    throw new Error('expected a fault');
  };

  it('names the file, line and column of a syntax fault', () => {
    const error = fault('{\n  "actors": [\n    {"name": }\n  ]\n}');
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^corpus\/gazetteer\.json: invalid JSON at line 3, column 14/);
    expect(error.message).not.toContain('\n');
  });

  it('names the file, line and column of a trailing comma', () => {
    expect(fault('{\n  "places": [],\n}').message).toMatch(/corpus\/gazetteer\.json: invalid JSON at line 3, column 1/);
  });

  it('names the entry with a wrong type', () => {
    expect(fault('{"actors": [{"name": "X", "type": "alien"}]}').message).toMatch(/corpus\/gazetteer\.json: line 1, column 35: actors\[0\]\.type must be one of/);
  });

  it('gives a position for faults V8 reports without one (end of input, deep nesting)', () => {
    expect(fault('{"actors": [').message).toMatch(/invalid JSON at line 1, column 13/);
    expect(fault('['.repeat(100_000)).message).toMatch(/^corpus\/gazetteer\.json: invalid JSON/);
  });
});
