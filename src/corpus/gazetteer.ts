// The gazetteer: canonical actors and places with their aliases, read from gazetteer.json in the corpus directory.
// Parsing and look-up are pure; the corpus reader passes the file's text in.
import { parseJson, validateJson } from '../input/json.js';
import { validateGazetteer } from '../input/validate-gazetteer.generated.js';
import type { ActorType, Gazetteer, GazetteerActor, GazetteerPlace, PlaceType } from '../types.js';

export const GAZETTEER_FILE = 'gazetteer.json';

/** The types an actor and a place may have: the enums of schemas/gazetteer.schema.json (a test holds them equal). */
export const ACTOR_TYPES: readonly ActorType[] = ['person', 'organisation', 'state', 'armed-group', 'media', 'unknown'];
export const PLACE_TYPES: readonly PlaceType[] = ['country', 'province', 'city', 'district', 'village', 'crossing', 'region', 'unknown'];

/** Parses gazetteer JSON, checked against schemas/gazetteer.schema.json; a fault names the file, line and column. */
export function parseGazetteer(text: string, file: string): Gazetteer {
  const data = parseJson(text, file);
  validateJson(validateGazetteer, data, text, file);
  const raw = data as { actors?: RawEntry[]; places?: RawEntry[]; roles?: string[] };
  return {
    actors: (raw.actors ?? []).map(
      (a): GazetteerActor => ({
        name: a.name,
        type: (a.type ?? 'unknown') as ActorType,
        aliases: a.aliases ?? [],
        handles: (a.handles ?? []).map((h) => h.replace(/^@/, '')),
      }),
    ),
    places: (raw.places ?? []).map(
      (p): GazetteerPlace => ({ name: p.name, type: (p.type ?? 'unknown') as PlaceType, aliases: p.aliases ?? [], within: p.within ?? null }),
    ),
    roles: raw.roles ?? [],
  };
}

/** An actor or place as the schema allows it. */
interface RawEntry {
  name: string;
  type?: string;
  aliases?: string[];
  handles?: string[];
  within?: string | null;
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
