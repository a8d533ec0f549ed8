// Sizes as GNU tools print them with -h: 1023, 1.0K, 9.9K, 10K, 1.5M (powers of 1024, rounded up).

const UNITS = ['K', 'M', 'G', 'T', 'P', 'E'];

export function humanSize(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  let value = bytes;
  let unit = -1;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (value < 10) {
    const rounded = Math.ceil(value * 10) / 10;
    if (rounded >= 10) return `10${UNITS[unit]}`;
    return `${rounded.toFixed(1)}${UNITS[unit]}`;
  }
  const whole = Math.ceil(value);
  if (whole >= 1024 && unit < UNITS.length - 1) return `1.0${UNITS[unit + 1]}`;
  return `${whole}${UNITS[unit]}`;
}
