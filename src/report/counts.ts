// A report's counts for `stats` (ReportCounts), from its article: computed with the findings and cached with them.
import { readingCounts } from '../extract/segments.js';
import { bodyWordCounts } from '../language/words.js';
import type { Article } from '../types.js';
import type { ReportCounts } from './stats.js';

export function reportCounts(article: Article): ReportCounts {
  const body = bodyWordCounts(article);
  const lines = (kinds: string[]): number =>
    article.parts.filter((p) => kinds.includes(p.kind)).reduce((n, p) => n + p.text.split('\n').filter((l) => l.trim()).length, 0);
  return {
    ...readingCounts(article),
    outlet: article.meta.outlet.value,
    published: article.meta.published.value,
    title: article.title,
    byline: article.meta.byline.value,
    dateline: article.dateline?.text ?? null,
    bodyWords: body.words,
    sentences: body.sentences,
    paragraphs: article.parts.filter((p) => p.kind === 'body').length,
    boilerplateLines: lines(['boilerplate', 'duplicate']),
    setAsideLines: lines(['caption', 'embed', 'credits']),
  };
}
