// printf: the coreutils program /usr/bin/printf (not bash's builtin), on the shared format engine
// in its coreutils dialect. Only a lone --help or --version is an option, as in GNU printf.

import { defineCommand } from './command.ts';
import { UsageError } from './getopt.ts';
import { quoteLocale } from '../text/quote.ts';
import { formatPrintf } from '../text/printf-format.ts';
import { SHELL_STEP_US } from '../kernel/cost-model.ts';
import { coreutilsVersion } from './text-version.ts';

const HELP = `Usage: printf FORMAT [ARGUMENT]...
  or:  printf OPTION
Print ARGUMENT(s) according to FORMAT, or execute according to OPTION:

      --help        display this help and exit
      --version     output version information and exit

FORMAT controls the output as in C printf.  Interpreted sequences are:

  \\"      double quote
  \\\\      backslash
  \\a      alert (BEL)
  \\b      backspace
  \\c      produce no further output
  \\e      escape
  \\f      form feed
  \\n      new line
  \\r      carriage return
  \\t      horizontal tab
  \\v      vertical tab
  \\NNN    byte with octal value NNN (1 to 3 digits)
  \\xHH    byte with hexadecimal value HH (1 to 2 digits)
  \\uHHHH  Unicode (ISO/IEC 10646) character with hex value HHHH (4 digits)
  \\UHHHHHHHH  Unicode character with hex value HHHHHHHH (8 digits)
  %%      a single %
  %b      ARGUMENT as a string with '\\' escapes interpreted,
          except that octal escapes are of the form \\0 or \\0NNN
  %q      ARGUMENT is printed in a format that can be reused as shell input,
          escaping non-printable characters with the proposed POSIX $'' syntax.

and all C format specifications ending with one of diouxXfeEgGcs, with
ARGUMENTs converted to proper type first.  Variable widths are handled.

NOTE: your shell may have its own version of printf, which usually supersedes
the version described here.  Please refer to your shell's documentation
for details about the options it supports.

`;

export const printf = defineCommand({
  name: 'printf',
  summary: 'format and print data',
  help: HELP,
  // "printf --help x" prints "--help": only a lone --help asks for help.
  answersHelp: false,
  async run(ctx) {
    let args = ctx.args;
    if (args.length === 1 && args[0] === '--help') {
      await ctx.printHelp(HELP);
      return 0;
    }
    if (args.length === 1 && args[0] === '--version') {
      await ctx.stdout.write(coreutilsVersion('printf', 'Written by David MacKenzie.'));
      return 0;
    }
    if (args[0] === '--') args = args.slice(1);
    if (args.length === 0) throw new UsageError('missing operand');
    const [format, ...values] = args;
    const result = formatPrintf(format, values, 'coreutils');
    await ctx.tick(SHELL_STEP_US * (1 + values.length));
    for (const part of result.sequence) {
      if (part.stream === 'out') await ctx.stdout.write(part.text);
      else await ctx.error(part.text);
    }
    // A format that takes no argument uses none of them (a \\c ends printf before the check).
    if (values.length > 0 && !takesArguments(format) && !format.includes('\\c')) {
      await ctx.error(`warning: ignoring excess arguments, starting with ${quoteLocale(values[0])}`);
    }
    return result.status;
  },
});

/** Whether the format has a conversion (which consumes an argument on every pass). */
function takesArguments(format: string): boolean {
  return /%./s.test(format.replace(/%%/g, '')) || /%$/.test(format.replace(/%%/g, ''));
}
