// A memo of a function of a text, for analyses that several extractors ask of the same parts of a report in turn.

/** How to forget what each memo remembers. */
const forgetters: Array<() => void> = [];

/**
 * Forgets what every memo remembers: the extractor's image (analysis/extractor-process.ts) is warmed up on reports
 * whose results it must not carry into the runs started from it.
 */
export function forgetAllMemos(): void {
  for (const forget of forgetters) forget();
}

/**
 * `compute`, remembering its results for the texts most recently computed, up to `maxChars` characters of text in
 * all (oldest forgotten first), so memory stays bounded however many reports go through.
 */
export function memoByText<T>(compute: (text: string) => T, maxChars: number): (text: string) => T {
  const recent = new Map<string, T>();
  // The texts remembered, oldest first, from `head` on: the next to forget is found without walking the Map, whose
  // iterator would step over every entry deleted since its table was last rebuilt.
  let order: string[] = [];
  let head = 0;
  let chars = 0;
  forgetters.push(() => {
    recent.clear();
    order = [];
    head = 0;
    chars = 0;
  });
  return (text) => {
    // one lookup for a remembered text; has() only to tell a remembered undefined from a text not seen
    const remembered = recent.get(text);
    if (remembered !== undefined || recent.has(text)) return remembered as T;
    const value = compute(text);
    if (text.length <= maxChars) {
      recent.set(text, value);
      order.push(text);
      chars += text.length;
      while (chars > maxChars) {
        const oldest = order[head++] as string;
        recent.delete(oldest);
        chars -= oldest.length;
      }
      // drop the forgotten texts from the queue once they are most of it
      if (head > 1024 && head * 2 > order.length) {
        order = order.slice(head);
        head = 0;
      }
    }
    return value;
  };
}
