// Accepted problems: accepted.json in the corpus directory lists known problems (rule, file, optional line or message words, reason).
import jsonc from 'jsonc-parser';
import { jsonFault, parseJson, pathName } from '../input/json.js';
import type { Problem } from '../types.js';
import { lineColumn } from './rules.js';

export const ACCEPTED_FILE = 'accepted.json';

/** The rule whose problems cannot be accepted: a change of the extracted facts is recorded with `check --update`. */
export const UNACCEPTABLE_RULE = 'facts-changed';

/** One entry of accepted.json. */
export interface Acceptance {
  rule: string;
  /** The problem's file, relative to the corpus directory. */
  file: string;
  /** 1-based line the problem must be on, or null for any line. */
  line: number | null;
  /** Words the problem's message must contain (case-sensitive), or null for any message. */
  message: string | null;
  reason: string;
  /** 1-based line and column of the entry in accepted.json. */
  at: { line: number; column: number };
}

/** A problem as `check` reports it: accepted (with the reason from accepted.json) or not. */
export interface CheckedProblem extends Problem {
  accepted: boolean;
  /** The acceptance's reason; null when not accepted. */
  reason: string | null;
}

const ENTRY_KEYS = new Set(['rule', 'file', 'line', 'message', 'reason']);

/**
 * Parses accepted.json: `{"accepted": [{"rule", "file", "line"?, "message"?, "reason"}]}`. `knownRules` are the rule ids
 * an entry may name. A fault becomes an InputError naming the file, line and column.
 */
export function parseAccepted(text: string, file: string, knownRules: readonly string[]): Acceptance[] {
  const data = parseJson(text, file);
  const fault = (path: Array<string | number>, what: string) => jsonFault(text, file, path, `${pathName(path)} ${what}`);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw jsonFault(text, file, [], 'expected a JSON object with an "accepted" array');
  const list = (data as Record<string, unknown>).accepted;
  if (!Array.isArray(list)) throw jsonFault(text, file, [], 'expected a JSON object with an "accepted" array');
  const clean = text.replace(/^\uFEFF/, '');
  const root = jsonc.parseTree(clean);
  return list.map((value: unknown, i): Acceptance => {
    const path = ['accepted', i];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fault(path, 'must be an object');
    const entry = value as Record<string, unknown>;
    for (const key of Object.keys(entry)) {
      if (!ENTRY_KEYS.has(key)) throw fault([...path, key], `is not a known key (use rule, file, line, message, reason)`);
    }
    const stringAt = (key: string, isRequired: boolean): string | null => {
      const v = entry[key];
      if (v === undefined || v === null) {
        if (isRequired) throw fault([...path, key], 'is required');
        return null;
      }
      if (typeof v !== 'string' || v.trim() === '') throw fault([...path, key], 'must be a non-empty string');
      return v;
    };
    const rule = stringAt('rule', true) as string;
    if (rule === UNACCEPTABLE_RULE) {
      throw fault([...path, 'rule'], `cannot be ${UNACCEPTABLE_RULE}: record a change of facts with \`check --update\``);
    }
    if (!knownRules.includes(rule)) throw fault([...path, 'rule'], `names no rule: "${rule}" (rules: ${knownRules.join(', ')})`);
    const line = entry.line;
    if (line !== undefined && line !== null && !(typeof line === 'number' && Number.isInteger(line) && line >= 1)) {
      throw fault([...path, 'line'], 'must be a whole number from 1');
    }
    const node = root ? jsonc.findNodeAtLocation(root, path) : undefined;
    return {
      rule,
      file: stringAt('file', true) as string,
      line: typeof line === 'number' ? line : null,
      message: stringAt('message', false),
      reason: stringAt('reason', true) as string,
      at: lineColumn(clean, node?.offset ?? 0),
    };
  });
}

export function isMatch(acceptance: Acceptance, problem: Problem): boolean {
  return (
    acceptance.rule === problem.rule &&
    acceptance.file === problem.file &&
    (acceptance.line === null || acceptance.line === problem.line) &&
    (acceptance.message === null || problem.message.includes(acceptance.message))
  );
}

/** Marks each problem accepted by the first acceptance that matches it; returns the acceptances that matched none. */
export function applyAccepted(problems: Problem[], acceptances: Acceptance[]): { problems: CheckedProblem[]; unused: Acceptance[] } {
  const used = new Set<Acceptance>();
  const checked = problems.map((problem): CheckedProblem => {
    const acceptance = problem.rule === UNACCEPTABLE_RULE ? undefined : acceptances.find((a) => isMatch(a, problem));
    if (!acceptance) return { ...problem, accepted: false, reason: null };
    used.add(acceptance);
    return { ...problem, accepted: true, reason: acceptance.reason };
  });
  return { problems: checked, unused: acceptances.filter((a) => !used.has(a)) };
}
