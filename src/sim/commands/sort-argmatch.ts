// gnulib's XARGMATCH, for option arguments that name one of a few choices (sort --check=quiet,
// uniq --group=prepend): exact names or unambiguous prefixes, and GNU's error listing the choices.

import type { CommandContext } from './context.ts';

/** Thrown after the error is printed; the command exits with `status`. */
export class ArgmatchFailure extends Error {
  constructor(readonly status: number) {
    super('invalid argument');
  }
}

/**
 * The value for `arg` among `choices` (name → value). Prints GNU's message and throws
 * ArgmatchFailure (status 1, as argmatch_die's usage(EXIT_FAILURE)) when it is invalid or ambiguous.
 */
export async function argmatch<T>(ctx: CommandContext, option: string, arg: string, choices: ReadonlyArray<readonly [string, T]>): Promise<T> {
  const exact = choices.find(([name]) => name === arg);
  if (exact) return exact[1];
  const candidates = choices.filter(([name]) => name.startsWith(arg));
  if (candidates.length > 0 && candidates.every(([, value]) => value === candidates[0][1])) return candidates[0][1];
  const problem = candidates.length > 0 ? 'ambiguous' : 'invalid';
  let message = `${ctx.name}: ${problem} argument ‘${arg}’ for ‘${option}’\nValid arguments are:`;
  let previous: T | undefined;
  choices.forEach(([name, value], i) => {
    if (i === 0 || value !== previous) message += `\n  - ‘${name}’`;
    else message += `, ‘${name}’`;
    previous = value;
  });
  await ctx.stderr.write(`${message}\n`);
  await ctx.usageError('');
  throw new ArgmatchFailure(1);
}
