// uniq: report or omit repeated lines. GNU uniq 9.1, byte for byte (uniq-groups.ts), with the
// obsolete -N (skip fields) and +N (skip characters) forms and the optional output file operand.

import { defineCommand } from './command.ts';
import { Unsupported, type CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { SCAN_US_PER_BYTE } from '../kernel/cost-model.ts';
import { concat } from '../io/input-reader.ts';
import { quoteAlways, quoteLocale, quoteName } from '../text/quote.ts';
import { ArgmatchFailure, argmatch } from './sort-argmatch.ts';
import { ByteSink, UniqFilter, type DelimitMethod, type GroupMethod, type UniqSettings } from './uniq-groups.ts';

const HELP = `Usage: uniq [OPTION]... [INPUT [OUTPUT]]
Filter adjacent matching lines from INPUT (or standard input),
writing to OUTPUT (or standard output).

With no options, matching lines are merged to the first occurrence.

Mandatory arguments to long options are mandatory for short options too.
  -c, --count           prefix lines by the number of occurrences
  -d, --repeated        only print duplicate lines, one for each group
  -D                    print all duplicate lines
      --all-repeated[=METHOD]  like -D, but allow separating groups
                                 with an empty line;
                                 METHOD={none(default),prepend,separate}
  -f, --skip-fields=N   avoid comparing the first N fields
      --group[=METHOD]  show all items, separating groups with an empty line;
                          METHOD={separate(default),prepend,append,both}
  -i, --ignore-case     ignore differences in case when comparing
  -s, --skip-chars=N    avoid comparing the first N characters
  -u, --unique          only print unique lines
  -z, --zero-terminated     line delimiter is NUL, not newline
  -w, --check-chars=N   compare no more than N characters in lines
      --help        display this help and exit
      --version     output version information and exit

A field is a run of blanks (usually spaces and/or TABs), then non-blank
characters.  Fields are skipped before chars.

Note: 'uniq' does not detect repeated lines unless they are adjacent.
You may want to sort the input first, or use 'sort -u' without 'uniq'.
`;

/** A fatal error: "uniq: MESSAGE", status 1. */
class UniqFailure extends Error {}

/** size_opt: a count; too large saturates. */
function sizeOption(value: string, message: string): number {
  const match = /^[ \t\n\v\f\r]*\+?(\d+)$/.exec(value);
  if (match === null) throw new UniqFailure(`${value}: ${message}`);
  return Math.min(Number(match[1]), Number.MAX_SAFE_INTEGER);
}

export const uniq = defineCommand({
  name: 'uniq',
  summary: 'report or omit repeated lines',
  help: HELP,
  async run(ctx) {
    try {
      return await runUniq(ctx);
    } catch (error) {
      if (error instanceof UniqFailure) {
        await ctx.error(error.message);
        return 1;
      }
      if (error instanceof ArgmatchFailure) return error.status;
      throw error;
    }
  },
});

async function runUniq(ctx: CommandContext): Promise<number> {
  const digits = [...'0123456789'].map((d) => ({ short: d, key: 'digit' }));
  const { options, operands } = ctx.parse([
    ...digits,
    { short: 'c', long: 'count' }, { short: 'd', long: 'repeated' }, { short: 'D' },
    { long: 'all-repeated', arg: 'optional' }, { long: 'group', arg: 'optional' },
    { short: 'f', long: 'skip-fields', arg: 'required' }, { short: 'i', long: 'ignore-case' },
    { short: 's', long: 'skip-chars', arg: 'required' }, { short: 'u', long: 'unique' },
    { short: 'w', long: 'check-chars', arg: 'required' }, { short: 'z', long: 'zero-terminated' },
    { long: 'version' },
  ]);
  const settings: UniqSettings = {
    skipFields: 0, skipChars: 0, checkChars: Infinity, ignoreCase: false, count: false, outputUnique: true,
    outputFirstRepeated: true, outputLaterRepeated: false, delimitGroups: 'none', grouping: 'none', delimiter: 0x0a,
  };
  let outputOptionUsed = false;
  let fieldsStyle: 'none' | 'obsolete' | 'new' = 'none';
  for (const { key, value, spelled } of options) {
    switch (key) {
      case 'digit':
        // -N: obsolete spelling of -f N, whose digits accumulate (-1 -2 skips 12 fields).
        if (fieldsStyle === 'new') settings.skipFields = 0;
        settings.skipFields = Math.min(settings.skipFields * 10 + Number(spelled.slice(1)), Number.MAX_SAFE_INTEGER);
        fieldsStyle = 'obsolete';
        break;
      case 'count': settings.count = true; outputOptionUsed = true; break;
      case 'repeated': settings.outputUnique = false; outputOptionUsed = true; break;
      case 'D': case 'all-repeated':
        settings.outputUnique = false;
        settings.outputLaterRepeated = true;
        settings.delimitGroups = value === undefined ? 'none'
          : await argmatch<DelimitMethod>(ctx, '--all-repeated', value, [['none', 'none'], ['prepend', 'prepend'], ['separate', 'separate']]);
        outputOptionUsed = true;
        break;
      case 'group':
        settings.grouping = value === undefined ? 'separate'
          : await argmatch<GroupMethod>(ctx, '--group', value, [['prepend', 'prepend'], ['append', 'append'], ['separate', 'separate'], ['both', 'both']]);
        break;
      case 'skip-fields':
        fieldsStyle = 'new';
        settings.skipFields = sizeOption(value!, 'invalid number of fields to skip');
        break;
      case 'ignore-case': settings.ignoreCase = true; break;
      case 'skip-chars': settings.skipChars = sizeOption(value!, 'invalid number of bytes to skip'); break;
      case 'unique': settings.outputFirstRepeated = false; outputOptionUsed = true; break;
      case 'check-chars': settings.checkChars = sizeOption(value!, 'invalid number of bytes to compare'); break;
      case 'zero-terminated': settings.delimiter = 0; break;
      default: throw new Unsupported(spelled);
    }
  }
  const files: string[] = [];
  for (const operand of operands) {
    // +N: obsolete spelling of -s N.
    const plus = /^\+(\d+)$/.exec(operand);
    if (plus) settings.skipChars = Math.min(Number(plus[1]), Number.MAX_SAFE_INTEGER);
    else if (files.length === 2) return ctx.usageError(`extra operand ${quoteLocale(operand)}`);
    else files.push(operand);
  }
  if (settings.grouping !== 'none' && outputOptionUsed) return ctx.usageError('--group is mutually exclusive with -c/-d/-D/-u');
  if (settings.grouping !== 'none' && settings.count) return ctx.usageError('grouping and printing repeat counts is meaningless');
  if (settings.count && settings.outputLaterRepeated) return ctx.usageError('printing all duplicated lines and repeat counts is meaningless');
  return filterFile(ctx, files[0] ?? '-', files[1] ?? '-', settings);
}

async function filterFile(ctx: CommandContext, inputName: string, outputName: string, settings: UniqSettings): Promise<number> {
  let input;
  try {
    input = await ctx.openInput(inputName);
  } catch (error) {
    throw opening(inputName, error);
  }
  try {
    if (outputName !== '-') {
      try {
        ctx.proc.fds.setAdopted(1, await ctx.open(outputName, { write: true, create: true, truncate: true }));
      } catch (error) {
        throw opening(outputName, error);
      }
    }
    const sink = new ByteSink();
    const filter = new UniqFilter(settings, sink);
    const delimiter = settings.delimiter;
    let carry: Uint8Array[] = [];
    let failed = false;
    for (;;) {
      let chunk: Uint8Array;
      try {
        chunk = await input.read();
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        failed = true;
        break;
      }
      if (chunk.length === 0) break;
      await ctx.tick(chunk.length * SCAN_US_PER_BYTE);
      let start = 0;
      if (carry.length > 0) {
        // The line begun in earlier chunks ends in this one, if it has a delimiter.
        const end = chunk.indexOf(delimiter);
        if (end < 0) {
          carry.push(chunk);
          start = chunk.length;
        } else {
          carry.push(chunk.subarray(0, end));
          const line = concat(carry);
          carry = [];
          filter.line(line, 0, line.length);
          start = end + 1;
        }
      }
      if (carry.length === 0) start = filter.scan(chunk, start);
      if (start < chunk.length) carry.push(chunk.subarray(start));
      if (sink.size > 0) await ctx.stdout.write(sink.take());
    }
    if (!failed) {
      if (carry.length > 0) {
        const line = concat(carry);
        filter.line(line, 0, line.length);
      }
      filter.finish();
    }
    if (sink.size > 0) await ctx.stdout.write(sink.take());
    if (failed) throw new UniqFailure(`error reading ${quoteAlways(inputName)}`);
    return 0;
  } finally {
    ctx.closeInput(input);
  }
}

function opening(name: string, error: unknown): UniqFailure {
  if (!(error instanceof Errno)) throw error;
  return new UniqFailure(`${quoteName(name)}: ${error.message}`);
}
