// The filter options of `compare` and `figures` (--measure, --verdict, --claimant, --since, --until, --sort, --story),
// read from the parsed options; a value out of range is a usage error.
import { Option } from '../commander.js';
import { VERDICTS, type FigureFilter } from '../compare/filters.js';
import type { Verdict } from '../compare/groups.js';
import type { Story } from '../compare/stories.js';
import { UsageError } from '../errors.js';
import { isIsoDate } from '../text/calendar.js';

const repeatable = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** The options, for the commands' specs. */
export function filterOptions(): Option[] {
  return [
    new Option('--measure <name>', 'only this measure (repeatable): deaths, evacuees, buses...').argParser(repeatable),
    new Option('--verdict <verdict>', `only groups with this verdict (repeatable): ${VERDICTS.join(', ')}`).argParser(repeatable),
    new Option('--claimant <name>', 'only what this claimant states (any part of the name, any case)'),
    new Option('--since <date>', 'only figures dated on or after this day (YYYY-MM-DD)'),
    new Option('--until <date>', 'only figures dated on or before this day (YYYY-MM-DD)'),
    new Option('--sort <order>', 'spread: divergences first, the widest spread first'),
    new Option('--story <id>', 'only the reports of this story (see `stories`)'),
  ];
}

/** The filter the options ask for. */
export function filterFrom(options: Record<string, unknown>): FigureFilter {
  const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
  const day = (name: string): string | null => {
    const value = options[name];
    if (value === undefined) return null;
    if (typeof value !== 'string' || !isIsoDate(value)) throw new UsageError(`--${name} takes a day as YYYY-MM-DD (got '${String(value)}')`);
    return value;
  };
  const verdicts = list(options.verdict);
  const unknown = verdicts.find((v) => !(VERDICTS as readonly string[]).includes(v));
  if (unknown !== undefined) throw new UsageError(`unknown verdict '${unknown}' (choose from ${VERDICTS.join(', ')})`);
  const sort = options.sort;
  if (sort !== undefined && sort !== 'spread') throw new UsageError(`unknown --sort '${String(sort)}' (the one order is: spread)`);
  return {
    measures: list(options.measure),
    verdicts: verdicts as Verdict[],
    claimant: typeof options.claimant === 'string' && options.claimant.trim() !== '' ? options.claimant.trim() : null,
    since: day('since'),
    until: day('until'),
    sortBySpread: sort === 'spread',
  };
}

/** The story `--story` names, or null when not given; an unknown id is a usage error naming the ids there are. */
export function chosenStory(options: Record<string, unknown>, stories: readonly Story[]): Story | null {
  const id = options.story;
  if (id === undefined) return null;
  const story = stories.find((s) => s.id === id);
  if (!story) throw new UsageError(`no story with id '${String(id)}' (see \`stories\`: ${stories.slice(0, 5).map((s) => s.id).join(', ')}${stories.length > 5 ? ', ...' : ''})`);
  return story;
}
