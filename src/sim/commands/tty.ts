// tty: the terminal on standard input ("/dev/pts/0", the playground's one terminal), or "not a tty"
// with status 1 — what a cron job sees. Usage errors exit 2, as coreutils' tty does.

import { defineCommand } from './command.ts';

export const tty = defineCommand({
  name: 'tty',
  summary: 'print the file name of the terminal connected to standard input',
  help: `Usage: tty [OPTION]...
Print the file name of the terminal connected to standard input.

  -s, --silent, --quiet   print nothing, only return an exit status
      --help        display this help and exit
      --version     output version information and exit
`,
  usageStatus: 2,
  async run(ctx) {
    const { options, operands } = ctx.parse([{ short: 's', long: 'silent', key: 's' }, { long: 'quiet', key: 's' }]);
    if (operands.length > 0) return ctx.usageError(`extra operand ‘${operands[0]}’`);
    const silent = options.length > 0;
    const terminal = ctx.proc.fds.find(0)?.isTerminal() ?? false;
    if (!silent) await ctx.stdout.write(terminal ? '/dev/pts/0\n' : 'not a tty\n');
    return terminal ? 0 : 1;
  },
});
