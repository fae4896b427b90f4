// What check looks for in a report's text: HTML left in it, mojibake (UTF-8 read as Windows-1252), control characters.
// Pure scanners of a string; the rules that report them are in rules.ts.

/** HTML element names: a `<name ...>` whose name is not one of these is not taken for a tag (`<Reuters>`). */
const HTML_ELEMENTS = new Set(
  (
    'a abbr address article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup ' +
    'data dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 ' +
    'head header hr html i iframe img input ins kbd label legend li link main map mark meta nav noscript object ol ' +
    'optgroup option output p param picture pre q s samp script section select small source span strong style sub ' +
    'summary sup svg table tbody td template textarea tfoot th thead time title tr track u ul var video wbr center'
  ).split(' '),
);

/** A tag (`<br>`, `</a>`, `<div class="x">`), a comment opener, or a named or numeric character reference. */
const HTML_PATTERN =
  /<\/?([A-Za-z][A-Za-z0-9]{0,15})(?:\s[^<>\n]{0,300})?\/?>|<!--|&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

export interface Hit {
  offset: number;
  text: string;
}

export function findHtmlResidue(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const match of text.matchAll(HTML_PATTERN)) {
    const name = match[1];
    if (name !== undefined && !HTML_ELEMENTS.has(name.toLowerCase())) continue;
    hits.push({ offset: match.index, text: match[0] });
  }
  return hits;
}

/** Windows-1252 characters for the bytes 0x80-0x9F that it defines. */
const CP1252_HIGH = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const CP1252_BYTE = new Map<string, number>(
  [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f].map(
    (byte, i) => [CP1252_HIGH[i] as string, byte],
  ),
);

/** A UTF-8 continuation byte (0x80-0xBF) as Windows-1252 or Latin-1 shows it. */
const CONTINUATION = `[\\u0080-\\u00BF${CP1252_HIGH}]`;

/**
 * UTF-8 read as Windows-1252: a lead byte shown as a Latin-1 letter (Â-ß for two bytes, à-ï for three, ð-ô for four)
 * followed by the continuation bytes; `Â` before a space (a no-break space whose second byte was lost); U+FFFD.
 */
const MOJIBAKE_PATTERN = new RegExp(
  `[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}|[\\u00F0-\\u00F4]${CONTINUATION}{3}|\\u00C2 |\\uFFFD`,
  'g',
);

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** What a mojibake sequence was meant to be: its characters as Windows-1252 bytes, decoded as UTF-8; else null. */
export function repairMojibake(sequence: string): string | null {
  const bytes: number[] = [];
  for (const char of sequence) {
    const code = char.charCodeAt(0);
    const byte = code <= 0xff ? code : CP1252_BYTE.get(char);
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  try {
    return STRICT_UTF8.decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}

/** Closing punctuation that may follow a word's final accented letter (`fiancé…”`, `CAFÉ’S`). */
const TYPOGRAPHIC = new Set('‘’“”…–—');

/** An accented letter ending a word, then typographic punctuation: correct text that looks like a lead and continuations. */
function isAccentBeforePunctuation(text: string, index: number, sequence: string): boolean {
  const before = text[index - 1];
  return before !== undefined && /\p{L}/u.test(before) && [...sequence.slice(1)].every((c) => TYPOGRAPHIC.has(c));
}

export function findMojibake(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const match of text.matchAll(MOJIBAKE_PATTERN)) {
    const sequence = match[0];
    if (sequence === '\uFFFD' || sequence === '\u00C2 ') {
      hits.push({ offset: match.index, text: sequence });
      continue;
    }
    if (repairMojibake(sequence) === null || isAccentBeforePunctuation(text, match.index, sequence)) continue;
    hits.push({ offset: match.index, text: sequence });
  }
  return hits;
}

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls. An ESC may start an ANSI sequence. */
const CONTROL_PATTERN = /\u001B\[[0-9;?]{0,32}[@-~]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function findControlCharacters(text: string): Hit[] {
  return [...text.matchAll(CONTROL_PATTERN)].map((match) => ({ offset: match.index, text: match[0] }));
}

/** `U+001B`-style name of a character, or `ANSI escape sequence ESC[31m`. */
export function describeControl(hit: string): string {
  if (hit.length > 1) return `ANSI escape sequence ESC${hit.slice(1)}`;
  return `U+${hit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

