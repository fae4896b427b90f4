// Making report text safe to print: control characters and escape sequences never reach a terminal raw.

// C0 controls except tab and newline, DEL, and C1 controls.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Replaces each control character with a visible `\xNN` (ESC becomes `\x1b`, so `ESC[31m` prints as `\x1b[31m`). */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** For one-line cells: control characters escaped, line breaks and runs of white space folded to one space. */
export function oneLine(text: string): string {
  return escapeControls(text.replace(/\r?\n|\t/g, ' ')).replace(/\s{2,}/g, ' ');
}

/** JSON.stringify escapes C0 controls; this also escapes DEL and C1 controls, which it leaves raw. */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007F-\u009F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
