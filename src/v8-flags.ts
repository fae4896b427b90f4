// The V8 flags the program's images (analysis/image.ts) are built and started with: V8 refuses an image made under
// other flags, so the build, the executable (through dist/image/launch) and the processes of the extractor's image
// all take them from here.

/**
 * How much bytecode a function runs before V8 weighs optimising it: 540,672 bytes, 8 × the default of Node 20's V8.
 * At the default, V8's optimising compiler runs on its own thread through most of a short run, for code that is done
 * before the optimised version pays back. In a process of the image, the 5 bundled reports took 433 ms CPU against
 * 610 ms at the default, and 35 reports 1.21 s against 1.95 s (medians of 7 rounds side by side). In a process that
 * loads compromise itself it made no difference (2.74 s CPU either way on 100 real reports, one thread), or cost a
 * little (`stats --no-cache`, 0.84 s against 0.80 s), so such a process keeps V8's default and never loads node:v8.
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
