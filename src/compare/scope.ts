// The level at which scopes are compared: a quarter, district, village or crossing counts as the city or province
// the gazetteer puts it in, so `from the Salah al-Din quarter` and `in eastern Aleppo` are set side by side, while
// `Aleppo` and `Syria` stay apart.
import { findPlace } from '../corpus/gazetteer.js';
import type { Gazetteer, PlaceType } from '../types.js';

const COMPARED_LEVELS: readonly PlaceType[] = ['city', 'province', 'country', 'region'];

/** Maps a stated scope to the nearest enclosing (or same) place of a compared level; unknown scopes stay as they are. */
export function scopeLevel(gazetteer: Gazetteer): (scope: string) => string {
  return (scope) => {
    let place = findPlace(gazetteer, scope);
    for (let depth = 0; place && !COMPARED_LEVELS.includes(place.type) && place.within && depth < 8; depth++) {
      place = findPlace(gazetteer, place.within);
    }
    return place?.name ?? scope;
  };
}
