// Findings lines at scale for the --large bench of `compare --from`: real `extract` output lines, renamed. Copy n of a
// line gets the id `<id>~<n>` and the file `<n>/<file>` (every string equal to the old id is renamed), so the reduce
// sees n distinct reports with real findings, without extracting them again.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** The line with its report renamed for copy `n`. Pure. */
export function renameLine(line, n) {
  const record = JSON.parse(line);
  const oldId = record.report.id;
  const newId = `${oldId}~${n}`;
  const renamed = JSON.parse(line, (key, value) => (value === oldId ? newId : value));
  const renameKeys = (value) => {
    if (Array.isArray(value)) return value.map(renameKeys);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k === oldId ? newId : k, renameKeys(v)]));
  };
  const out = renameKeys(renamed);
  out.report.file = `${n}/${record.report.file}`;
  return JSON.stringify(out);
}

/** Writes `count` findings lines to `path`, cycling through `lines` and renaming each copy. Resolves to the bytes written. */
export async function writeFindings(path, lines, count) {
  const out = createWriteStream(path);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const line = `${renameLine(lines[i % lines.length], Math.floor(i / lines.length))}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
