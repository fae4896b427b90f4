// The typed records that flow through the tool: articles from the loader, findings from the extractor.
// Offsets are [start, end) indices (UTF-16 code units, as JavaScript strings count) into the report's
// text as decoded from UTF-8 with any byte-order mark removed; line and column numbers are 1-based.

/** Where a metadata value came from. */
export type Provenance = 'manifest' | 'text';

/** A metadata value and its provenance; both null when unknown. */
export interface Field<T> {
  value: T | null;
  source: Provenance | null;
  /** For a value read from the text: the 1-based line it was read on; else null. */
  line?: number | null;
}

/** `BEIRUT, Dec 22 (Reuters) –` split into its parts. */
export interface Dateline {
  place: string;
  /** ISO date (YYYY-MM-DD) when the year could be settled, else null. */
  date: string | null;
  /** The words as written, e.g. `Dec 22`. */
  dateText: string;
  agency: string | null;
  text: string;
  offset: [number, number];
}

export interface Metadata {
  outlet: Field<string>;
  /** ISO date, YYYY-MM-DD. */
  published: Field<string>;
  byline: Field<string>;
  url: Field<string>;
  notes: string | null;
}

export type PartKind =
  | 'title'
  | 'standfirst'
  | 'byline'
  | 'dateline'
  | 'heading'
  | 'body'
  | 'caption'
  | 'embed'
  | 'credits'
  | 'boilerplate'
  | 'duplicate';

/** The kinds of part that carry the report's own content (as opposed to what is set aside). */
export const CONTENT_KINDS: readonly PartKind[] = ['title', 'standfirst', 'byline', 'dateline', 'heading', 'body'];

/** A social-media post quoted in the report, closed by `— Name (@handle) Month D, YYYY`. */
export interface Embed {
  /** The post's words, without the closing line or HTML residue. */
  text: string;
  textOffset: [number, number];
  author: string;
  handle: string | null;
  /** ISO date of the post, when given. */
  date: string | null;
}

/** A labelled span of the file. Parts are in file order and never overlap. */
export interface Part {
  kind: PartKind;
  /** The name of the loader rule that labelled this part (e.g. `caption-credit-symbol`). */
  rule: string;
  /** The text of the span exactly as in the file. */
  text: string;
  offset: [number, number];
  /** 1-based line of the span's first character. */
  line: number;
  embed?: Embed;
}

export interface Article {
  id: string;
  /** The encoding the file was read in when it was not UTF-8 (`windows-1252`); absent for UTF-8. */
  encoding?: 'windows-1252';
  /** Path relative to the corpus directory, with `/` separators. */
  file: string;
  /** The decoded text of the file (UTF-8, byte-order mark removed; line endings kept). */
  text: string;
  meta: Metadata;
  dateline: Dateline | null;
  title: string | null;
  parts: Part[];
}

/** A report that could not be read, and why. */
export interface SkippedReport {
  file: string;
  reason: 'empty' | 'binary' | 'not-utf8' | 'too-large' | 'unreadable';
  message: string;
}

// ---- findings ---------------------------------------------------------------------------------------

/** What a figure counts: the name of a measure of the corpus's measures.json (bundled: deaths, wounded, ..., other). */
export type Measure = string;

/**
 * How a measure's figures are read and compared: `people` (counts of people, grouped by subject family), `thing`
 * (counts of things, grouped by the measure or its family), `amount` (money, percent, quantities: compared only with
 * the same unit), `duration`, `other`.
 */
export type MeasureKind = 'people' | 'thing' | 'amount' | 'duration' | 'other';

/** One measure of measures.json. Cue phrases are lower-case words; `evacuat*` matches a prefix, `?` any one word or none. */
export interface MeasureSpec {
  name: string;
  /** Title of its table in `compare`. */
  title: string;
  kind: MeasureKind;
  /** A running total: counts on different days are linked (`changed`), not contradictions. */
  cumulative: boolean;
  /** People counted by class: fighters, civilians and children are different counts (deaths, wounded). */
  byClass: boolean;
  /** Counted nouns that decide the measure (`bodies` → deaths, `buses` → buses). */
  nouns: string[];
  /** People nouns that mean this measure when no cue word says otherwise (`refugees`). */
  subjects: string[];
  /** Cue phrases before the number (`killed`, `death toll rose to`) and after its noun phrase (`were wounded`). */
  before: string[];
  after: string[];
  /** How far back a `before` cue is looked for: the clause (to the last comma) or the whole sentence. */
  beforeReach: 'clause' | 'sentence';
  /** For amounts: unit words after the number and the unit each stands for (`dlrs` → `USD`, `%` → null). */
  units: Record<string, string | null>;
  /** For money: currency symbols and prefixes before the number (`$` → `USD`). */
  symbols: Record<string, string>;
}

/** What is counted (measures.json): the measures in table order, people nouns, vague counts and number scales. */
export interface Measures {
  measures: MeasureSpec[];
  /** Plural nouns of people (`civilians`, `forces`, `medics`): a count of them is a people measure. */
  peopleNouns: string[];
  /** Vague counts and the intervals they allow (inclusive; high null when unbounded). */
  vague: Array<{ words: string; low: number; high: number | null }>;
  /** Words that multiply the number before them (`million`, `mln`, `crore`). */
  scales: Record<string, number>;
  /** Short scale words read only in an amount (`$5m`, `2 bn dlrs`). */
  shortScales: Record<string, number>;
}

export type Qualifier = 'exact' | 'approx' | 'at_least' | 'more_than' | 'at_most' | 'less_than' | 'range' | 'vague';

/** The subject of a duration whose words do not say what lasted: it is never set beside another duration. */
export const UNSPECIFIED_DURATION = 'unspecified';

/** The parts a reader reads, where findings come from. */
export type FigurePart = 'title' | 'standfirst' | 'body' | 'caption' | 'embed';

export interface Figure {
  report: string;
  outlet: string | null;
  measure: Measure;
  subject: string;
  /** The number stated; null for a vague count. */
  value: number | null;
  low: number;
  /** null when unbounded above. */
  high: number | null;
  qualifier: Qualifier;
  /** Durations: hours, days, weeks, years; money: the currency (`USD`); quantities: the unit (`tonnes`); else null. */
  unit: string | null;
  /** Canonical actor credited with the figure, else null. */
  attribution: string | null;
  /** ISO date the figure describes. */
  asOf: string | null;
  scope: string | null;
  part: FigurePart;
  text: string;
  sentence: string;
  offset: [number, number];
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** A date expression in a report, resolved against its publication date. */
export interface DateMention {
  report: string;
  text: string;
  offset: [number, number];
  /** ISO date (first day of the period for week, month and year precision), null if unresolved. */
  date: string | null;
  precision: DatePrecision;
  /** `stated`: the words give the date; `inferred`: resolved from a relative expression. */
  basis: 'stated' | 'inferred';
}

export type ActorType = 'person' | 'organisation' | 'state' | 'armed-group' | 'media' | 'unknown';

export interface Actor {
  name: string;
  type: ActorType;
  inGazetteer: boolean;
  aliases: string[];
  roles: string[];
  /** Mentions per report id. */
  mentions: Record<string, number>;
}

export type PlaceType = 'country' | 'province' | 'city' | 'district' | 'village' | 'crossing' | 'region' | 'unknown';

export interface Place {
  name: string;
  type: PlaceType;
  inGazetteer: boolean;
  /** Canonical name of the place this one lies within, if known. */
  within: string | null;
  spellings: string[];
  /** Spellings matched only by their normalised form: candidates for the gazetteer. */
  suggestedAliases: string[];
  mentions: Record<string, number>;
}

export interface Quote {
  report: string;
  text: string;
  /** Canonical speaker, or null when the report does not say. */
  speaker: string | null;
  offset: [number, number];
  part: FigurePart;
}

/** One mention of an actor in a report, before aggregation across the corpus. */
export interface ActorMention {
  report: string;
  /** Canonical name (the gazetteer's, or the cleaned span for a name it lacks). */
  name: string;
  type: ActorType;
  inGazetteer: boolean;
  /** The words as written, without title, trailing punctuation or possessive. */
  alias: string;
  /** A role or title stated with the mention (`President`, `U.N. Special Envoy`), else null. */
  role: string | null;
  offset: [number, number];
}

/** One mention of a place in a report, before aggregation across the corpus. */
export interface PlaceMention {
  report: string;
  name: string;
  type: PlaceType;
  inGazetteer: boolean;
  within: string | null;
  /** The spelling as written. */
  spelling: string;
  /** True when matched only through the normalised form, not a listed alias. */
  isSuggested: boolean;
  offset: [number, number];
}

// ---- the gazetteer: domain knowledge, data in the corpus directory (gazetteer.json) --------------------

export interface GazetteerActor {
  name: string;
  type: ActorType;
  aliases: string[];
  /** Social-media handles without `@`, so an embed's author resolves to this actor. */
  handles: string[];
}

export interface GazetteerPlace {
  name: string;
  type: PlaceType;
  aliases: string[];
  within: string | null;
}

export interface Gazetteer {
  actors: GazetteerActor[];
  places: GazetteerPlace[];
  /** Titles and roles that may precede or follow a name (`President`, `Lieutenant-General`, `spokesman`). */
  roles: string[];
  /** News agencies and outlets (agencies.json, else the bundled list); none known when absent. */
  agencies?: Agency[];
  /** What is counted (measures.json, else the bundled set). */
  measures?: Measures;
}

/** A news agency or outlet: the name to report and the forms a report writes it in (`Reuters`, `Reuter`, `REUTERS`). */
export interface Agency {
  name: string;
  forms: string[];
}

// ---- the manifest (manifest.json in the corpus directory) and check's problems ------------------------

/** One report's entry in the manifest; every field but `id` and `file` may be null. */
export interface ManifestEntry {
  id: string;
  /** Path relative to the corpus directory. */
  file: string;
  outlet: string | null;
  /** ISO date, YYYY-MM-DD, as written in the manifest (check validates it). */
  published: string | null;
  byline: string | null;
  url: string | null;
  notes: string | null;
}

export type Severity = 'error' | 'warning';

/** One problem found by `check`; line and column are 1-based, null when the problem concerns a whole file. */
export interface Problem {
  rule: string;
  severity: Severity;
  file: string;
  line: number | null;
  column: number | null;
  message: string;
}
