// sleep: waits on the virtual clock (proc.sleep), so time jumps ahead when nothing else is running.
// Operands are C floating-point numbers (as strtod reads them: "1.5", "1e3", "0x1p-2", "inf")
// with an optional s/m/h/d suffix, and add up.

import { defineCommand } from './command.ts';
import { quoteLocale } from '../text/quote.ts';
import { parseDuration } from './duration.ts';

const HELP = `Usage: sleep NUMBER[SUFFIX]...
  or:  sleep OPTION
Pause for NUMBER seconds.  SUFFIX may be 's' for seconds (the default),
'm' for minutes, 'h' for hours or 'd' for days.  NUMBER need not be an
integer.  Given two or more arguments, pause for the amount of time
specified by the sum of their values.

      --help        display this help and exit
      --version     output version information and exit

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/sleep>
or available locally via: info '(coreutils) sleep invocation'
`;


export const sleep = defineCommand({
  name: 'sleep',
  summary: 'delay for a specified amount of time',
  help: HELP,
  async run(ctx) {
    const { operands } = ctx.parse([]);
    if (operands.length === 0) return ctx.usageError('missing operand');
    let seconds = 0;
    let ok = true;
    for (const operand of operands) {
      const value = parseDuration(operand);
      if (value === undefined) {
        await ctx.error(`invalid time interval ${quoteLocale(operand)}`);
        ok = false;
      } else seconds += value;
    }
    if (!ok) return ctx.usageError('');
    const us = Math.ceil(seconds * 1e6);
    if (!Number.isSafeInteger(us)) {
      // Longer than the clock can count: sleep until a signal ends it.
      await ctx.proc.block<void>(() => undefined);
    } else if (us > 0) await ctx.proc.sleep(us);
    return 0;
  },
});
