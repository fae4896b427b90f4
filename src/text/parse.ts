// One compromise parse per paragraph, shared by the extractors that need tags (actors, places): a parse is the
// costliest step of extraction, and both ask for the same paragraphs.
import { compromise, type Doc } from './nlp.js';

const MAX_ENTRIES = 64;
const recent = new Map<string, Doc>();

/** compromise's parse of `text`, reused when the same text was parsed recently. Callers must not mutate the doc. */
export function parseDoc(text: string): Doc {
  const hit = recent.get(text);
  if (hit) return hit;
  const doc = compromise()(text);
  recent.set(text, doc);
  if (recent.size > MAX_ENTRIES) recent.delete(recent.keys().next().value!);
  return doc;
}
