// head -n -N and -c -N: print all but the last N lines or bytes. Only what may still belong to the
// tail is held back, so memory stays bounded by N lines plus one read.

import type { CommandContext } from './context.ts';
import type { InputReader } from '../io/input-reader.ts';
import { SCAN_US_PER_BYTE, SYSCALL_US } from '../kernel/cost-model.ts';
import { lineBlocks } from './text-line-blocks.ts';
import { countByte } from './text-count-lines.ts';
import type { HeadPlan } from './head.ts';

export async function elideTail(ctx: CommandContext, reader: InputReader, plan: HeadPlan): Promise<void> {
  if (plan.lines) return elideLines(ctx, reader, plan.count, plan.eol);
  const held: Uint8Array[] = [];
  let heldBytes = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.length === 0) break;
    await ctx.tick(SYSCALL_US + chunk.length * SCAN_US_PER_BYTE);
    held.push(chunk);
    heldBytes += chunk.length;
    // Release the oldest chunks while what stays still covers the last N bytes.
    while (held.length > 0 && heldBytes - held[0].length >= plan.count) {
      heldBytes -= held[0].length;
      await ctx.stdout.write(held.shift()!);
    }
  }
  let printable = heldBytes - plan.count;
  for (const chunk of held) {
    if (printable <= 0) break;
    await ctx.stdout.write(chunk.subarray(0, Math.min(chunk.length, printable)));
    printable -= chunk.length;
  }
}

interface Block {
  bytes: Uint8Array;
  /** Lines in the block (the last may be unterminated). */
  lines: number;
}

async function elideLines(ctx: CommandContext, reader: InputReader, count: number, eol: number): Promise<void> {
  const held: Block[] = [];
  let heldLines = 0;
  for await (const bytes of lineBlocks(reader, eol)) {
    await ctx.tick(SYSCALL_US + bytes.length * SCAN_US_PER_BYTE);
    // An unterminated last line is a line too.
    const lines = countByte(bytes, eol) + (bytes[bytes.length - 1] !== eol ? 1 : 0);
    held.push({ bytes, lines });
    heldLines += lines;
    // A block can go once the lines after it are at least N: none of it is in the last N lines.
    while (held.length > 1 && heldLines - held[0].lines >= count) {
      heldLines -= held[0].lines;
      await ctx.stdout.write(held.shift()!.bytes);
    }
  }
  let printable = heldLines - count;
  for (const block of held) {
    if (printable <= 0) break;
    if (block.lines <= printable) {
      await ctx.stdout.write(block.bytes);
      printable -= block.lines;
      continue;
    }
    let end = 0;
    for (let n = 0; n < printable; n++) end = block.bytes.indexOf(eol, end) + 1;
    await ctx.stdout.write(block.bytes.subarray(0, end));
    break;
  }
}
