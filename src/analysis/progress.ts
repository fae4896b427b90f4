// Progress of a long analysis on stderr: reports done of total and the rate, on one line redrawn in place. Shown
// only on a terminal, and only once the work has taken a second, so quick runs and pipes never see it.

export interface Progress {
  /** One more report analysed (from the cache or not). */
  tick(): void;
  /** The work is over: the line is cleared. */
  done(): void;
}

export interface ProgressOptions {
  write: (text: string) => void;
  /** Absent when the reports come as a stream of unknown length (extract). */
  total?: number;
  /** Milliseconds since some fixed point (performance.now in use; a fake clock in tests). */
  now: () => number;
  /** No line before this many milliseconds. */
  delay?: number;
  /** At most one redraw per this many milliseconds. */
  interval?: number;
}

export const SILENT: Progress = { tick: () => {}, done: () => {} };

export function terminalProgress(options: ProgressOptions): Progress {
  const { write, total, now, delay = 1000, interval = 100 } = options;
  const started = now();
  let done = 0;
  let drawn = false;
  let lastDraw = -Infinity;
  return {
    tick() {
      done += 1;
      const t = now();
      if (t - started < delay || (t - lastDraw < interval && done !== total)) return;
      lastDraw = t;
      drawn = true;
      const rate = done / ((t - started) / 1000);
      const count = total === undefined ? `${done}` : `${done} of ${total}`;
      write(`\r\x1b[Kaleppo-corpus: analysed ${count} reports (${rate.toFixed(1)} a second)`);
    },
    done() {
      if (drawn) write('\r\x1b[K');
    },
  };
}
