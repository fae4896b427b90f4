// English word lists the extractors share, as data: verbs of saying, titles, pronouns, the nouns that head a source.
// Generic English only; nothing here names a report, an outlet, a place or an event.

const words = (list: string): string[] => list.trim().split(/\s+/);

/** Verbs that credit a statement, and any figure in it, to their subject (`X said`, `X estimated`, `X told`). */
export const STATING_VERBS: readonly string[] = words(`
  said says say told tells tell reported reports warned warns estimated estimates announced announces claimed claims
  declared stated states added adds confirmed confirms insisted noted wrote tweeted
`);

/** Stating verbs that close a sentence crediting all of it (`..., a monitor said.`, `... the ministry reported.`). */
export const CLOSING_VERBS: readonly string[] = words('said says reported reports added estimated estimates announced confirmed claimed');

/** Verbs that introduce a quotation without stating a figure of their own (`X asked`, `X urged`, `X called`). */
export const QUOTING_VERBS: readonly string[] = words(`
  saying telling adding declares explained explains insists notes commented comments described describes describing
  asks asked replied replies writes tweets urged urges hailed hails called calls call acknowledged argued argues
  suggested recalled expressed promised vowed denied admitted shouted cried pleaded concluded stressed remarked
  responded answered
`);

/** Verbs by which a carrier of figures shows them (`the latest figures show`, `pictures showed`). */
export const SHOWING_VERBS: readonly string[] = words('show shows showed');

/** Every verb of saying that can introduce a quotation. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([...STATING_VERBS, ...QUOTING_VERBS]);

/** Participles whose subject is the sentence's subject, not the words right before them (`..., saying`). */
export const PARTICIPLE_VERBS: ReadonlySet<string> = new Set(words('saying adding telling describing'));

/** Personal pronouns that can stand for a speaker. */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(words('he she it they we i you'));

/** Words that stand in a subject's place but never name one (pronouns, relatives, demonstratives). */
export const NOT_A_SUBJECT: ReadonlySet<string> = new Set([...PERSONAL_PRONOUNS, ...words('who this that')]);

export const DETERMINERS: ReadonlySet<string> = new Set(words('a an the another'));

/**
 * Titles and roles that stand before a name (`Defence Minister Sergei Shoigu`, `U.N. Special Envoy Staffan de
 * Mistura`); a corpus's gazetteer `roles` add to these.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(words(`
  mr mrs ms miss dr sir dame lord lady president vice prime minister secretary secretary-general general
  lieutenant lieutenant-general major major-general brigadier brigadier-general colonel captain commander admiral
  marshal sergeant gen col lt sgt capt maj envoy special spokesman spokeswoman spokesperson ambassador deputy chief
  head senior chairman chairwoman director governor mayor senator congressman congresswoman representative king
  queen prince princess sheikh emir judge pope cardinal archbishop bishop imam rabbi rev reverend father professor
  prof chancellor premier official adviser advisor defence defense foreign interior state army military leader
`));

/** Heads of an unnamed source described by its role (`a Turkish official`, `rescue workers`). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(words(`
  official officials diplomat diplomats spokesman spokeswoman spokesperson source sources commander commanders
  minister ministry activist activists monitor leader leaders envoy officer officers analyst witness witnesses
  resident residents medic medics doctor doctors agency observatory governor mayor director coordinator teams
  rescuers workers chief groups group tv television media radio newspaper channel unit army military government
  authorities police negotiator negotiators
`));

/** Head nouns of a described speaker that is a person (`a senior rebel official`). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(words(`
  official diplomat spokesman spokeswoman spokesperson adviser advisor envoy minister journalist activist worker
  leader commander resident witness doctor source man woman boy girl father mother fighter rebel soldier officer
  negotiator analyst expert president secretary general director chief head member aide ambassador mayor governor
  correspondent reporter nurse volunteer student teacher survivor evacuee refugee medic surgeon engineer driver
  lawyer judge investigator prosecutor monitor observer militant civilian priest imam king queen prince premier
  chancellor
`));

/** Last words of organisation names (`International Rescue Committee`, `state TV`). */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set(words(`
  committee ministry council organisation organization agency army forces force government office commission union
  nations cross crescent observatory tv television radio news times post group front party institute foundation
  fund programme program watch international command corps court bank department authority authorities military
  navy service services network channel press company coalition alliance movement brigade brigades regime
  administration parliament assembly embassy mission media unit centre center
`));

/** Heads of what carries a claim rather than who makes it (`pictures broadcast on X`, `the latest X figures`). */
export const CARRIER_NOUNS: ReadonlySet<string> = new Set(words(`
  pictures footage images video videos photos photographs broadcast report reports figures data estimates
  statistics numbers count tally
`));

/** Words that end a counted noun phrase. */
export const PHRASE_STOPS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'into', 'out', 'over', 'under', 'and', 'or', 'but',
  'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'it', 'its', 'they', 'them', 'their', 'he',
  'she', 'his', 'her', 'we', 'our', 'you', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does',
  'did', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'not', 'more', 'less', 'still', 'also', 'thus',
  'so', 'then', 'there', 'here', 'ago', 'later', 'earlier', 'after', 'before', 'since', 'during', 'while', 'when', 'where',
  'left', 'said', 'says', 'including', 'across', 'between', 'against', 'about', 'around', 'some', 'all', 'each', 'every',
  'per', 'via', 'near', 'through', 'if', 'because', 'just', 'only', 'even', 'now', 'today', 'yesterday', 'tomorrow',
]);
