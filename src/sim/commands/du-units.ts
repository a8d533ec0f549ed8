// Sizes as du and df print them: whole units rounded up (1K blocks by default, -m for MiB), or
// human-readable with -h (powers of 1024: 1.5K, 12M) or --si (powers of 1000, lower-case k).

const UNITS_1024 = ['K', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'];
const UNITS_1000 = ['k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'];

export type SizeStyle = { kind: 'blocks'; unit: number } | { kind: 'human'; base: 1024 | 1000 };

export function formatSize(bytes: number, style: SizeStyle): string {
  if (style.kind === 'blocks') return String(Math.ceil(bytes / style.unit));
  return humanCeiling(bytes, style.base);
}

/** gnulib human_readable with human_ceiling|human_autoscale|human_SI: one decimal below 10. */
export function humanCeiling(bytes: number, base: 1024 | 1000): string {
  const units = base === 1024 ? UNITS_1024 : UNITS_1000;
  if (bytes < base) return String(Math.ceil(bytes));
  let value = bytes;
  let unit = -1;
  while (value >= base && unit < units.length - 1) {
    value /= base;
    unit++;
  }
  if (value < 10) {
    const tenths = Math.ceil(value * 10 - 1e-9);
    if (tenths < 100) return `${Math.floor(tenths / 10)}.${tenths % 10}${units[unit]}`;
    return `10${units[unit]}`;
  }
  const whole = Math.ceil(value - 1e-9);
  if (whole >= base && unit < units.length - 1) return `1.0${units[unit + 1]}`;
  return `${whole}${units[unit]}`;
}

/** A SIZE argument (-t 5k, 10M, 1KB, 2KiB): bytes, or undefined when invalid. */
export function parseSize(text: string): number | undefined {
  const match = /^([-+]?\d+)?([KMGTPEZYkmgtpezy]?)(i?B?)$/.exec(text);
  if (!match || (match[1] === undefined && match[2] === '')) return undefined;
  const number = match[1] === undefined ? 1 : Number(match[1]);
  if (match[2] === '') return match[3] === '' ? number : undefined;
  const power = 'KMGTPEZY'.indexOf(match[2].toUpperCase()) + 1;
  if (match[2] === 'k' && match[3] !== 'B') return number * 1024;
  const base = match[3] === 'B' ? 1000 : 1024;
  return number * base ** power;
}
