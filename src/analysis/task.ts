// A task for an analysis done elsewhere (a worker thread, the extractor's image), and its answer.
import { buildArticle } from '../corpus/article.js';
import type { Gazetteer, ManifestEntry } from '../types.js';
import { analyseArticle, type Analyses, type Kind } from './kinds.js';

/** What a worker is sent: the article's inputs (it is rebuilt there: cheaper than cloning its parts). */
export interface TaskMessage {
  id: number;
  file: string;
  text: string;
  entry: ManifestEntry | null;
  kinds: readonly Kind[];
}

export type ResultMessage = { id: number; analyses: Partial<Analyses> } | { id: number; error: string };

/** The answer to `task`: its article rebuilt and analysed, or what failed (with its stack). */
export async function answer(task: TaskMessage, gazetteer: Gazetteer): Promise<ResultMessage> {
  try {
    const article = buildArticle(task.file, task.text, task.entry, gazetteer.agencies);
    return { id: task.id, analyses: await analyseArticle(article, gazetteer, task.kinds) };
  } catch (error) {
    return { id: task.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
