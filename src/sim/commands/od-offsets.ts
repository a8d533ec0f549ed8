// Byte counts for od: -j/-N/-w take C-style numbers (0x hex, leading 0 octal) with multiplier
// suffixes (b, K, KB, KiB, M ...); the traditional "+OFFSET" operand is octal unless it ends in
// "." (decimal) or starts with 0x, with b for 512-byte blocks.

const POWERS = 'KMGTPEZY';

/** -j, -N, -w arguments; undefined when invalid. */
export function parseByteCount(text: string): number | undefined {
  const match = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)([a-zA-Z]*)$/.exec(text);
  if (!match) return undefined;
  const digits = match[1];
  const value = /^0[xX]/.test(digits) ? parseInt(digits.slice(2), 16) : digits.startsWith('0') ? parseInt(digits, 8) : Number(digits);
  const multiplier = suffixMultiplier(match[2]);
  return multiplier === undefined ? undefined : value * multiplier;
}

function suffixMultiplier(suffix: string): number | undefined {
  if (suffix === '') return 1;
  if (suffix === 'b') return 512;
  if (suffix === 'c') return 1;
  if (suffix === 'w') return 2;
  const match = /^([kKMGTPEZY])(B|iB)?$/.exec(suffix);
  if (!match) return undefined;
  const power = POWERS.indexOf(match[1].toUpperCase()) + 1;
  return (match[2] === 'B' ? 1000 : 1024) ** power;
}

/** The traditional [+]OFFSET[.][b] operand, or undefined when it is not one. */
export function parseOldOffset(text: string): number | undefined {
  const body = text.startsWith('+') ? text.slice(1) : text;
  const match = /^(0[xX][0-9a-fA-F]+|\d+)(\.)?(b|B)?$/.exec(body);
  if (!match) return undefined;
  let value: number;
  if (/^0[xX]/.test(match[1])) value = parseInt(match[1].slice(2), 16);
  else if (match[2] === '.') value = Number(match[1]);
  else {
    if (!/^[0-7]+$/.test(match[1])) return undefined;
    value = parseInt(match[1], 8);
  }
  return value * (match[3] === 'b' ? 512 : match[3] === 'B' ? 1024 : 1);
}
