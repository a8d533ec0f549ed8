// whoami: the user name of the process's effective user ID (id -un).

import { defineCommand } from './command.ts';
import { quoteLocale } from '../text/quote.ts';

const HELP = `Usage: whoami [OPTION]...
Print the user name associated with the current effective user ID.
Same as id -un.

      --help        display this help and exit
      --version     output version information and exit

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/whoami>
or available locally via: info '(coreutils) whoami invocation'
`;

export const whoami = defineCommand({
  name: 'whoami',
  summary: 'print effective user name',
  help: HELP,
  async run(ctx) {
    const { operands } = ctx.parse([]);
    if (operands.length > 0) return ctx.usageError(`extra operand ${quoteLocale(operands[0])}`);
    const uid = ctx.proc.cred.uid;
    const user = ctx.system.userByUid(uid);
    if (user === undefined) {
      await ctx.error(`cannot find name for user ID ${uid}`);
      return 1;
    }
    await ctx.stdout.write(`${user.name}\n`);
    return 0;
  },
});
