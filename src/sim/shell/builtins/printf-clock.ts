// printf's %(fmt)T, with the time zone tables it needs: a module of its own so the shell's first
// download does not carry them.

import type { BuiltinContext } from './builtin.ts';
import { scalarOf } from '../variables.ts';
import { US_PER_SECOND } from '../../kernel/clock.ts';
import { zoneFromTz } from '../../commands/date-zone.ts';
import { printfTime } from './printf-time.ts';

/**
 * %(fmt)T's text: -1 is now, -2 the shell's start. localtime() reads TZ from the environment, which
 * in bash means the variable only when it is exported (or assigned for this one command).
 */
export function formatTime(ctx: BuiltinContext, format: string, seconds: bigint): string {
  const shell = ctx.shell;
  const whenUs = seconds === -1n ? shell.kernel.clock.nowUs : seconds === -2n ? shell.startUs : undefined;
  const tz = shell.getVariable('TZ');
  const zone = zoneFromTz(tz?.exported ? scalarOf(tz.value) : undefined);
  return printfTime(format, whenUs === undefined ? seconds : BigInt(Math.floor(whenUs / US_PER_SECOND)), zone);
}
