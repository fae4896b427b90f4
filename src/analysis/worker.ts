// A worker thread of the analysis pool: builds each report's article from its file, text and manifest entry, and
// sends back the analyses asked for. The gazetteer comes once, with the worker's start.
import { parentPort, workerData } from 'node:worker_threads';
import { buildArticle } from '../corpus/article.js';
import type { Gazetteer } from '../types.js';
import { analyseArticle } from './kinds.js';
import type { TaskMessage, ResultMessage } from './pool.js';

const { gazetteer } = workerData as { gazetteer: Gazetteer };

parentPort!.on('message', async (task: TaskMessage) => {
  let reply: ResultMessage;
  try {
    const article = buildArticle(task.file, task.text, task.entry, gazetteer.agencies);
    reply = { id: task.id, analyses: await analyseArticle(article, gazetteer, task.kinds) };
  } catch (error) {
    reply = { id: task.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
