// `check`, pure: the lint rules, the facts lock compared with the reports, accepted problems; one CheckResult.
import { MANIFEST_FILE } from '../corpus/manifest.js';
import { InputError } from '../errors.js';
import type { ArticleFindings } from '../extract/index.js';
import type { Article, ManifestEntry, Problem, Severity, SkippedReport } from '../types.js';
import { ACCEPTED_FILE, applyAccepted, parseAccepted, type Acceptance, type CheckedProblem } from './accept.js';
import { buildLock, diffLocks, LOCK_FILE, parseLock, serialiseLock, type FactChange, type FactsLock } from './lock.js';
import { compareProblems, lintCorpus, RULES } from './rules.js';

export { ACCEPTED_FILE, type CheckedProblem } from './accept.js';
export { LOCK_FILE, type FactChange } from './lock.js';

export interface CheckRuleInfo {
  id: string;
  severity: Severity;
  description: string;
}

/** The rules of `check` beyond the lint rules: the facts lock and accepted.json. */
export const CHECK_RULES: readonly CheckRuleInfo[] = [
  { id: 'facts-changed', severity: 'error', description: `What the extractor finds in a report differs from ${LOCK_FILE}: run \`check --update\` if the change is intended.` },
  { id: 'facts-lock-missing', severity: 'warning', description: `The corpus has no ${LOCK_FILE}, so changes of facts cannot be seen: create it with \`check --update\`.` },
  { id: 'facts-lock-stale', severity: 'warning', description: `The facts are unchanged, but ${LOCK_FILE} holds old line numbers or words: refresh it with \`check --update\`.` },
  { id: 'unused-acceptance', severity: 'warning', description: `An entry of ${ACCEPTED_FILE} matches no problem: remove it.` },
];

/** Every rule of `check`, lint rules first. */
export const ALL_RULES: readonly CheckRuleInfo[] = [...RULES, ...CHECK_RULES];

/** What `check` reads of a corpus (a Corpus from loadCorpus fits). */
export interface CheckCorpus {
  articles: Article[];
  skipped: SkippedReport[];
  manifest: ManifestEntry[] | null;
  manifestText: string | null;
}

export interface CheckOptions {
  /** `check --update`: the fresh lock is to be written, so changes of facts are recorded rather than failures. */
  isUpdate?: boolean;
  /** Jaccard similarity (0..1) from which two reports are near-duplicates. */
  nearDuplicateThreshold?: number;
}

export interface CheckCounts {
  reports: number;
  /** Error problems not accepted: any one fails the check. */
  errors: number;
  /** Warning problems not accepted. */
  warnings: number;
  accepted: number;
  /** Changes of facts against the stored lock (recorded, not failures, under --update). */
  factsChanged: number;
}

export interface CheckResult {
  /** Sorted by file, line, column, rule. */
  problems: CheckedProblem[];
  changes: FactChange[];
  counts: CheckCounts;
  hasLock: boolean;
  /** Whether the stored lock's text differs from the fresh one (changed facts, moved lines, or no lock). */
  isLockStale: boolean;
  isUpdate: boolean;
  /** True when an error problem is not accepted: the exit code is 1. */
  hasFailed: boolean;
  /** The fresh lock's text, to write under --update. */
  lockText: string;
}

const FACTS_RULE = 'facts-changed';

function problemOf(rule: string, file: string, line: number | null, message: string): Problem {
  const info = ALL_RULES.find((r) => r.id === rule);
  return { rule, severity: info?.severity ?? 'error', file, line, column: null, message };
}

/**
 * Runs the check. `storedLockText` and `acceptedText` are the texts of facts.lock.json and accepted.json, null when
 * absent. A malformed accepted.json, or a malformed lock outside --update, throws an InputError naming the position.
 */
export function runCheck(
  corpus: CheckCorpus,
  findings: ArticleFindings[],
  storedLockText: string | null,
  acceptedText: string | null,
  options: CheckOptions = {},
): CheckResult {
  const isUpdate = options.isUpdate === true;
  const lint = lintCorpus({
    articles: corpus.articles,
    skipped: corpus.skipped,
    manifest: corpus.manifest,
    manifestFile: MANIFEST_FILE,
    manifestText: corpus.manifestText,
    ...(options.nearDuplicateThreshold === undefined ? {} : { nearDuplicateThreshold: options.nearDuplicateThreshold }),
  });

  let stored: FactsLock | null = null;
  if (storedLockText !== null) {
    try {
      stored = parseLock(storedLockText, LOCK_FILE);
    } catch (error) {
      if (!(isUpdate && error instanceof InputError)) throw error;
    }
  }
  const fresh = buildLock(corpus.articles, findings);
  const unread = new Set(corpus.skipped.map((s) => s.file));
  for (const file of unread) {
    const kept = stored?.reports.get(file);
    if (kept) fresh.reports.set(file, kept);
  }
  const lockText = serialiseLock(fresh);
  const changes = stored ? diffLocks(stored, fresh, unread) : [];
  const isLockStale = lockText !== storedLockText;

  const lockProblems: Problem[] = changes.map((c) => problemOf(FACTS_RULE, c.file, c.line, c.message));
  if (!isUpdate && stored === null) {
    lockProblems.push(problemOf('facts-lock-missing', LOCK_FILE, null, `no ${LOCK_FILE}: changes of the extracted facts cannot be seen; create it with \`check --update\``));
  } else if (!isUpdate && changes.length === 0 && isLockStale) {
    lockProblems.push(problemOf('facts-lock-stale', LOCK_FILE, null, `the facts are unchanged, but ${LOCK_FILE} holds old line numbers or words; refresh it with \`check --update\``));
  }

  const knownRules = ALL_RULES.map((r) => r.id);
  const acceptances: Acceptance[] = acceptedText === null ? [] : parseAccepted(acceptedText, ACCEPTED_FILE, knownRules);
  const applied = applyAccepted([...lint, ...lockProblems], acceptances);
  const unusedProblems: CheckedProblem[] = applied.unused.map((a) => ({
    rule: 'unused-acceptance',
    severity: 'warning',
    file: ACCEPTED_FILE,
    line: a.at.line,
    column: a.at.column,
    message: `accepted ${a.rule} in ${a.file}${a.line === null ? '' : ` at line ${a.line}`}${a.message === null ? '' : ` ("${a.message}")`} matches no problem: remove the entry`,
    accepted: false,
    reason: null,
  }));
  const problems = [...applied.problems, ...unusedProblems]
    .map((p): CheckedProblem => (isUpdate && p.rule === FACTS_RULE ? { ...p, accepted: true, reason: `recorded in ${LOCK_FILE} by --update` } : p))
    .sort(compareProblems);

  const open = problems.filter((p) => !p.accepted);
  const counts: CheckCounts = {
    reports: corpus.articles.length + corpus.skipped.length,
    errors: open.filter((p) => p.severity === 'error').length,
    warnings: open.filter((p) => p.severity === 'warning').length,
    accepted: problems.length - open.length,
    factsChanged: changes.length,
  };
  return { problems, changes, counts, hasLock: stored !== null, isLockStale, isUpdate, hasFailed: counts.errors > 0, lockText };
}
