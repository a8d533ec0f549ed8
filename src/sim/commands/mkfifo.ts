// mkfifo: creates named pipes (GNU coreutils 9.1). The kernel's FIFO table (kernel/fifo.ts) makes
// them behave as on Linux: opening one end blocks until the other end is opened.
// Like coreutils' mkfifo.c: the mode is a=rw adjusted by -m (then set exactly with chmod, ignoring
// the umask), or a=rw minus the umask without -m. This kernel has no SELinux, so -Z does nothing
// and --context=CTX only warns, as the real mkfifo does on such a kernel.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { adjustMode, compileMode } from './chmod-mode.ts';
import { coreutilsVersion } from './text-version.ts';
import { Errno } from '../kernel/errors.ts';
import { quoteAlways } from '../text/quote.ts';

const HELP = `Usage: mkfifo [OPTION]... NAME...
Create named pipes (FIFOs) with the given NAMEs.

Mandatory arguments to long options are mandatory for short options too.
  -m, --mode=MODE    set file permission bits to MODE, not a=rw - umask
  -Z                   set the SELinux security context to default type
      --context[=CTX]  like -Z, or if CTX is specified then set the SELinux
                         or SMACK security context to CTX
      --help        display this help and exit
      --version     output version information and exit

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/mkfifo>
or available locally via: info '(coreutils) mkfifo invocation'
`;

const MODE_RW_UGO = 0o666;

export const mkfifo = defineCommand({
  name: 'mkfifo',
  summary: 'make FIFOs (named pipes)',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'm', long: 'mode', arg: 'required' },
      { short: 'Z' },
      { long: 'context', arg: 'optional' },
      { long: 'version' },
    ]);
    let specifiedMode: string | undefined;
    for (const { key, value } of options) {
      if (key === 'mode') specifiedMode = value;
      else if (key === 'context' && value !== undefined) {
        await ctx.error('warning: ignoring --context; it requires an SELinux/SMACK-enabled kernel');
      } else if (key === 'version') {
        await ctx.stdout.write(coreutilsVersion('mkfifo', 'Written by David MacKenzie.'));
        return 0;
      }
    }
    if (operands.length === 0) return ctx.usageError('missing operand');
    const umask = ctx.proc.umask;
    let mode = MODE_RW_UGO;
    if (specifiedMode !== undefined) {
      const changes = compileMode(specifiedMode);
      if (changes === undefined) {
        await ctx.error('invalid mode');
        return 1;
      }
      mode = adjustMode(MODE_RW_UGO, false, umask, changes);
      if ((mode & ~0o777) !== 0) {
        await ctx.error('mode must specify only file permission bits');
        return 1;
      }
    }
    let status = 0;
    for (const name of operands) {
      try {
        // With a trailing slash Linux answers EEXIST for anything there, else ENOENT.
        if (name.endsWith('/')) throw new Errno(exists(ctx, name.replace(/\/+$/, '') || '/') ? 'EEXIST' : 'ENOENT');
        const fifo = ctx.fs.mkfifo(ctx.proc.cred, ctx.proc.cwd, name, mode & ~umask);
        // mkfifo(2) applies the umask; with -m, coreutils then sets the mode exactly (lchmod).
        if (specifiedMode !== undefined) ctx.fs.chmod(ctx.proc.cred, fifo, mode);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.error(`cannot create fifo ${quoteAlways(name)}: ${error.message}`);
        status = 1;
      }
    }
    return status;
  },
});

function exists(ctx: CommandContext, name: string): boolean {
  try {
    ctx.lookup(name, false);
    return true;
  } catch (error) {
    if (error instanceof Errno) return false;
    throw error;
  }
}
