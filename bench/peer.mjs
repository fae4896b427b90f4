// The benchmark's peer: compromise with its dates plugin run the plain way over each .txt file of a directory.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import dates from 'compromise-dates';

nlp.plugin(dates);

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node bench/peer.mjs DIR\n');
  process.exit(2);
}

// One NDJSON line per report, as a user's script would print its findings.
for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
  const doc = nlp(readFileSync(join(dir, file), 'utf8'));
  const findings = {
    file,
    people: doc.people().out('array'),
    places: doc.places().out('array'),
    organizations: doc.organizations().out('array'),
    numbers: doc.numbers().get(),
    dates: doc.dates().get(),
  };
  process.stdout.write(JSON.stringify(findings) + '\n');
}
