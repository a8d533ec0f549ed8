// realpath: print the resolved absolute file name (GNU coreutils 9.1), with -e/-m for how much
// must exist, -s/-L/-P for symbolic links and --relative-to/--relative-base.

import { defineCommand } from './command.ts';
import { Errno } from '../kernel/errors.ts';
import { UsageError } from './getopt.ts';
import { quoteName } from '../text/quote.ts';
import { SYSCALL_US } from '../kernel/cost-model.ts';
import type { CommandContext } from './context.ts';
import { type Existence, canonicalize, isPathPrefix, relativePath } from './realpath-canonicalize.ts';
import { coreutilsVersion } from './text-version.ts';

const HELP = `Usage: realpath [OPTION]... FILE...
Print the resolved absolute file name;
all but the last component must exist

  -e, --canonicalize-existing  all components of the path must exist
  -m, --canonicalize-missing   no path components need exist or be a directory
  -L, --logical                resolve '..' components before symlinks
  -P, --physical               resolve symlinks as encountered (default)
  -q, --quiet                  suppress most error messages
      --relative-to=DIR        print the resolved path relative to DIR
      --relative-base=DIR      print absolute paths unless paths below DIR
  -s, --strip, --no-symlinks   don't expand symlinks
  -z, --zero                   end each output line with NUL, not newline
      --help        display this help and exit
      --version     output version information and exit

`;

export const realpath = defineCommand({
  name: 'realpath',
  summary: 'print the resolved path',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'e', long: 'canonicalize-existing' },
      { short: 'm', long: 'canonicalize-missing' },
      { short: 'L', long: 'logical' },
      { short: 'P', long: 'physical' },
      { short: 'q', long: 'quiet' },
      { long: 'relative-to', arg: 'required' },
      { long: 'relative-base', arg: 'required' },
      { short: 's', long: 'strip' },
      { long: 'no-symlinks', key: 'strip' },
      { short: 'z', long: 'zero' },
      { long: 'version' },
    ]);
    let existence: Existence = 'all-but-last';
    let noLinks = false;
    let logical = false;
    let quiet = false;
    let zero = false;
    let relativeTo: string | undefined;
    let relativeBase: string | undefined;
    for (const { key, value } of options) {
      switch (key) {
        case 'canonicalize-existing': existence = 'existing'; break;
        case 'canonicalize-missing': existence = 'missing'; break;
        case 'logical': [noLinks, logical] = [true, true]; break;
        case 'strip': [noLinks, logical] = [true, false]; break;
        case 'physical': [noLinks, logical] = [false, false]; break;
        case 'quiet': quiet = true; break;
        case 'zero': zero = true; break;
        case 'relative-to': relativeTo = value; break;
        case 'relative-base': relativeBase = value; break;
        case 'version':
          await ctx.stdout.write(coreutilsVersion('realpath', 'Written by Padraig Brady.'));
          return 0;
      }
    }
    if (operands.length === 0) throw new UsageError('missing operand');
    // -L resolves ".." first, then canonicalizes again following links.
    const resolve = (name: string): string | Errno => {
      const first = canonicalize(ctx, name, existence, noLinks);
      return logical && typeof first === 'string' ? canonicalize(ctx, first, existence, false) : first;
    };
    relativeTo ??= relativeBase;
    const needDir = existence === 'existing';
    let base: string | null = null;
    let to: string | null = null;
    if (relativeTo !== undefined) {
      to = await resolveDirectory(ctx, relativeTo, resolve, needDir);
      if (to === null) return 1;
      base = relativeBase === undefined ? null : to;
    }
    if (relativeBase !== undefined && relativeBase !== relativeTo) {
      const resolved = await resolveDirectory(ctx, relativeBase, resolve, needDir);
      if (resolved === null) return 1;
      // --relative-to does nothing unless it is below --relative-base.
      if (isPathPrefix(resolved, to!)) base = resolved;
      else [base, to] = [to, null];
    }
    let status = 0;
    let out = '';
    for (const operand of operands) {
      await ctx.tick(SYSCALL_US * 4);
      const resolved = resolve(operand);
      if (resolved instanceof Errno) {
        // GNU's error() flushes stdout first, which keeps the order in `2>&1`.
        await ctx.stdout.write(out);
        await ctx.stdout.flush();
        out = '';
        if (!quiet) await ctx.error(`${quoteName(operand)}: ${resolved.message}`);
        status = 1;
        continue;
      }
      const relative = to !== null && (base === null || isPathPrefix(base, resolved));
      out += (relative ? relativePath(resolved, to!) : resolved) + (zero ? '\0' : '\n');
    }
    await ctx.stdout.write(out);
    return status;
  },
});

/** The canonical --relative-to or --relative-base directory, or null after reporting why not. */
async function resolveDirectory(ctx: CommandContext, name: string, resolve: (n: string) => string | Errno, needDir: boolean): Promise<string | null> {
  const resolved = resolve(name);
  if (resolved instanceof Errno) {
    await ctx.error(`${quoteName(name)}: ${resolved.message}`);
    return null;
  }
  if (needDir) {
    let isDir: boolean;
    try {
      isDir = ctx.lookup(resolved).type === 'dir';
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.error(`cannot stat ${quoteName(resolved, { always: true, colon: false })}: ${error.message}`);
      return null;
    }
    if (!isDir) {
      await ctx.error(`${quoteName(name)}: Not a directory`);
      return null;
    }
  }
  return resolved;
}
