// The reports a command analyses, as sources for the analysis stream: read from an open corpus one at a time as
// they are drawn, or taken from a corpus already loaded.
import type { Source } from '../analysis/run.js';
import { encodingWarning, readReport, reportIdOf, type Corpus, type OpenCorpus } from '../corpus/load.js';
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

/** Reads each file when the analysis draws it; one that cannot be used is warned about, added to `skipped`, passed over. */
export function* readSources(corpus: OpenCorpus, files: ReportFile[], skipped: SkippedReport[], warn: (message: string) => void): Generator<Source> {
  for (const { file } of files) {
    const read = readReport(corpus, file);
    if (read.ok) {
      const encoding = encodingWarning(read.article);
      if (encoding) warn(encoding);
      yield { article: read.article, entry: corpus.entryOf(file) };
    } else {
      skipped.push(read.skipped);
      warn(`${read.skipped.file}: skipped (${read.skipped.reason}): ${read.skipped.message}`);
    }
  }
}

/** Sources of articles already loaded with their corpus. */
export function loadedSources(corpus: Corpus, articles: Article[]): Source[] {
  return articles.map((article) => ({ article, entry: corpus.entryOf(article.file) }));
}
