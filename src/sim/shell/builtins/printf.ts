import type { Builtin } from './builtin.ts';
import { formatPrintf } from '../../text/printf-format.ts';
import { isValidName } from '../variables.ts';

const SYNOPSIS = 'printf [-v var] format [arguments]';

export const printf: Builtin = {
  name: 'printf',
  synopsis: SYNOPSIS,
  description: `Formats and prints ARGUMENTS under control of the FORMAT.

    Options:
      -v var	assign the output to shell variable VAR rather than
    		display it on the standard output

    FORMAT is a character string which contains three types of objects: plain
    characters, which are simply copied to standard output; character escape
    sequences, which are converted and copied to the standard output; and
    format specifications, each of which causes printing of the next successive
    argument.

    In addition to the standard format specifications described in printf(1),
    printf interprets:

      %b	expand backslash escape sequences in the corresponding argument
      %q	quote the argument in a way that can be reused as shell input
      %Q	like %q, but apply any precision to the unquoted argument before
    		quoting
      %(fmt)T	output the date-time string resulting from using FMT as a format
    	        string for strftime(3)

    The format is re-used as necessary to consume all of the arguments.  If
    there are fewer arguments than the format requires,  extra format
    specifications behave as if a zero value or null string, as appropriate,
    had been supplied.

    Exit Status:
    Returns success unless an invalid option is given or a write or assignment
    error occurs.`,
  async run(ctx) {
    let args = ctx.args;
    let variable: string | undefined;
    if (args[0] === '-v') {
      variable = args[1];
      if (variable === undefined) return ctx.usage(SYNOPSIS);
      if (!isValidName(variable.replace(/\[.*\]$/, ''))) {
        await ctx.error(`\`${variable}': not a valid identifier`);
        return 2;
      }
      args = args.slice(2);
    }
    if (args[0] === '--') args = args.slice(1);
    else if (args[0]?.startsWith('-') && args[0].length > 1) return ctx.invalidOption(args[0].slice(0, 2), SYNOPSIS);
    if (args.length === 0) return ctx.usage(SYNOPSIS);
    // %(fmt)T needs the time zone tables: loaded the first time a format asks (host work, waited on
    // like outside input so the clock does not move meanwhile).
    const clock = args[0].includes('%(') ? await ctx.shell.proc.block<typeof import('./printf-clock.ts')>((wake, fail) => void import('./printf-clock.ts').then(wake, fail), { interruptible: false, external: true }) : undefined;
    const result = formatPrintf(args[0], args.slice(1), 'bash', { formatTime: (format, seconds) => (clock ? clock.formatTime(ctx, format, seconds) : '') });
    // bash's messages go straight to stderr while the output waits in stdout's buffer.
    for (const message of result.errors) await ctx.error(message);
    if (variable !== undefined) return (await ctx.interpreter.trySetVariable(variable, result.output)) ? result.status : 1;
    await ctx.stdout.write(result.output);
    return result.status;
  },
};
