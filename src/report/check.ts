// The report of `check`: one record per problem (accepted or not), the facts changes, and a summary.
import type { CheckResult, FactChange } from '../check/index.js';
import type { Severity } from '../types.js';
import type { Report, TableView, Tone } from './view.js';

/** A problem as `check --json` prints it. */
export interface ProblemRecord {
  rule: string;
  severity: Severity;
  /** Relative to the corpus directory. */
  file: string;
  /** The file as reached from the working directory: the corpus directory as given, joined with `file`. */
  path: string;
  /** 1-based; null when the problem concerns a whole file. */
  line: number | null;
  column: number | null;
  message: string;
  accepted: boolean;
  /** Why it is accepted (from accepted.json, or `--update`); null when not accepted. */
  reason: string | null;
}

export interface CheckSummary {
  reports: number;
  errors: number;
  warnings: number;
  accepted: number;
  factsChanged: number;
  /** The lock's file name in the corpus directory. */
  lockFile: string;
  hasLock: boolean;
  isLockStale: boolean;
  /** True when this run rewrote the lock (`--update`, and its text changed). */
  isLockWritten: boolean;
  /** False when an error problem is not accepted: the exit code is then 1. */
  passed: boolean;
}

export interface CheckReportOptions {
  /** Joins the corpus directory as given with a file relative to it. */
  pathOf: (file: string) => string;
  lockFile: string;
  isLockWritten: boolean;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function tone(p: ProblemRecord): Tone {
  if (p.accepted) return 'dim';
  return p.severity === 'error' ? 'diverge' : 'warn';
}

export function buildCheckReport(result: CheckResult, options: CheckReportOptions): Report {
  const problems: ProblemRecord[] = result.problems.map((p) => ({
    rule: p.rule,
    severity: p.severity,
    file: p.file,
    path: options.pathOf(p.file),
    line: p.line,
    column: p.column,
    message: p.message,
    accepted: p.accepted,
    reason: p.reason,
  }));
  const { counts } = result;
  const summary: CheckSummary = {
    reports: counts.reports,
    errors: counts.errors,
    warnings: counts.warnings,
    accepted: counts.accepted,
    factsChanged: counts.factsChanged,
    lockFile: options.lockFile,
    hasLock: result.hasLock,
    isLockStale: result.isLockStale,
    isLockWritten: options.isLockWritten,
    passed: !result.hasFailed,
  };
  const changes: FactChange[] = result.changes;

  const notes = [
    `${plural(counts.reports, 'report')} checked: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${counts.accepted} accepted.`,
  ];
  if (result.isUpdate) {
    notes.push(
      !options.isLockWritten
        ? `${options.lockFile} already up to date: nothing written.`
        : result.hasLock
          ? `${options.lockFile} written: ${plural(counts.factsChanged, 'change')} of facts recorded.`
          : `${options.lockFile} written from the reports (there was no readable lock before).`,
    );
  } else if (counts.factsChanged > 0) {
    notes.push(`${plural(counts.factsChanged, 'change')} of facts: if intended, run \`aleppo-corpus check --update\` and commit ${options.lockFile}.`);
  }
  notes.push(result.hasFailed ? 'check failed.' : 'check passed.');

  const table: TableView<ProblemRecord> = {
    kind: 'table',
    columns: [
      { header: 'file', get: (p) => p.file, tone: () => 'dim', isNarrow: true },
      { header: 'line', get: (p) => (p.line === null ? null : p.column === null ? `${p.line}` : `${p.line}:${p.column}`), value: (p) => p.line, align: 'right', isNarrow: true },
      { header: 'column', get: (p) => p.column, align: 'right', only: 'data' },
      { header: 'severity', get: (p) => (p.accepted ? 'accepted' : p.severity), value: (p) => p.severity, tone, isNarrow: true },
      { header: 'rule', get: (p) => p.rule, isNarrow: true },
      { header: 'message', get: (p) => (p.accepted ? `${p.message} [accepted: ${p.reason ?? ''}]` : p.message), value: (p) => p.message, tone: (p) => (p.accepted ? 'dim' : null), canStack: true },
      { header: 'accepted', get: (p) => p.accepted, only: 'data' },
      { header: 'reason', get: (p) => p.reason, only: 'data' },
    ],
    rows: problems,
    notes,
  };
  return { command: 'check', key: 'problems', records: problems, extra: { summary, changes }, views: [table] };
}
