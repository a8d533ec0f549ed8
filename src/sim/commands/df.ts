// df: space and inodes of the machine's single filesystem, a tmpfs-like mount on / whose size is
// the world's quota (see df-filesystem.ts), in GNU's table layout: column widths from the
// headers and cells, numbers right-aligned, the last column unpadded.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { quoteLocale, quoteName } from '../text/quote.ts';
import { filesystemUsage, MOUNT } from './df-filesystem.ts';
import { formatSize, type SizeStyle } from './du-units.ts';

const HELP = `Usage: df [OPTION]... [FILE]...
Show information about the file system on which each FILE resides,
or all file systems by default.

Mandatory arguments to long options are mandatory for short options too.
  -a, --all             include pseudo, duplicate, inaccessible file systems
  -B, --block-size=SIZE  scale sizes by SIZE before printing them; e.g.,
                           '-BM' prints sizes in units of 1,048,576 bytes;
                           see SIZE format below
  -h, --human-readable  print sizes in powers of 1024 (e.g., 1023M)
  -H, --si              print sizes in powers of 1000 (e.g., 1.1G)
  -i, --inodes          list inode information instead of block usage
  -k                    like --block-size=1K
  -l, --local           limit listing to local file systems
      --no-sync         do not invoke sync before getting usage info (default)
      --output[=FIELD_LIST]  use the output format defined by FIELD_LIST,
                               or print all fields if FIELD_LIST is omitted.
  -P, --portability     use the POSIX output format
      --sync            invoke sync before getting usage info
      --total           elide all entries insignificant to available space,
                          and produce a grand total
  -t, --type=TYPE       limit listing to file systems of type TYPE
  -T, --print-type      print file system type
  -x, --exclude-type=TYPE   limit listing to file systems not of type TYPE
  -v                    (ignored)
      --help        display this help and exit
      --version     output version information and exit

Display values are in units of the first available SIZE from --block-size,
and the DF_BLOCK_SIZE, BLOCK_SIZE and BLOCKSIZE environment variables.
Otherwise, units default to 1024 bytes (or 512 if POSIXLY_CORRECT is set).

The SIZE argument is an integer and optional unit (example: 10K is 10*1024).
Units are K,M,G,T,P,E,Z,Y (powers of 1024) or KB,MB,... (powers of 1000).
Binary prefixes can be used, too: KiB=K, MiB=M, and so on.

FIELD_LIST is a comma-separated list of columns to be included.  Valid
field names are: 'source', 'fstype', 'itotal', 'iused', 'iavail', 'ipcent',
'size', 'used', 'avail', 'pcent', 'file' and 'target' (see info page).
`;

type Field = 'source' | 'fstype' | 'itotal' | 'iused' | 'iavail' | 'ipcent' | 'size' | 'used' | 'avail' | 'pcent' | 'file' | 'target';
const ALL_FIELDS: Field[] = ['source', 'fstype', 'itotal', 'iused', 'iavail', 'ipcent', 'size', 'used', 'avail', 'pcent', 'file', 'target'];
const MIN_WIDTH: Record<Field, number> = { source: 14, fstype: 4, itotal: 5, iused: 5, iavail: 5, ipcent: 5, size: 5, used: 5, avail: 5, pcent: 4, file: 0, target: 0 };
const LEFT: Field[] = ['source', 'fstype', 'file', 'target'];

type Mode = 'default' | 'inodes' | 'posix' | 'output';

export const df = defineCommand({
  name: 'df',
  summary: 'report file system space usage',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'a', long: 'all' },
      { short: 'B', long: 'block-size', arg: 'required' },
      { short: 'h', long: 'human-readable' },
      { short: 'H', long: 'si' },
      { short: 'i', long: 'inodes' },
      { short: 'k' },
      { short: 'l', long: 'local' },
      { long: 'no-sync' },
      { long: 'output', arg: 'optional' },
      { short: 'P', long: 'portability' },
      { long: 'sync' },
      { long: 'total' },
      { short: 't', long: 'type', arg: 'required' },
      { short: 'T', long: 'print-type' },
      { short: 'x', long: 'exclude-type', arg: 'required' },
      { short: 'v' },
    ]);
    let style: SizeStyle = { kind: 'blocks', unit: 1024 };
    let mode: Mode = 'default';
    let printType = false;
    let total = false;
    let fields: Field[] | undefined;
    const include: string[] = [];
    const exclude: string[] = [];
    const exclusive: string[] = [];
    for (const { key, value, spelled } of options) {
      switch (key) {
        case 'human-readable': style = { kind: 'human', base: 1024 }; break;
        case 'si': style = { kind: 'human', base: 1000 }; break;
        case 'k': style = { kind: 'blocks', unit: 1024 }; break;
        case 'inodes': mode = mode === 'output' ? mode : 'inodes'; exclusive.push('-i'); break;
        case 'portability': mode = mode === 'output' ? mode : 'posix'; exclusive.push('-P'); break;
        case 'print-type': printType = true; exclusive.push('-T'); break;
        case 'total': total = true; break;
        case 'type': include.push(value!); break;
        case 'exclude-type': exclude.push(value!); break;
        case 'output': {
          const parsed = await parseFields(ctx, value, fields ?? []);
          if (typeof parsed === 'number') return parsed;
          fields = parsed;
          mode = 'output';
          break;
        }
        case 'block-size': throw new Unsupported(spelled);
        default: break; // -a, -l, --sync, --no-sync, -v: one local filesystem, nothing to change
      }
    }
    if (fields !== undefined && exclusive.length > 0) return ctx.usageError(`options ${exclusive[0]} and --output are mutually exclusive`);
    const both = include.find((t) => exclude.includes(t));
    if (both !== undefined) {
      await ctx.error(`file system type ${quoteLocale(both)} both selected and excluded`);
      return 1;
    }
    fields ??= defaultFields(mode, printType);
    let status = 0;
    const targets: string[] = [];
    for (const operand of operands) {
      try {
        ctx.lookup(operand);
        targets.push(operand);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.error(`${quoteName(operand)}: ${error.message}`);
        status = 1;
      }
    }
    const selected = (include.length === 0 || include.includes(MOUNT.type)) && !exclude.includes(MOUNT.type);
    const rows: string[][] = [];
    if (selected) {
      const files = operands.length === 0 ? ['-'] : targets;
      for (const file of files) rows.push(fields.map((f) => cell(ctx, f, file, style)));
      if (total && rows.length > 0) rows.push(fields.map((f) => (f === 'source' ? 'total' : f === 'target' || f === 'file' || f === 'fstype' ? '-' : cell(ctx, f, '-', style))));
    }
    if (rows.length === 0) {
      if (status === 0) await ctx.error('no file systems processed');
      return 1;
    }
    await ctx.stdout.write(table([fields.map((f) => header(f, mode, style)), ...rows], fields));
    return status;
  },
});

function defaultFields(mode: Mode, printType: boolean): Field[] {
  const type: Field[] = printType ? ['fstype'] : [];
  if (mode === 'inodes') return ['source', ...type, 'itotal', 'iused', 'iavail', 'ipcent', 'target'];
  return ['source', ...type, 'size', 'used', 'avail', 'pcent', 'target'];
}

/** --output's list added to the fields of earlier --output options. */
async function parseFields(ctx: CommandContext, list: string | undefined, earlier: Field[]): Promise<Field[] | number> {
  const fields: Field[] = [...earlier];
  if (list === undefined) list = ALL_FIELDS.join(',');
  for (const name of list.split(',')) {
    if (!ALL_FIELDS.includes(name as Field)) return ctx.usageError(`option --output: field ${quoteLocale(name)} unknown`);
    if (fields.includes(name as Field)) return ctx.usageError(`option --output: field ${quoteLocale(name)} used more than once`);
    fields.push(name as Field);
  }
  return fields;
}

function header(field: Field, mode: Mode, style: SizeStyle): string {
  switch (field) {
    case 'source': return 'Filesystem';
    case 'fstype': return 'Type';
    case 'itotal': return 'Inodes';
    case 'iused': return 'IUsed';
    case 'iavail': return 'IFree';
    case 'ipcent': return 'IUse%';
    case 'size': return style.kind === 'human' ? 'Size' : mode === 'posix' ? '1024-blocks' : '1K-blocks';
    case 'used': return 'Used';
    case 'avail': return style.kind === 'human' || mode === 'output' ? 'Avail' : 'Available';
    case 'pcent': return mode === 'posix' ? 'Capacity' : 'Use%';
    case 'file': return 'File';
    case 'target': return 'Mounted on';
  }
}

function cell(ctx: CommandContext, field: Field, file: string, style: SizeStyle): string {
  const usage = filesystemUsage(ctx.fs);
  const bytes = (blocks: number): string => formatSize(blocks * MOUNT.blockSize, style);
  const count = (n: number): string => (style.kind === 'human' ? formatSize(n, style) : String(n));
  const used = usage.blocks - usage.free;
  const inodesUsed = usage.inodes - usage.freeInodes;
  switch (field) {
    case 'source': return MOUNT.source;
    case 'fstype': return MOUNT.type;
    case 'itotal': return count(usage.inodes);
    case 'iused': return count(inodesUsed);
    case 'iavail': return count(usage.freeInodes);
    case 'ipcent': return percent(inodesUsed, usage.freeInodes);
    case 'size': return bytes(usage.blocks);
    case 'used': return bytes(used);
    case 'avail': return bytes(usage.available);
    case 'pcent': return percent(used, usage.available);
    case 'file': return file;
    case 'target': return MOUNT.target;
  }
}

/** Use%: used over (used + available), rounded up; "-" when both are zero. */
function percent(used: number, available: number): string {
  if (used + available === 0) return '-';
  return `${Math.ceil((used * 100) / (used + available))}%`;
}

function table(rows: string[][], fields: Field[]): string {
  const widths = fields.map((f, i) => Math.max(MIN_WIDTH[f], ...rows.map((r) => r[i].length)));
  return rows
    .map((row) =>
      row
        .map((text, i) => {
          const left = LEFT.includes(fields[i]);
          if (i === row.length - 1 && left) return text;
          return left ? text.padEnd(widths[i]) : text.padStart(widths[i]);
        })
        .join(' '),
    )
    .join('\n')
    .concat('\n');
}
