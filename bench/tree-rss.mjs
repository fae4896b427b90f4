// The resident memory of a command and every process it starts, summed: GNU time's %M (and resourceUsage's maxRSS)
// give one process's peak, and a command that analyses in a second process (the extractor's image) or in a pool
// has more than one. A worker thread reads /proc every 20 ms while the main thread waits on the command, and keeps
// the peak of the sum over the node processes descending from this one. Linux only: elsewhere there is no sampler.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const INTERVAL_MS = 20;

/** pid → [parent pid, name] of every process readable in /proc. */
function processes() {
  const table = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      table.set(Number(entry), [Number(stat.slice(close + 2).split(' ')[1]), stat.slice(stat.indexOf('(') + 1, close)]);
    } catch {
      // the process ended between the listing and the read
    }
  }
  return table;
}

/** The resident kB (VmRSS) of process `pid`; 0 once it has ended. */
function residentKb(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The resident kB of the node processes descending from `root`, summed. */
function treeKb(root) {
  const table = processes();
  let total = 0;
  for (const [pid, [, name]] of table) {
    if (name !== 'node') continue;
    for (let up = table.get(pid)?.[0]; up !== undefined && up > 1; up = table.get(up)?.[0]) {
      if (up === root) {
        total += residentKb(pid);
        break;
      }
    }
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
  if (!existsSync('/proc/self/stat')) return null;
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
