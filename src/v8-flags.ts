// The V8 flags a run of this program sets: the executable sets them before its modules load, and the extractor's
// image (analysis/extractor-process.ts) is built and started with the same ones, since V8 refuses an image made
// under other flags.

/**
 * How much bytecode a function runs before V8 weighs optimising it: 540,672 bytes, 8 × the default of Node 20's V8.
 * At the default, V8's optimising compiler ran on its own thread through most of a short run, for code that was done
 * before the optimised version paid back: `stats --no-cache` on the bundled corpus took 1.81 s CPU against 1.36 s with
 * this budget, the same wall time; `compare --no-cache --jobs 1` on 100 real reports 4.43 s CPU against 3.04 s, and
 * 2.86 s against 2.58 s wall; on 1,000 reports 24.4 s against 21.8 s CPU, wall within the machine's noise (medians of
 * runs side by side; README, Performance).
 */
const INTERRUPT_BUDGET = 8 * 67_584;

/**
 * The V8 that was measured (Node 20 and 21 run V8 11). Another may weigh its tiers otherwise, and V8 prints an error
 * on stderr for a flag it does not know: elsewhere V8 keeps its own budget.
 */
const MEASURED_V8_MAJOR = 11;

/** The flags for the V8 of `v8Version` (process.versions.v8), as they are written on node's command line. */
export function v8Flags(v8Version: string = process.versions.v8): string[] {
  return Number.parseInt(v8Version, 10) === MEASURED_V8_MAJOR ? [`--interrupt-budget=${INTERRUPT_BUDGET}`] : [];
}
