// truncate: sets each file's size (-s, with + - < > / % to adjust it) or copies another's (-r),
// creating missing files unless -c. Messages as GNU coreutils 9.1 prints them.

import { defineCommand } from './command.ts';
import { Errno } from '../kernel/errors.ts';
import { W_OK } from '../fs/filesystem.ts';
import { parseNumber } from './text-count-argument.ts';
import { quoteAlways } from '../text/quote.ts';
import { Unsupported } from './context.ts';

const HELP = `Usage: truncate OPTION... FILE...
Shrink or extend the size of each FILE to the specified size

A FILE argument that does not exist is created.

If a FILE is larger than the specified size, the extra data is lost.
If a FILE is shorter, it is extended and the sparse extended part (hole)
reads as zero bytes.

Mandatory arguments to long options are mandatory for short options too.
  -c, --no-create        do not create any files
  -o, --io-blocks        treat SIZE as number of IO blocks instead of bytes
  -r, --reference=RFILE  base size on RFILE
  -s, --size=SIZE        set or adjust the file size by SIZE bytes
      --help        display this help and exit
      --version     output version information and exit

The SIZE argument is an integer and optional unit (example: 10K is 10*1024).
Units are K,M,G,T,P,E,Z,Y (powers of 1024) or KB,MB,... (powers of 1000).
Binary prefixes can be used, too: KiB=K, MiB=M, and so on.

SIZE may also be prefixed by one of the following modifying characters:
'+' extend by, '-' reduce by, '<' at most, '>' at least,
'/' round down to multiple of, '%' round up to multiple of.
`;

type Adjust = '=' | '+' | '-' | '<' | '>' | '/' | '%';

export const truncate = defineCommand({
  name: 'truncate',
  summary: 'shrink or extend the size of a file to the specified size',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'c', long: 'no-create' },
      { short: 'o', long: 'io-blocks' },
      { short: 'r', long: 'reference', arg: 'required' },
      { short: 's', long: 'size', arg: 'required' },
    ]);
    let noCreate = false;
    let reference: string | undefined;
    let size: bigint | undefined;
    let adjust: Adjust = '=';
    for (const { key, value } of options) {
      if (key === 'no-create') noCreate = true;
      else if (key === 'io-blocks') throw new Unsupported('-o');
      else if (key === 'reference') reference = value;
      else if (key === 'size') {
        let text = value!;
        const first = text[0] as Adjust;
        if ('+-<>/%'.includes(first) && text !== '') {
          adjust = first;
          text = text.slice(1);
        }
        const parsed = parseNumber(text, 'Invalid number', { suffixes: 'EgGkKmMPtTYZ0', signed: true });
        if (parsed.error !== undefined) {
          await ctx.error(parsed.error);
          return 1;
        }
        size = parsed.value;
        if ((adjust === '/' || adjust === '%') && size === 0n) {
          await ctx.error('division by zero');
          return 1;
        }
      }
    }
    if (size === undefined && reference === undefined) return ctx.usageError('you must specify either ‘--size’ or ‘--reference’');
    if (operands.length === 0) return ctx.usageError('missing file operand');
    let referenceSize: bigint | undefined;
    if (reference !== undefined) {
      try {
        referenceSize = BigInt(ctx.fs.stat(ctx.lookup(reference)).size);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.error(`cannot stat ${quoteAlways(reference)}: ${error.message}`);
        return 1;
      }
    }
    let status = 0;
    for (const name of operands) {
      try {
        let inode;
        try {
          inode = ctx.lookup(name);
        } catch (error) {
          if (!(error instanceof Errno) || error.code !== 'ENOENT' || noCreate) throw error;
          inode = ctx.fs.createFile(ctx.proc.cred, ctx.proc.cwd, name, 0o666 & ~ctx.proc.umask);
        }
        if (inode.type === 'dir') throw new Errno('EISDIR');
        if (inode.type !== 'file') continue;
        if (!ctx.fs.canAccess(ctx.proc.cred, inode, W_OK)) throw new Errno('EACCES');
        const current = BigInt(inode.size);
        const base = referenceSize ?? current;
        const target = size === undefined ? base : resize(adjust, base, size);
        ctx.fs.truncate(inode, Number(target < 0n ? 0n : target));
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        if (error.code === 'ENOENT' && noCreate) continue;
        await ctx.error(`cannot open ${quoteAlways(name)} for writing: ${error.message}`);
        status = 1;
      }
    }
    return status;
  },
});

function resize(adjust: Adjust, base: bigint, size: bigint): bigint {
  switch (adjust) {
    case '+':
      return base + size;
    case '-':
      return base - size;
    case '<':
      return base < size ? base : size;
    case '>':
      return base > size ? base : size;
    case '/':
      return (base / size) * size;
    case '%':
      return ((base + size - 1n) / size) * size;
    default:
      return size;
  }
}
