// The files `init DIR` writes: a new corpus with an empty manifest, an empty gazetteer to edit and a README of the
// directory's files. Pure: the command writes them.
import { GAZETTEER_FILE } from '../corpus/gazetteer.js';
import { MANIFEST_FILE } from '../corpus/manifest.js';
import { LABELS_FILE, LOCK_FILE } from '../defaults.js';

/** Where editors find the gazetteer's JSON Schema (the `$id` pattern of the schemas shipped in `schemas/`). */
export const GAZETTEER_SCHEMA_URL = 'https://aleppo-corpus.dev/schemas/gazetteer.schema.json';

/** The files of a new corpus, by name, in the order they are written (the README last: it describes the others). */
export function newCorpusFiles(): Array<{ name: string; text: string }> {
  return [
    { name: MANIFEST_FILE, text: `${JSON.stringify({ reports: [] }, null, 2)}\n` },
    { name: GAZETTEER_FILE, text: `${JSON.stringify({ $schema: GAZETTEER_SCHEMA_URL, actors: [], places: [], roles: [] }, null, 2)}\n` },
    { name: 'README.md', text: README },
  ];
}

const README = `# A corpus of aleppo-corpus

Each report is a \`.txt\` file here, kept as received. Bring reports in with

    aleppo-corpus import --corpus . page.html note.md crawl.jsonl

and read them with \`aleppo-corpus stats --corpus .\`, \`figures\`, \`compare\` and \`check\`.

| file | what it holds | who writes it |
|---|---|---|
| \`*.txt\` | the reports' text | \`import\`, or you (a plain \`.txt\` file loads too) |
| \`*.html\` | the saved page an imported report was read from, kept so that its text can be traced back; the loader ignores it | \`import\` |
| \`${MANIFEST_FILE}\` | per-report metadata: \`{"reports": [{"id", "file", "outlet", "published", "byline", "url", "notes", "source"}]}\`; \`source\` names the imported input and its sha256 | \`import\`, and you |
| \`${GAZETTEER_FILE}\` | canonical actors and places, their types, aliases and spellings, and the titles of people (\`roles\`); empty to start with | you |
| \`${LOCK_FILE}\` | the facts lock: what the extractor finds in each report, for \`check\` in CI | \`check --update\` |
| \`${LABELS_FILE}\` | the label sets of \`naming\` (not made here: copy the bundled corpus's to start) | you |

A gazetteer entry:

    {"name": "International Committee of the Red Cross", "type": "organisation", "aliases": ["Red Cross", "ICRC"], "handles": ["ICRC_sy"]}

\`import\` never fetches a URL and never overwrites a report unless told to with \`--replace\`.
`;
