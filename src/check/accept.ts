// Accepted problems: accepted.json in the corpus directory lists known problems (rule, file, optional line or message words, reason).
import { jsonFault, parseJson, pathName, validateJson, valuePositions } from '../input/json.js';
import { validateAccepted } from '../input/validate-accepted.generated.js';
import type { Problem } from '../types.js';

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

/**
 * Parses accepted.json: `{"accepted": [{"rule", "file", "line"?, "message"?, "reason"}]}`. `knownRules` are the rule ids
 * an entry may name; the file is checked against schemas/accepted.schema.json. A fault becomes an InputError naming
 * the file, line and column.
 */
export function parseAccepted(text: string, file: string, knownRules: readonly string[]): Acceptance[] {
  const data = parseJson(text, file);
  validateJson(validateAccepted, data, text, file);
  const fault = (path: Array<string | number>, what: string) => jsonFault(text, file, path, `${pathName(path)} ${what}`);
  const positionOf = valuePositions(text);
  return (data as { accepted: StoredAcceptance[] }).accepted.map((entry, i): Acceptance => {
    const path = ['accepted', i];
    if (entry.rule === UNACCEPTABLE_RULE) {
      throw fault([...path, 'rule'], `cannot be ${UNACCEPTABLE_RULE}: record a change of facts with \`check --update\``);
    }
    if (!knownRules.includes(entry.rule)) throw fault([...path, 'rule'], `names no rule: "${entry.rule}" (rules: ${knownRules.join(', ')})`);
    return {
      rule: entry.rule,
      file: entry.file,
      line: entry.line ?? null,
      message: entry.message ?? null,
      reason: entry.reason,
      at: positionOf(path) ?? { line: 1, column: 1 },
    };
  });
}

/** An entry as schemas/accepted.schema.json allows it. */
interface StoredAcceptance {
  rule: string;
  file: string;
  line?: number | null;
  message?: string | null;
  reason: string;
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
