// The speaker resolver, one for figures and quotations: who a sentence credits with what it states, who a quotation's
// speech event names, an embedded post's author. Its parts: speakers/resolve.ts (a phrase or noun phrase to a
// canonical name, titles, pronouns), speakers/claims.ts (a sentence's claim), speakers/speech.ts (speech events).
// The word lists are data in text/english.ts; what starts a name, text/names.ts.
export { claimantOfSentence, type SentenceClaim } from './speakers/claims.js';
export { canonicalActor, embedAuthor, PLACE_PREPOSITIONS, remember, resolveClaimant, resolveSpeakerWords, speakerMemory, stripTitles, titlesOf, type Speaker, type SpeakerMemory } from './speakers/resolve.js';
export { resolveSpeech, speechEvents, type SpeechEvent, type SpeechMention } from './speakers/speech.js';
