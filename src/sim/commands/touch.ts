import { defineCommand } from './command.ts';
import { Errno } from '../kernel/errors.ts';
import { quoteAlways, quoteLocale } from '../text/quote.ts';
import { parseDateString } from '../text/date-parse.ts';
import { zoneFromTz } from './date-zone.ts';
import type { TimeZone } from '../text/date-calendar.ts';

const HELP = `Usage: touch [OPTION]... FILE...
Update the access and modification times of each FILE to the current time.

A FILE argument that does not exist is created empty, unless -c or -h
is supplied.

A FILE argument string of - is handled specially and causes touch to
change the times of the file associated with standard output.

Mandatory arguments to long options are mandatory for short options too.
  -a                     change only the access time
  -c, --no-create        do not create any files
  -d, --date=STRING      parse STRING and use it instead of current time
  -f                     (ignored)
  -m                     change only the modification time
  -r, --reference=FILE   use this file's times instead of current time
  -t STAMP               use [[CC]YY]MMDDhhmm[.ss] instead of current time
      --help        display this help and exit
      --version     output version information and exit
`;

export const touch = defineCommand({
  name: 'touch',
  summary: 'change file timestamps',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'a' },
      { short: 'c', long: 'no-create' },
      { short: 'd', long: 'date', arg: 'required' },
      { short: 'f' },
      { short: 'm' },
      { short: 'r', long: 'reference', arg: 'required' },
      { short: 't', arg: 'required' },
    ]);
    let onlyAccess = false;
    let onlyModify = false;
    let create = true;
    let when = ctx.kernel.clock.nowUs;
    for (const { key, value } of options) {
      if (key === 'a') onlyAccess = true;
      else if (key === 'm') onlyModify = true;
      else if (key === 'no-create') create = false;
      else if (key === 'date') {
        const ms = parseDateString(value!, ctx.kernel.clock.nowMs, zoneFromTz(ctx.getenv('TZ')));
        if (ms === undefined) {
          await ctx.error(`invalid date format ${quoteLocale(value!)}`);
          return 1;
        }
        when = ms * 1000;
      } else if (key === 't') {
        const ms = parseStamp(value!, ctx.kernel.clock.nowMs, zoneFromTz(ctx.getenv('TZ')));
        if (ms === undefined) {
          await ctx.error(`invalid date format ${quoteLocale(value!)}`);
          return 1;
        }
        when = ms * 1000;
      } else if (key === 'reference') {
        try {
          when = ctx.lookup(value!).mtimeUs;
        } catch (error) {
          if (!(error instanceof Errno)) throw error;
          await ctx.error(`failed to get attributes of ${quoteAlways(value!)}: ${error.message}`);
          return 1;
        }
      }
    }
    if (operands.length === 0) return ctx.usageError('missing file operand');
    let status = 0;
    for (const operand of operands) {
      try {
        let inode;
        try {
          inode = ctx.lookup(operand);
        } catch (error) {
          if (!(error instanceof Errno) || error.code !== 'ENOENT' || !create) throw error;
          const description = await ctx.open(operand, { write: true, create: true });
          description.release();
          inode = ctx.lookup(operand);
        }
        const atime = onlyModify && !onlyAccess ? inode.atimeUs : when;
        const mtime = onlyAccess && !onlyModify ? inode.mtimeUs : when;
        ctx.fs.utimes(ctx.proc.cred, inode, atime, mtime);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        if (error.code === 'ENOENT' && !create) continue;
        await ctx.error(`cannot touch ${quoteAlways(operand)}: ${error.message}`);
        status = 1;
      }
    }
    return status;
  },
});

/** touch -t [[CC]YY]MMDDhhmm[.ss], in the machine's time zone (UTC). */
/** [[CC]YY]MMDDhhmm[.ss] in local time (TZ). */
function parseStamp(stamp: string, nowMs: number, zone: TimeZone): number | undefined {
  const match = /^(\d{2}|\d{4})?(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{2}))?$/.exec(stamp);
  if (!match) return undefined;
  let year = new Date(nowMs).getUTCFullYear();
  if (match[1] !== undefined) {
    year = Number(match[1]);
    if (match[1].length === 2) year += year < 69 ? 2000 : 1900;
  }
  const [month, day, hour, minute] = [match[2], match[3], match[4], match[5]].map(Number);
  const second = Number(match[6] ?? '0');
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return undefined;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // The offset in force at the wall time's instant, checked again once the instant is known (DST).
  const guess = wall - zone.at(wall / 1000).offset * 1000;
  return wall - zone.at(guess / 1000).offset * 1000;
}
