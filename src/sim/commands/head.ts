// head: the first lines or bytes of each file (GNU coreutils 9.1), including the obsolete "-5"
// form, "-n -N" (all but the last N) and the ==> name <== headers.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { InputReader } from '../io/input-reader.ts';
import { quoteAlways } from '../text/quote.ts';
import { SCAN_US_PER_BYTE, SYSCALL_US } from '../kernel/cost-model.ts';
import { parseNumber } from './text-count-argument.ts';
import { coreutilsVersion } from './text-version.ts';
import { elideTail } from './head-elide.ts';
import { getopt, UsageError } from './getopt.ts';

const HELP = `Usage: head [OPTION]... [FILE]...
Print the first 10 lines of each FILE to standard output.
With more than one FILE, precede each with a header giving the file name.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -c, --bytes=[-]NUM       print the first NUM bytes of each file;
                             with the leading '-', print all but the last
                             NUM bytes of each file
  -n, --lines=[-]NUM       print the first NUM lines instead of the first 10;
                             with the leading '-', print all but the last
                             NUM lines of each file
  -q, --quiet, --silent    never print headers giving file names
  -v, --verbose            always print headers giving file names
  -z, --zero-terminated    line delimiter is NUL, not newline
      --help        display this help and exit
      --version     output version information and exit

NUM may have a multiplier suffix:
b 512, kB 1000, K 1024, MB 1000*1000, M 1024*1024,
GB 1000*1000*1000, G 1024*1024*1024, and so on for T, P, E, Z, Y.
Binary prefixes can be used, too: KiB=K, MiB=M, and so on.

`;

const SUFFIXES = 'bkKmMGTPEZY0';

export interface HeadPlan {
  lines: boolean;
  count: number;
  /** "-n -N": everything but the last N. */
  elide: boolean;
  eol: number;
}

export const head = defineCommand({
  name: 'head',
  summary: 'output the first part of files',
  help: HELP,
  async run(ctx) {
    const plan: HeadPlan = { lines: true, count: 10, elide: false, eol: 0x0a };
    let headers: 'multiple' | 'always' | 'never' = 'multiple';
    let args = ctx.args;
    if (args.length > 0 && /^-[0-9]/.test(args[0])) {
      // Obsolete syntax: -NUM followed by option letters (-5, -2c, -3q, -1k).
      const match = /^-([0-9]+)(.*)$/.exec(args[0])!;
      let multiplier = '';
      for (const letter of match[2]) {
        if (letter === 'c') [plan.lines, multiplier] = [false, ''];
        else if (letter === 'b' || letter === 'k' || letter === 'm') [plan.lines, multiplier] = [false, letter];
        else if (letter === 'l') plan.lines = true;
        else if (letter === 'q') headers = 'never';
        else if (letter === 'v') headers = 'always';
        else if (letter === 'z') plan.eol = 0;
        else throw new UsageError(`invalid trailing option -- ${letter}`);
      }
      const parsed = parseCount(match[1] + multiplier, plan.lines);
      if (parsed.error !== undefined) return fail(ctx, parsed.error);
      plan.count = parsed.value;
      args = args.slice(1);
    }
    const specs = [
      { short: 'c', long: 'bytes', arg: 'required' as const },
      { short: 'n', long: 'lines', arg: 'required' as const },
      { short: 'q', long: 'quiet' },
      { long: 'silent', key: 'quiet' },
      { short: 'v', long: 'verbose' },
      { short: 'z', long: 'zero-terminated' },
      { long: '-presume-input-pipe' },
      { long: 'version' },
      ...'0123456789'.split('').map((d) => ({ short: d, key: 'digit' })),
    ];
    const { options, operands } = getopt(args, specs);
    for (const { key, value, spelled } of options) {
      if (key === 'bytes' || key === 'lines') {
        plan.lines = key === 'lines';
        let text = value!;
        plan.elide = text.startsWith('-');
        if (plan.elide) text = text.slice(1);
        const parsed = parseCount(text, plan.lines);
        if (parsed.error !== undefined) return fail(ctx, parsed.error);
        plan.count = parsed.value;
      } else if (key === 'quiet') headers = 'never';
      else if (key === 'verbose') headers = 'always';
      else if (key === 'zero-terminated') plan.eol = 0;
      else if (key === 'version') {
        await ctx.stdout.write(coreutilsVersion('head', 'Written by David MacKenzie and Jim Meyering.'));
        return 0;
      } else if (key === 'digit') throw new UsageError(`invalid trailing option -- ${spelled.slice(1)}`);
    }
    const files = operands.length > 0 ? operands : ['-'];
    const showHeaders = headers === 'always' || (headers === 'multiple' && files.length > 1);
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
        await headOf(ctx, reader, plan);
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

function parseCount(text: string, lines: boolean): { value: number; error?: undefined } | { error: string } {
  const parsed = parseNumber(text, lines ? 'invalid number of lines' : 'invalid number of bytes', { suffixes: SUFFIXES });
  if (parsed.error !== undefined) return { error: parsed.error };
  return { value: Number(parsed.value) };
}

async function fail(ctx: CommandContext, message: string): Promise<number> {
  await ctx.error(message);
  return 1;
}

async function headOf(ctx: CommandContext, reader: InputReader, plan: HeadPlan): Promise<void> {
  if (plan.elide) return elideTail(ctx, reader, plan);
  let left = plan.count;
  while (left > 0) {
    const chunk = await reader.read();
    if (chunk.length === 0) return;
    await ctx.tick(SYSCALL_US + chunk.length * SCAN_US_PER_BYTE);
    let end = chunk.length;
    if (!plan.lines) {
      if (chunk.length > left) end = left;
      left -= end;
    } else {
      for (let at = chunk.indexOf(plan.eol); at >= 0; at = chunk.indexOf(plan.eol, at + 1)) {
        if (--left === 0) {
          end = at + 1;
          break;
        }
      }
    }
    await ctx.stdout.write(chunk.subarray(0, end));
    // Like GNU head on a seekable input, leave the offset just after what was printed, so that
    // `{ head -n 1; cat; } < file` hands the rest to cat.
    if (end < chunk.length && reader.description.kind === 'file') reader.description.unread(chunk.subarray(end));
  }
}
