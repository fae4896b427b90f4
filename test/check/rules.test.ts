// The lint rules of `check`: each rule on a bad fixture and a good one, positions, the bundled corpus.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findControlCharacters,
  findHtmlResidue,
  findMojibake,
  lintCorpus,
  repairMojibake,
  RULES,
  type LintInput,
} from '../../src/check/rules.js';
import { buildArticle } from '../../src/corpus/article.js';
import { lineColumn } from '../../src/text/lines.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { bundledCorpusDir } from '../../src/corpus/open.js';
import type { Article, ManifestEntry, Problem, SkippedReport } from '../../src/types.js';
import { makeArticle } from '../helpers/builders.js';

// Paragraphs copied verbatim from the bundled reports.
const REUTERS_18 =
  'At least 34,000 people, both civilians and fighters, have been evacuated from east Aleppo in a week-long operation, the latest U.N. figures show. But the United Nations estimates that thousands more remain in eastern Aleppo enclaves.';
const EURONEWS_14 =
  'Pictures broadcast on Syrian state TV showed a convoy of 10 ambulances and at least 17 green buses, said to be carrying at least 1,000 people out of the battered city. The reports said those leaving were opposition fighters.';
const MEE_24 =
  '"As many as 20 passenger buses were provided by the Syrian authorities and 10 ambulances were provided by the Red Crescent for that."';

const entry = (file: string, overrides: Partial<ManifestEntry> = {}): ManifestEntry => ({
  id: file.replace(/\.txt$/, ''),
  file,
  outlet: 'Test Wire',
  published: '2016-12-15',
  byline: null,
  url: null,
  notes: null,
  ...overrides,
});

/** A lint input whose manifest lists every article (as makeArticle fills it) unless told otherwise. */
function input(articles: Article[], overrides: Partial<LintInput> = {}): LintInput {
  return {
    articles,
    skipped: [],
    manifest: articles.map((a) => entry(a.file, { outlet: a.meta.outlet.value, published: a.meta.published.value })),
    manifestFile: 'manifest.json',
    ...overrides,
  };
}

const ofRule = (problems: Problem[], rule: string): Problem[] => problems.filter((p) => p.rule === rule);
const withText = (article: Article, text: string): Article => ({ ...article, text });

describe('lineColumn', () => {
  it('counts 1-based lines and columns across LF and CRLF line endings', () => {
    const text = 'ab\ncd\r\nef';
    expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(text, 1)).toEqual({ line: 1, column: 2 });
    expect(lineColumn(text, 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumn(text, 5)).toEqual({ line: 2, column: 3 }); // the CR belongs to line 2
    expect(lineColumn(text, 7)).toEqual({ line: 3, column: 1 });
    expect(lineColumn(text, 9)).toEqual({ line: 3, column: 3 }); // the end of the text
  });

  it('gives the same answers for another text after the first was indexed', () => {
    expect(lineColumn('x\ny', 2)).toEqual({ line: 2, column: 1 });
    expect(lineColumn('\n\n\nz', 3)).toEqual({ line: 4, column: 1 });
  });
});

describe('RULES', () => {
  it('lists each rule once, with a kebab-case id, a severity and a one-line description', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(['error', 'warning']).toContain(rule.severity);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.description).not.toContain('\n');
    }
    expect(ids).toEqual(
      expect.arrayContaining([
        'no-metadata',
        'orphaned-manifest-entry',
        'missing-outlet',
        'missing-date',
        'invalid-date',
        'dateline-contradicts-date',
        'html-residue',
        'mojibake',
        'control-characters',
        'empty-report',
        'not-utf8',
        'near-duplicate',
      ]),
    );
  });

  it('gives every problem the severity of its rule', () => {
    const bad = makeArticle({ file: 'bad.txt', outlet: null, paragraphs: [`${REUTERS_18}<br>`] });
    const problems = lintCorpus(input([bad]));
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.severity).toBe(RULES.find((r) => r.id === problem.rule)?.severity);
  });
});

describe('a clean corpus', () => {
  it('has no problems', () => {
    const articles = [
      makeArticle({ file: 'a.txt', paragraphs: [REUTERS_18] }),
      makeArticle({ file: 'b.txt', paragraphs: [EURONEWS_14, MEE_24] }),
    ];
    expect(lintCorpus(input(articles))).toEqual([]);
  });

  it('the bundled corpus has no error, only the set-aside HTML of the ICRC tweet in Euronews', () => {
    const corpus = loadCorpus(bundledCorpusDir());
    const problems = lintCorpus({ ...corpus, manifestFile: 'manifest.json' });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const euronews = readFileSync(new URL('../../corpus/000_fefbdc379cd161a4.txt', import.meta.url), 'utf8').split('\n');
    const column = (euronews[27] ?? '').indexOf('</a>') + 1;
    expect(column).toBeGreaterThan(1);
    expect(problems).toEqual([
      {
        rule: 'html-residue-set-aside',
        severity: 'warning',
        file: '000_fefbdc379cd161a4.txt',
        line: 28,
        column,
        message: expect.stringContaining('</a> </p> &mdash;'),
      },
    ]);
  });
});

describe('no-metadata', () => {
  it('flags a report the manifest does not list, and says nothing more about it', () => {
    const listed = makeArticle({ file: 'listed.txt', paragraphs: [REUTERS_18] });
    const unlisted = makeArticle({ file: 'unlisted.txt', outlet: null, published: null, paragraphs: [EURONEWS_14] });
    const problems = lintCorpus(input([listed, unlisted], { manifest: [entry('listed.txt')] }));
    expect(problems).toEqual([
      { rule: 'no-metadata', severity: 'error', file: 'unlisted.txt', line: null, column: null, message: 'no entry in manifest.json for this report' },
    ]);
  });

  it('flags a report with no manifest and nothing found in its text', () => {
    const bare = makeArticle({ file: 'bare.txt', outlet: null, published: null, paragraphs: [EURONEWS_14] });
    expect(ofRule(lintCorpus(input([bare], { manifest: null })), 'no-metadata').map((p) => p.file)).toEqual(['bare.txt']);
  });

  it('accepts a report with no manifest when its text gave the metadata', () => {
    const base = makeArticle({ file: 'reuters.txt', paragraphs: [REUTERS_18] });
    const inferred: Article = {
      ...base,
      meta: { ...base.meta, outlet: { value: 'Reuters', source: 'text' }, published: { value: '2016-12-22', source: 'text' } },
    };
    expect(lintCorpus(input([inferred], { manifest: null }))).toEqual([]);
  });
});

describe('orphaned-manifest-entry', () => {
  const manifestText = `{
  "reports": [
    { "id": "a", "file": "a.txt", "outlet": "Test Wire", "published": "2016-12-15" },
    { "id": "gone", "file": "gone.txt", "outlet": "Test Wire", "published": "2016-12-15" }
  ]
}
`;

  it('flags an entry whose file is not in the corpus, at its line in the manifest', () => {
    const a = makeArticle({ file: 'a.txt', paragraphs: [REUTERS_18] });
    const problems = lintCorpus(input([a], { manifest: [entry('a.txt'), entry('gone.txt')], manifestText }));
    expect(problems).toEqual([
      {
        rule: 'orphaned-manifest-entry',
        severity: 'error',
        file: 'manifest.json',
        line: 4,
        column: (manifestText.split('\n')[3] ?? '').indexOf('"file"') + 1,
        message: 'entry "gone" names gone.txt, which is not in the corpus',
      },
    ]);
  });

  it('gives no line without the manifest text', () => {
    const a = makeArticle({ file: 'a.txt', paragraphs: [REUTERS_18] });
    const [problem] = lintCorpus(input([a], { manifest: [entry('a.txt'), entry('gone.txt')] }));
    expect(problem).toMatchObject({ rule: 'orphaned-manifest-entry', file: 'manifest.json', line: null, column: null });
  });

  it('does not count a skipped report as missing', () => {
    const a = makeArticle({ file: 'a.txt', paragraphs: [REUTERS_18] });
    const skipped: SkippedReport[] = [{ file: 'gone.txt', reason: 'empty', message: 'the file is empty' }];
    const problems = lintCorpus(input([a], { manifest: [entry('a.txt'), entry('gone.txt')], skipped, manifestText }));
    expect(problems.map((p) => p.rule)).toEqual(['empty-report']);
  });
});

describe('missing-outlet and missing-date', () => {
  it('flags a listed report whose outlet or date is unknown', () => {
    const noOutlet = makeArticle({ file: 'no-outlet.txt', outlet: null, paragraphs: [REUTERS_18] });
    const noDate = makeArticle({ file: 'no-date.txt', published: null, paragraphs: [EURONEWS_14] });
    const problems = lintCorpus(input([noOutlet, noDate]));
    expect(problems.map((p) => [p.rule, p.file, p.line])).toEqual([
      ['missing-date', 'no-date.txt', null],
      ['missing-outlet', 'no-outlet.txt', null],
    ]);
  });

  it('accepts outlet and date from the text when the manifest lacks them', () => {
    const base = makeArticle({ file: 'r.txt', outlet: null, published: null, paragraphs: [REUTERS_18] });
    const fromText: Article = {
      ...base,
      meta: { ...base.meta, outlet: { value: 'Reuters', source: 'text' }, published: { value: '2016-12-22', source: 'text' } },
    };
    expect(lintCorpus(input([fromText], { manifest: [entry('r.txt', { outlet: null, published: null })] }))).toEqual([]);
  });
});

describe('invalid-date', () => {
  const manifestText = `{"reports": [
  {"id": "a", "file": "a.txt", "published": "2016-02-30"},
  {"id": "b", "file": "b.txt", "published": "15/12/2016"},
  {"id": "c", "file": "c.txt", "published": "2016-12-15"}
]}`;

  it('flags a published value that is not a real YYYY-MM-DD date, at its line, and not also as missing', () => {
    // The loader leaves meta.published null when the manifest's date is invalid.
    const a = makeArticle({ file: 'a.txt', published: null, paragraphs: [REUTERS_18] });
    const b = makeArticle({ file: 'b.txt', published: null, paragraphs: [EURONEWS_14] });
    const c = makeArticle({ file: 'c.txt', paragraphs: [MEE_24] });
    const manifest = [entry('a.txt', { published: '2016-02-30' }), entry('b.txt', { published: '15/12/2016' }), entry('c.txt')];
    const problems = lintCorpus(input([a, b, c], { manifest, manifestText }));
    const publishedColumn = (manifestText.split('\n')[1] ?? '').indexOf('"published"') + 1;
    expect(publishedColumn).toBe(32);
    expect(problems.map((p) => [p.rule, p.file, p.line, p.column])).toEqual([
      ['invalid-date', 'manifest.json', 2, publishedColumn],
      ['invalid-date', 'manifest.json', 3, publishedColumn],
    ]);
    expect(problems[0]?.message).toBe('a.txt: published "2016-02-30" is not a calendar date YYYY-MM-DD');
  });
});

describe('dateline-contradicts-date', () => {
  const text = `BEIRUT, Dec 22 (Reuters) – ${REUTERS_18}`;
  const withDateline = (date: string, source: 'manifest' | 'text' = 'manifest'): Article => {
    const base = makeArticle({ file: 'r.txt', paragraphs: [text] });
    return {
      ...base,
      meta: { ...base.meta, published: { value: date, source } },
      dateline: { place: 'BEIRUT', date: '2016-12-22', dateText: 'Dec 22', agency: 'Reuters', text: 'BEIRUT, Dec 22 (Reuters) –', offset: [0, 26] },
    };
  };
  const manifestFor = (date: string): ManifestEntry[] => [entry('r.txt', { published: date })];

  it('flags a dateline more than a day from the manifest date, at the dateline', () => {
    const problems = lintCorpus(input([withDateline('2016-12-15')], { manifest: manifestFor('2016-12-15') }));
    expect(problems).toEqual([
      {
        rule: 'dateline-contradicts-date',
        severity: 'error',
        file: 'r.txt',
        line: 1,
        column: 1,
        message: `dateline "Dec 22" (2016-12-22) contradicts the manifest's date 2016-12-15`,
      },
    ]);
  });

  it('accepts the same day or one day apart (time zones), and a date that came from the dateline itself', () => {
    expect(lintCorpus(input([withDateline('2016-12-22')], { manifest: manifestFor('2016-12-22') }))).toEqual([]);
    expect(lintCorpus(input([withDateline('2016-12-23')], { manifest: manifestFor('2016-12-23') }))).toEqual([]);
    expect(lintCorpus(input([withDateline('2016-12-15', 'text')], { manifest: manifestFor('2016-12-15') }))).toEqual([]);
  });
});

describe('html-residue', () => {
  it('flags tags and entities in body text at the first one on each line', () => {
    const a = makeArticle({ file: 'a.txt', paragraphs: [`${REUTERS_18}</a></p>&mdash; more <br>`, `<p>${EURONEWS_14}&amp; &#8217; &#x2019;`] });
    const problems = lintCorpus(input([a]));
    const html = ofRule(problems, 'html-residue');
    expect(html.map((p) => [p.line, p.column])).toEqual([
      [1, REUTERS_18.length + 1],
      [3, 1],
    ]);
    expect(html[0]?.message).toBe('HTML left in the text: </a> </p> &mdash; <br>');
    expect(html[1]?.message).toBe('HTML left in the text: <p> &amp; &#8217; &#x2019;');
    expect(html[0]?.severity).toBe('error');
  });

  it('finds tags with attributes and self-closing tags', () => {
    expect(findHtmlResidue('x <a href="https://t.co/x">link</a> <br/> <img src=x /> <!-- c -->').map((h) => h.text)).toEqual([
      '<a href="https://t.co/x">',
      '</a>',
      '<br/>',
      '<img src=x />',
      '<!--',
    ]);
  });

  it('leaves alone what is not HTML: <3, a < b, AT&T, R&D; and <Reuters>', () => {
    const text = 'I <3 Aleppo. If a < b and c > d, AT&T and R&D; then <Reuters> said 20 buses & 13 ambulances.';
    expect(findHtmlResidue(text)).toEqual([]);
    expect(lintCorpus(input([makeArticle({ file: 'a.txt', paragraphs: [text] })]))).toEqual([]);
  });

  it('reports HTML in set-aside text (an embed closing line, boilerplate) as a warning, not an error', () => {
    const tweet = 'HAPPENING NOW: 20 buses & 13 ambulances crossing the frontline. SYRedCrescent';
    const closer = '</a></p>&mdash; ICRC Syria (ICRC_sy) December 15, 2016';
    const base = makeArticle({ file: 'e.txt', paragraphs: [REUTERS_18, `${tweet}${closer}`, { kind: 'boilerplate', text: 'Share <b>this</b>' }] });
    const embedStart = REUTERS_18.length + 2;
    const article: Article = {
      ...base,
      parts: base.parts.map((p, i) =>
        i === 1 ? { ...p, kind: 'embed', embed: { text: tweet, textOffset: [embedStart, embedStart + tweet.length], author: 'ICRC Syria', handle: 'ICRC_sy', date: '2016-12-15' } } : p,
      ),
    };
    const problems = lintCorpus(input([article]));
    expect(problems.map((p) => [p.rule, p.severity, p.line, p.column])).toEqual([
      ['html-residue-set-aside', 'warning', 3, tweet.length + 1],
      ['html-residue-set-aside', 'warning', 5, 7],
    ]);
  });

  it('flags `</a></p>&mdash;` inserted into a line of the Reuters report, at that line', () => {
    const path = new URL('../../corpus/001_900818fe0882e21f.txt', import.meta.url);
    const original = readFileSync(path, 'utf8');
    const corpus = loadCorpus(bundledCorpusDir());
    const listed = corpus.manifest?.find((e) => e.file === '001_900818fe0882e21f.txt') ?? null;
    const lines = original.split('\n');
    expect(lines[17]).toContain('At least 34,000 people');
    lines[17] = `${lines[17] ?? ''}</a></p>&mdash;`;
    const edited = buildArticle('001_900818fe0882e21f.txt', lines.join('\n'), listed);
    const others = corpus.articles.filter((a) => a.file !== edited.file);
    const problems = lintCorpus({ ...corpus, articles: [...others, edited], manifestFile: 'manifest.json' });
    const html = ofRule(problems, 'html-residue');
    expect(html).toHaveLength(1);
    expect(html[0]).toMatchObject({ file: '001_900818fe0882e21f.txt', line: 18, column: (lines[17]?.indexOf('</a>') ?? 0) + 1 });
  });
});

describe('mojibake', () => {
  it('flags UTF-8 read as Windows-1252 and says what was meant', () => {
    const text = 'Russiaâ€™s defence ministry said.\nCafÃ© Â owner';
    const a = withText(makeArticle({ file: 'm.txt', paragraphs: [text] }), text);
    const problems = lintCorpus(input([a]));
    expect(problems.map((p) => [p.rule, p.line, p.column])).toEqual([
      ['mojibake', 1, 7],
      ['mojibake', 2, 4],
    ]);
    expect(problems[0]?.message).toBe('mojibake, UTF-8 read as Windows-1252: "â€™" (meant "’")');
    expect(problems[1]?.message).toBe('mojibake, UTF-8 read as Windows-1252: "Ã©" (meant "é"), "Â " (meant "no-break space")');
  });

  it('flags mojibake that follows a letter: Russiaâ€™s, Ø§Ù„', () => {
    expect(findMojibake('Russiaâ€™s').map((h) => h.text)).toEqual(['â€™']);
    expect(findMojibake('Ø§Ù„').map((h) => h.text)).toEqual(['Ø§', 'Ù„']);
  });

  it('flags the replacement character U+FFFD', () => {
    expect(findMojibake('Damascus \uFFFD Aleppo').map((h) => h.offset)).toEqual([9]);
  });

  it('repairs sequences back to the characters meant', () => {
    expect(repairMojibake('â€œ')).toBe('“');
    expect(repairMojibake('â€”')).toBe('—');
    expect(repairMojibake('Ã¼')).toBe('ü');
    expect(repairMojibake('Ø³')).toBe('س');
  });

  it('leaves correctly decoded accents and punctuation alone', () => {
    const text = 'Russia’s “liberation” — Café, São Paulo, Muñoz, Zürich, Ahrar al-Shām, 20°C, © AFP, naïve, “the fiancé…” CAFÉ’S.';
    expect(findMojibake(text)).toEqual([]);
    expect(lintCorpus(input([makeArticle({ file: 'a.txt', paragraphs: [text] })]))).toEqual([]);
  });
});

describe('control-characters', () => {
  it('flags C0, DEL and C1 controls and ANSI escape sequences, with line and column', () => {
    const text = 'Aleppo\u0007 fell\n\u001b[31mred\u001b[0m and \u007f\r\nnext\u0085 line';
    const a = withText(makeArticle({ file: 'c.txt', paragraphs: [text] }), text);
    const problems = lintCorpus(input([a]));
    expect(problems.map((p) => [p.rule, p.line, p.column, p.message])).toEqual([
      ['control-characters', 1, 7, 'control characters: U+0007'],
      ['control-characters', 2, 1, 'control characters: ANSI escape sequence ESC[31m, ANSI escape sequence ESC[0m, U+007F'],
      ['control-characters', 3, 5, 'control characters: U+0085'],
    ]);
  });

  it('accepts tab, line feed and carriage return', () => {
    expect(findControlCharacters('a\tb\r\nc\nd')).toEqual([]);
  });
});

describe('reports that could not be read', () => {
  it('gives each reason its own error, naming the file', () => {
    const a = makeArticle({ file: 'a.txt', paragraphs: [REUTERS_18] });
    const skipped: SkippedReport[] = [
      { file: 'e.txt', reason: 'empty', message: 'the file is empty' },
      { file: 'b.txt', reason: 'binary', message: 'contains NUL bytes' },
      { file: 'n.txt', reason: 'not-utf8', message: 'not valid UTF-8 (first bad byte at offset 3)' },
      { file: 't.txt', reason: 'too-large', message: '3000000 bytes, over the limit of 2000000' },
      { file: 'u.txt', reason: 'unreadable', message: 'EACCES' },
    ];
    const problems = lintCorpus(input([a], { skipped }));
    expect(problems.map((p) => [p.file, p.rule, p.severity, p.line])).toEqual([
      ['b.txt', 'binary-report', 'error', null],
      ['e.txt', 'empty-report', 'error', null],
      ['n.txt', 'not-utf8', 'error', null],
      ['t.txt', 'report-too-large', 'error', null],
      ['u.txt', 'unreadable-report', 'error', null],
    ]);
    expect(problems[2]?.message).toBe('not analysed: not valid UTF-8 (first bad byte at offset 3)');
  });
});

describe('near-duplicate', () => {
  it('flags the later of two reports that share most of their body', () => {
    const original = makeArticle({ file: 'a.txt', paragraphs: [REUTERS_18, EURONEWS_14, MEE_24] });
    const copy = makeArticle({ file: 'b.txt', paragraphs: [REUTERS_18, EURONEWS_14, 'A different closing paragraph.'] });
    const problems = lintCorpus(input([original, copy]));
    expect(problems.map((p) => [p.rule, p.file])).toEqual([['near-duplicate', 'b.txt']]);
    expect(problems[0]?.message).toMatch(/^near-duplicate of a\.txt: \d+% of their body shingles are shared$/);
  });

  it('does not flag reports on the same events in different words', () => {
    const a = makeArticle({ file: 'a.txt', paragraphs: [REUTERS_18] });
    const b = makeArticle({ file: 'b.txt', paragraphs: [EURONEWS_14] });
    expect(lintCorpus(input([a, b]))).toEqual([]);
  });
});

describe('ordering', () => {
  it('sorts by file, then line (whole-file problems first), column and rule', () => {
    const text = 'x\u0007 <br>\nâ€™ and <p>';
    const a = withText(makeArticle({ file: 'b.txt', outlet: null, paragraphs: [text] }), text);
    const skipped: SkippedReport[] = [{ file: 'a.txt', reason: 'empty', message: 'the file is empty' }];
    const problems = lintCorpus(input([a], { skipped, manifest: [entry('a.txt'), entry('b.txt', { outlet: null })] }));
    expect(problems.map((p) => [p.file, p.line, p.column, p.rule])).toEqual([
      ['a.txt', null, null, 'empty-report'],
      ['b.txt', null, null, 'missing-outlet'],
      ['b.txt', 1, 2, 'control-characters'],
      ['b.txt', 1, 4, 'html-residue'],
      ['b.txt', 2, 1, 'mojibake'],
      ['b.txt', 2, 9, 'html-residue'],
    ]);
  });
});

describe('adversarial input', () => {
  it('scans 100 KB of near-misses in linear time', () => {
    const size = 100_000;
    const inputs = [
      '<a '.repeat(size / 3),
      `<${'a'.repeat(size)}`,
      `<a ${'x'.repeat(size)}`,
      '&#'.repeat(size / 2),
      `&${'a'.repeat(size)}`,
      'â€'.repeat(size / 2),
      'Ã'.repeat(size),
      '\u001b['.repeat(size / 2),
      `\u001b[${'1'.repeat(size)}`,
      '<br>'.repeat(size / 4),
    ];
    const started = Date.now();
    for (const text of inputs) {
      findHtmlResidue(text);
      findMojibake(text);
      findControlCharacters(text);
      const a = withText(makeArticle({ file: 'x.txt', paragraphs: [text] }), text);
      lintCorpus(input([a]));
    }
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
