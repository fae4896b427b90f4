// A memo of a function of a text, for analyses that several extractors ask of the same parts of a report in turn.

/**
 * `compute`, remembering its results for the texts most recently computed, up to `maxChars` characters of text in
 * all (oldest forgotten first), so memory stays bounded however many reports go through.
 */
export function memoByText<T>(compute: (text: string) => T, maxChars: number): (text: string) => T {
  const recent = new Map<string, T>();
  let chars = 0;
  return (text) => {
    // one lookup for a remembered text; has() only to tell a remembered undefined from a text not seen
    const remembered = recent.get(text);
    if (remembered !== undefined || recent.has(text)) return remembered as T;
    const value = compute(text);
    if (text.length <= maxChars) {
      recent.set(text, value);
      chars += text.length;
      // the oldest entries come first in the Map's order; walked only when the budget is exceeded
      if (chars > maxChars) {
        for (const [oldest] of recent) {
          if (chars <= maxChars) break;
          recent.delete(oldest);
          chars -= oldest.length;
        }
      }
    }
    return value;
  };
}
