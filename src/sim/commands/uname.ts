// uname: the simulated kernel's identity. The values are those of a Debian 12 ("bookworm") amd64
// machine: Linux 6.1.0-27-amd64, kernel version "#1 SMP PREEMPT_DYNAMIC Debian 6.1.115-1
// (2024-11-01)", x86_64, GNU/Linux; the node name is the machine's host name. Like on Debian,
// the processor and hardware platform are unknown, so -a leaves them out.

import { defineCommand } from './command.ts';
import { quoteLocale } from '../text/quote.ts';

const HELP = `Usage: uname [OPTION]...
Print certain system information.  With no OPTION, same as -s.

  -a, --all                print all information, in the following order,
                             except omit -p and -i if unknown:
  -s, --kernel-name        print the kernel name
  -n, --nodename           print the network node hostname
  -r, --kernel-release     print the kernel release
  -v, --kernel-version     print the kernel version
  -m, --machine            print the machine hardware name
  -p, --processor          print the processor type (non-portable)
  -i, --hardware-platform  print the hardware platform (non-portable)
  -o, --operating-system   print the operating system
      --help        display this help and exit
      --version     output version information and exit

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/uname>
or available locally via: info '(coreutils) uname invocation'
`;

export const KERNEL_RELEASE = '6.1.0-27-amd64';
export const KERNEL_VERSION = '#1 SMP PREEMPT_DYNAMIC Debian 6.1.115-1 (2024-11-01)';

const FIELDS = ['kernel-name', 'nodename', 'kernel-release', 'kernel-version', 'machine', 'processor', 'hardware-platform', 'operating-system'];

export const uname = defineCommand({
  name: 'uname',
  summary: 'print system information',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'a', long: 'all' },
      { short: 's', long: 'kernel-name' },
      { short: 'n', long: 'nodename' },
      { short: 'r', long: 'kernel-release' },
      { short: 'v', long: 'kernel-version' },
      { short: 'm', long: 'machine' },
      { short: 'p', long: 'processor' },
      { short: 'i', long: 'hardware-platform' },
      { short: 'o', long: 'operating-system' },
    ]);
    if (operands.length > 0) return ctx.usageError(`extra operand ${quoteLocale(operands[0])}`);
    const all = options.some((o) => o.key === 'all');
    const wanted = new Set(options.map((o) => o.key));
    if (wanted.size === 0) wanted.add('kernel-name');
    const values: Record<string, string> = {
      'kernel-name': 'Linux',
      nodename: ctx.system.hostname,
      'kernel-release': KERNEL_RELEASE,
      'kernel-version': KERNEL_VERSION,
      machine: 'x86_64',
      processor: 'unknown',
      'hardware-platform': 'unknown',
      'operating-system': 'GNU/Linux',
    };
    const printed = FIELDS.filter((field) => {
      if (all) return values[field] !== 'unknown';
      return wanted.has(field);
    });
    await ctx.stdout.write(`${printed.map((field) => values[field]).join(' ')}\n`);
    return 0;
  },
});
