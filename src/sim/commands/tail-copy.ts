// The two halves of tail: everything after the first N units (tail -n +N), and the last N units.
// A regular file is read from its end, as GNU tail seeks there; a pipe is read through, holding
// back only the blocks that may contain the last N lines or bytes (bounded memory).

import type { CommandContext } from './context.ts';
import type { InputReader } from '../io/input-reader.ts';
import { concat } from '../io/input-reader.ts';
import { RegularFileDescription } from '../fs/open-file.ts';
import { COPY_US_PER_BYTE, SCAN_US_PER_BYTE, SYSCALL_US } from '../kernel/cost-model.ts';
import { lineBlocks } from './text-line-blocks.ts';
import { countByte } from './text-count-lines.ts';
import type { TailPlan } from './tail.ts';

/** tail -n +N / -c +N: skip `count` units, copy the rest. */
export async function tailFrom(ctx: CommandContext, reader: InputReader, plan: TailPlan): Promise<void> {
  let skip = plan.count;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.length === 0) return;
    await ctx.tick(SYSCALL_US + chunk.length * (skip > 0 ? SCAN_US_PER_BYTE : COPY_US_PER_BYTE));
    let start = 0;
    if (skip > 0) {
      if (!plan.lines) {
        start = Math.min(skip, chunk.length);
        skip -= start;
      } else {
        start = chunk.length;
        for (let at = chunk.indexOf(plan.eol); at >= 0; at = chunk.indexOf(plan.eol, at + 1)) {
          if (--skip === 0) {
            start = at + 1;
            break;
          }
        }
      }
    }
    if (start < chunk.length) await ctx.stdout.write(chunk.subarray(start));
  }
}

/** tail -n N / -c N. */
export async function tailLast(ctx: CommandContext, reader: InputReader, plan: TailPlan): Promise<void> {
  const description = reader.description;
  if (description instanceof RegularFileDescription) {
    const data = description.inode.content().subarray(description.offset);
    description.offset = description.inode.size;
    await ctx.tick(SYSCALL_US);
    const start = plan.lines ? startOfLastLines(data, plan.count, plan.eol) : Math.max(0, data.length - plan.count);
    await ctx.tick((data.length - start) * SCAN_US_PER_BYTE);
    await ctx.stdout.write(data.slice(start));
    return;
  }
  const held: { bytes: Uint8Array; units: number }[] = [];
  let heldUnits = 0;
  const hold = async (bytes: Uint8Array, units: number): Promise<void> => {
    await ctx.tick(SYSCALL_US + bytes.length * SCAN_US_PER_BYTE);
    held.push({ bytes, units });
    heldUnits += units;
    // The oldest block can go when the ones after it hold N units already.
    while (held.length > 1 && heldUnits - held[0].units >= plan.count) heldUnits -= held.shift()!.units;
  };
  if (plan.lines) {
    for await (const bytes of lineBlocks(reader, plan.eol)) {
      await hold(bytes, countByte(bytes, plan.eol) + (bytes[bytes.length - 1] === plan.eol ? 0 : 1));
    }
  } else {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.length === 0) break;
      await hold(chunk, chunk.length);
    }
  }
  const data = held.length === 1 ? held[0].bytes : concat(held.map((b) => b.bytes));
  const start = plan.lines ? startOfLastLines(data, plan.count, plan.eol) : Math.max(0, data.length - plan.count);
  await ctx.stdout.write(data.subarray(start));
}

/** Where the last `count` lines of `data` begin; an unterminated last line counts as a line. */
function startOfLastLines(data: Uint8Array, count: number, eol: number): number {
  if (data.length === 0 || count === 0) return data.length;
  let search = data[data.length - 1] === eol ? data.length - 2 : data.length - 1;
  let left = count;
  while (search >= 0) {
    const at = data.lastIndexOf(eol, search);
    if (at < 0) return 0;
    if (--left === 0) return at + 1;
    search = at - 1;
  }
  return 0;
}
