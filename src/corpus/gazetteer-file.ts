// Reading only a corpus directory's gazetteer.json, for commands that take their reports from elsewhere (extract).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Gazetteer } from '../types.js';
import { GAZETTEER_FILE, parseGazetteer } from './gazetteer.js';

/** The gazetteer of the corpus directory `dir`; an empty one when the directory has no gazetteer.json. */
export function loadGazetteer(dir: string): Gazetteer {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new InputError(dir, 'corpus directory not found');
  const path = join(root, GAZETTEER_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { actors: [], places: [], roles: [] };
    throw new InputError(join(dir, GAZETTEER_FILE), `cannot be read (${code ?? 'error'})`);
  }
  return parseGazetteer(text, join(dir, GAZETTEER_FILE));
}
