// xargs: builds command lines from its input (xargs-input.ts splits it) and runs them one at a
// time, with the child's stdin on /dev/null, -n/-L/-s limits, -I replacement, and findutils'
// exit statuses: 123 if a command failed, 124 on status 255, 125 if killed, 126/127 if not run.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { InputReader } from '../io/input-reader.ts';
import { runChild } from './xargs-spawn.ts';
import { quoteLocale, quoteName } from '../text/quote.ts';
import { parseDelimiter, XargsInput, type Splitting } from './xargs-input.ts';

const HELP = `Usage: xargs [OPTION]... COMMAND [INITIAL-ARGS]...
Run COMMAND with arguments INITIAL-ARGS and more arguments read from input.

Mandatory and optional arguments to long options are also
mandatory or optional for the corresponding short option.
  -0, --null                   items are separated by a null, not whitespace;
                                 disables quote and backslash processing and
                                 logical EOF processing
  -a, --arg-file=FILE          read arguments from FILE, not standard input
  -d, --delimiter=CHARACTER    items in input stream are separated by CHARACTER,
                                 not by whitespace; disables quote and backslash
                                 processing and logical EOF processing
  -E END                       set logical EOF string; if END occurs as a line
                                 of input, the rest of the input is ignored
                                 (ignored if -0 or -d was specified)
  -e, --eof[=END]              equivalent to -E END if END is specified;
                                 otherwise, there is no end-of-file string
  -I R                         same as --replace=R
  -i, --replace[=R]            replace R in INITIAL-ARGS with names read
                                 from standard input, split at newlines;
                                 if R is unspecified, assume {}
  -L, --max-lines=MAX-LINES    use at most MAX-LINES non-blank input lines per
                                 command line
  -l[MAX-LINES]                similar to -L but defaults to at most one non-
                                 blank input line if MAX-LINES is not specified
  -n, --max-args=MAX-ARGS      use at most MAX-ARGS arguments per command line
  -o, --open-tty               Reopen stdin as /dev/tty in the child process
                                 before executing the command; useful to run an
                                 interactive application.
  -P, --max-procs=MAX-PROCS    run at most MAX-PROCS processes at a time
  -p, --interactive            prompt before running commands
      --process-slot-var=VAR   set environment variable VAR in child processes
  -r, --no-run-if-empty        if there are no arguments, then do not run COMMAND;
                                 if this option is not given, COMMAND will be
                                 run at least once
  -s, --max-chars=MAX-CHARS    limit length of command line to MAX-CHARS
      --show-limits            show limits on command-line length
  -t, --verbose                print commands before executing them
  -x, --exit                   exit if the size (see -s) is exceeded
      --help                   display this help and exit
      --version                output version information and exit
`;

const DEFAULT_ARG_MAX = 131072;

interface Plan {
  command: string[];
  maxArgs: number;
  maxLines: number;
  argMax: number;
  replace: string | undefined;
  noRunIfEmpty: boolean;
  verbose: boolean;
  /** Whether children read /dev/null (items come from stdin) or inherit stdin (-a FILE). */
  nullStdin: boolean;
}

/** A command could not continue: the status xargs exits with. */
class Abort {
  constructor(readonly status: number) {}
}

export const xargs = defineCommand({
  name: 'xargs',
  summary: 'build and execute command lines from standard input',
  help: HELP,
  // Only an option before the command asks for help: `xargs echo --help` runs `echo --help`.
  answersHelp: false,
  async run(ctx) {
    const { options, operands } = ctx.parse(OPTION_SPECS, { stopAtOperand: true });
    if (options.some((o) => o.key === 'help')) {
      await ctx.printHelp(HELP);
      return 0;
    }
    const plan: Plan = { command: [], maxArgs: 0, maxLines: 0, argMax: DEFAULT_ARG_MAX, replace: undefined, noRunIfEmpty: false, verbose: false, nullStdin: true };
    let splitting: 'blanks' | 'null' | string = 'blanks';
    let eofString: string | undefined;
    let argFile: string | undefined;
    for (const { key, value, spelled } of options) {
      switch (key) {
        case 'null': splitting = 'null'; break;
        case 'arg-file': argFile = value; break;
        case 'delimiter': {
          const delimiter = parseDelimiter(value!);
          if (delimiter === undefined) {
            await ctx.error(`Invalid input delimiter specification ${value}: the delimiter must be either a single character or an escape sequence starting with \\.`);
            return 1;
          }
          splitting = delimiter;
          break;
        }
        case 'E': eofString = value; break;
        case 'eof': eofString = value === '' ? undefined : value; break;
        case 'I':
        case 'replace': plan.replace = value ?? '{}'; plan.maxLines = 1; plan.maxArgs = 0; break;
        case 'max-lines':
        case 'l': {
          const n = value === undefined ? 1 : await number(ctx, value, key === 'l' ? 'l' : 'L', 1);
          if (n === undefined) return 1;
          if (plan.maxArgs !== 0 && plan.replace === undefined) await ctx.error(`warning: options --max-args and ${key === 'l' ? '-l' : '-L'} are mutually exclusive, ignoring previous --max-args value`);
          [plan.maxLines, plan.maxArgs] = [n, 0];
          break;
        }
        case 'max-args': {
          const n = await number(ctx, value!, 'n', 1);
          if (n === undefined) return 1;
          if (plan.maxLines !== 0 && plan.replace === undefined) await ctx.error('warning: options --max-lines and --max-args/-n are mutually exclusive, ignoring previous --max-lines value');
          [plan.maxArgs, plan.maxLines] = [n, 0];
          break;
        }
        case 'max-procs': {
          const n = await number(ctx, value!, 'P', 0);
          if (n === undefined) return 1;
          if (n !== 1) throw new Unsupported(`${spelled} ${value}`);
          break;
        }
        case 'max-chars': {
          const n = await number(ctx, value!, 's', 1);
          if (n === undefined) return 1;
          plan.argMax = n;
          break;
        }
        case 'no-run-if-empty': plan.noRunIfEmpty = true; break;
        case 'verbose': plan.verbose = true; break;
        case 'exit': break; // with one process at a time, -x changes nothing observable here
        default: throw new Unsupported(spelled);
      }
    }
    plan.command = operands.length > 0 ? operands : ['echo'];
    let reader: InputReader;
    try {
      reader = argFile === undefined ? ctx.stdin : await ctx.openInput(argFile);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.error(`Cannot open input file ${quoteLocale(argFile!)}: ${error.message}`);
      return 1;
    }
    plan.nullStdin = argFile === undefined;
    const mode: Splitting = splitting === 'blanks' ? { kind: 'blanks', replace: plan.replace !== undefined, eofString } : { kind: 'delimiter', delimiter: splitting === 'null' ? '\0' : splitting };
    const initialChars = plan.command.reduce((sum, arg) => sum + byteLength(arg) + 1, 0);
    try {
      return await runAll(ctx, new XargsInput(reader, mode, plan.argMax - initialChars - 1), plan);
    } catch (error) {
      if (error instanceof Abort) return error.status;
      throw error;
    } finally {
      if (argFile !== undefined) ctx.closeInput(reader);
    }
  },
});

const OPTION_SPECS = [
  { short: '0', long: 'null' },
  { short: 'a', long: 'arg-file', arg: 'required' as const },
  { short: 'd', long: 'delimiter', arg: 'required' as const },
  { short: 'E', arg: 'required' as const },
  { short: 'e', long: 'eof', arg: 'optional' as const },
  { short: 'I', arg: 'required' as const },
  { short: 'i', long: 'replace', arg: 'optional' as const },
  { short: 'L', long: 'max-lines', arg: 'required' as const },
  { short: 'l', arg: 'optional' as const },
  { short: 'n', long: 'max-args', arg: 'required' as const },
  { short: 'o', long: 'open-tty' },
  { short: 'P', long: 'max-procs', arg: 'required' as const },
  { short: 'p', long: 'interactive' },
  { long: 'process-slot-var', arg: 'required' as const },
  { short: 'r', long: 'no-run-if-empty' },
  { short: 's', long: 'max-chars', arg: 'required' as const },
  { long: 'show-limits' },
  { short: 't', long: 'verbose' },
  { short: 'x', long: 'exit' },
  { long: 'help' },
];

async function runAll(ctx: CommandContext, input: XargsInput, plan: Plan): Promise<number> {
  let status = 0;
  let batch: string[] = [];
  let chars = plan.command.reduce((sum, arg) => sum + byteLength(arg) + 1, 0);
  const baseChars = chars;
  let lines = 0;
  let ranOnce = false;
  const exec = async (args: string[]): Promise<void> => {
    ranOnce = true;
    const result = await runCommand(ctx, args, plan);
    if (result !== 0) status = 123;
    batch = [];
    chars = baseChars;
  };
  for (;;) {
    const line = await input.nextLine();
    if (plan.replace !== undefined) {
      for (const item of line.items) await exec([plan.command[0], ...plan.command.slice(1).map((arg) => arg.split(plan.replace!).join(item))]);
    } else {
      for (const item of line.items) {
        const size = byteLength(item) + 1;
        if (batch.length > 0 && chars + size > plan.argMax) await exec([...plan.command, ...batch]);
        batch.push(item);
        chars += size;
        if (plan.maxArgs > 0 && batch.length >= plan.maxArgs) await exec([...plan.command, ...batch]);
      }
      if (line.countsAsLine && plan.maxLines > 0 && ++lines >= plan.maxLines) {
        if (batch.length > 0 || !plan.noRunIfEmpty) await exec([...plan.command, ...batch]);
        lines = 0;
      }
    }
    if (line.error !== undefined) {
      if (batch.length > 0) await exec([...plan.command, ...batch]);
      await ctx.error(line.error);
      return 1;
    }
    if (line.end) break;
    await ctx.tick(2);
  }
  if (plan.replace === undefined && (batch.length > 0 || (!ranOnce && !plan.noRunIfEmpty))) await exec([...plan.command, ...batch]);
  return status;
}

/** Runs one command line and waits; throws Abort for the outcomes that stop xargs. */
async function runCommand(ctx: CommandContext, argv: string[], plan: Plan): Promise<number> {
  if (plan.verbose) await ctx.stderr.write(`${argv.map((arg) => quoteName(arg, { colon: false })).join(' ')}\n`);
  const fds = ctx.proc.fds.fork();
  if (plan.nullStdin) fds.setAdopted(0, await ctx.open('/dev/null', { read: true }));
  let status;
  try {
    status = await runChild(ctx, argv, fds);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`${argv[0]}: ${error.message}`);
    throw new Abort(error.code === 'ENOENT' ? 127 : 126);
  }
  if (status.kind === 'signaled') {
    await ctx.error(`${argv[0]}: terminated by signal ${status.signal}`);
    throw new Abort(125);
  }
  const code = status.kind === 'exited' ? status.code : 0;
  if (code === 255) {
    await ctx.error(`${argv[0]}: exited with status 255; aborting`);
    throw new Abort(124);
  }
  return code;
}

async function number(ctx: CommandContext, text: string, option: string, min: number): Promise<number | undefined> {
  if (!/^\s*[-+]?\d+$/.test(text)) {
    await ctx.error(`invalid number "${text}" for -${option} option`);
    await ctx.usageError('');
    return undefined;
  }
  const n = Number(text);
  if (n < min) {
    await ctx.error(`value ${text} for -${option} option should be >= ${min}`);
    await ctx.usageError('');
    return undefined;
  }
  return n;
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
