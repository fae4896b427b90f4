// Splitting a report's text into blocks: runs of non-blank lines, a hard-wrapped paragraph's lines joined back together.

/** A run of non-blank lines: one paragraph, or a hard-wrapped paragraph joined back together. */
export interface Block {
  start: number;
  end: number;
  text: string;
  line: number;
  /** Blank lines before this block (the first block counts those at the top of the file). */
  gapBefore: number;
}

/**
 * Splits text into blocks of non-blank lines, joining the lines of a paragraph: a line continuing in lower case, and
 * in hard-wrapped text (see `wrapWidth`) any line whose first word would not have fitted on the line before. Where
 * paragraphs are opened by an indent, an indented line always opens a new block, as does a line that `standsAlone`
 * (a sign-off).
 */
export function splitBlocks(text: string, standsAlone: (line: string) => boolean = () => false): Block[] {
  const lines = readLines(text);
  const width = wrapWidth(lines);
  const indented = lines.filter((l) => l.indent >= 2).length;
  const isIndentMarked = indented >= 2 && indented < lines.length / 2;
  const blocks: Block[] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    const last = blocks[blocks.length - 1];
    const opensParagraph = (isIndentMarked && line.indent >= 2) || standsAlone(line.text);
    if (last && previous && line.gapBefore === 0 && !opensParagraph && (isContinuation(previous.text, line.text) || isWrapped(previous, line, width))) {
      last.end = line.end;
      last.text = text.slice(last.start, line.end);
    } else {
      blocks.push({ start: line.start, end: line.end, text: line.text, line: line.number, gapBefore: line.gapBefore });
    }
    previous = line;
  }
  return blocks;
}

/** A non-blank line of the file: its trimmed text, where it is, its indent and the blank lines before it. */
interface Line {
  text: string;
  start: number;
  end: number;
  number: number;
  indent: number;
  /** The line's length as printed, indent included. */
  width: number;
  gapBefore: number;
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let gap = 0;
  let number = 0;
  let position = 0;
  while (position <= text.length) {
    const newline = text.indexOf('\n', position);
    const lineEnd = newline < 0 ? text.length : newline;
    number++;
    const raw = text.slice(position, lineEnd).replace(/\r$/, '');
    const trimmed = raw.trim();
    if (trimmed === '') gap++;
    else {
      const indent = raw.length - raw.trimStart().length;
      lines.push({ text: trimmed, start: position + indent, end: position + indent + trimmed.length, number, indent, width: raw.trimEnd().length, gapBefore: gap });
      gap = 0;
    }
    if (newline < 0) break;
    position = newline + 1;
  }
  return lines;
}

/**
 * The width text was hard-wrapped at (its longest line), when it was: most lines that run on to another line come
 * within a few characters of one width of 40 to 100 characters. Else null.
 */
function wrapWidth(lines: Line[]): number | null {
  const runOn = lines.filter((line, i) => lines[i + 1]?.gapBefore === 0);
  if (runOn.length < 3) return null;
  const width = Math.max(...lines.map((l) => l.width));
  if (width < 40 || width > 100) return null;
  const full = runOn.filter((l) => l.width >= width - 15).length;
  return full >= runOn.length * 0.6 ? width : null;
}

/** In hard-wrapped text, a line breaks where the next word would not fit: then the next line goes on with the paragraph. */
function isWrapped(previous: Line, line: Line, width: number | null): boolean {
  if (width === null) return false;
  const firstWord = /^\S+/.exec(line.text)![0];
  return previous.width + 1 + firstWord.length > width - 2;
}

/** A line that starts in lower case right after a line with no closing punctuation continues that paragraph. */
function isContinuation(previous: string, line: string): boolean {
  return /^[\p{Ll}(]/u.test(line) && !/[.!?:"”’)\]]$/.test(previous) && previous.length >= 40;
}
