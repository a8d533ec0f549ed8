// tail: the last lines or bytes of each file, or everything from line/byte N with +N (GNU coreutils
// 9.1), including the obsolete "-5", "+5" and "-3c" forms. Following files (-f, -F) is in
// tail-follow.ts: GNU tail's polling loop on the virtual clock.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { InputReader } from '../io/input-reader.ts';
import { quoteAlways, quoteLocale } from '../text/quote.ts';
import { getopt } from './getopt.ts';
import { parseNumber, xstrtol } from './text-count-argument.ts';
import { coreutilsVersion } from './text-version.ts';
import { tailFrom, tailLast } from './tail-copy.ts';
import { followFiles } from './tail-follow.ts';

const HELP = `Usage: tail [OPTION]... [FILE]...
Print the last 10 lines of each FILE to standard output.
With more than one FILE, precede each with a header giving the file name.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -c, --bytes=[+]NUM       output the last NUM bytes; or use -c +NUM to
                             output starting with byte NUM of each file
  -f, --follow[={name|descriptor}]
                           output appended data as the file grows;
                             an absent option argument means 'descriptor'
  -F                       same as --follow=name --retry
  -n, --lines=[+]NUM       output the last NUM lines, instead of the last 10;
                             or use -n +NUM to output starting with line NUM
      --max-unchanged-stats=N
                           with --follow=name, reopen a FILE which has not
                             changed size after N (default 5) iterations
                             to see if it has been unlinked or renamed
                             (this is the usual case of rotated log files);
                             with inotify, this option is rarely useful
      --pid=PID            with -f, terminate after process ID, PID dies
  -q, --quiet, --silent    never output headers giving file names
      --retry              keep trying to open a file if it is inaccessible
  -s, --sleep-interval=N   with -f, sleep for approximately N seconds
                             (default 1.0) between iterations;
                             with inotify and --pid=P, check process P at
                             least once every N seconds
  -v, --verbose            always output headers giving file names
  -z, --zero-terminated    line delimiter is NUL, not newline
      --help        display this help and exit
      --version     output version information and exit

NUM may have a multiplier suffix:
b 512, kB 1000, K 1024, MB 1000*1000, M 1024*1024,
GB 1000*1000*1000, G 1024*1024*1024, and so on for T, P, E, Z, Y.
Binary prefixes can be used, too: KiB=K, MiB=M, and so on.

With --follow (-f), tail defaults to following the file descriptor, which
means that even if a tail'ed file is renamed, tail will continue to track
its end.  This default behavior is not desirable when you really want to
track the actual name of the file, not the file descriptor (e.g., log
rotation).  Use --follow=name in that case.  That causes tail to track the
named file in a way that accommodates renaming, removal and creation.

`;

export interface TailPlan {
  lines: boolean;
  /** With fromStart, how many units to skip; otherwise how many to print from the end. */
  count: number;
  fromStart: boolean;
  eol: number;
}

const PID_T_MAX = 2n ** 31n - 1n;

export const tail = defineCommand({
  name: 'tail',
  summary: 'output the last part of files',
  help: HELP,
  async run(ctx) {
    const plan: TailPlan = { lines: true, count: 10, fromStart: false, eol: 0x0a };
    let headers: 'multiple' | 'always' | 'never' = 'multiple';
    let args = ctx.args;
    const obsolete = parseObsolete(args);
    if (obsolete === 'invalid') return fail(ctx, `invalid number: ${quoteLocale(args[0])}`);
    let forever = false;
    let byName = false;
    if (obsolete) {
      forever = obsolete.follow;
      Object.assign(plan, obsolete.plan);
      args = args.slice(1);
    }
    const { options, operands } = getopt(args, [
      { short: 'c', long: 'bytes', arg: 'required' },
      { short: 'n', long: 'lines', arg: 'required' },
      { short: 'f', long: 'follow', arg: 'optional', key: 'follow' },
      { short: 'F' },
      { long: 'max-unchanged-stats', arg: 'required' },
      { long: '-disable-inotify' },
      { long: 'pid', arg: 'required' },
      { long: '-presume-input-pipe' },
      { short: 'q', long: 'quiet' },
      { long: 'retry' },
      { long: 'silent', key: 'quiet' },
      { short: 's', long: 'sleep-interval', arg: 'required' },
      { short: 'v', long: 'verbose' },
      { short: 'z', long: 'zero-terminated' },
      { long: 'version' },
      ...'0123456789'.split('').map((d) => ({ short: d, key: 'digit' })),
    ]);
    let retry = false;
    let pid = 0;
    let sleepSeconds = 1;
    let maxUnchangedStats = 5;
    for (const { key, value, spelled } of options) {
      switch (key) {
        case 'bytes':
        case 'lines': {
          plan.lines = key === 'lines';
          let text = value!;
          plan.fromStart = text.startsWith('+');
          if (text.startsWith('-')) text = text.slice(1);
          const parsed = parseNumber(text, plan.lines ? 'invalid number of lines' : 'invalid number of bytes', { suffixes: 'bkKmMGTPEZY0' });
          if (parsed.error !== undefined) return fail(ctx, parsed.error);
          plan.count = Number(parsed.value);
          break;
        }
        case 'follow':
          forever = true;
          if (value === undefined) byName = false;
          else {
            const mode = await argmatchFollow(ctx, value);
            if (mode === undefined) return ctx.usageError('');
            byName = mode === 'name';
          }
          break;
        case 'F':
          forever = true;
          byName = true;
          retry = true;
          break;
        case 'max-unchanged-stats': {
          const parsed = parseNumber(value!, 'invalid maximum number of unchanged stats between opens');
          if (parsed.error !== undefined) return fail(ctx, parsed.error);
          maxUnchangedStats = Number(parsed.value);
          break;
        }
        case 'pid': {
          const parsed = parseNumber(value!, 'invalid PID', { max: PID_T_MAX });
          if (parsed.error !== undefined) return fail(ctx, parsed.error);
          pid = Number(parsed.value);
          break;
        }
        case 'retry':
          retry = true;
          break;
        case 'sleep-interval':
          if (!/^\s*\+?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^\s*\+?inf(inity)?$/i.test(value!)) {
            return fail(ctx, `invalid number of seconds: ${quoteLocale(value!)}`);
          }
          sleepSeconds = Number(value!.trim().replace(/^\+/, ''));
          break;
        case 'quiet':
          headers = 'never';
          break;
        case 'verbose':
          headers = 'always';
          break;
        case 'zero-terminated':
          plan.eol = 0;
          break;
        case 'version':
          await ctx.stdout.write(coreutilsVersion('tail', 'Written by Paul Rubin, David MacKenzie, Ian Lance Taylor,\nand Jim Meyering.'));
          return 0;
        case 'digit':
          return fail(ctx, `option used in invalid context -- ${spelled.slice(1)}`);
      }
    }
    // Without -f these only warn, as GNU tail does.
    if (retry && !forever) await ctx.error('warning: --retry ignored; --retry is useful only when following');
    else if (retry && !byName) await ctx.error('warning: --retry only effective for the initial open');
    if (pid !== 0 && !forever) await ctx.error('warning: PID ignored; --pid=PID is useful only when following');
    // 'tail -n +0' means the same as 'tail -n +1': skip N-1 units.
    if (plan.fromStart && plan.count > 0) plan.count--;
    const files = operands.length > 0 ? operands : ['-'];
    if (files.includes('-')) {
      if (forever && byName) return fail(ctx, `cannot follow ${quoteAlways('-')} by name`);
      const stdin = ctx.proc.fds.find(0);
      const blockingStdin = pid === 0 && !byName && files.length === 1 && stdin !== undefined && stdin.kind !== 'file';
      if (forever && !blockingStdin && stdin?.isTerminal()) await ctx.error('warning: following standard input indefinitely is ineffective');
    }
    // Nothing would be printed: GNU tail does not even open the files.
    if (plan.count === 0 && !forever && !plan.fromStart) return 0;
    const showHeaders = headers === 'always' || (headers === 'multiple' && files.length > 1);
    if (forever) {
      return followFiles(ctx, files, plan, { byName, retry, pid: pid, sleepSeconds, maxUnchangedStats, headers: showHeaders });
    }
    let status = 0;
    let first = true;
    for (const file of files) {
      let reader: InputReader;
      try {
        reader = await ctx.openInput(file);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.error(`cannot open ${quoteAlways(file)} for reading: ${error.message}`);
        status = 1;
        continue;
      }
      const name = file === '-' ? 'standard input' : file;
      if (showHeaders) {
        await ctx.stdout.write(`${first ? '' : '\n'}==> ${name} <==\n`);
        first = false;
      }
      try {
        if (plan.fromStart) await tailFrom(ctx, reader, plan);
        else await tailLast(ctx, reader, plan);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.error(`error reading ${quoteAlways(name)}: ${error.message}`);
        status = 1;
      } finally {
        ctx.closeInput(reader);
      }
    }
    return status;
  },
});

/** XARGMATCH for --follow: 'name' or 'descriptor', or an unambiguous abbreviation. */
async function argmatchFollow(ctx: CommandContext, value: string): Promise<'name' | 'descriptor' | undefined> {
  const modes = ['descriptor', 'name'] as const;
  const match = modes.filter((m) => m.startsWith(value));
  if (match.length === 1) return match[0];
  await ctx.error(`${match.length > 1 ? 'ambiguous' : 'invalid'} argument ${quoteLocale(value)} for ${quoteLocale('--follow')}`);
  await ctx.stderr.write(`Valid arguments are:\n${modes.map((m) => `  - ${quoteLocale(m)}\n`).join('')}`);
  return undefined;
}

async function fail(ctx: CommandContext, message: string): Promise<number> {
  await ctx.error(message);
  return 1;
}

/**
 * The obsolete forms "-5", "+5", "-3c", "-2b", "-l" (with at most one file operand), as GNU tail
 * accepts them when POSIXLY_CORRECT is unset.
 */
function parseObsolete(args: readonly string[]): { plan: Partial<TailPlan>; follow: boolean } | 'invalid' | null {
  const n = args.length;
  if (!(n === 1 || (n === 2 && !(args[1][0] === '-' && args[1].length > 1)) || ((n === 2 || n === 3) && args[1] === '--'))) return null;
  const arg = args[0];
  if (arg[0] !== '-' && arg[0] !== '+') return null;
  // "-" is standard input and "-c" needs its argument: neither is the obsolete form.
  if (arg[0] === '-' && (arg.length === 1 || (arg[1] === 'c' && arg.length === 2))) return null;
  const match = /^[-+]([0-9]*)([bcl]?)(f?)$/.exec(arg);
  if (!match) return null;
  const [, digits, unit, follow] = match;
  let count = unit === 'b' ? 10 * 512 : 10;
  if (digits !== '') {
    const parsed = xstrtol(digits + unit, 'b', false);
    if (parsed.status !== 'ok' && parsed.status !== 'suffix') return 'invalid';
    count = Number(parsed.value);
  }
  return { plan: { count, lines: unit === '' || unit === 'l', fromStart: arg[0] === '+' }, follow: follow === 'f' };
}
