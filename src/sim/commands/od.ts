// od: dumps its input (the files concatenated) in octal, hex, decimal or as characters, one
// block of 16 bytes per line, "*" for repeated blocks, after GNU od (formats in od-format.ts).

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { InputReader } from '../io/input-reader.ts';
import { SCAN_US_PER_BYTE, SYSCALL_US } from '../kernel/cost-model.ts';
import { quoteLocale } from '../text/quote.ts';
import { alignTypes, formatLine, parseTypes, sizeMultiple, TypeError_, type OutputType } from './od-format.ts';
import { parseByteCount, parseOldOffset } from './od-offsets.ts';

const HELP = `Usage: od [OPTION]... [FILE]...
  or:  od [-abcdfilosx]... [FILE] [[+]OFFSET[.][b]]
  or:  od --traditional [OPTION]... [FILE] [[+]OFFSET[.][b] [+][LABEL][.][b]]

Write an unambiguous representation, octal bytes by default,
of FILE to standard output.  With more than one FILE argument,
concatenate them in the listed order to form the input.

With no FILE, or when FILE is -, read standard input.

If first and second call formats both apply, the second format is assumed
if the last operand begins with + or (if there are 2 operands) a digit.
An OFFSET operand means -j OFFSET.  LABEL is the pseudo-address
at first byte printed, incremented when dump is progressing.
For OFFSET and LABEL, a 0x or 0X prefix indicates hexadecimal;
suffixes may be . for octal and b for multiply by 512.

Mandatory arguments to long options are mandatory for short options too.
  -A, --address-radix=RADIX   output format for file offsets; RADIX is one
                                of [doxn], for Decimal, Octal, Hex or None
      --endian={big|little}   swap input bytes according the specified order
  -j, --skip-bytes=BYTES      skip BYTES input bytes first
  -N, --read-bytes=BYTES      limit dump to BYTES input bytes
  -S BYTES, --strings[=BYTES]  output strings of at least BYTES graphic chars;
                                3 is implied when BYTES is not specified
  -t, --format=TYPE           select output format or formats
  -v, --output-duplicates     do not use * to mark line suppression
  -w[BYTES], --width[=BYTES]  output BYTES bytes per output line;
                                32 is implied when BYTES is not specified
      --traditional           accept arguments in third form above
      --help        display this help and exit
      --version     output version information and exit


Traditional format specifications may be intermixed; they accumulate:
  -a   same as -t a,  select named characters, ignoring high-order bit
  -b   same as -t o1, select octal bytes
  -c   same as -t c,  select printable characters or backslash escapes
  -d   same as -t u2, select unsigned decimal 2-byte units
  -f   same as -t fF, select floats
  -i   same as -t dI, select decimal ints
  -l   same as -t dL, select decimal longs
  -o   same as -t o2, select octal 2-byte units
  -s   same as -t d2, select decimal 2-byte units
  -x   same as -t x2, select hexadecimal 2-byte units


TYPE is made up of one or more of these specifications:
  a          named character, ignoring high-order bit
  c          printable character or backslash escape
  d[SIZE]    signed decimal, SIZE bytes per integer
  f[SIZE]    floating point, SIZE bytes per float
  o[SIZE]    octal, SIZE bytes per integer
  u[SIZE]    unsigned decimal, SIZE bytes per integer
  x[SIZE]    hexadecimal, SIZE bytes per integer

SIZE is a number.  For TYPE in [doux], SIZE may also be C for
sizeof(char), S for sizeof(short), I for sizeof(int) or L for
sizeof(long).  If TYPE is f, SIZE may also be F for sizeof(float), D
for sizeof(double) or L for sizeof(long double).

Adding a z suffix to any type displays printable characters at the end of
each output line.


BYTES is hex with 0x or 0X prefix, and may have a multiplier suffix:
  b    512
  KB   1000
  K    1024
  MB   1000*1000
  M    1024*1024
and so on for G, T, P, E, Z, Y.
Binary prefixes can be used, too: KiB=K, MiB=M, and so on.
`;

const TRADITIONAL: Record<string, string> = { a: 'a', b: 'o1', c: 'c', d: 'u2', f: 'fF', i: 'dI', l: 'dL', o: 'o2', s: 'd2', x: 'x2' };
/** Options that make od read operands the modern way only. */
const MODERN = ['address-radix', 'skip-bytes', 'read-bytes', 'format', 'output-duplicates', 'width', 'endian', 'strings'];

interface Dump {
  types: OutputType[];
  radix: 'o' | 'd' | 'x' | 'n';
  bytesPerBlock: number;
  duplicates: boolean;
  bigEndian: boolean;
}

export const od = defineCommand({
  name: 'od',
  summary: 'dump files in octal and other formats',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'A', long: 'address-radix', arg: 'required' },
      { long: 'endian', arg: 'required' },
      { short: 'j', long: 'skip-bytes', arg: 'required' },
      { short: 'N', long: 'read-bytes', arg: 'required' },
      { short: 'S', long: 'strings', arg: 'optional' },
      { short: 't', long: 'format', arg: 'required' },
      { short: 'v', long: 'output-duplicates' },
      { short: 'w', long: 'width', arg: 'optional' },
      { long: 'traditional' },
      ...Object.keys(TRADITIONAL).map((short) => ({ short })),
    ]);
    const dump: Dump = { types: [], radix: 'o', bytesPerBlock: 16, duplicates: false, bigEndian: false };
    let skip = 0;
    let limit = Infinity;
    let width: number | undefined;
    let modern = false;
    for (const { key, value, spelled } of options) {
      if (MODERN.includes(key)) modern = true;
      try {
        if (key in TRADITIONAL) dump.types.push(...parseTypes(TRADITIONAL[key]));
        else if (key === 'format') dump.types.push(...parseTypes(value!));
        else if (key === 'address-radix') {
          if (!/^[doxn]$/.test(value!)) {
            await ctx.error(`invalid output address radix '${value!.slice(0, 1)}'; it must be one character from [doxn]`);
            return 1;
          }
          dump.radix = value as Dump['radix'];
        } else if (key === 'skip-bytes' || key === 'read-bytes') {
          const n = parseByteCount(value!);
          if (n === undefined) {
            await ctx.error(`invalid ${spelled === '--skip-bytes' || spelled === '--read-bytes' ? spelled : `-${key === 'skip-bytes' ? 'j' : 'N'}`} argument ${quoteLocale(value!).replace(/[‘’]/g, "'")}`);
            return 1;
          }
          if (key === 'skip-bytes') skip = n;
          else limit = n;
        } else if (key === 'output-duplicates') dump.duplicates = true;
        else if (key === 'width') {
          width = value === undefined ? 32 : parseByteCount(value);
          if (width === undefined || width === 0) {
            await ctx.error(`invalid -w argument '${value}'`);
            return 1;
          }
        } else if (key === 'endian') {
          if (value !== 'big' && value !== 'little') throw new Unsupported(`--endian=${value}`);
          dump.bigEndian = value === 'big';
        } else throw new Unsupported(spelled);
      } catch (error) {
        if (!(error instanceof TypeError_)) throw error;
        if (error.message === 'float') throw new Unsupported(`${spelled} ${key === 'f' ? '' : value}`.trim());
        await ctx.error(error.message);
        return 1;
      }
    }
    if (dump.types.length === 0) dump.types = parseTypes('o2');
    const multiple = sizeMultiple(dump.types);
    if (width === undefined) dump.bytesPerBlock = multiple < 16 ? multiple * Math.floor(16 / multiple) : multiple;
    else if (width % multiple === 0) dump.bytesPerBlock = width;
    else {
      await ctx.error(`warning: invalid width ${width}; using ${multiple} instead`);
      dump.bytesPerBlock = multiple;
    }
    alignTypes(dump.types, dump.bytesPerBlock);
    const files = [...operands];
    if (!modern) {
      const last = files[files.length - 1];
      const offset = files.length === 1 && last.startsWith('+') ? parseOldOffset(last) : files.length === 2 && /^[+\d]/.test(last) ? parseOldOffset(last) : undefined;
      if (offset !== undefined) {
        skip = offset;
        files.pop();
      }
    }
    return dumpFiles(ctx, files.length > 0 ? files : ['-'], dump, skip, limit);
  },
});

async function dumpFiles(ctx: CommandContext, files: string[], dump: Dump, skip: number, limit: number): Promise<number> {
  let status = 0;
  let toSkip = skip;
  let remaining = limit;
  let offset = skip;
  const block = new Uint8Array(dump.bytesPerBlock);
  let filled = 0;
  let previous: Uint8Array | undefined;
  let starred = false;
  let opened = false;
  const emit = async (length: number): Promise<void> => {
    const same = !dump.duplicates && previous !== undefined && length === dump.bytesPerBlock && previous.every((b, i) => b === block[i]);
    if (same) {
      if (!starred) await ctx.stdout.write('*\n');
      starred = true;
    } else {
      starred = false;
      if (length < dump.bytesPerBlock) block.fill(0, length);
      let out = '';
      dump.types.forEach((t, i) => {
        out += `${i === 0 ? address(offset, dump.radix) : ' '.repeat(address(0, dump.radix).length)}${formatLine(t, block, length, dump.bytesPerBlock, dump.bigEndian)}\n`;
      });
      await ctx.stdout.write(out);
    }
    previous = block.slice();
    offset += length;
  };
  for (const file of files) {
    if (remaining === 0) break;
    let reader: InputReader;
    try {
      reader = await ctx.openInput(file);
    } catch (error) {
      await ctx.fileError(file, error);
      status = 1;
      continue;
    }
    opened = true;
    try {
      while (remaining > 0) {
        let chunk = await reader.read();
        if (chunk.length === 0) break;
        await ctx.tick(SYSCALL_US + chunk.length * SCAN_US_PER_BYTE * 4);
        if (toSkip > 0) {
          const skipped = Math.min(toSkip, chunk.length);
          toSkip -= skipped;
          chunk = chunk.subarray(skipped);
        }
        if (chunk.length > remaining) chunk = chunk.subarray(0, remaining);
        remaining -= chunk.length;
        for (let at = 0; at < chunk.length; ) {
          const take = Math.min(dump.bytesPerBlock - filled, chunk.length - at);
          block.set(chunk.subarray(at, at + take), filled);
          filled += take;
          at += take;
          if (filled === dump.bytesPerBlock) {
            await emit(filled);
            filled = 0;
          }
        }
      }
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.fileError(file, error);
      status = 1;
    } finally {
      ctx.closeInput(reader);
    }
  }
  // Like GNU od, nothing at all is printed when no file could be opened.
  if (!opened) return status;
  if (toSkip > 0) {
    await ctx.error('cannot skip past end of combined input');
    return 1;
  }
  if (filled > 0) await emit(filled);
  if (dump.radix !== 'n') await ctx.stdout.write(`${address(offset, dump.radix)}\n`);
  return status;
}

function address(offset: number, radix: Dump['radix']): string {
  if (radix === 'n') return '';
  if (radix === 'd') return String(offset).padStart(7, '0');
  if (radix === 'x') return offset.toString(16).padStart(6, '0');
  return offset.toString(8).padStart(7, '0');
}
