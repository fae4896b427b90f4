// Whether to colour the output: decided once by the CLI and passed to reporters as an argument.

/** Colour only on a terminal; --no-color and NO_COLOR turn it off, FORCE_COLOR turns it on (`0` or `false`: off). */
export function decideColor(flag: boolean, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}
