// `check`: the lint rules and the facts lock, for CI. `--update` rewrites the lock: the only command that writes into a corpus.
import { join } from 'node:path';
import { ACCEPTED_FILE, LOCK_FILE, runCheck } from '../check/index.js';
import { readCorpusFile } from '../corpus/open.js';
import { writeFileAtomic } from '../corpus/write.js';
import { UsageError } from '../errors.js';
import { analyseAll } from '../analysis/run.js';
import { buildCheckReport } from '../report/check.js';
import type { CommandSpec } from './index.js';
import { loadedSources } from './sources.js';

export const runCheckCommand: CommandSpec['run'] = async (ctx) => {
    if (ctx.reports.length > 0) throw new UsageError('check covers the whole corpus: --report does not apply to it');
    const isUpdate = ctx.options.update === true;
    const corpus = await ctx.load();
    const findings = await analyseAll(loadedSources(corpus, corpus.articles), ['findings'], (_, a) => a.findings, ctx.analysis(corpus.gazetteer, corpus.articles.length));
    const result = runCheck(corpus, findings, readCorpusFile(corpus.dir, LOCK_FILE), readCorpusFile(corpus.dir, ACCEPTED_FILE), { isUpdate });
    const isLockWritten = isUpdate && result.isLockStale;
    if (isLockWritten) writeFileAtomic(corpus.dir, LOCK_FILE, result.lockText);
    const given = typeof ctx.options.corpus === 'string' ? ctx.options.corpus : corpus.dir;
    const report = buildCheckReport(result, { pathOf: (file) => join(given, file), lockFile: LOCK_FILE, isLockWritten });
    return { report, exitCode: result.hasFailed ? 1 : 0 };
  };
