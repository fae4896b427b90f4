// The expected faults: each becomes one line on stderr and exit code 2. Anything else is a bug and keeps its stack.

/** The command line asked for something that does not exist or does not fit. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** An input (corpus directory, manifest, gazetteer) cannot be read or is malformed. `file` names it. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly file: string,
    readonly fault: string,
  ) {
    super(`${file}: ${fault}`);
  }
}

export function isExpectedError(error: unknown): error is UsageError | InputError {
  return error instanceof UsageError || error instanceof InputError;
}
