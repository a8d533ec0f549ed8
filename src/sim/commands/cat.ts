import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { COPY_US_PER_BYTE, SCAN_US_PER_BYTE, SYSCALL_US } from '../kernel/cost-model.ts';

const HELP = `Usage: cat [OPTION]... [FILE]...
Concatenate FILE(s) to standard output.

With no FILE, or when FILE is -, read standard input.

  -A, --show-all           equivalent to -vET
  -b, --number-nonblank    number nonempty output lines, overrides -n
  -e                       equivalent to -vE
  -E, --show-ends          display $ at end of each line
  -n, --number             number all output lines
  -s, --squeeze-blank      suppress repeated empty output lines
  -t                       equivalent to -vT
  -T, --show-tabs          display TAB characters as ^I
  -u                       (ignored)
  -v, --show-nonprinting   use ^ and M- notation, except for LFD and TAB
      --help        display this help and exit
      --version     output version information and exit

Examples:
  cat f - g  Output f's contents, then standard input, then g's contents.
  cat        Copy standard input to standard output.
`;

interface Format {
  number: boolean;
  nonblank: boolean;
  squeeze: boolean;
  ends: boolean;
  tabs: boolean;
  nonprinting: boolean;
}

export const cat = defineCommand({
  name: 'cat',
  summary: 'concatenate files and print on the standard output',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'A', long: 'show-all' },
      { short: 'b', long: 'number-nonblank' },
      { short: 'e' },
      { short: 'E', long: 'show-ends' },
      { short: 'n', long: 'number' },
      { short: 's', long: 'squeeze-blank' },
      { short: 't' },
      { short: 'T', long: 'show-tabs' },
      { short: 'u' },
      { short: 'v', long: 'show-nonprinting' },
    ]);
    const format: Format = { number: false, nonblank: false, squeeze: false, ends: false, tabs: false, nonprinting: false };
    for (const { key } of options) {
      if (key === 'show-all') Object.assign(format, { nonprinting: true, ends: true, tabs: true });
      else if (key === 'number-nonblank') format.nonblank = true;
      else if (key === 'e') Object.assign(format, { nonprinting: true, ends: true });
      else if (key === 'show-ends') format.ends = true;
      else if (key === 'number') format.number = true;
      else if (key === 'squeeze-blank') format.squeeze = true;
      else if (key === 't') Object.assign(format, { nonprinting: true, tabs: true });
      else if (key === 'show-tabs') format.tabs = true;
      else if (key === 'show-nonprinting') format.nonprinting = true;
    }
    const plain = !format.number && !format.nonblank && !format.squeeze && !format.ends && !format.tabs && !format.nonprinting;
    const state = { line: 0, blankRun: 0, atLineStart: true };
    let status = 0;
    for (const operand of operands.length > 0 ? operands : ['-']) {
      let reader;
      try {
        reader = await ctx.openInput(operand);
      } catch (error) {
        await ctx.fileError(operand, error);
        status = 1;
        continue;
      }
      try {
        for (;;) {
          const chunk = await reader.read();
          if (chunk.length === 0) break;
          await ctx.tick(SYSCALL_US + chunk.length * (plain ? COPY_US_PER_BYTE : SCAN_US_PER_BYTE));
          if (plain) {
            await ctx.stdout.flush();
            await ctx.stdout.write(chunk);
          } else await ctx.stdout.write(formatChunk(chunk, format, state));
        }
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.fileError(operand, error);
        status = 1;
      } finally {
        ctx.closeInput(reader);
      }
    }
    return status;
  },
});

function formatChunk(chunk: Uint8Array, format: Format, state: { line: number; blankRun: number; atLineStart: boolean }): string {
  let out = '';
  const text = new TextDecoder().decode(chunk);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (state.atLineStart) {
      const blank = c === '\n';
      if (blank) state.blankRun++;
      else state.blankRun = 0;
      if (format.squeeze && blank && state.blankRun > 1) continue;
      if (format.nonblank ? !blank : format.number) out += `${String(++state.line).padStart(6)}\t`;
      state.atLineStart = false;
    }
    if (c === '\n') {
      if (format.ends) out += '$';
      out += '\n';
      state.atLineStart = true;
      continue;
    }
    out += visible(c, format);
  }
  return out;
}

function visible(c: string, format: Format): string {
  if (c === '\t') return format.tabs ? '^I' : '\t';
  if (!format.nonprinting) return c;
  const code = c.charCodeAt(0);
  if (code < 0x20) return `^${String.fromCharCode(code + 64)}`;
  if (code === 0x7f) return '^?';
  return c;
}

export type { CommandContext };
