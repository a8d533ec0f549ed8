// printenv: the values of the named environment variables, or every NAME=VALUE pair. Status 1 when
// one of the names is not set.

import { defineCommand } from './command.ts';

const HELP = `Usage: printenv [OPTION]... [VARIABLE]...
Print the values of the specified environment VARIABLE(s).
If no VARIABLE is specified, print name and value pairs for them all.

  -0, --null     end each output line with NUL, not newline
      --help        display this help and exit
      --version     output version information and exit

NOTE: your shell may have its own version of printenv, which usually supersedes
the version described here.  Please refer to your shell's documentation
for details about the options it supports.

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/printenv>
or available locally via: info '(coreutils) printenv invocation'
`;

export const printenv = defineCommand({
  name: 'printenv',
  summary: 'print all or part of environment',
  help: HELP,
  usageStatus: 2,
  async run(ctx) {
    const { options, operands } = ctx.parse([{ short: '0', long: 'null' }]);
    const end = options.length > 0 ? '\0' : '\n';
    if (operands.length === 0) {
      for (const [name, value] of ctx.proc.env) await ctx.stdout.write(`${name}=${value}${end}`);
      return 0;
    }
    let found = 0;
    for (const name of operands) {
      const value = name.includes('=') ? undefined : ctx.proc.env.get(name);
      if (value === undefined) continue;
      await ctx.stdout.write(`${value}${end}`);
      found++;
    }
    return found === operands.length ? 0 : 1;
  },
});
