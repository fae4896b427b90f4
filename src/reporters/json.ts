// The json format: one object per run, `{"schemaVersion": N, "command": ..., <key>: [records], ...extra}`. Rendered in
// chunks, so a large report (compare --from on 100k reports) streams out instead of becoming one string too long for V8.
import { escapeJsonControls } from '../text/sanitize.js';
import { SCHEMA_VERSION, type Report } from '../report/view.js';

export function renderJson(report: Report): string {
  return [...jsonChunks(report)].join('');
}

/** The json format in pieces, in order: joined, the exact text of `renderJson`. */
export function* jsonChunks(report: Report): Generator<string> {
  const envelope = { schemaVersion: report.schemaVersion ?? SCHEMA_VERSION, command: report.command, [report.key]: report.records, ...report.extra };
  for (const chunk of stringifyChunks(envelope)) yield escapeJsonControls(chunk);
  yield '\n';
}

/** An array or object of at most this many values, all levels counted, is written in one JSON.stringify. */
const WHOLE_AT_MOST = 256;

/** True when `value` holds at most `budget` values in all (counting stops as soon as it is over). */
function isSmall(value: object, budget = WHOLE_AT_MOST): boolean {
  let left = budget;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (--left < 0) return false;
    if (v !== null && typeof v === 'object') for (const item of Object.values(v)) stack.push(item);
  }
  return true;
}

/**
 * `JSON.stringify(value, null, 2)` in pieces: the same text when joined (toJSON honoured; undefined and functions
 * left out of objects and written as null in arrays), without ever building the whole. Each piece is whole tokens.
 */
export function* stringifyChunks(value: unknown, indent = ''): Generator<string> {
  const v = typeof (value as { toJSON?: unknown } | null)?.toJSON === 'function' ? (value as { toJSON: () => unknown }).toJSON() : value;
  if (v === null || typeof v !== 'object') {
    yield JSON.stringify(v) ?? 'null';
    return;
  }
  const isArray = Array.isArray(v);
  if (isSmall(v)) {
    yield JSON.stringify(v, null, 2).replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (isArray) {
    if (v.length === 0) return void (yield '[]');
    yield '[';
    for (let i = 0; i < v.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      const item: unknown = v[i];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null';
      else yield* stringifyChunks(item, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(v)) {
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* stringifyChunks(item, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}
