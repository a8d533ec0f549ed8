// sleep: waits on the virtual clock (proc.sleep), so time jumps ahead when nothing else is running.
// Operands are C floating-point numbers (as strtod reads them: "1.5", "1e3", "0x1p-2", "inf")
// with an optional s/m/h/d suffix, and add up.

import { defineCommand } from './command.ts';
import { quoteLocale } from '../text/quote.ts';

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

const MULTIPLIERS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };
const NUMBER = /^[ \t\n\v\f\r]*([+-]?(?:0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan(?:\([0-9A-Za-z_]*\))?))/i;

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
      const value = interval(operand);
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

/** Seconds for one operand, or undefined when sleep would call it an invalid time interval. */
function interval(text: string): number | undefined {
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  const suffix = text.slice(match[0].length);
  if (!(suffix in MULTIPLIERS)) return undefined;
  const value = strtod(match[1]);
  if (!(value >= 0)) return undefined;
  return value * MULTIPLIERS[suffix];
}

function strtod(text: string): number {
  const negative = text.startsWith('-');
  const body = text.replace(/^[+-]/, '');
  let value: number;
  if (/^inf/i.test(body)) value = Infinity;
  else if (/^nan/i.test(body)) value = NaN;
  else if (/^0x/i.test(body)) {
    const [, mantissa, exponent] = /^0x([0-9a-f.]*)(?:p([+-]?\d+))?$/i.exec(body)!;
    const [whole, fraction = ''] = mantissa.split('.');
    value = (parseInt(whole || '0', 16) + (fraction ? parseInt(fraction, 16) / 16 ** fraction.length : 0)) * 2 ** Number(exponent ?? 0);
  } else value = Number(body);
  return negative ? -value : value;
}
