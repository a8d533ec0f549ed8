// Reading from a descriptor without consuming more than needed, as bash does for `read` and for
// scripts on standard input: take a chunk, keep what is needed, give the rest back (unread) so the
// next reader — another `read`, or a program — gets it.

import type { Process } from '../kernel/process.ts';
import type { FileDescription } from '../kernel/file-description.ts';
import { concat } from '../io/input-reader.ts';

export interface Record {
  /** The bytes read, without the delimiter. */
  bytes: Uint8Array;
  /** False when input ended before the delimiter (or before `exact` characters). */
  complete: boolean;
}

/**
 * Reads up to and including `delimiter` (a byte), or `limit` characters (UTF-8 aware) when given;
 * with `exact`, the delimiter is ignored and exactly `limit` characters are read.
 */
export async function readRecord(
  proc: Process,
  input: FileDescription,
  options: { delimiter: number; limit?: number; exact?: boolean },
): Promise<Record> {
  const pieces: Uint8Array[] = [];
  let chars = 0;
  for (;;) {
    const chunk = await input.read(proc, 4096);
    if (chunk.length === 0) return { bytes: concat(pieces), complete: false };
    let i = 0;
    for (; i < chunk.length; i++) {
      const byte = chunk[i];
      if (!options.exact && byte === options.delimiter) {
        pieces.push(chunk.subarray(0, i));
        giveBack(input, chunk.subarray(i + 1));
        return { bytes: concat(pieces), complete: true };
      }
      // Count characters at their first byte (not UTF-8 continuation bytes).
      if ((byte & 0xc0) !== 0x80) {
        if (options.limit !== undefined && chars === options.limit) {
          pieces.push(chunk.subarray(0, i));
          giveBack(input, chunk.subarray(i));
          return { bytes: concat(pieces), complete: true };
        }
        chars++;
      }
    }
    pieces.push(chunk);
    if (options.limit !== undefined && chars === options.limit && options.exact) {
      return { bytes: concat(pieces), complete: true };
    }
  }
}

function giveBack(input: FileDescription, rest: Uint8Array): void {
  // Where the description cannot take bytes back, they are lost, as with a real unseekable
  // descriptor read in blocks; every description this machine has can.
  if (rest.length > 0) input.unread(rest);
}
