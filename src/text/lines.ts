// Lines of a text: the 1-based line and column of an offset, for every message that points into a file.

let cachedText: string | null = null;
let cachedLineStarts: number[] = [];

/** Offsets at which each line starts; a line ends at `\n` (so `\r\n` ends a line too; a lone `\r` does not). */
function lineStarts(text: string): number[] {
  if (text === cachedText) return cachedLineStarts;
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  cachedText = text;
  cachedLineStarts = starts;
  return starts;
}

/** 1-based line and column of a [0, text.length] offset; columns count UTF-16 code units, as offsets do. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const starts = lineStarts(text);
  const at = Math.max(0, Math.min(offset, text.length));
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= at) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: at - (starts[low] as number) + 1 };
}
