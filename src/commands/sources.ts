// The reports a command analyses, as sources for the analysis stream: read from an open corpus one at a time as
// they are drawn, or taken from a corpus already loaded.
import { articleSource, lazySource, type Source } from '../analysis/run.js';
import type { Corpus } from '../corpus/load.js';
import { encodingWarning, readReportText, reportIdOf, type OpenCorpus } from '../corpus/open.js';
import { InputError } from '../errors.js';
import type { Article, SkippedReport } from '../types.js';
import { selectArticles } from './select.js';

export interface ReportFile {
  id: string;
  file: string;
}

/** The report files `--report` selects (all when `ids` is empty), in corpus order; an unknown id is a usage error. */
export function selectFiles(corpus: OpenCorpus, ids: string[]): ReportFile[] {
  return selectArticles(
    corpus.files.map((file) => ({ id: reportIdOf(corpus, file), file })),
    ids,
  );
}

/**
 * Reads each file when the analysis draws it (segmented only when its article is asked for); one that cannot be used
 * is warned about, added to `skipped`, passed over. When every file was skipped there is nothing to analyse: an
 * InputError (exit 2) once the warnings are out.
 */
export function* readSources(corpus: OpenCorpus, files: ReportFile[], skipped: SkippedReport[], warn: (message: string) => void): Generator<Source> {
  let isAnyRead = false;
  for (const { file } of files) {
    const read = readReportText(corpus, file);
    if (read.ok) {
      isAnyRead = true;
      const { report } = read;
      const encoding = encodingWarning(report);
      if (encoding) warn(encoding);
      yield lazySource(reportIdOf(corpus, file), file, report.text, corpus.entryOf(file), async () => (await import('../corpus/load.js')).reportArticle(corpus, report));
    } else {
      skipped.push(read.skipped);
      warn(`${read.skipped.file}: skipped (${read.skipped.reason}): ${read.skipped.message}`);
    }
  }
  if (!isAnyRead && files.length > 0) throw allSkipped(corpus.dir, files.length);
}

/** The fault of a run whose every report was skipped. */
export function allSkipped(dir: string, count: number): InputError {
  return new InputError(dir, `every report was skipped (${count} of ${count}; see the warnings): nothing to analyse`);
}

/** Sources of articles already loaded with their corpus. */
export function loadedSources(corpus: Corpus, articles: Article[]): Source[] {
  return articles.map((article) => articleSource(article, corpus.entryOf(article.file)));
}
