// A worker thread of the analysis pool: builds each report's article from its file, text and manifest entry, and
// sends back the analyses asked for. The gazetteer comes once, with the worker's start.
import { parentPort, workerData } from 'node:worker_threads';
import type { Gazetteer } from '../types.js';
import { answer, type TaskMessage } from './task.js';

const { gazetteer } = workerData as { gazetteer: Gazetteer };

parentPort!.on('message', async (task: TaskMessage) => {
  parentPort!.postMessage(await answer(task, gazetteer));
});
