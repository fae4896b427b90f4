// The resident memory of a command and every process it starts, summed: GNU time's %M (and resourceUsage's maxRSS)
// give one process's peak, and a command that analyses in a second process (the extractor's image) or in a pool
// has more than one. A worker thread reads /proc every 20 ms while the main thread waits on the command, and keeps
// the peak of the sum over the node processes descending from this one, found down the tree from this process
// (/proc/PID/task/PID/children), a few small reads a sample. Linux only: elsewhere there is no sampler.
import { existsSync, readFileSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const INTERVAL_MS = 20;

/** The processes process `pid` started from its main thread (where node and GNU time start theirs). */
function childrenOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ').filter(Boolean).map(Number);
  } catch {
    return []; // it ended
  }
}

/** The name (comm) and resident kB (VmRSS) of process `pid`; null once it has ended. */
function statusOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return { name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '', kb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) };
  } catch {
    return null;
  }
}

/** The resident kB of the node processes descending from `root`, summed (read down the tree, a few files a sample). */
function treeKb(root) {
  let total = 0;
  const stack = childrenOf(root);
  while (stack.length > 0) {
    const pid = stack.pop();
    const status = statusOf(pid);
    if (status === null) continue;
    if (status.name === 'node') total += status.kb;
    stack.push(...childrenOf(pid));
  }
  return total;
}

if (!isMainThread) {
  const shared = new Int32Array(workerData.buffer);
  for (;;) {
    Atomics.store(shared, 0, Math.max(Atomics.load(shared, 0), Math.round(treeKb(workerData.root))));
    Atomics.wait(shared, 1, 0, INTERVAL_MS);
    if (Atomics.load(shared, 1) !== 0) break;
  }
  parentPort.close();
}

/**
 * A sampler of this process's descendants: `reset()` before a command, `peakMb()` after it. null where /proc is not
 * there to read. `stop()` ends it.
 */
export function treeSampler() {
  if (!existsSync(`/proc/${process.pid}/task/${process.pid}/children`)) return null;
  const buffer = new SharedArrayBuffer(8);
  const shared = new Int32Array(buffer);
  const worker = new Worker(new URL(import.meta.url), { workerData: { buffer, root: process.pid } });
  worker.unref();
  return {
    reset: () => Atomics.store(shared, 0, 0),
    peakMb: () => Atomics.load(shared, 0) / 1024,
    stop: () => {
      Atomics.store(shared, 1, 1);
      Atomics.notify(shared, 1);
    },
  };
}
