import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { DirInode, Inode } from '../fs/inode.ts';
import { sizeOf } from '../fs/filesystem.ts';
import { quoteAlways, quoteName } from '../text/quote.ts';
import { stringWidth } from '../text/wcwidth.ts';
import { compareCodePoints } from '../shell/glob.ts';
import { modeString } from './mode.ts';
import { humanSize } from './human-size.ts';
import { formatLsTime } from './ls-time.ts';

const HELP = `Usage: ls [OPTION]... [FILE]...
List information about the FILEs (the current directory by default).
Sort entries alphabetically if none of -cftuvSUX nor --sort is specified.

Mandatory arguments to long options are mandatory for short options too.
  -a, --all                  do not ignore entries starting with .
  -A, --almost-all           do not list implied . and ..
      --color[=WHEN]         color the output WHEN; more info below
  -d, --directory            list directories themselves, not their contents
  -F, --classify[=WHEN]      append indicator (one of */=>@|) to entries WHEN
  -h, --human-readable       with -l and -s, print sizes like 1K 234M 2G etc.
  -i, --inode                print the index number of each file
  -l                         use a long listing format
  -r, --reverse              reverse order while sorting
  -R, --recursive            list subdirectories recursively
  -s, --size                 print the allocated size of each file, in blocks
  -S                         sort by file size, largest first
  -t                         sort by time, newest first; see --time
  -U                         do not sort; list entries in directory order
  -1                         list one file per line
      --help        display this help and exit
      --version     output version information and exit

The SIZE argument is an integer and optional unit (example: 10K is 10*1024).

Using color to distinguish file types is disabled both by default and
with --color=never.  With --color=auto, ls emits color codes only when
standard output is connected to a terminal.

Exit status:
 0  if OK,
 1  if minor problems (e.g., cannot access subdirectory),
 2  if serious trouble (e.g., cannot access command-line argument).
`;

interface Options {
  all: boolean;
  almostAll: boolean;
  long: boolean;
  human: boolean;
  recursive: boolean;
  directory: boolean;
  reverse: boolean;
  sort: 'name' | 'time' | 'size' | 'none';
  format: 'columns' | 'single' | 'long';
  classify: boolean;
  inode: boolean;
  size: boolean;
  color: boolean;
  quoting: boolean;
  width: number;
}

interface Entry {
  name: string;
  path: string;
  inode: Inode;
  /** The target's inode for symlinks (undefined when dangling). */
  target?: Inode;
}

export const ls = defineCommand({
  name: 'ls',
  summary: 'list directory contents',
  help: HELP,
  usageStatus: 2,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'a', long: 'all' },
      { short: 'A', long: 'almost-all' },
      { long: 'color', arg: 'optional' },
      { short: 'd', long: 'directory' },
      { short: 'F', long: 'classify', arg: 'optional' },
      { short: 'h', long: 'human-readable' },
      { short: 'i', long: 'inode' },
      { short: 'l' },
      { short: 'r', long: 'reverse' },
      { short: 'R', long: 'recursive' },
      { short: 's', long: 'size' },
      { short: 'S' },
      { short: 't' },
      { short: 'U' },
      { short: '1' },
      { short: 'C' },
    ]);
    const tty = ctx.stdout.mode === 'line';
    const opts: Options = {
      all: false, almostAll: false, long: false, human: false, recursive: false, directory: false, reverse: false,
      sort: 'name', format: tty ? 'columns' : 'single', classify: false, inode: false, size: false, color: false,
      quoting: tty, width: Number(ctx.getenv('COLUMNS')) || ctx.kernel.tty.size.cols,
    };
    for (const { key, value } of options) {
      switch (key) {
        case 'all': opts.all = true; break;
        case 'almost-all': opts.almostAll = true; break;
        case 'directory': opts.directory = true; break;
        case 'human-readable': opts.human = true; break;
        case 'inode': opts.inode = true; break;
        case 'l': opts.format = 'long'; opts.long = true; break;
        case 'reverse': opts.reverse = true; break;
        case 'recursive': opts.recursive = true; break;
        case 'size': opts.size = true; break;
        case 'S': opts.sort = 'size'; break;
        case 't': opts.sort = 'time'; break;
        case 'U': opts.sort = 'none'; break;
        case '1': if (opts.format !== 'long') opts.format = 'single'; break;
        case 'C': opts.format = 'columns'; opts.long = false; break;
        case 'classify': opts.classify = value === undefined || value === 'always' || value === 'yes' || (value === 'auto' && tty); break;
        case 'color': {
          const when = value ?? 'always';
          if (!['always', 'yes', 'force', 'never', 'no', 'none', 'auto', 'tty', 'if-tty'].includes(when)) {
            await ctx.error(`invalid argument '${when}' for '--color'`);
            return ctx.usageError('');
          }
          opts.color = ['always', 'yes', 'force'].includes(when) || (['auto', 'tty', 'if-tty'].includes(when) && tty);
          break;
        }
      }
    }
    return list(ctx, operands, opts);
  },
});

async function list(ctx: CommandContext, operands: string[], opts: Options): Promise<number> {
  let status = 0;
  const files: Entry[] = [];
  const dirs: Entry[] = [];
  for (const operand of operands.length > 0 ? operands : ['.']) {
    let inode: Inode;
    try {
      inode = ctx.lookup(operand, false);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.error(`cannot access ${quoteAlways(operand)}: ${error.message}`);
      status = 2;
      continue;
    }
    const entry: Entry = { name: operand, path: operand, inode, target: resolveTarget(ctx, operand, inode) };
    const followed = entry.target ?? inode;
    const isDir = inode.type === 'dir' || (inode.type === 'symlink' && followed.type === 'dir' && !opts.long);
    if (isDir && !opts.directory) dirs.push(entry);
    else files.push(entry);
  }
  sortEntries(files, opts);
  sortEntries(dirs, opts);
  if (files.length > 0) await printEntries(ctx, files, opts);
  const showHeaders = dirs.length + files.length > 1 || opts.recursive;
  for (let i = 0; i < dirs.length; i++) {
    if (files.length > 0 || i > 0) await ctx.stdout.write('\n');
    const result = await listDirectory(ctx, dirs[i], opts, showHeaders);
    if (result > status) status = result;
  }
  return status;
}

async function listDirectory(ctx: CommandContext, dir: Entry, opts: Options, header: boolean): Promise<number> {
  const inode = (dir.target ?? dir.inode) as DirInode;
  if (header) await ctx.stdout.write(`${opts.quoting ? quoteName(dir.path) : dir.path}:\n`);
  if (!ctx.fs.canAccess(ctx.proc.cred, inode, 4)) {
    await ctx.error(`cannot open directory ${quoteAlways(dir.path)}: Permission denied`);
    return 2;
  }
  const entries: Entry[] = [];
  if (opts.all) {
    entries.push({ name: '.', path: join(dir.path, '.'), inode });
    entries.push({ name: '..', path: join(dir.path, '..'), inode: inode.parent });
  }
  for (const [name, child] of inode.entries) {
    if (name.startsWith('.') && !opts.all && !opts.almostAll) continue;
    const path = join(dir.path, name);
    entries.push({ name, path, inode: child, target: child.type === 'symlink' ? resolveTarget(ctx, path, child) : undefined });
  }
  await ctx.tick(entries.length * 2);
  sortEntries(entries, opts);
  if (opts.long || opts.size) {
    const blocks = entries.reduce((sum, e) => sum + kilobytes(e.inode), 0);
    await ctx.stdout.write(`total ${opts.human ? humanSize(blocks * 1024) : blocks}\n`);
  }
  await printEntries(ctx, entries, opts);
  let status = 0;
  if (opts.recursive) {
    for (const entry of entries) {
      if (entry.inode.type !== 'dir' || entry.name === '.' || entry.name === '..') continue;
      await ctx.stdout.write('\n');
      status = Math.max(status, await listDirectory(ctx, entry, opts, true));
    }
  }
  return status;
}

function join(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

function resolveTarget(ctx: CommandContext, path: string, inode: Inode): Inode | undefined {
  if (inode.type !== 'symlink') return undefined;
  try {
    return ctx.lookup(path, true);
  } catch {
    return undefined;
  }
}

function sortEntries(entries: Entry[], opts: Options): void {
  if (opts.sort === 'none') return;
  entries.sort((a, b) => {
    let order = 0;
    if (opts.sort === 'time') order = b.inode.mtimeUs - a.inode.mtimeUs;
    else if (opts.sort === 'size') order = sizeOf(b.inode) - sizeOf(a.inode);
    if (order === 0) order = compareCodePoints(a.name, b.name);
    return opts.reverse ? -order : order;
  });
}

/** Disk usage in 1 KiB blocks, as ext4 allocates (4 KiB at a time). */
function kilobytes(inode: Inode): number {
  if (inode.type === 'symlink' || inode.type === 'fifo' || inode.type === 'device') return 0;
  return Math.ceil(sizeOf(inode) / 4096) * 4;
}

async function printEntries(ctx: CommandContext, entries: Entry[], opts: Options): Promise<void> {
  if (entries.length === 0) return;
  if (opts.format === 'long') return printLong(ctx, entries, opts);
  const names = entries.map((e) => decorate(e, opts));
  const prefixes = entries.map((e) => prefix(e, opts, entries));
  if (opts.format === 'single') {
    await ctx.stdout.write(names.map((n, i) => `${prefixes[i]}${n.text}\n`).join(''));
    return;
  }
  await ctx.stdout.write(columns(names.map((n, i) => ({ text: prefixes[i] + n.text, width: stringWidth(prefixes[i]) + n.width })), opts.width));
}

function prefix(entry: Entry, opts: Options, all: Entry[]): string {
  let out = '';
  if (opts.inode) out += `${String(entry.inode.ino).padStart(Math.max(...all.map((e) => String(e.inode.ino).length)))} `;
  if (opts.size) {
    const blocks = (e: Entry): string => (opts.human ? humanSize(kilobytes(e.inode) * 1024) : String(kilobytes(e.inode)));
    out += `${blocks(entry).padStart(Math.max(...all.map((e) => blocks(e).length)))} `;
  }
  return out;
}

/** The name as shown: quoted on a terminal, colored, with -F's indicator. */
function decorate(entry: Entry, opts: Options): { text: string; width: number } {
  const shown = opts.quoting ? quoteName(entry.name, { colon: false }) : entry.name;
  let width = stringWidth(shown);
  let text = shown;
  const color = opts.color ? colorOf(entry) : '';
  if (color) text = `\x1b[0m\x1b[${color}m${shown}\x1b[0m`;
  if (opts.classify) {
    const indicator = indicatorOf(entry);
    text += indicator;
    width += indicator.length;
  }
  return { text, width };
}

function colorOf(entry: Entry): string {
  const inode = entry.inode;
  if (inode.type === 'dir') return (inode.mode & 0o1002) === 0o1002 ? '30;42' : '01;34';
  if (inode.type === 'symlink') return entry.target ? '01;36' : '40;31;01';
  if (inode.type === 'fifo') return '40;33';
  if (inode.type === 'device') return '40;33;01';
  if ((inode.mode & 0o111) !== 0) return '01;32';
  if (/\.(tar|tgz|gz|zip|bz2|xz|zst)$/.test(entry.name)) return '01;31';
  return '';
}

function indicatorOf(entry: Entry): string {
  const inode = entry.inode;
  if (inode.type === 'dir') return '/';
  if (inode.type === 'symlink') return '@';
  if (inode.type === 'fifo') return '|';
  if (inode.type === 'file' && (inode.mode & 0o111) !== 0) return '*';
  return '';
}

/** GNU ls's column layout: as many columns as fit, filled top to bottom, padded with tabs. */
function columns(items: { text: string; width: number }[], lineLength: number): string {
  const n = items.length;
  const maxCols = Math.max(1, Math.min(Math.floor(lineLength / 3), n));
  const info = Array.from({ length: maxCols }, (_, i) => ({ valid: true, lineLen: (i + 1) * 3, widths: new Array<number>(i + 1).fill(3) }));
  for (let f = 0; f < n; f++) {
    for (let i = 0; i < maxCols; i++) {
      const col = info[i];
      if (!col.valid) continue;
      const index = Math.floor(f / Math.ceil(n / (i + 1)));
      const real = items[f].width + (index === i ? 0 : 2);
      if (col.widths[index] < real) {
        col.lineLen += real - col.widths[index];
        col.widths[index] = real;
        col.valid = col.lineLen < lineLength;
      }
    }
  }
  let cols = maxCols;
  while (cols > 1 && !info[cols - 1].valid) cols--;
  const widths = info[cols - 1].widths;
  const rows = Math.ceil(n / cols);
  let out = '';
  for (let row = 0; row < rows; row++) {
    let pos = 0;
    for (let col = 0, f = row; f < n; col++, f += rows) {
      out += items[f].text;
      if (f + rows >= n) break;
      out += indent(pos + items[f].width, pos + widths[col]);
      pos += widths[col];
    }
    out += '\n';
  }
  return out;
}

function indent(from: number, to: number): string {
  let out = '';
  while (from < to) {
    if (Math.floor(to / 8) > Math.floor((from + 1) / 8)) {
      out += '\t';
      from += 8 - (from % 8);
    } else {
      out += ' ';
      from++;
    }
  }
  return out;
}

async function printLong(ctx: CommandContext, entries: Entry[], opts: Options): Promise<void> {
  const now = ctx.kernel.clock.nowMs;
  const rows = entries.map((entry) => {
    const stat = ctx.fs.stat(entry.inode);
    return {
      entry,
      prefix: prefix(entry, opts, entries),
      mode: modeString(entry.inode.type, entry.inode.mode),
      links: String(stat.nlink),
      owner: ctx.system.userByUid(stat.uid)?.name ?? String(stat.uid),
      group: ctx.system.groupByGid(stat.gid)?.name ?? String(stat.gid),
      size: entry.inode.type === 'device' ? '1, 3' : opts.human ? humanSize(stat.size) : String(stat.size),
      time: formatLsTime(Math.floor(stat.mtimeUs / 1000), now),
    };
  });
  const width = (key: 'links' | 'owner' | 'group' | 'size'): number => Math.max(...rows.map((r) => r[key].length));
  const [links, owner, group, size] = [width('links'), width('owner'), width('group'), width('size')];
  let out = '';
  for (const row of rows) {
    const name = decorate(row.entry, { ...opts, classify: opts.classify }).text;
    let line = `${row.prefix}${row.mode} ${row.links.padStart(links)} ${row.owner.padEnd(owner)} ${row.group.padEnd(group)} ${row.size.padStart(size)} ${row.time} ${name}`;
    if (row.entry.inode.type === 'symlink') line += ` -> ${row.entry.inode.target}`;
    out += `${line}\n`;
  }
  await ctx.stdout.write(out);
}
