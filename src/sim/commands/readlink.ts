// readlink: print the value of a symbolic link, or with -f/-e/-m the canonical file name (GNU
// coreutils 9.1). Failures are silent unless -v, as in GNU.

import { defineCommand } from './command.ts';
import { Errno } from '../kernel/errors.ts';
import { UsageError } from './getopt.ts';
import { quoteName } from '../text/quote.ts';
import { SYSCALL_US } from '../kernel/cost-model.ts';
import { type Existence, canonicalize, readLink } from './realpath-canonicalize.ts';
import { coreutilsVersion } from './text-version.ts';

const HELP = `Usage: readlink [OPTION]... FILE...
Print value of a symbolic link or canonical file name

  -f, --canonicalize            canonicalize by following every symlink in
                                every component of the given name recursively;
                                all but the last component must exist
  -e, --canonicalize-existing   canonicalize by following every symlink in
                                every component of the given name recursively,
                                all components must exist
  -m, --canonicalize-missing    canonicalize by following every symlink in
                                every component of the given name recursively,
                                without requirements on components existence
  -n, --no-newline              do not output the trailing delimiter
  -q, --quiet
  -s, --silent                  suppress most error messages (on by default)
  -v, --verbose                 report error messages
  -z, --zero                    end each output line with NUL, not newline
      --help        display this help and exit
      --version     output version information and exit

`;

export const readlink = defineCommand({
  name: 'readlink',
  summary: 'print resolved symbolic links or canonical file names',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'e', long: 'canonicalize-existing' },
      { short: 'f', long: 'canonicalize' },
      { short: 'm', long: 'canonicalize-missing' },
      { short: 'n', long: 'no-newline' },
      { short: 'q', long: 'quiet' },
      { short: 's', long: 'silent', key: 'quiet' },
      { short: 'v', long: 'verbose' },
      { short: 'z', long: 'zero' },
      { long: 'version' },
    ]);
    let existence: Existence | null = null;
    let noNewline = false;
    let verbose = false;
    let zero = false;
    for (const { key } of options) {
      switch (key) {
        case 'canonicalize-existing': existence = 'existing'; break;
        case 'canonicalize': existence = 'all-but-last'; break;
        case 'canonicalize-missing': existence = 'missing'; break;
        case 'no-newline': noNewline = true; break;
        case 'quiet': verbose = false; break;
        case 'verbose': verbose = true; break;
        case 'zero': zero = true; break;
        case 'version':
          await ctx.stdout.write(coreutilsVersion('readlink', 'Written by Dmitry V. Levin.'));
          return 0;
      }
    }
    if (operands.length === 0) throw new UsageError('missing operand');
    if (operands.length > 1) {
      if (noNewline) await ctx.error('ignoring --no-newline with multiple arguments');
      noNewline = false;
    }
    let status = 0;
    for (const operand of operands) {
      await ctx.tick(SYSCALL_US * 4);
      const value = existence === null ? readLink(ctx, operand) : canonicalize(ctx, operand, existence, false);
      if (value instanceof Errno) {
        status = 1;
        if (verbose) {
          await ctx.stdout.flush();
          await ctx.error(`${quoteName(operand)}: ${value.message}`);
        }
        continue;
      }
      await ctx.stdout.write(noNewline ? value : value + (zero ? '\0' : '\n'));
    }
    return status;
  },
});
