// touch, as GNU coreutils 9.1: the new times come from -d, -t, -r (with -d relative to the
// reference) or the clock; -a/-m/--time pick which of the two change; -h changes a symlink itself.
// Like the real one it opens (creating) each file first and then sets the times by name, so a failed
// open is what it reports when the times cannot be set either.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { quoteAlways, quoteLocale } from '../text/quote.ts';
import { parseDateString } from '../text/date-parse.ts';
import { zoneFromTz } from './date-zone.ts';
import type { TimeZone } from '../text/date-calendar.ts';
import type { Inode } from '../fs/inode.ts';
import { W_OK } from '../fs/filesystem.ts';
import { argmatch } from './cp-argmatch.ts';
import { DirectoryDescription, RegularFileDescription } from '../fs/open-file.ts';

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
  -h, --no-dereference   affect each symbolic link instead of any referenced
                         file (useful only on systems that can change the
                         timestamps of a symlink)
  -m                     change only the modification time
  -r, --reference=FILE   use this file's times instead of current time
  -t STAMP               use [[CC]YY]MMDDhhmm[.ss] instead of current time
      --time=WORD        change the specified time:
                           WORD is access, atime, or use: equivalent to -a
                           WORD is modify or mtime: equivalent to -m
      --help        display this help and exit
      --version     output version information and exit

Note that the -d and -t options accept different time-date formats.
`;

const TIME_WORDS = [['atime', 'access', 'use'], ['mtime', 'modify']] as const;

/** What to do to every file operand. */
interface Plan {
  changeAccess: boolean;
  changeModify: boolean;
  /** Explicit times in microseconds; undefined means the clock at the moment of each change. */
  times: { atimeUs: number; mtimeUs: number } | undefined;
  create: boolean;
  noDereference: boolean;
}

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
      { short: 'h', long: 'no-dereference' },
      { short: 'm' },
      { short: 'r', long: 'reference', arg: 'required' },
      { short: 't', arg: 'required' },
      { long: 'time', arg: 'required' },
    ]);
    const plan: Plan = { changeAccess: false, changeModify: false, times: undefined, create: true, noDereference: false };
    const zone = zoneFromTz(ctx.getenv('TZ'));
    let stampUs: number | undefined;
    let flexDate: string | undefined;
    let reference: string | undefined;
    for (const { key, value } of options) {
      if (key === 'a') plan.changeAccess = true;
      else if (key === 'm') plan.changeModify = true;
      else if (key === 'time') {
        const word = await argmatch(ctx, value!, TIME_WORDS, '--time');
        if (typeof word === 'number') return word;
        if (TIME_WORDS[0].some((w) => w === word)) plan.changeAccess = true;
        else plan.changeModify = true;
      } else if (key === 'no-create') plan.create = false;
      else if (key === 'no-dereference') plan.noDereference = true;
      else if (key === 'date') flexDate = value;
      else if (key === 'reference') reference = value;
      else if (key === 't') {
        // -t is checked as it is met; -d only once all options are read, as in GNU.
        const ms = parseStamp(value!, ctx.kernel.clock.nowMs, zone);
        if (ms === undefined) {
          await ctx.error(`invalid date format ${quoteLocale(value!)}`);
          return 1;
        }
        stampUs = ms * 1000;
      }
    }
    if (!plan.changeAccess && !plan.changeModify) plan.changeAccess = plan.changeModify = true;
    if (stampUs !== undefined && (reference !== undefined || flexDate !== undefined)) {
      await ctx.error('cannot specify times from more than one source');
      return ctx.usageError('');
    }
    if (reference !== undefined) {
      let source: Inode;
      try {
        source = ctx.lookup(reference, !plan.noDereference);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.error(`failed to get attributes of ${quoteAlways(reference)}: ${error.message}`);
        return 1;
      }
      plan.times = { atimeUs: source.atimeUs, mtimeUs: source.mtimeUs };
      // -d with -r moves the reference's times ("-r f -d '+1 hour'").
      if (flexDate !== undefined) {
        const atimeUs = plan.changeAccess ? relativeDate(flexDate, plan.times.atimeUs, zone) : plan.times.atimeUs;
        const mtimeUs = plan.changeModify ? relativeDate(flexDate, plan.times.mtimeUs, zone) : plan.times.mtimeUs;
        if (atimeUs === undefined || mtimeUs === undefined) return invalidDate(ctx, flexDate);
        plan.times = { atimeUs, mtimeUs };
      }
    } else if (flexDate !== undefined) {
      const us = relativeDate(flexDate, ctx.kernel.clock.nowUs, zone);
      if (us === undefined) return invalidDate(ctx, flexDate);
      plan.times = { atimeUs: us, mtimeUs: us };
    } else if (stampUs !== undefined) {
      plan.times = { atimeUs: stampUs, mtimeUs: stampUs };
    }
    if (operands.length === 0) return ctx.usageError('missing file operand');
    let status = 0;
    for (const operand of operands) {
      if (!(await touchOne(ctx, operand, plan))) status = 1;
    }
    return status;
  },
});

async function invalidDate(ctx: CommandContext, text: string): Promise<number> {
  await ctx.error(`invalid date format ${quoteLocale(text)}`);
  return 1;
}

function relativeDate(text: string, baseUs: number, zone: TimeZone): number | undefined {
  const ms = parseDateString(text, Math.floor(baseUs / 1000), zone);
  return ms === undefined ? undefined : ms * 1000;
}

async function touchOne(ctx: CommandContext, operand: string, plan: Plan): Promise<boolean> {
  if (operand === '-') return touchStandardOutput(ctx, plan);
  let openError: Errno | undefined;
  if (plan.create && !plan.noDereference) openError = await openForWriting(ctx, operand);
  try {
    setTimes(ctx, ctx.lookup(operand, !plan.noDereference), plan);
    return true;
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    if (openError !== undefined) {
      await ctx.error(`cannot touch ${quoteAlways(operand)}: ${openError.message}`);
      return false;
    }
    if (!plan.create && error.code === 'ENOENT') return true;
    await ctx.error(`setting times of ${quoteAlways(operand)}: ${error.message}`);
    return false;
  }
}

/**
 * open(O_WRONLY|O_CREAT) and close: the error it would fail with, if any. EISDIR does not count (GNU
 * then reports the time change instead): a directory, or any name ending in '/', which Linux
 * refuses to create.
 */
async function openForWriting(ctx: CommandContext, operand: string): Promise<Errno | undefined> {
  if (operand.endsWith('/')) return undefined;
  try {
    const inode = ctx.lookup(operand);
    if (inode.type !== 'dir' && !ctx.fs.canAccess(ctx.proc.cred, inode, W_OK)) return new Errno('EACCES');
    return undefined;
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    if (error.code !== 'ENOENT') return error;
  }
  try {
    (await ctx.open(operand, { write: true, create: true })).release();
    return undefined;
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    return error;
  }
}

/** "touch -" changes the times of whatever standard output is open on. */
async function touchStandardOutput(ctx: CommandContext, plan: Plan): Promise<boolean> {
  const description = ctx.proc.fds.find(1);
  if (description === undefined) {
    if (!plan.create) return true; // "touch -c - >&-" is not diagnosed
    await ctx.error(`setting times of '-': ${new Errno('EBADF').message}`);
    return false;
  }
  // Pipes and terminals have times too, but nothing here can show them.
  if (!(description instanceof RegularFileDescription || description instanceof DirectoryDescription)) return true;
  try {
    setTimes(ctx, description.inode, plan);
    return true;
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`setting times of '-': ${error.message}`);
    return false;
  }
}

/**
 * utimensat(): setting both times to "now" needs only write permission, anything else (explicit
 * times, or one of the two left alone) needs the owner, as Linux decides.
 */
function setTimes(ctx: CommandContext, inode: Inode, plan: Plan): void {
  const cred = ctx.proc.cred;
  const touchNow = plan.times === undefined && plan.changeAccess && plan.changeModify;
  if (!touchNow && cred.uid !== 0 && cred.uid !== inode.uid) throw new Errno('EPERM');
  const nowUs = ctx.kernel.clock.nowUs;
  const atimeUs = !plan.changeAccess ? inode.atimeUs : (plan.times?.atimeUs ?? nowUs);
  const mtimeUs = !plan.changeModify ? inode.mtimeUs : (plan.times?.mtimeUs ?? nowUs);
  ctx.fs.utimes(cred, inode, atimeUs, mtimeUs);
}

/** touch -t [[CC]YY]MMDDhhmm[.ss], in local time (TZ). */
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
