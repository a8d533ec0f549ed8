// paste: merge lines of files side by side, or each file's lines into one (-s), with a cycling
// list of one-byte delimiters (GNU coreutils 9.1). "-" may be given several times: each takes the
// next line of standard input.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { InputReader } from '../io/input-reader.ts';
import { quoteName } from '../text/quote.ts';
import { SCAN_US_PER_BYTE, SYSCALL_US } from '../kernel/cost-model.ts';
import { ByteBuilder, utf8Bytes } from './text-byte-builder.ts';
import { LineSource } from './text-line-source.ts';
import { lineBlocks } from './text-line-blocks.ts';
import { coreutilsVersion } from './text-version.ts';

const HELP = `Usage: paste [OPTION]... [FILE]...
Write lines consisting of the sequentially corresponding lines from
each FILE, separated by TABs, to standard output.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -d, --delimiters=LIST   reuse characters from LIST instead of TABs
  -s, --serial            paste one file at a time instead of in parallel
  -z, --zero-terminated    line delimiter is NUL, not newline
      --help        display this help and exit
      --version     output version information and exit

`;

/** "\\0" in the list: no delimiter at that position. */
const EMPTY = -1;

export const paste = defineCommand({
  name: 'paste',
  summary: 'merge lines of files',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'd', long: 'delimiters', arg: 'required' },
      { short: 's', long: 'serial' },
      { short: 'z', long: 'zero-terminated' },
      { long: 'version' },
    ]);
    let list = '\t';
    let serial = false;
    let eol = 0x0a;
    for (const { key, value } of options) {
      if (key === 'delimiters') list = value === '' ? '\\0' : value!;
      else if (key === 'serial') serial = true;
      else if (key === 'zero-terminated') eol = 0;
      else if (key === 'version') {
        await ctx.stdout.write(coreutilsVersion('paste', 'Written by David M. Ihnat and David MacKenzie.'));
        return 0;
      }
    }
    const delimiters = collapseEscapes(utf8Bytes(list));
    if (delimiters === null) {
      await ctx.error(`delimiter list ends with an unescaped backslash: ${list}`);
      return 1;
    }
    const files = operands.length > 0 ? operands : ['-'];
    return serial ? pasteSerial(ctx, files, delimiters, eol) : pasteParallel(ctx, files, delimiters, eol);
  },
});

/** The delimiter bytes with \\n \\t \\0 ... decoded; null when the list ends with a lone backslash. */
function collapseEscapes(bytes: Uint8Array): number[] | null {
  const out: number[] = [];
  const escapes: Record<number, number> = { 0x30: EMPTY, 0x62: 8, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11, 0x5c: 0x5c };
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x5c) {
      out.push(bytes[i]);
      continue;
    }
    if (++i >= bytes.length) return null;
    out.push(escapes[bytes[i]] ?? bytes[i]);
  }
  return out;
}

async function flush(ctx: CommandContext, out: ByteBuilder): Promise<void> {
  await ctx.tick(SYSCALL_US + out.length * SCAN_US_PER_BYTE);
  await ctx.stdout.write(out.take());
}

async function pasteParallel(ctx: CommandContext, files: string[], delimiters: number[], eol: number): Promise<number> {
  // GNU paste opens every file first and gives up at the first one it cannot open.
  const sources: (LineSource | null)[] = [];
  const readers: InputReader[] = [];
  let stdinSource: LineSource | null = null;
  for (const file of files) {
    if (file === '-') {
      stdinSource ??= new LineSource(ctx.stdin, eol);
      sources.push(stdinSource);
      continue;
    }
    try {
      const reader = await ctx.openInput(file);
      readers.push(reader);
      sources.push(new LineSource(reader, eol));
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.fileError(file, error);
      for (const reader of readers) ctx.closeInput(reader);
      return 1;
    }
  }
  let status = 0;
  let open = files.length;
  const out = new ByteBuilder();
  const saved: number[] = [];
  while (open > 0) {
    let somedone = false;
    let d = 0;
    saved.length = 0;
    for (let i = 0; i < files.length && open > 0; i++) {
      const source = sources[i];
      let got = false;
      if (source !== null) {
        try {
          got = source.take() || (await source.next());
        } catch (error) {
          if (!(error instanceof Errno)) throw error;
          await ctx.stdout.write(out.take());
          await ctx.error(`${quoteName(files[i])}: ${error.message}`);
          status = 1;
        }
      }
      if (got) {
        const line = source!;
        for (const byte of saved) out.push(byte);
        saved.length = 0;
        out.append(line.block, line.start, line.end);
        somedone = true;
        if (i + 1 !== files.length) {
          if (delimiters[d] !== EMPTY) out.push(delimiters[d]);
          d = (d + 1) % delimiters.length;
        } else out.push(eol);
        if (out.length >= 65536) await flush(ctx, out);
        continue;
      }
      if (source !== null) {
        sources[i] = null;
        open--;
      }
      if (i + 1 === files.length) {
        if (somedone) {
          for (const byte of saved) out.push(byte);
          saved.length = 0;
          out.push(eol);
        }
      } else {
        // A finished file still gets its delimiter, written only if a later file has a line.
        if (delimiters[d] !== EMPTY) saved.push(delimiters[d]);
        d = (d + 1) % delimiters.length;
      }
    }
  }
  for (const reader of readers) ctx.closeInput(reader);
  await ctx.stdout.write(out.take());
  return status;
}

async function pasteSerial(ctx: CommandContext, files: string[], delimiters: number[], eol: number): Promise<number> {
  let status = 0;
  for (const file of files) {
    let reader: InputReader;
    try {
      reader = await ctx.openInput(file);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.fileError(file, error);
      status = 1;
      continue;
    }
    let d = 0;
    // A delimiter that ended a line is written only once more input follows: the last one of the
    // file stays a line delimiter.
    let pending = false;
    try {
      for await (const block of lineBlocks(reader, eol)) {
        await ctx.tick(SYSCALL_US + block.length * SCAN_US_PER_BYTE);
        const out = new ByteBuilder(block.length + 1);
        let start = 0;
        while (start < block.length) {
          if (pending) {
            if (delimiters[d] !== EMPTY) out.push(delimiters[d]);
            d = (d + 1) % delimiters.length;
            pending = false;
          }
          let end = block.indexOf(eol, start);
          if (end < 0) end = block.length;
          else pending = true;
          out.append(block, start, end);
          start = end + 1;
        }
        await ctx.stdout.write(out.take());
      }
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.stdout.write(Uint8Array.of(eol));
      await ctx.stdout.flush();
      await ctx.error(`${quoteName(file)}: ${error.message}`);
      status = 1;
      ctx.closeInput(reader);
      continue;
    }
    ctx.closeInput(reader);
    await ctx.stdout.write(Uint8Array.of(eol));
  }
  return status;
}
