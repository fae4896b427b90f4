// Input files in JSON (manifest, gazetteer, labels, accepted problems, facts lock): the one place that parses them,
// finds where a value sits (line and column) and names a value's path, so every input fault reads the same way.
import { createRequire } from 'node:module';
import type * as Jsonc from 'jsonc-parser';
import { InputError } from '../errors.js';
import { lineColumn } from '../text/lines.js';

let loaded: typeof Jsonc | undefined;

/** jsonc-parser, loaded the first time a fault needs a position: a run whose input files are valid never loads it. */
function jsonc(): typeof Jsonc {
  loaded ??= createRequire(import.meta.url)('jsonc-parser') as typeof Jsonc;
  return loaded;
}

export type JsonPath = Array<string | number>;

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
    const errors: Jsonc.ParseError[] = [];
    try {
      jsonc().parse(clean, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    } catch {
      throw new InputError(file, 'invalid JSON: nested too deeply to read');
    }
    const fault = errors[0];
    if (!fault) throw new InputError(file, `invalid JSON: ${(error as Error).message}`);
    const { line, column } = lineColumn(clean, fault.offset);
    const what = jsonc().printParseErrorCode(fault.error).replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
    throw new InputError(file, `invalid JSON at line ${line}, column ${column}: ${what}`);
  }
}

/**
 * Where values start in `text` (valid JSON): a function from a path to the 1-based line and column of its value, or
 * null when there is none. The text is parsed once, however many paths are asked.
 */
export function valuePositions(text: string): (path: JsonPath) => { line: number; column: number } | null {
  const clean = text.replace(/^\uFEFF/, '');
  const root = jsonc().parseTree(clean);
  return (path) => {
    const node = root === undefined ? undefined : jsonc().findNodeAtLocation(root, path);
    return node === undefined ? null : lineColumn(clean, node.offset);
  };
}

/** The 1-based line and column where the value at `path` starts in `text` (valid JSON), or null when there is none. */
export function positionOf(text: string, path: JsonPath): { line: number; column: number } | null {
  return valuePositions(text)(path);
}

/**
 * An InputError naming the file, and the line and column of the JSON value at `path` (the nearest enclosing value that
 * exists), so that a fault in a hand-edited JSON file points at the place to fix.
 */
export function jsonFault(text: string, file: string, path: JsonPath, fault: string): InputError {
  const positionOf = valuePositions(text);
  for (let depth = path.length; depth >= 0; depth--) {
    const at = positionOf(path.slice(0, depth));
    if (at !== null) return new InputError(file, `line ${at.line}, column ${at.column}: ${fault}`);
  }
  return new InputError(file, fault);
}

/** `reports[2].published` style name of a JSON path (a key that is not a plain word in brackets, quoted). */
export function pathName(path: JsonPath): string {
  return path
    .map((step, i) => (typeof step === 'number' ? `[${step}]` : /^[A-Za-z_$][\w$]*$/.test(step) ? `${i === 0 ? '' : '.'}${step}` : `[${JSON.stringify(step)}]`))
    .join('');
}

/** An error of a schema validator (ajv's shape). */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  /** The schema object holding the failed keyword (the validators are compiled with ajv's `verbose`). */
  parentSchema?: unknown;
}

/** A precompiled schema validator: true when `data` is valid, else its errors in `errors`. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

/**
 * Checks `data` (parsed from `text`) against a schema; the first fault becomes an InputError at its line and column,
 * followed by `hint` (how to mend it) when given.
 */
export function validateJson(validate: SchemaValidator, data: unknown, text: string, file: string, hint?: string): void {
  if (validate(data)) return;
  const error = validate.errors?.[0];
  if (!error) throw new InputError(file, 'does not match its schema');
  const path: JsonPath = error.instancePath
    .split('/')
    .slice(1)
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step));
  const { at, message } = schemaMessage(error, path);
  throw jsonFault(text, file, at, `${at.length === 0 ? 'the top level' : pathName(at)} ${message}${hint ? `; ${hint}` : ''}`);
}

/** What the input schemas' patterns mean, for their messages. */
const PATTERN_MEANINGS: Record<string, string> = {
  '\\S': 'must be a non-empty string',
  '^[\\w.-]+$': "may hold only letters, digits, '.', '_' and '-'",
  '^(?!/)(?!.*(^|[\\\\/])\\.\\.([\\\\/]|$))\\S': 'must be a path inside the corpus directory',
};

/** Where a schema error points and what it says, in the words of this program's other input faults. */
function schemaMessage(error: SchemaError, path: JsonPath): { at: JsonPath; message: string } {
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return { at: [...path, String(p.missingProperty)], message: 'is required' };
    case 'additionalProperties': {
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter((k) => k !== '$schema');
      return { at: [...path, String(p.additionalProperty)], message: `is not a known key${known.length > 0 ? ` (use ${known.join(', ')})` : ''}` };
    }
    case 'const':
      return { at: path, message: `must be ${JSON.stringify(p.allowedValue)}` };
    case 'enum':
      return { at: path, message: `must be one of ${(p.allowedValues as unknown[]).map(String).join(', ')}` };
    case 'type':
      return { at: path, message: `must be ${article(String(p.type).replace(/,/g, ' or '))}` };
    case 'minLength':
      return { at: path, message: 'must be a non-empty string' };
    case 'pattern':
      return { at: path, message: PATTERN_MEANINGS[String(p.pattern)] ?? `must match ${String(p.pattern)}` };
    case 'minimum': // the input schemas set minimums on whole numbers only (line numbers)
      return { at: path, message: `must be a whole number from ${String(p.limit)}` };
    default:
      return { at: path, message: error.message ?? `fails ${error.keyword}` };
  }
}

function article(type: string): string {
  return type.replace(/\b(string|number|integer|boolean|array|object)\b/g, (t) => `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`);
}
