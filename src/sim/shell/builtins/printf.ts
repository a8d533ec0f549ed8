import type { Builtin } from './builtin.ts';
import { isValidName } from '../variables.ts';

const SYNOPSIS = 'printf [-v var] format [arguments]';

type FormatterModule = typeof import('../../text/printf-format.ts');
let formatter: FormatterModule | undefined;

export const printf: Builtin = {
  name: 'printf',
  synopsis: SYNOPSIS,
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
    // The formatter is a module of its own, loaded with the first printf (host work, waited on like
    // outside input): the shell's first download does not carry it.
    const proc = ctx.shell.proc;
    formatter ??= await proc.block<FormatterModule>((wake, fail) => void import('../../text/printf-format.ts').then(wake, fail), { interruptible: false, external: true });
    const { formatPrintf } = formatter;
    const clock = args[0].includes('%(') ? await ctx.shell.proc.block<typeof import('./printf-clock.ts')>((wake, fail) => void import('./printf-clock.ts').then(wake, fail), { interruptible: false, external: true }) : undefined;
    const result = formatPrintf(args[0], args.slice(1), 'bash', { formatTime: (format, seconds) => (clock ? clock.formatTime(ctx, format, seconds) : '') });
    // bash's messages go straight to stderr while the output waits in stdout's buffer.
    for (const message of result.errors) await ctx.error(message);
    if (variable !== undefined) return (await ctx.interpreter.trySetVariable(variable, result.output)) ? result.status : 1;
    await ctx.stdout.write(result.output);
    return result.status;
  },
};
