// Choosing reports by id (--report, `show ID`), with a suggestion when an id is close to a known one.
import { UsageError } from '../errors.js';

/** Anything with a report id: an article, or a report file not yet read. */
interface HasId {
  id: string;
}

export function selectArticles<T extends HasId>(articles: T[], ids: string[]): T[] {
  if (ids.length === 0) return articles;
  for (const id of ids) findArticle(articles, id);
  return articles.filter((a) => ids.includes(a.id));
}

export function findArticle<T extends HasId>(articles: T[], id: string): T {
  const found = articles.find((a) => a.id === id);
  if (found) return found;
  const close = articles.map((a) => a.id).filter((known) => known.startsWith(id) || editDistance(known, id) <= 3);
  const hint = close.length > 0 ? ` (did you mean ${close.join(', ')}?)` : ` (known ids: ${articles.map((a) => a.id).join(', ')})`;
  throw new UsageError(`no report with id '${id}'${hint}`);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
