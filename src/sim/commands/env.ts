// env: runs a program in a modified environment (-i, -u NAME, NAME=VALUE, -C DIR, -S STRING), or
// prints the environment in its own order. Options stop at the first operand, and -S restarts
// option parsing over the words it produced, as GNU env does.

import { defineCommand } from './command.ts';
import { Unsupported, type CommandContext } from './context.ts';
import { getopt, UsageError, type OptionSpec, type ParsedOption } from './getopt.ts';
import { Errno } from '../kernel/errors.ts';
import { X_OK } from '../fs/filesystem.ts';
import { quoteAlways, quoteLocale } from '../text/quote.ts';
import { SplitError, splitString } from './env-split.ts';

const HELP = `Usage: env [OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]
Set each NAME to VALUE in the environment and run COMMAND.

Mandatory arguments to long options are mandatory for short options too.
  -i, --ignore-environment  start with an empty environment
  -0, --null           end each output line with NUL, not newline
  -u, --unset=NAME     remove variable from the environment
  -C, --chdir=DIR      change working directory to DIR
  -S, --split-string=S  process and split S into separate arguments;
                        used to pass multiple arguments on shebang lines
      --block-signal[=SIG]    block delivery of SIG signal(s) to COMMAND
      --default-signal[=SIG]  reset handling of SIG signal(s) to the default
      --ignore-signal[=SIG]   set handling of SIG signal(s) to do nothing
      --list-signal-handling  list non default signal handling to stderr
  -v, --debug          print verbose information for each processing step
      --help        display this help and exit
      --version     output version information and exit

A mere - implies -i.  If no COMMAND, print the resulting environment.

SIG may be a signal name like 'PIPE', or a signal number like '13'.
Without SIG, all known signals are included.  Multiple signals can be
comma-separated.

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/env>
or available locally via: info '(coreutils) env invocation'
`;

/** env's own failures exit with 125, so they are told apart from the program's statuses. */
const EXIT_CANCELED = 125;

const SPECS: OptionSpec[] = [
  { short: 'i', long: 'ignore-environment' },
  { short: '0', long: 'null' },
  { short: 'u', long: 'unset', arg: 'required' },
  { short: 'C', long: 'chdir', arg: 'required' },
  { short: 'S', long: 'split-string', arg: 'required' },
  { short: 'v', long: 'debug' },
  { long: 'block-signal', arg: 'optional' },
  { long: 'default-signal', arg: 'optional' },
  { long: 'ignore-signal', arg: 'optional' },
  { long: 'list-signal-handling' },
];

class EnvFailure extends Error {}

export const env = defineCommand({
  name: 'env',
  summary: 'run a program in a modified environment',
  help: HELP,
  usageStatus: EXIT_CANCELED,
  async run(ctx) {
    try {
      return await runEnv(ctx);
    } catch (error) {
      if (!(error instanceof EnvFailure)) throw error;
      await ctx.error(error.message);
      return EXIT_CANCELED;
    }
  },
});

async function runEnv(ctx: CommandContext): Promise<number> {
  let ignore = false;
  let nul = false;
  let debug = false;
  let chdir: string | undefined;
  const unset: string[] = [];
  const debugLine = async (line: string): Promise<void> => {
    if (debug) await ctx.stderr.write(`${line}\n`);
  };
  let args = ctx.args;
  let i = 0;
  parsing: while (i < args.length) {
    const arg = args[i];
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    const { options, consumed } = parseOne(args, i);
    for (const { key, value } of options) {
      switch (key) {
        case 'ignore-environment': ignore = true; break;
        case 'null': nul = true; break;
        case 'unset': unset.push(value!); break;
        case 'chdir': chdir = value; break;
        case 'debug': debug = true; break;
        case 'split-string': {
          let words: string[];
          try {
            words = splitString(value!, (name) => ctx.getenv(name));
          } catch (error) {
            if (error instanceof SplitError) throw new EnvFailure(error.message);
            throw error;
          }
          if (words.length > 0) {
            await debugLine(`split -S:  ${quoteLocale(value!)}`);
            await debugLine(` into:    ${quoteLocale(words[0])}`);
            for (const word of words.slice(1)) await debugLine(`     &    ${quoteLocale(word)}`);
          }
          args = [...words, ...args.slice(i + consumed)];
          i = 0;
          continue parsing;
        }
        default: throw new Unsupported(`--${key}`);
      }
    }
    i += consumed;
  }
  if (args[i] === '-') {
    ignore = true;
    i++;
  }
  const environment = ignore ? new Map<string, string>() : new Map(ctx.proc.env);
  if (ignore) await debugLine('cleaning environ');
  else {
    for (const name of unset) {
      await debugLine(`unset:    ${name}`);
      if (name === '' || name.includes('=')) throw new EnvFailure(`cannot unset ${quoteLocale(name)}: Invalid argument`);
      environment.delete(name);
    }
  }
  for (; i < args.length && args[i].includes('='); i++) {
    await debugLine(`setenv:   ${args[i]}`);
    const eq = args[i].indexOf('=');
    environment.set(args[i].slice(0, eq), args[i].slice(eq + 1));
  }
  const command = args.slice(i);
  if (nul && command.length > 0) return ctx.usageError('cannot specify --null (-0) with command');
  if (chdir !== undefined && command.length === 0) return ctx.usageError('must specify command with --chdir (-C)');
  if (command.length === 0) {
    for (const [name, value] of environment) await ctx.stdout.write(`${name}=${value}${nul ? '\0' : '\n'}`);
    return 0;
  }
  if (chdir !== undefined) {
    await debugLine(`chdir:    ${quoteAlways(chdir)}`);
    changeDirectory(ctx, chdir);
  }
  await debugLine(`executing: ${command[0]}`);
  for (const [n, word] of command.entries()) await debugLine(`   arg[${n}]= ${quoteLocale(word)}`);
  try {
    return await ctx.runProgram(command, { env: environment });
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`${quoteLocale(command[0])}: ${error.message}`);
    return error.code === 'ENOENT' ? 127 : 126;
  }
}

/** Options in args[i] (and its argument in args[i + 1] when it needs one). */
function parseOne(args: readonly string[], i: number): { options: ParsedOption[]; consumed: number } {
  try {
    return { options: getopt([args[i]], SPECS).options, consumed: 1 };
  } catch (error) {
    if (!(error instanceof UsageError) || !/requires an argument/.test(error.message) || i + 1 >= args.length) throw error;
    return { options: getopt([args[i], args[i + 1]], SPECS, { stopAtOperand: true }).options, consumed: 2 };
  }
}

/** chdir(2) for env's own process, which the program then inherits. */
function changeDirectory(ctx: CommandContext, dir: string): void {
  try {
    const inode = ctx.lookup(dir);
    if (inode.type !== 'dir') throw new Errno('ENOTDIR');
    if (!ctx.fs.canAccess(ctx.proc.cred, inode, X_OK)) throw new Errno('EACCES');
    ctx.proc.cwd = ctx.fs.pathOf(inode);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    throw new EnvFailure(`cannot change directory to ${quoteAlways(dir)}: ${error.message}`);
  }
}
