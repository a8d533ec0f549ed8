// dirname: strip the last component from file names (GNU coreutils 9.1).

import { defineCommand } from './command.ts';
import { UsageError } from './getopt.ts';
import { coreutilsVersion } from './text-version.ts';

const HELP = `Usage: dirname [OPTION] NAME...
Output each NAME with its last non-slash component and trailing slashes
removed; if NAME contains no /'s, output '.' (meaning the current directory).

  -z, --zero     end each output line with NUL, not newline
      --help        display this help and exit
      --version     output version information and exit

Examples:
  dirname /usr/bin/          -> "/usr"
  dirname dir1/str dir2/str  -> "dir1" followed by "dir2"
  dirname stdio.h            -> "."

`;

export const dirname = defineCommand({
  name: 'dirname',
  summary: 'strip last component from file name',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([{ short: 'z', long: 'zero' }, { long: 'version' }]);
    let zero = false;
    for (const { key } of options) {
      if (key === 'zero') zero = true;
      else if (key === 'version') {
        await ctx.stdout.write(coreutilsVersion('dirname', 'Written by David MacKenzie and Jim Meyering.'));
        return 0;
      }
    }
    if (operands.length === 0) throw new UsageError('missing operand');
    const end = zero ? '\0' : '\n';
    await ctx.stdout.write(operands.map((name) => directoryOf(name) + end).join(''));
    return 0;
  },
});

/** gnulib's dir_len: the name without its last component and the slashes before it. */
function directoryOf(path: string): string {
  const prefix = path.startsWith('/') ? 1 : 0;
  // last_component: where the last non-slash run starts (ignoring trailing slashes).
  let last = prefix === 1 ? path.search(/[^/]|$/) : 0;
  let sawSlash = false;
  for (let i = last; i < path.length; i++) {
    if (path[i] === '/') sawSlash = true;
    else if (sawSlash) {
      last = i;
      sawSlash = false;
    }
  }
  let length = last;
  while (prefix < length && path[length - 1] === '/') length--;
  return length === 0 ? '.' : path.slice(0, length);
}
