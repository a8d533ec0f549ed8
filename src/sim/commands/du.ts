// du: disk usage of files and directory trees, in 1 KiB units of what ext4 would allocate
// (du-blocks.ts), printed after each directory's contents as GNU's fts walk does, counting an
// inode once (hard links; directories reached twice when several operands are given).

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { Inode } from '../fs/inode.ts';
import { R_OK, sizeOf } from '../fs/filesystem.ts';
import { quoteAlways, quoteLocale } from '../text/quote.ts';
import { matchPattern } from '../shell/pattern.ts';
import { argmatch } from './cp-argmatch.ts';
import { childPath } from './cp-paths.ts';
import { allocatedBlocks } from './du-blocks.ts';
import { formatSize, parseSize, type SizeStyle } from './du-units.ts';

const HELP = `Usage: du [OPTION]... [FILE]...
  or:  du [OPTION]... --files0-from=F
Summarize device usage of the set of FILEs, recursively for directories.

Mandatory arguments to long options are mandatory for short options too.
  -0, --null            end each output line with NUL, not newline
  -a, --all             write counts for all files, not just directories
      --apparent-size   print apparent sizes rather than device usage; although
                          the apparent size is usually smaller, it may be
                          larger due to holes in ('sparse') files, internal
                          fragmentation, indirect blocks, and the like
  -B, --block-size=SIZE  scale sizes by SIZE before printing them; e.g.,
                           '-BM' prints sizes in units of 1,048,576 bytes;
                           see SIZE format below
  -b, --bytes           equivalent to '--apparent-size --block-size=1'
  -c, --total           produce a grand total
  -D, --dereference-args  dereference only symlinks that are listed on the
                          command line
  -d, --max-depth=N     print the total for a directory (or file, with --all)
                          only if it is N or fewer levels below the command
                          line argument;  --max-depth=0 is the same as
                          --summarize
      --files0-from=F   summarize device usage of the
                          NUL-terminated file names specified in file F;
                          if F is -, then read names from standard input
  -H                    equivalent to --dereference-args (-D)
  -h, --human-readable  print sizes in human readable format (e.g., 1K 234M 2G)
      --inodes          list inode usage information instead of block usage
  -k                    like --block-size=1K
  -L, --dereference     dereference all symbolic links
  -l, --count-links     count sizes many times if hard linked
  -m                    like --block-size=1M
  -P, --no-dereference  don't follow any symbolic links (this is the default)
  -S, --separate-dirs   for directories do not include size of subdirectories
      --si              like -h, but use powers of 1000 not 1024
  -s, --summarize       display only a total for each argument
  -t, --threshold=SIZE  exclude entries smaller than SIZE if positive,
                          or entries greater than SIZE if negative
      --time            show time of the last modification of any file in the
                          directory, or any of its subdirectories
      --time=WORD       show time as WORD instead of modification time:
                          atime, access, use, ctime or status
      --time-style=STYLE  show times using STYLE, which can be:
                            full-iso, long-iso, iso, or +FORMAT;
                            FORMAT is interpreted like in 'date'
  -X, --exclude-from=FILE  exclude files that match any pattern in FILE
      --exclude=PATTERN    exclude files that match PATTERN
  -x, --one-file-system    skip directories on different file systems
      --help        display this help and exit
      --version     output version information and exit

Display values are in units of the first available SIZE from --block-size,
and the DU_BLOCK_SIZE, BLOCK_SIZE and BLOCKSIZE environment variables.
Otherwise, units default to 1024 bytes (or 512 if POSIXLY_CORRECT is set).

The SIZE argument is an integer and optional unit (example: 10K is 10*1024).
Units are K,M,G,T,P,E,Z,Y (powers of 1024) or KB,MB,... (powers of 1000).
Binary prefixes can be used, too: KiB=K, MiB=M, and so on.
`;

interface Options {
  all: boolean;
  apparent: boolean;
  inodes: boolean;
  countLinks: boolean;
  separateDirs: boolean;
  maxDepth: number;
  threshold: number;
  dereference: 'none' | 'args' | 'all';
  terminator: string;
  style: SizeStyle;
  time: 'mtime' | 'atime' | 'ctime' | undefined;
  excludes: string[];
  /** Inodes already counted. */
  seen: Set<Inode>;
  /** Whether directories are remembered too (several operands, or -L). */
  trackAll: boolean;
}

interface Usage {
  size: number;
  timeUs: number;
}

export const du = defineCommand({
  name: 'du',
  summary: 'estimate file space usage',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: '0', long: 'null' },
      { short: 'a', long: 'all' },
      { long: 'apparent-size' },
      { short: 'B', long: 'block-size', arg: 'required' },
      { short: 'b', long: 'bytes' },
      { short: 'c', long: 'total' },
      { short: 'D', long: 'dereference-args' },
      { short: 'H', key: 'dereference-args' },
      { short: 'd', long: 'max-depth', arg: 'required' },
      { long: 'files0-from', arg: 'required' },
      { short: 'h', long: 'human-readable' },
      { long: 'inodes' },
      { short: 'k' },
      { short: 'L', long: 'dereference' },
      { short: 'l', long: 'count-links' },
      { short: 'm' },
      { short: 'P', long: 'no-dereference' },
      { short: 'S', long: 'separate-dirs' },
      { long: 'si' },
      { short: 's', long: 'summarize' },
      { short: 't', long: 'threshold', arg: 'required' },
      { long: 'time', arg: 'optional' },
      { long: 'time-style', arg: 'required' },
      { short: 'X', long: 'exclude-from', arg: 'required' },
      { long: 'exclude', arg: 'required' },
      { short: 'x', long: 'one-file-system' },
    ]);
    const opts: Options = {
      all: false, apparent: false, inodes: false, countLinks: false, separateDirs: false, maxDepth: Infinity, threshold: 0,
      dereference: 'none', terminator: '\n', style: { kind: 'blocks', unit: 1024 }, time: undefined, excludes: [],
      seen: new Set(), trackAll: false,
    };
    let total = false;
    let summarize = false;
    let depthGiven: number | undefined;
    for (const { key, value, spelled } of options) {
      switch (key) {
        case 'null': opts.terminator = '\0'; break;
        case 'all': opts.all = true; break;
        case 'apparent-size': opts.apparent = true; break;
        case 'bytes': [opts.apparent, opts.style] = [true, { kind: 'blocks', unit: 1 }]; break;
        case 'total': total = true; break;
        case 'dereference-args': opts.dereference = 'args'; break;
        case 'dereference': opts.dereference = 'all'; break;
        case 'no-dereference': opts.dereference = 'none'; break;
        case 'max-depth':
          if (!/^\s*\+?\d+$/.test(value!)) {
            await ctx.error(`invalid maximum depth ${quoteLocale(value!)}`);
            return ctx.usageError('');
          }
          depthGiven = Number(value);
          break;
        case 'human-readable': opts.style = { kind: 'human', base: 1024 }; break;
        case 'si': opts.style = { kind: 'human', base: 1000 }; break;
        case 'inodes': opts.inodes = true; break;
        case 'k': opts.style = { kind: 'blocks', unit: 1024 }; break;
        case 'm': opts.style = { kind: 'blocks', unit: 1024 * 1024 }; break;
        case 'count-links': opts.countLinks = true; break;
        case 'separate-dirs': opts.separateDirs = true; break;
        case 'summarize': summarize = true; break;
        case 'threshold': {
          const size = parseSize(value!);
          if (size === undefined || (size === 0 && value!.startsWith('-'))) {
            await ctx.error(`invalid --threshold argument ${quoteLocale(value!)}`);
            return ctx.usageError('');
          }
          opts.threshold = size;
          break;
        }
        case 'time': {
          const word = value === undefined ? 'mtime' : await argmatch(ctx, value, [['atime', 'access', 'use'], ['ctime', 'status']], '--time');
          if (typeof word === 'number') return word;
          opts.time = word === 'mtime' ? 'mtime' : word === 'ctime' || word === 'status' ? 'ctime' : 'atime';
          break;
        }
        case 'exclude': opts.excludes.push(value!); break;
        case 'one-file-system': break; // one filesystem
        default: throw new Unsupported(spelled);
      }
    }
    if (summarize && depthGiven !== undefined && depthGiven !== 0) {
      await ctx.error(`warning: summarizing conflicts with --max-depth=${depthGiven}`);
      return ctx.usageError('');
    }
    if (summarize && depthGiven === 0) await ctx.error('warning: summarizing is the same as using --max-depth=0');
    opts.maxDepth = summarize ? 0 : (depthGiven ?? Infinity);
    const files = operands.length > 0 ? operands : ['.'];
    opts.trackAll = files.length > 1 || opts.dereference === 'all';
    let ok = true;
    let sum = 0;
    for (const file of files) {
      const result = await duOperand(ctx, file, opts);
      if (result === undefined) ok = false;
      else {
        sum += result.usage.size;
        if (!result.ok) ok = false;
      }
    }
    if (total) await printLine(ctx, { size: sum, timeUs: 0 }, 'total', { ...opts, time: undefined });
    return ok ? 0 : 1;
  },
});

async function duOperand(ctx: CommandContext, file: string, opts: Options): Promise<{ usage: Usage; ok: boolean } | undefined> {
  let inode: Inode;
  try {
    inode = ctx.lookup(file, opts.dereference !== 'none');
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`cannot access ${quoteAlways(file)}: ${error.message}`);
    return undefined;
  }
  const state = { ok: true };
  const usage = await visit(ctx, file, inode, 0, opts, state);
  return { usage: usage ?? { size: 0, timeUs: 0 }, ok: state.ok };
}

/** The usage of `path` (printed as GNU does), or undefined when it was excluded or already counted. */
async function visit(ctx: CommandContext, path: string, inode: Inode, depth: number, opts: Options, state: { ok: boolean }): Promise<Usage | undefined> {
  await ctx.tick(3);
  if (opts.excludes.some((pattern) => excluded(pattern, path))) return undefined;
  if (!opts.countLinks && (opts.trackAll || (inode.type !== 'dir' && inode.nlink > 1))) {
    if (opts.seen.has(inode)) return undefined;
    opts.seen.add(inode);
  }
  const own: Usage = { size: sizeOfEntry(inode, opts), timeUs: timeOf(inode, opts) };
  if (inode.type !== 'dir') {
    if (depth === 0 || (opts.all && depth <= opts.maxDepth)) await printLine(ctx, own, path, opts);
    return own;
  }
  const total: Usage = { ...own };
  let children = 0;
  if (!ctx.fs.canAccess(ctx.proc.cred, inode, R_OK)) {
    await ctx.error(`cannot read directory ${quoteAlways(path)}: Permission denied`);
    state.ok = false;
  } else {
    for (const [name, entry] of [...inode.entries]) {
      let child = entry;
      if (opts.dereference === 'all' && child.type === 'symlink') {
        try {
          child = ctx.lookup(childPath(path, name), true);
        } catch {
          child = entry;
        }
      }
      const usage = await visit(ctx, childPath(path, name), child, depth + 1, opts, state);
      if (usage === undefined) continue;
      if (!(opts.separateDirs && child.type === 'dir')) children += usage.size;
      total.timeUs = Math.max(total.timeUs, usage.timeUs);
    }
  }
  total.size += children;
  if (depth <= opts.maxDepth) await printLine(ctx, total, path, opts);
  return total;
}

function sizeOfEntry(inode: Inode, opts: Options): number {
  if (opts.inodes) return 1;
  return opts.apparent ? sizeOf(inode) : allocatedBlocks(inode) * 512;
}

function timeOf(inode: Inode, opts: Options): number {
  return opts.time === 'atime' ? inode.atimeUs : opts.time === 'ctime' ? inode.ctimeUs : inode.mtimeUs;
}

/** --exclude: the pattern matches the whole path or any part of it that follows a slash. */
function excluded(pattern: string, path: string): boolean {
  if (matchPattern(pattern, path)) return true;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
    if (path[i + 1] !== '/' && matchPattern(pattern, path.slice(i + 1))) return true;
  }
  return false;
}

async function printLine(ctx: CommandContext, usage: Usage, path: string, opts: Options): Promise<void> {
  if ((opts.threshold >= 0 && usage.size < opts.threshold) || (opts.threshold < 0 && usage.size > -opts.threshold)) return;
  const size = opts.inodes ? String(usage.size) : formatSize(usage.size, opts.style);
  const time = opts.time === undefined ? '' : `${longIso(usage.timeUs)}\t`;
  await ctx.stdout.write(`${size}\t${time}${path}${opts.terminator}`);
}

function longIso(us: number): string {
  const date = new Date(Math.floor(us / 1000));
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
}
