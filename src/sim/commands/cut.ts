// cut: print selected bytes, characters or fields of each line (GNU coreutils 9.1). GNU cut has
// no multibyte support, so -c counts bytes exactly like -b.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { InputReader } from '../io/input-reader.ts';
import { quoteName } from '../text/quote.ts';
import { SCAN_US_PER_BYTE, SYSCALL_US } from '../kernel/cost-model.ts';
import { UsageError } from './getopt.ts';
import { parseList } from './cut-list.ts';
import { cutBytes, cutFields, cutRecord, type CutSpec } from './cut-select.ts';
import { lineBlocks } from './text-line-blocks.ts';
import { ByteBuilder, utf8Bytes } from './text-byte-builder.ts';
import { coreutilsVersion } from './text-version.ts';

const HELP = `Usage: cut OPTION... [FILE]...
Print selected parts of lines from each FILE to standard output.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -b, --bytes=LIST        select only these bytes
  -c, --characters=LIST   select only these characters
  -d, --delimiter=DELIM   use DELIM instead of TAB for field delimiter
  -f, --fields=LIST       select only these fields;  also print any line
                            that contains no delimiter character, unless
                            the -s option is specified
  -n                      (ignored)
      --complement        complement the set of selected bytes, characters
                            or fields
  -s, --only-delimited    do not print lines not containing delimiters
      --output-delimiter=STRING  use STRING as the output delimiter
                            the default is to use the input delimiter
  -z, --zero-terminated    line delimiter is NUL, not newline
      --help        display this help and exit
      --version     output version information and exit

Use one, and only one of -b, -c or -f.  Each LIST is made up of one
range, or many ranges separated by commas.  Selected input is written
in the same order that it is read, and is written exactly once.
Each range is one of:

  N     N'th byte, character or field, counted from 1
  N-    from N'th byte, character or field, to end of line
  N-M   from N'th to M'th (included) byte, character or field
  -M    from first to M'th (included) byte, character or field

`;

export const cut = defineCommand({
  name: 'cut',
  summary: 'remove sections from each line of files',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'b', long: 'bytes', arg: 'required' },
      { short: 'c', long: 'characters', arg: 'required' },
      { short: 'd', long: 'delimiter', arg: 'required' },
      { short: 'f', long: 'fields', arg: 'required' },
      { short: 'n' },
      { long: 'complement' },
      { short: 's', long: 'only-delimited' },
      { long: 'output-delimiter', arg: 'required' },
      { short: 'z', long: 'zero-terminated' },
      { long: 'version' },
    ]);
    let list: string | undefined;
    let byteMode = false;
    let delimiter: number | undefined;
    let outputDelimiter: Uint8Array | null = null;
    let onlyDelimited = false;
    let complement = false;
    let eol = 0x0a;
    for (const { key, value } of options) {
      switch (key) {
        case 'bytes':
        case 'characters':
        case 'fields':
          if (list !== undefined) throw new UsageError('only one list may be specified');
          list = value!;
          if (key !== 'fields') byteMode = true;
          break;
        case 'delimiter': {
          // -d '' means the NUL byte; anything longer than one byte is refused (é is two).
          const bytes = utf8Bytes(value!);
          if (bytes.length > 1) throw new UsageError('the delimiter must be a single character');
          delimiter = bytes.length === 0 ? 0 : bytes[0];
          break;
        }
        case 'output-delimiter':
          outputDelimiter = value === '' ? new Uint8Array(1) : utf8Bytes(value!);
          break;
        case 'only-delimited':
          onlyDelimited = true;
          break;
        case 'complement':
          complement = true;
          break;
        case 'zero-terminated':
          eol = 0;
          break;
        case 'version':
          await ctx.stdout.write(coreutilsVersion('cut', 'Written by David M. Ihnat, David MacKenzie, and Jim Meyering.'));
          return 0;
        // -n is accepted and ignored by GNU cut too.
      }
    }
    if (list === undefined) throw new UsageError('you must specify a list of bytes, characters, or fields');
    if (byteMode && delimiter !== undefined) throw new UsageError('an input delimiter may be specified only when operating on fields');
    if (byteMode && onlyDelimited) throw new UsageError('suppressing non-delimited lines makes sense\n\tonly when operating on fields');
    const ranges = parseList(list, byteMode, complement);
    delimiter ??= 0x09;
    const spec: CutSpec = {
      ranges,
      eol,
      delimiter,
      outputDelimiter: outputDelimiter ?? (byteMode ? null : Uint8Array.of(delimiter)),
      onlyDelimited,
    };
    let status = 0;
    for (const file of operands.length > 0 ? operands : ['-']) {
      let reader: InputReader;
      try {
        reader = await ctx.openInput(file);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.fileError(file, error);
        status = 1;
        continue;
      }
      try {
        await cutStream(ctx, reader, spec, byteMode);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.error(`${quoteName(file)}: ${error.message}`);
        status = 1;
      } finally {
        ctx.closeInput(reader);
      }
    }
    return status;
  },
});

async function cutStream(ctx: CommandContext, reader: InputReader, spec: CutSpec, byteMode: boolean): Promise<void> {
  if (!byteMode && spec.delimiter === spec.eol) {
    const data = await reader.readAll();
    await ctx.tick(data.length * SCAN_US_PER_BYTE);
    const out = new ByteBuilder(data.length + 1);
    cutRecord(data, spec, out);
    await ctx.stdout.write(out.take());
    return;
  }
  const select = byteMode ? cutBytes : cutFields;
  for await (const block of lineBlocks(reader, spec.eol)) {
    await ctx.tick(SYSCALL_US + block.length * SCAN_US_PER_BYTE);
    const out = new ByteBuilder(block.length + 64);
    select(block, spec, out);
    await ctx.stdout.write(out.bytes.subarray(0, out.length));
  }
}
