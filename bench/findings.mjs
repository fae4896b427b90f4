// Findings lines at scale for the --large bench of `compare --from`: real `extract` output lines, renamed. Copy n of a
// line gets the id `<id>~<n>` and the file `<n>/<file>`, so the reduce sees distinct reports with real findings,
// without extracting them again.
import { closeSync, openSync, writeSync } from 'node:fs';

/** The line with its report renamed for copy `n`: every JSON string equal to the id, and the file. Pure. */
export function renameLine(line, n) {
  return renamer(line)(n);
}

/** A function from copy number to renamed line; the line is parsed and split once. */
function renamer(line) {
  const { id, file } = JSON.parse(line).report;
  const fileField = `"file":${JSON.stringify(file)}`;
  const pieces = line.split(JSON.stringify(id)).map((piece) => piece.split(fileField));
  return (n) => {
    const newFile = `"file":${JSON.stringify(`${n}/${file}`)}`;
    return pieces.map((parts) => parts.join(newFile)).join(JSON.stringify(`${id}~${n}`));
  };
}

/** Writes `count` findings lines to `path`, cycling through `lines` and renaming each copy. Returns the bytes written. */
export function writeFindings(path, lines, count) {
  const fd = openSync(path, 'w');
  let bytes = 0;
  const renamers = lines.map(renamer);
  let batch = [];
  const flush = () => {
    const text = batch.join('');
    bytes += writeSync(fd, text);
    batch = [];
  };
  try {
    for (let i = 0; i < count; i++) {
      batch.push(`${renamers[i % lines.length](Math.floor(i / lines.length))}\n`);
      if (batch.length >= 500) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}
