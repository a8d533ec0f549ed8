import { defineCommand } from './command.ts';
import { Unsupported } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { quoteAlways, quoteLocale } from '../text/quote.ts';
import { parseMode } from './mode.ts';

const HELP = `Usage: mkdir [OPTION]... DIRECTORY...
Create the DIRECTORY(ies), if they do not already exist.

Mandatory arguments to long options are mandatory for short options too.
  -m, --mode=MODE   set file mode (as in chmod), not a=rwx - umask
  -p, --parents     no error if existing, make parent directories as needed,
                    with their file modes unaffected by any -m option.
  -v, --verbose     print a message for each created directory
  -Z                   set SELinux security context of each created directory
                         to the default type
      --context[=CTX]  like -Z, or if CTX is specified then set the SELinux
                         or SMACK security context to CTX
      --help        display this help and exit
      --version     output version information and exit
`;

export const mkdir = defineCommand({
  name: 'mkdir',
  summary: 'make directories',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'm', long: 'mode', arg: 'required' },
      { short: 'p', long: 'parents' },
      { short: 'v', long: 'verbose' },
      { short: 'Z' },
      { long: 'context', arg: 'optional' },
    ]);
    let parents = false;
    let verbose = false;
    let mode: number | undefined;
    for (const { key, value, spelled } of options) {
      // There are no security contexts here (the real mkdir only warns when SELinux is off).
      if (key === 'Z' || key === 'context') throw new Unsupported(spelled);
      if (key === 'parents') parents = true;
      else if (key === 'verbose') verbose = true;
      else if (key === 'mode') {
        mode = parseMode(value!, 0o777 & ~ctx.proc.umask, true);
        if (mode === undefined) {
          await ctx.error(`invalid mode ${quoteLocale(value!)}`);
          return 1;
        }
      }
    }
    if (operands.length === 0) return ctx.usageError('missing operand');
    const fs = ctx.fs;
    const cred = ctx.proc.cred;
    const defaultMode = 0o777 & ~ctx.proc.umask;
    let status = 0;
    for (const operand of operands) {
      try {
        if (parents) {
          const parts = operand.split('/');
          let path = operand.startsWith('/') ? '' : '.';
          for (let i = 0; i < parts.length; i++) {
            if (parts[i] === '') continue;
            path = path === '' ? `/${parts[i]}` : path === '.' && !operand.startsWith('./') && i === 0 ? parts[i] : `${path}/${parts[i]}`;
            let exists = false;
            try {
              exists = fs.lookup(cred, ctx.proc.cwd, path).type === 'dir';
            } catch {
              exists = false;
            }
            if (exists) continue;
            const last = i === parts.length - 1 || parts.slice(i + 1).every((p) => p === '');
            fs.mkdir(cred, ctx.proc.cwd, path, last && mode !== undefined ? mode : defaultMode | 0o300);
            if (verbose) await ctx.stdout.write(`${ctx.name}: created directory ${quoteAlways(path)}\n`);
          }
        } else {
          fs.mkdir(cred, ctx.proc.cwd, operand, mode ?? defaultMode);
          if (verbose) await ctx.stdout.write(`${ctx.name}: created directory ${quoteAlways(operand)}\n`);
        }
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.error(`cannot create directory ${quoteLocale(operand)}: ${error.message}`);
        status = 1;
      }
    }
    return status;
  },
});
