// Counting line delimiters in a block. A plain loop beats repeated indexOf calls here: lines are
// short, and each call into the native indexOf costs as much as scanning a few dozen bytes.

export function countByte(block: Uint8Array, byte: number): number {
  let count = 0;
  for (let i = 0; i < block.length; i++) if (block[i] === byte) count++;
  return count;
}
