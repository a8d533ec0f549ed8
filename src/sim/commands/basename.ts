// basename: strip the directory and, optionally, a suffix from file names (GNU coreutils 9.1).

import { defineCommand } from './command.ts';
import { UsageError } from './getopt.ts';
import { quoteLocale } from '../text/quote.ts';
import { coreutilsVersion } from './text-version.ts';

const HELP = `Usage: basename NAME [SUFFIX]
  or:  basename OPTION... NAME...
Print NAME with any leading directory components removed.
If specified, also remove a trailing SUFFIX.

Mandatory arguments to long options are mandatory for short options too.
  -a, --multiple       support multiple arguments and treat each as a NAME
  -s, --suffix=SUFFIX  remove a trailing SUFFIX; implies -a
  -z, --zero           end each output line with NUL, not newline
      --help        display this help and exit
      --version     output version information and exit

Examples:
  basename /usr/bin/sort          -> "sort"
  basename include/stdio.h .h     -> "stdio"
  basename -s .h include/stdio.h  -> "stdio"
  basename -a any/str1 any/str2   -> "str1" followed by "str2"

`;

export const basename = defineCommand({
  name: 'basename',
  summary: 'strip directory and suffix from filenames',
  help: HELP,
  // Options end at the first operand: "basename a --help" strips the suffix "--help".
  answersHelp: false,
  async run(ctx) {
    const { options, operands } = ctx.parse(
      [
        { short: 'a', long: 'multiple' },
        { short: 's', long: 'suffix', arg: 'required' },
        { short: 'z', long: 'zero' },
        { long: 'help' },
        { long: 'version' },
      ],
      { stopAtOperand: true },
    );
    let multiple = false;
    let suffix: string | undefined;
    let zero = false;
    for (const { key, value } of options) {
      if (key === 'multiple') multiple = true;
      else if (key === 'suffix') [suffix, multiple] = [value, true];
      else if (key === 'zero') zero = true;
      else if (key === 'help') {
        await ctx.printHelp(HELP);
        return 0;
      } else if (key === 'version') {
        await ctx.stdout.write(coreutilsVersion('basename', 'Written by David MacKenzie.'));
        return 0;
      }
    }
    if (operands.length === 0) throw new UsageError('missing operand');
    if (!multiple && operands.length > 2) throw new UsageError(`extra operand ${quoteLocale(operands[2])}`);
    const names = multiple ? operands : [operands[0]];
    if (!multiple && operands.length === 2) suffix = operands[1];
    const end = zero ? '\0' : '\n';
    await ctx.stdout.write(names.map((name) => baseName(name, suffix) + end).join(''));
    return 0;
  },
});

/** base_name, strip_trailing_slashes and remove_suffix. */
function baseName(path: string, suffix: string | undefined): string {
  let end = path.length;
  while (end > 1 && path[end - 1] === '/') end--;
  const trimmed = path.slice(0, end);
  // A name of only slashes is the root; its "suffix" is never removed.
  if (trimmed === '/') return '/';
  let name = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  if (suffix !== undefined && suffix !== '' && name.length > suffix.length && name.endsWith(suffix)) name = name.slice(0, -suffix.length);
  return name;
}
