// One compromise parse per sentence, shared by the extractors that need tags (actors, places): a parse is the
// costliest step of extraction, and both ask for the same sentences of a report, one after the other.
import { memoByText } from './memo.js';
import { compromise, type Doc } from './nlp.js';

/** compromise's parse of `text`, reused when the same text was parsed recently. Callers must not mutate the doc. */
export const parseDoc: (text: string) => Doc = memoByText((text) => compromise()(text), 100_000);
