// The two split modes that keep lines whole while counting bytes, ported from GNU split 9.1:
// -C SIZE (line_bytes_split: as many whole lines as fit, a longer line cut into SIZE pieces) and
// -n l/[K/]N (lines_chunk_split: a line goes to the chunk where it starts).

import type { CommandContext } from './context.ts';
import { concat } from '../io/input-reader.ts';
import type { Input, Outputs } from './split.ts';
import type { SplitConfig } from './split-options.ts';

function lastIndexIn(buf: Uint8Array, byte: number, from: number, to: number): number {
  const at = buf.subarray(from, to).lastIndexOf(byte);
  return at < 0 ? -1 : from + at;
}

/** -C: each file gets the longest run of whole lines that fits in SIZE bytes. */
export async function splitLineBytes(config: SplitConfig, input: Input, outputs: Outputs): Promise<void> {
  const nBytes = config.units;
  const eolByte = config.eol;
  let nOut = 0;
  let hold: Uint8Array[] = [];
  let nHold = 0;
  let splitLine = false;
  for (;;) {
    const buf = await input.read();
    let nLeft = buf.length;
    let sob = 0;
    while (nLeft > 0) {
      let splitRest = 0;
      // Whether this piece reaches the end of the current file (GNU's eoc).
      let endOfChunk = false;
      let eol: number;
      if (nBytes - nOut - nHold <= nLeft) {
        splitRest = nBytes - nOut - nHold;
        endOfChunk = true;
        eol = lastIndexIn(buf, eolByte, sob, sob + splitRest);
      } else eol = lastIndexIn(buf, eolByte, sob, sob + nLeft);
      // A held partial line goes out once its line ends in this file, or starts a new file.
      if (nHold > 0 && !(eol < 0 && nOut > 0)) {
        await outputs.write(nOut === 0, concat(hold));
        nOut += nHold;
        hold = [];
        nHold = 0;
      }
      if (eol >= 0) {
        splitLine = true;
        const nWrite = eol - sob + 1;
        await outputs.write(nOut === 0, buf.subarray(sob, sob + nWrite));
        nOut += nWrite;
        nLeft -= nWrite;
        sob += nWrite;
        if (endOfChunk) splitRest -= nWrite;
      }
      if (nLeft > 0 && !splitLine) {
        const nWrite = endOfChunk ? splitRest : nLeft;
        await outputs.write(nOut === 0, buf.subarray(sob, sob + nWrite));
        nOut += nWrite;
        nLeft -= nWrite;
        sob += nWrite;
        if (endOfChunk) splitRest -= nWrite;
      }
      if ((endOfChunk && splitRest > 0) || (!endOfChunk && nLeft > 0)) {
        const nBuf = endOfChunk ? splitRest : nLeft;
        hold.push(buf.slice(sob, sob + nBuf));
        nHold += nBuf;
        nLeft -= nBuf;
        sob += nBuf;
      }
      if (endOfChunk) {
        nOut = 0;
        splitLine = false;
      }
    }
    if (buf.length === 0) break;
  }
  // The last line had no end of line.
  if (nHold > 0) await outputs.write(nOut === 0, concat(hold));
}

/** -n l/N and l/K/N over the whole input (`size` is its length, at least N). */
export async function splitChunkLines(ctx: CommandContext, config: SplitConfig, data: Uint8Array, size: number, outputs: Outputs): Promise<void> {
  const n = config.units;
  const k = config.chunk;
  const eolByte = config.eol;
  const chunkSize = Math.floor(size / n);
  let chunkNo = 1;
  let chunkEnd = chunkSize - 1;
  let nWritten = 0;
  let newFile = true;
  let chunkTruncated = false;
  let buf = data;
  if (k > 1) {
    // Start one byte before the Kth chunk, to see whether a line ends there.
    const start = (k - 1) * chunkSize - 1;
    buf = data.subarray(Math.min(start, data.length));
    nWritten = start;
    chunkNo = k - 1;
    chunkEnd = chunkNo * chunkSize - 1;
  }
  let nRead = Math.min(buf.length, size - nWritten);
  if (nWritten < size && nRead > 0) {
    const eob = nRead;
    let bp = 0;
    while (bp !== eob) {
      let next = false;
      const skip = Math.min(nRead, Math.max(0, chunkEnd - nWritten));
      let bpOut = buf.subarray(bp + skip, bp + nRead).indexOf(eolByte);
      if (bpOut >= 0) {
        bpOut += bp + skip + 1;
        next = true;
      } else bpOut = eob;
      const toWrite = bpOut - bp;
      if (k === chunkNo) await ctx.stdout.write(buf.slice(bp, bp + toWrite));
      else if (k === 0) await outputs.write(newFile, buf.subarray(bp, bp + toWrite));
      nWritten += toWrite;
      bp += toWrite;
      nRead -= toWrite;
      newFile = next;
      // A long line may have covered whole chunks: their files are empty.
      while (next || chunkEnd <= nWritten - 1) {
        if (!next && bp === eob) {
          chunkTruncated = true;
          break;
        }
        chunkNo++;
        if (k !== 0 && chunkNo > k) return;
        if (chunkNo === n) chunkEnd = size - 1;
        else chunkEnd += chunkSize;
        if (chunkEnd <= nWritten - 1) {
          if (k === 0) await outputs.write(true, null);
        } else next = false;
      }
    }
  }
  if (chunkTruncated) chunkNo++;
  while (k === 0 && chunkNo++ <= n) await outputs.write(true, null);
}
