// News-crawler JSON lines → Drafts, one per line: news-please and CC-News field names, and the tool's own
// `extract` input form. A line that is not a JSON object, or has no text, is a Fault; the others are read. Pure.
import { createHash } from 'node:crypto';
import { isoDateOf, joinNames, type Draft, type Fault } from './draft.js';

/** The field names read, first present first, by what they give. */
const FIELDS = {
  text: ['maintext', 'text'],
  title: ['title'],
  published: ['date_publish', 'date', 'published'],
  outlet: ['outlet', 'source_domain', 'domain'],
  byline: ['authors', 'byline', 'author'],
  url: ['url'],
  standfirst: ['description'],
} as const;

export function readJsonLines(text: string, name: string): { drafts: Draft[]; faults: Fault[] } {
  const drafts: Draft[] = [];
  const faults: Fault[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '') return;
    const input = `${name}:${index + 1}`;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      faults.push({ input, reason: 'bad-json', message: `not JSON (${(error as Error).message})` });
      return;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      faults.push({ input, reason: 'bad-json', message: 'not a JSON object' });
      return;
    }
    const record = data as Record<string, unknown>;
    const body = first(record, FIELDS.text);
    if (typeof body !== 'string' || body.trim() === '') {
      faults.push({ input, reason: 'no-text', message: `no text (expected a non-empty ${FIELDS.text.map((f) => `"${f}"`).join(' or ')})` });
      return;
    }
    drafts.push({
      source: { name, line: index + 1, sha256: createHash('sha256').update(raw).digest('hex') },
      title: stringOf(first(record, FIELDS.title)),
      outlet: stringOf(first(record, FIELDS.outlet)),
      published: isoDateOf(first(record, FIELDS.published)),
      byline: namesOf(first(record, FIELDS.byline)),
      url: stringOf(first(record, FIELDS.url)),
      standfirst: stringOf(first(record, FIELDS.standfirst)),
      blocks: blocksOf(body),
      original: null,
    });
  });
  return { drafts, faults };
}

/**
 * A crawler's text as blocks: a text with blank lines between paragraphs is kept as it is (its hard-wrapped lines
 * for the loader to join); a text with one paragraph a line (news-please's `maintext`) is split at each line.
 */
function blocksOf(text: string): string[] {
  const normal = text.replace(/\r\n?/g, '\n');
  const pieces = /\n[ \t]*\n/.test(normal) ? normal.split(/\n[ \t]*\n/) : normal.split('\n');
  return pieces.map((p) => p.trim()).filter((p) => p !== '');
}

function first(record: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) if (record[key] !== undefined && record[key] !== null) return record[key];
  return null;
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : null;
}

/** `authors` is a list in news-please; a string elsewhere. */
function namesOf(value: unknown): string | null {
  if (!Array.isArray(value)) return stringOf(value);
  return joinNames(value.map(stringOf).filter((n): n is string => n !== null));
}
