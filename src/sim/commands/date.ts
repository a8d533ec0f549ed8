// date: prints the virtual clock's time (or one given with -d, -f, -r) in the TZ zone, formatted
// by +FORMAT (date-format.ts) or one of the ISO 8601 / RFC formats. Setting the clock (-s or an
// MMDDhhmm operand) fails as it does for a user without CAP_SYS_TIME, after printing the date.

import { defineCommand } from './command.ts';
import { Unsupported, type CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { quoteLocale } from '../text/quote.ts';
import { brokenDown } from '../text/date-calendar.ts';
import { parseDateTime, type Timestamp } from '../text/date-parse.ts';
import { adjustResolution, strftime } from './date-format.ts';
import { zoneFromTz, type TimeZone } from './date-zone.ts';
import { parsePosixTime } from './date-posixtime.ts';
import { DATE_HELP } from './date-help.ts';

const DEFAULT_FORMAT = '%a %b %e %H:%M:%S %Z %Y';
const RFC_EMAIL = '%a, %d %b %Y %H:%M:%S %z';
const ISO_8601: Record<string, string> = {
  date: '%Y-%m-%d',
  seconds: '%Y-%m-%dT%H:%M:%S%:z',
  ns: '%Y-%m-%dT%H:%M:%S,%N%:z',
  hours: '%Y-%m-%dT%H%:z',
  minutes: '%Y-%m-%dT%H:%M%:z',
};
const RFC_3339: Record<string, string> = { date: '%Y-%m-%d', seconds: '%Y-%m-%d %H:%M:%S%:z', ns: '%Y-%m-%d %H:%M:%S.%N%:z' };

/** A usage problem reported as GNU date does: message, then the "Try" line, status 1. */
class DateUsage extends Error {}

export const date = defineCommand({
  name: 'date',
  summary: 'print or set the system date and time',
  help: DATE_HELP,
  async run(ctx) {
    try {
      return await runDate(ctx);
    } catch (error) {
      if (!(error instanceof DateUsage)) throw error;
      return ctx.usageError(error.message);
    }
  },
});

async function runDate(ctx: CommandContext): Promise<number> {
  const { options, operands } = ctx.parse([
    { short: 'd', long: 'date', arg: 'required' },
    { long: 'debug' },
    { short: 'f', long: 'file', arg: 'required' },
    { short: 'I', long: 'iso-8601', arg: 'optional' },
    { long: 'resolution' },
    { short: 'R', long: 'rfc-email' },
    { long: 'rfc-822', key: 'rfc-email' },
    { long: 'rfc-2822', key: 'rfc-email' },
    { long: 'rfc-3339', arg: 'required' },
    { short: 'r', long: 'reference', arg: 'required' },
    { short: 's', long: 'set', arg: 'required' },
    { short: 'u', long: 'utc', key: 'utc' },
    { long: 'universal', key: 'utc' },
    { long: 'uct', key: 'utc' },
  ]);
  let dateString: string | undefined;
  let batchFile: string | undefined;
  let reference: string | undefined;
  let setString: string | undefined;
  let resolution = false;
  let format: string | undefined;
  let tz = ctx.getenv('TZ');
  for (const { key, value } of options) {
    let newFormat: string | undefined;
    switch (key) {
      case 'date': dateString = value; break;
      case 'debug': throw new Unsupported('--debug');
      case 'file': batchFile = value; break;
      case 'resolution': resolution = true; break;
      case 'rfc-email': newFormat = RFC_EMAIL; break;
      case 'rfc-3339': newFormat = RFC_3339[await argMatch(ctx, '--rfc-3339', value!, ['date', 'seconds', 'ns'])]; break;
      case 'iso-8601': newFormat = ISO_8601[value === undefined ? 'date' : await argMatch(ctx, '--iso-8601', value, ['hours', 'minutes', 'date', 'seconds', 'ns'])]; break;
      case 'reference': reference = value; break;
      case 'set': setString = value; break;
      case 'utc': tz = 'UTC0'; break;
    }
    if (newFormat !== undefined) {
      if (format !== undefined) return fail(ctx, 'multiple output formats specified');
      format = newFormat;
    }
  }
  const specified = Number(dateString !== undefined) + Number(batchFile !== undefined) + Number(reference !== undefined) + Number(resolution);
  if (specified > 1) throw new DateUsage('the options to specify dates for printing are mutually exclusive');
  let setDate = setString !== undefined;
  if (setDate && specified) throw new DateUsage('the options to print and set the time may not be used together');
  let operand: string | undefined = operands[0];
  if (operands.length > 1) throw new DateUsage(`extra operand ${quoteLocale(operands[1])}`);
  if (operand !== undefined && operand.startsWith('+')) {
    if (format !== undefined) return fail(ctx, 'multiple output formats specified');
    format = operand.slice(1);
    operand = undefined;
  } else if (operand !== undefined && (setDate || specified)) {
    throw new DateUsage(
      `the argument ${quoteLocale(operand)} lacks a leading '+';\nwhen using an option to specify date(s), any non-option\nargument must be a format string beginning with '+'`,
    );
  }
  format = adjustResolution(format ?? (resolution ? '%s.%N' : DEFAULT_FORMAT));
  const zone = zoneFromTz(tz);
  const clock = ctx.kernel.clock.nowUs;
  const now: Timestamp = { seconds: Math.floor(clock / 1e6), nanoseconds: (clock % 1e6) * 1000 };
  const parse = (text: string): Timestamp | undefined => parseDateTime(text, now, { zone, zoneNamed: zoneFromTz });

  if (batchFile !== undefined) return batchConvert(ctx, batchFile, format, zone, parse);
  let when: Timestamp | undefined = now;
  let shown = dateString;
  if (!specified && !setDate) {
    if (operand !== undefined) {
      setDate = true;
      shown = operand;
      const year = brokenDown(now.seconds + zone.at(now.seconds).offset)!.year;
      const seconds = parsePosixTime(operand, zone, year);
      when = seconds === undefined ? undefined : { seconds, nanoseconds: 0 };
    }
  } else if (reference !== undefined) {
    try {
      const mtime = ctx.lookup(reference).mtimeUs;
      when = { seconds: Math.floor(mtime / 1e6), nanoseconds: (mtime % 1e6) * 1000 };
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.fileError(reference, error);
      return 1;
    }
  } else if (resolution) {
    when = { seconds: 0, nanoseconds: 1 };
  } else {
    shown = setString ?? dateString!;
    when = parse(shown);
  }
  if (when === undefined) return fail(ctx, `invalid date ${quoteLocale(shown!)}`);
  let ok = true;
  if (setDate) {
    if (ctx.proc.cred.uid === 0) throw new Unsupported('setting the clock');
    await ctx.error('cannot set date: Operation not permitted');
    ok = false;
  }
  if (!(await showDate(ctx, format, when, zone))) ok = false;
  return ok ? 0 : 1;
}

async function fail(ctx: CommandContext, message: string): Promise<number> {
  await ctx.error(message);
  return 1;
}

/** -f FILE: one date per line; bad lines are reported and skipped. */
async function batchConvert(ctx: CommandContext, file: string, format: string, zone: TimeZone, parse: (text: string) => Timestamp | undefined): Promise<number> {
  let reader;
  try {
    reader = await ctx.openInput(file);
  } catch (error) {
    await ctx.fileError(file, error);
    return 1;
  }
  let ok = true;
  try {
    for (let lines = await reader.nextLines(); lines !== null; lines = await reader.nextLines()) {
      for (const line of lines) {
        const when = parse(line);
        if (when === undefined) {
          await ctx.stdout.flush();
          await ctx.error(`invalid date ${quoteLocale(line)}`);
          ok = false;
        } else if (!(await showDate(ctx, format, when, zone))) ok = false;
      }
    }
  } finally {
    ctx.closeInput(reader);
  }
  return ok ? 0 : 1;
}

async function showDate(ctx: CommandContext, format: string, when: Timestamp, zone: TimeZone): Promise<boolean> {
  const info = zone.at(when.seconds);
  const fields = brokenDown(when.seconds + info.offset);
  if (fields === undefined) {
    await ctx.stdout.flush();
    await ctx.error(`time ${quoteLocale(BigInt(when.seconds).toString())} is out of range`);
    return false;
  }
  await ctx.stdout.write(`${strftime(format, { fields, epochSeconds: when.seconds, nanoseconds: when.nanoseconds, zone: info })}\n`);
  return true;
}

/** argmatch: an exact word or an unambiguous prefix of one; otherwise the list of valid ones. */
async function argMatch(ctx: CommandContext, option: string, value: string, choices: string[]): Promise<string> {
  if (choices.includes(value)) return value;
  const matches = choices.filter((c) => c.startsWith(value));
  if (matches.length === 1) return matches[0];
  const problem = matches.length > 1 ? 'ambiguous' : 'invalid';
  await ctx.error(`${problem} argument ${quoteLocale(value)} for ${quoteLocale(option)}`);
  await ctx.stderr.write(`Valid arguments are:\n${choices.map((c) => `  - ${quoteLocale(c)}\n`).join('')}`);
  throw new DateUsage('');
}
