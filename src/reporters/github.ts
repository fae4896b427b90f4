// The github format: GitHub Actions workflow commands (`::error file=...,line=...::message`), one per problem of `check`.
import { UsageError } from '../errors.js';
import type { CheckSummary, ProblemRecord } from '../report/check.js';
import type { Report } from '../report/view.js';
import { escapeControls } from '../text/sanitize.js';

/** A command's message: `%`, CR and LF escaped (GitHub's rule), then other control characters made visible. */
export function escapeData(text: string): string {
  return escapeControls(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A command's property value: as a message, and `:` and `,` escaped too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One annotation; null for an accepted problem, which is not annotated. */
export function annotation(problem: ProblemRecord): string | null {
  if (problem.accepted) return null;
  const properties = [`file=${escapeProperty(problem.path)}`];
  if (problem.line !== null) properties.push(`line=${problem.line}`);
  if (problem.line !== null && problem.column !== null) properties.push(`col=${problem.column}`);
  properties.push(`title=${escapeProperty(problem.rule)}`);
  return `::${problem.severity} ${properties.join(',')}::${escapeData(problem.message)}`;
}

/**
 * `check`'s problems as annotations (errors and warnings; accepted problems are left out), then one plain summary line.
 * Other commands have no problems to annotate: a usage error.
 */
export function renderGithub(report: Report): string {
  if (report.key !== 'problems') {
    throw new UsageError(`--format github prints check's problems as GitHub Actions annotations; '${report.command}' has none (use table, json, ndjson, csv or markdown)`);
  }
  const lines = (report.records as ProblemRecord[]).map(annotation).filter((line): line is string => line !== null);
  const summary = report.extra?.summary as CheckSummary | undefined;
  if (summary) {
    const changes = summary.factsChanged > 0 ? `, ${summary.factsChanged} change(s) of facts` : '';
    lines.push(
      `aleppo-corpus check ${summary.passed ? 'passed' : 'failed'}: ${summary.reports} report(s), ${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.accepted} accepted${changes}`,
    );
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
