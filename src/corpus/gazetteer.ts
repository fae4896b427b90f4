// The gazetteer: canonical actors and places with their aliases, read from gazetteer.json in the corpus directory.
// Parsing and look-up are pure; the corpus reader passes the file's text in.
import jsonc from 'jsonc-parser';
import { InputError } from '../errors.js';
import type { ActorType, Gazetteer, GazetteerActor, GazetteerPlace, PlaceType } from '../types.js';

export const GAZETTEER_FILE = 'gazetteer.json';

const ACTOR_TYPES: readonly ActorType[] = ['person', 'organisation', 'state', 'armed-group', 'media', 'unknown'];
const PLACE_TYPES: readonly PlaceType[] = ['country', 'province', 'city', 'district', 'village', 'crossing', 'region', 'unknown'];

/** Parses gazetteer JSON; a fault becomes an InputError naming the file and the position. */
export function parseGazetteer(text: string, file: string): Gazetteer {
  const data = parseJson(text, file) as Record<string, unknown>;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new InputError(file, 'expected a JSON object');
  const actors = arrayAt(data, 'actors', file).map((entry, i) => parseActor(entry, `actors[${i}]`, file));
  const places = arrayAt(data, 'places', file).map((entry, i) => parsePlace(entry, `places[${i}]`, file));
  const roles = arrayAt(data, 'roles', file).map((entry, i) => stringAt(entry, `roles[${i}]`, file));
  return { actors, places, roles };
}

/**
 * Parses JSON; a syntax fault becomes an InputError naming the file and the fault's line and column. V8's JSON.parse
 * parses; on a fault, jsonc-parser finds its offset (V8 gives none for some faults). Comments and trailing commas are
 * faults, as in strict JSON.
 */
export function parseJson(text: string, file: string): unknown {
  const clean = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(clean);
  } catch (error) {
    const errors: jsonc.ParseError[] = [];
    try {
      jsonc.parse(clean, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    } catch {
      throw new InputError(file, 'invalid JSON: nested too deeply to read');
    }
    const fault = errors[0];
    if (!fault) throw new InputError(file, `invalid JSON: ${(error as Error).message}`);
    const before = clean.slice(0, fault.offset).split('\n');
    const line = before.length;
    const column = (before[before.length - 1] ?? '').length + 1;
    const what = jsonc.printParseErrorCode(fault.error).replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
    throw new InputError(file, `invalid JSON at line ${line}, column ${column}: ${what}`);
  }
}

function arrayAt(data: Record<string, unknown>, key: string, file: string): unknown[] {
  const value = data[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InputError(file, `"${key}" must be an array`);
  return value;
}

/** A non-empty string, else an InputError naming the file and where in it (`actors[2].name`). */
export function stringAt(value: unknown, where: string, file: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new InputError(file, `${where} must be a non-empty string`);
  return value;
}

function stringList(entry: Record<string, unknown>, key: string, where: string, file: string): string[] {
  const value = entry[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InputError(file, `${where}.${key} must be an array of strings`);
  return value.map((item, i) => stringAt(item, `${where}.${key}[${i}]`, file));
}

function objectAt(value: unknown, where: string, file: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(file, `${where} must be an object`);
  return value as Record<string, unknown>;
}

function parseActor(value: unknown, where: string, file: string): GazetteerActor {
  const entry = objectAt(value, where, file);
  const type = entry.type ?? 'unknown';
  if (!ACTOR_TYPES.includes(type as ActorType)) throw new InputError(file, `${where}.type must be one of ${ACTOR_TYPES.join(', ')}`);
  return {
    name: stringAt(entry.name, `${where}.name`, file),
    type: type as ActorType,
    aliases: stringList(entry, 'aliases', where, file),
    handles: stringList(entry, 'handles', where, file).map((h) => h.replace(/^@/, '')),
  };
}

function parsePlace(value: unknown, where: string, file: string): GazetteerPlace {
  const entry = objectAt(value, where, file);
  const type = entry.type ?? 'unknown';
  if (!PLACE_TYPES.includes(type as PlaceType)) throw new InputError(file, `${where}.type must be one of ${PLACE_TYPES.join(', ')}`);
  const within = entry.within === undefined || entry.within === null ? null : stringAt(entry.within, `${where}.within`, file);
  return {
    name: stringAt(entry.name, `${where}.name`, file),
    type: type as PlaceType,
    aliases: stringList(entry, 'aliases', where, file),
    within,
  };
}

/** Folds case, curly apostrophes and a leading `the ` so that aliases compare as written variants. */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /i, '')
    .toLowerCase();
}

interface NameIndex {
  actors: Map<string, GazetteerActor>;
  places: Map<string, GazetteerPlace>;
}

/** Folded names, aliases and handles → entries, built once per gazetteer (the first entry listed wins a clash). */
const indexes = new WeakMap<Gazetteer, NameIndex>();

function indexOf(gazetteer: Gazetteer): NameIndex {
  let index = indexes.get(gazetteer);
  if (!index) {
    index = { actors: new Map(), places: new Map() };
    for (const actor of gazetteer.actors) {
      for (const key of [actor.name, ...actor.aliases].map(foldName)) if (!index.actors.has(key)) index.actors.set(key, actor);
    }
    for (const actor of gazetteer.actors) {
      for (const handle of actor.handles) if (!index.actors.has(handle.toLowerCase())) index.actors.set(handle.toLowerCase(), actor);
    }
    for (const place of gazetteer.places) {
      for (const key of [place.name, ...place.aliases].map(foldName)) if (!index.places.has(key)) index.places.set(key, place);
    }
    indexes.set(gazetteer, index);
  }
  return index;
}

/** The gazetteer actor whose name, alias or handle is `words` (case and `the` folded), else null. */
export function findActor(gazetteer: Gazetteer, words: string): GazetteerActor | null {
  return indexOf(gazetteer).actors.get(foldName(words.replace(/^@/, ''))) ?? null;
}

/** The gazetteer place whose name or alias is `words` (case and `the` folded), else null. */
export function findPlace(gazetteer: Gazetteer, words: string): GazetteerPlace | null {
  return indexOf(gazetteer).places.get(foldName(words)) ?? null;
}
