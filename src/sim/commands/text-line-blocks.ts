// Reading input as blocks of whole lines: each block ends with the line delimiter, except the last
// one when the input does not. Commands scan a block's bytes in a tight loop, so work is done per
// 64 KiB read rather than per line, and bytes are never decoded (GNU filters work on bytes).

import { concat, type InputReader } from '../io/input-reader.ts';

export async function* lineBlocks(reader: InputReader, eol = 0x0a): AsyncGenerator<Uint8Array> {
  let carry: Uint8Array[] = [];
  for (;;) {
    const chunk = await reader.read();
    if (chunk.length === 0) break;
    const last = chunk.lastIndexOf(eol);
    if (last < 0) {
      // A line longer than a read: keep the pieces and join them once the line ends.
      carry.push(chunk);
      continue;
    }
    let from = 0;
    if (carry.length > 0) {
      // Join only the line that spans reads, not the whole block.
      const first = chunk.indexOf(eol);
      carry.push(chunk.subarray(0, first + 1));
      yield concat(carry);
      carry = [];
      from = first + 1;
    }
    if (last + 1 < chunk.length) carry.push(chunk.subarray(last + 1));
    if (from <= last) yield chunk.subarray(from, last + 1);
  }
  if (carry.length > 0) yield carry.length === 1 ? carry[0] : concat(carry);
}
