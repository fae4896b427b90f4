// Titles said with a person's name: before it (`Syrian President Bashar al-Assad`), or in an apposition after it.
import type { Gazetteer } from '../types.js';
import { compileGazetteer, foldRole, roleEndingAt, roleStarting, tokenize } from './normalise.js';

/** A demonym or nationality adjective (`Syrian`, `Russian`, `Turkish`, `Iraqi`), which qualifies a title or a name. */
export function isDemonym(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:ian|ean|an|ish|ese|i|ic)$/u.test(word) || /^\p{Lu}\p{Ll}+-(?:backed|held|led)$/u.test(word);
}

/** Longest title, in words (`Minister of National Reconciliation Affairs`). */
export const MAX_ROLE_WORDS = 6;

/** A title at the start of the span (`President Assad`, `Syrian President Bashar al-Assad`): its canonical form and where the name starts. */
export function leadingRole(text: string, start: number, end: number, gazetteer: Gazetteer): { role: string; nameStart: number } | null {
  const { roleByFold } = compileGazetteer(gazetteer);
  const tokens = tokenize(text.slice(start, end));
  let role: string | null = null;
  let nameStart = -1;
  let from = 0;
  if (tokens.length > 1 && isDemonym(tokens[0]?.text ?? '')) from = 1;
  for (let k = Math.min(tokens.length - 1, from + MAX_ROLE_WORDS); k > from; k--) {
    const first = tokens[from];
    const next = tokens[k];
    if (!first || !next) continue;
    const folded = foldRole(text.slice(start + first.start, start + next.start));
    const found = roleByFold.get(folded);
    if (found !== undefined) {
      role = found;
      nameStart = start + next.start;
      break;
    }
  }
  return role === null ? null : { role, nameStart };
}

/** A role stated with the name: just before it (`U.N. Special Envoy Staffan de Mistura`, `prosecutor, Carla del Ponte`) or in an apposition after it. */
export function statedRole(text: string, start: number, end: number, gazetteer: Gazetteer): string | null {
  const before = text.slice(0, start);
  const direct = /[ \u00A0]$/.test(before) ? roleEndingAt(text, start, gazetteer) : null;
  if (direct) return direct.role;
  const comma = /,[ \u00A0]$/.exec(before);
  if (comma) {
    const prior = roleEndingAt(text, comma.index, gazetteer);
    if (prior) return prior.role;
  }
  const after = /^,[ \u00A0]+/.exec(text.slice(end, end + 4));
  if (after) return roleStarting(text.slice(end + after[0].length), gazetteer);
  return null;
}
