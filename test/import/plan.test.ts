// Planning an import: ids from outlet and date with -2, -3; --id; what exists already; the manifest after.
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/corpus/manifest.js';
import type { Draft } from '../../src/import/draft.js';
import { baseId, manifestAfter, planImport, type CorpusState } from '../../src/import/plan.js';

let serial = 0;
function makeDraft(overrides: Partial<Draft> = {}): Draft {
  serial++;
  return {
    source: { name: `page-${serial}.html`, line: null, sha256: `sha-${serial}` },
    title: 'A title',
    outlet: 'Reuters',
    published: '2016-12-22',
    byline: null,
    url: null,
    standfirst: null,
    blocks: ['The last group of rebels and their families were evacuated on Thursday.'],
    original: null,
    ...overrides,
  };
}

const emptyCorpus: CorpusState = { manifest: null, files: new Set(), textOf: () => null };
const corpusWith = (entries: Array<Record<string, unknown>>, files: string[] = entries.map((e) => String(e.file)), texts: Record<string, string> = {}): CorpusState => ({
  manifest: { reports: entries },
  files: new Set(files),
  textOf: (file) => texts[file] ?? null,
});
const noOptions = { id: null, isReplace: false };

describe('baseId', () => {
  it('is the outlet and the date; a domain by its site name; else the URL host, else the input name', () => {
    expect(baseId(makeDraft())).toBe('reuters-2016-12-22');
    expect(baseId(makeDraft({ outlet: 'Middle East Eye', published: '2016-12-15' }))).toBe('middle-east-eye-2016-12-15');
    expect(baseId(makeDraft({ outlet: 'The Guardian' }))).toBe('guardian-2016-12-22');
    expect(baseId(makeDraft({ outlet: 'www.bbc.co.uk' }))).toBe('bbc-2016-12-22');
    expect(baseId(makeDraft({ outlet: 'Le Monde Diplomatique', published: null }))).toBe('le-monde-diplomatique');
    expect(baseId(makeDraft({ outlet: null, url: 'https://edition.cnn.com/2016/12/x' }))).toBe('cnn-2016-12-22');
    expect(baseId(makeDraft({ outlet: null, published: null, source: { name: 'Saved Page (1).html', line: null, sha256: 'x' } }))).toBe('saved-page-1');
  });
});

describe('planImport', () => {
  it('gives -2, -3 to more reports of one outlet on one day, after those the corpus has', () => {
    const corpus = corpusWith([{ id: 'reuters-2016-12-22', file: 'reuters.txt' }]);
    const plan = planImport([makeDraft(), makeDraft()], corpus, noOptions);
    expect(plan.faults).toEqual([]);
    expect(plan.reports.map((r) => [r.id, r.file])).toEqual([
      ['reuters-2016-12-22-2', 'reuters-2016-12-22-2.txt'],
      ['reuters-2016-12-22-3', 'reuters-2016-12-22-3.txt'],
    ]);
  });

  it('skips an id whose file is on disk though not in the manifest', () => {
    const plan = planImport([makeDraft()], corpusWith([], ['reuters-2016-12-22.txt'], { 'reuters-2016-12-22.txt': 'someone else' }), noOptions);
    expect(plan.reports[0]!.id).toBe('reuters-2016-12-22-2');
  });

  it('takes over a text file an interrupted import left (not listed, the very same text)', () => {
    const draft = makeDraft();
    const first = planImport([draft], emptyCorpus, noOptions).reports[0]!;
    const again = planImport([draft], corpusWith([], [first.file], { [first.file]: first.text }), noOptions);
    expect(again.reports[0]!.id).toBe('reuters-2016-12-22');
  });

  it('an --id that exists is a fault unless --replace, which replaces the entry in place', () => {
    const corpus = corpusWith([{ id: 'mine', file: 'mine.txt', notes: 'kept key order' }, { id: 'other', file: 'other.txt' }]);
    expect(planImport([makeDraft()], corpus, { id: 'mine', isReplace: false }).faults).toEqual([
      { input: expect.stringMatching(/^page-\d+\.html$/), reason: 'exists', message: 'the id mine exists in the corpus; --replace overwrites it, or choose another --id' },
    ]);
    const replaced = planImport([makeDraft()], corpus, { id: 'mine', isReplace: true });
    expect(replaced.faults).toEqual([]);
    expect(replaced.reports[0]).toMatchObject({ id: 'mine', file: 'mine.txt', replaces: 'mine' });
    const manifest = JSON.parse(manifestAfter(corpus.manifest, replaced.reports));
    expect(manifest.reports.map((e: { id: string }) => e.id)).toEqual(['mine', 'other']);
    expect(manifest.reports[0].outlet).toBe('Reuters');
  });

  it('an input imported before (same sha256) is a fault naming its id, unless --replace', () => {
    const draft = makeDraft();
    const corpus = corpusWith([{ id: 'r1', file: 'r1.txt', source: { name: 'x.html', sha256: draft.source.sha256 } }]);
    expect(planImport([draft], corpus, noOptions).faults[0]!.message).toBe('already imported as r1 (r1.txt); --replace writes it again');
    expect(planImport([draft], corpus, { id: null, isReplace: true }).reports[0]).toMatchObject({ id: 'r1', replaces: 'r1' });
  });

  it('the same input twice in one run is imported once', () => {
    const draft = makeDraft();
    const plan = planImport([draft, draft], emptyCorpus, noOptions);
    expect(plan.reports).toHaveLength(1);
    expect(plan.faults[0]!.message).toMatch(/^the same input as page-\d+\.html, imported once as reuters-2016-12-22$/);
  });

  it('keeps the original page as <id>.html and says so in the entry', () => {
    const plan = planImport([makeDraft({ original: { extension: 'html', bytes: new Uint8Array([60]) } })], emptyCorpus, noOptions);
    expect(plan.reports[0]!.original?.file).toBe('reuters-2016-12-22.html');
    expect(plan.reports[0]!.entry.source.original).toBe('reuters-2016-12-22.html');
  });
});

describe('manifestAfter', () => {
  it('keeps other keys and entries as they were, appends the new ones, and parses as a manifest', () => {
    const manifest = { comment: 'ours', reports: [{ id: 'a', file: 'a.txt', outlet: 'A', extra: [1, 2] }] };
    const plan = planImport([makeDraft()], corpusWith(manifest.reports), noOptions);
    const text = manifestAfter(manifest, plan.reports);
    const data = JSON.parse(text);
    expect(data.comment).toBe('ours');
    expect(data.reports[0]).toEqual(manifest.reports[0]);
    expect(parseManifest(text, 'manifest.json').map((e) => e.id)).toEqual(['a', 'reuters-2016-12-22']);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
