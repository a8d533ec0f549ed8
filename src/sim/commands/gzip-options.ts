// gzip's command line: the options of gzip 1.12 (gunzip and zcat are gzip -d and gzip -cd), in
// the order given, with its early exits for --help, --version and --license.

import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import { UsageError } from './getopt.ts';
import { GZIP_HELP, GZIP_LICENSE, GZIP_VERSION } from './gzip-texts.ts';

export interface GzipSettings {
  decompress: boolean;
  toStdout: boolean;
  force: boolean;
  keep: boolean;
  list: boolean;
  test: boolean;
  quiet: boolean;
  verbose: boolean;
  recursive: boolean;
  /** -n: no name or time stamp in the header (compressing); -N: restore them (decompressing). */
  saveName: boolean;
  restoreName: boolean;
  suffix: string;
  level: number;
}

/** Settings, or the exit status when the command line already decided (help, usage error). */
export async function parseGzipOptions(ctx: CommandContext, decompress: boolean, toStdout: boolean): Promise<{ settings: GzipSettings; files: string[] } | number> {
  const settings: GzipSettings = {
    decompress, toStdout, force: false, keep: false, list: false, test: false, quiet: false, verbose: false,
    recursive: false, saveName: true, restoreName: false, suffix: '.gz', level: 6,
  };
  let parsed;
  try {
    parsed = ctx.parse([
      { short: 'a', long: 'ascii' },
      { short: 'c', long: 'stdout' },
      { long: 'to-stdout', key: 'stdout' },
      { short: 'd', long: 'decompress' },
      { long: 'uncompress', key: 'decompress' },
      { short: 'f', long: 'force' },
      { short: 'h', long: 'help' },
      { short: 'k', long: 'keep' },
      { short: 'l', long: 'list' },
      { short: 'L', long: 'license' },
      { short: 'n', long: 'no-name' },
      { short: 'N', long: 'name' },
      { short: 'q', long: 'quiet' },
      { long: 'silent', key: 'quiet' },
      { short: 'r', long: 'recursive' },
      { long: 'rsyncable' },
      { short: 'S', long: 'suffix', arg: 'required' },
      { long: 'synchronous' },
      { short: 't', long: 'test' },
      { short: 'v', long: 'verbose' },
      { short: 'V', long: 'version' },
      { long: 'fast', key: '1' },
      { long: 'best', key: '9' },
      ...'123456789'.split('').map((digit) => ({ short: digit })),
    ]);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // gunzip and zcat are scripts that exec gzip: the messages are gzip's, with its old quoting.
    await ctx.stderr.write(`gzip: ${error.message}\nTry \`gzip --help' for more information.\n`);
    return 1;
  }
  const { options, operands } = parsed;
  for (const { key, value } of options) {
    switch (key) {
      case 'ascii':
        await ctx.stderr.write('gzip: option --ascii ignored on this system\n');
        break;
      case 'stdout': settings.toStdout = true; break;
      case 'decompress': settings.decompress = true; break;
      case 'force': settings.force = true; break;
      case 'help':
        await ctx.stdout.write(GZIP_HELP);
        return 0;
      case 'keep': settings.keep = true; break;
      case 'list': settings.list = settings.decompress = settings.toStdout = true; break;
      case 'license':
        await ctx.stdout.write(GZIP_LICENSE);
        return 0;
      case 'no-name': settings.saveName = false; settings.restoreName = false; break;
      case 'name': settings.saveName = true; settings.restoreName = true; break;
      case 'quiet': settings.quiet = true; settings.verbose = false; break;
      case 'recursive': settings.recursive = true; break;
      case 'rsyncable':
      case 'synchronous':
        // Both change how data reaches the disk, not what is written: nothing to simulate.
        break;
      case 'suffix': settings.suffix = value!; break;
      case 'test': settings.test = settings.decompress = settings.toStdout = true; break;
      case 'verbose': settings.verbose = true; settings.quiet = false; break;
      case 'version':
        await ctx.stdout.write(GZIP_VERSION);
        return 0;
      default:
        if (/^[1-9]$/.test(key)) settings.level = Number(key);
        else throw new Unsupported(`--${key}`);
    }
  }
  if (settings.suffix === '' || settings.suffix.length > 30) {
    await ctx.stderr.write(`gzip: invalid suffix '${settings.suffix}'\n`);
    return 1;
  }
  return { settings, files: operands };
}
