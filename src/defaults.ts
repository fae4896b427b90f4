// Names and defaults that `--help` shows. Kept apart from the modules that use them so that the command registry
// can describe every command without loading any command's code.

/** The facts lock of `check`, in the corpus directory. */
export const LOCK_FILE = 'facts.lock.json';
/** The label sets of `naming`, in the corpus directory. */
export const LABELS_FILE = 'labels.json';

/** `keyness`: a word is scored only when target and rest together use it this often. */
export const DEFAULT_MIN_FREQUENCY = 3;
/** `keyness`: words listed in each direction. */
export const DEFAULT_KEYNESS_LIMIT = 20;
/** `kwic`: words of context on each side. */
export const DEFAULT_KWIC_WINDOW = 5;
/** `words`: content words listed per report. */
export const DEFAULT_TOP_WORDS = 20;
