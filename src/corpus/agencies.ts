// News agencies and outlets (agencies.json in the corpus directory, bundled default): parsing, and naming the agency
// that a credit, a sign-off or a dateline's tag writes. Pure; the corpus reader passes the file's text in.
import type { Agency } from '../types.js';
import { parseJson, validateJson } from '../input/json.js';
import { validateAgencies } from '../input/validate-agencies.generated.js';

export const AGENCIES_FILE = 'agencies.json';

/** Parses agencies JSON (schemas/agencies.schema.json); a fault names the file, line and column. */
export function parseAgencies(text: string, file: string): Agency[] {
  const data = parseJson(text, file);
  validateJson(validateAgencies, data, text, file);
  return (data as { agencies: Agency[] }).agencies.map(({ name, forms }) => ({ name, forms }));
}

/** Names agencies from the words that write them. */
export interface AgencyNames {
  /** The agency whose form is exactly `words` (any case for forms of four letters or more); else null. */
  exact(words: string): string | null;
  /** The first agency form standing as a word in `text`, with where it stands; else null. */
  find(text: string): { name: string; index: number; form: string } | null;
}

const cache = new WeakMap<readonly Agency[], AgencyNames>();

/** The agency names of a list, built once per list. */
export function agencyNames(agencies: readonly Agency[]): AgencyNames {
  const known = cache.get(agencies);
  if (known) return known;
  const exactForms = new Map<string, string>();
  const caseless = new Map<string, string>();
  for (const agency of agencies) {
    for (const form of [agency.name, ...agency.forms]) {
      exactForms.set(form, agency.name);
      if (isCaseless(form)) caseless.set(form.toLowerCase(), agency.name);
    }
  }
  const forms = [...exactForms.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = forms.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const names: AgencyNames = {
    exact: (words) => {
      const clean = words.trim().replace(/\s+/g, ' ');
      return exactForms.get(clean) ?? caseless.get(clean.toLowerCase()) ?? null;
    },
    find: (text) => {
      if (!pattern) return null;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const name = names.exact(m[0]);
        if (name) return { name, index: m.index, form: m[0] };
      }
      return null;
    },
  };
  cache.set(agencies, names);
  return names;
}

/** A form of four letters or more reads the same in any case (`REUTERS`, `reuters`); a short one (`AP`, `AA`) does not. */
function isCaseless(form: string): boolean {
  return form.replace(/[^\p{L}]/gu, '').length >= 4;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
