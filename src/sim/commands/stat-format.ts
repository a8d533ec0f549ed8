// The FORMAT language of stat -c/--printf: "%" directives with printf-style flags, width and
// precision (each directive accepts only the flags GNU's stat passes on to printf), "%%", and the
// backslash escapes --printf interprets.

export interface Directive {
  flags: string;
  width: number | undefined;
  precision: number | undefined;
  /** "%.Y": a dot with no digits (printf reads precision 0; stat's times read 9). */
  bareDot: boolean;
  /** 'H' or 'L' before d or r (major/minor), else ''. */
  modifier: string;
  conversion: string;
}

/** An invalid directive such as "%5%": stat reports it and exits. */
export class InvalidDirective extends Error {}

/**
 * Expands every directive of `format` with `render`; literal text is copied. With `warn`, backslash
 * escapes are interpreted too (--printf), and `warn` reports the unknown ones.
 */
export function expandFormat(format: string, render: (directive: Directive) => string, warn?: (message: string) => void): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '\\' && warn) {
      const [text, length] = escape(format, i + 1, warn);
      out += text;
      i += length;
      continue;
    }
    if (c !== '%') {
      out += c;
      continue;
    }
    const spec = /^([-#+ 0']*)(\d*)(?:\.(\d*))?/.exec(format.slice(i + 1))!;
    let at = i + 1 + spec[0].length;
    let modifier = '';
    if ((format[at] === 'H' || format[at] === 'L') && (format[at + 1] === 'd' || format[at + 1] === 'r')) modifier = format[at++];
    const conversion = format[at];
    if (conversion === undefined || conversion === '%') {
      if (spec[0].length > 0) throw new InvalidDirective(`%${spec[0]}${conversion ?? ''}`);
      out += '%';
      i = conversion === undefined ? at - 1 : at;
      continue;
    }
    const precision = spec[3] === undefined ? undefined : spec[3] === '' ? 0 : Number(spec[3]);
    out += render({ flags: spec[1], width: spec[2] === '' ? undefined : Number(spec[2]), precision, bareDot: spec[3] === '', modifier, conversion });
    i = at;
  }
  return out;
}

/** printf("%-*.*s"): only the '-' flag applies to strings. */
export function formatString(text: string, d: Directive): string {
  const shown = d.precision === undefined ? text : text.slice(0, d.precision);
  return pad(shown, d.width, d.flags.includes('-'), ' ');
}

/** printf of an integer with the flags GNU's stat allows for this kind of value. */
export function formatInteger(value: bigint | number, d: Directive, kind: 'signed' | 'unsigned' | 'octal' | 'hex'): string {
  const allowed = kind === 'signed' ? "'-+ 0" : kind === 'unsigned' ? "'-0" : '-#0';
  const flags = [...d.flags].filter((f) => allowed.includes(f)).join('');
  const n = BigInt(value);
  const negative = n < 0n;
  let digits = (negative ? -n : n).toString(kind === 'octal' ? 8 : kind === 'hex' ? 16 : 10);
  if (d.precision !== undefined) digits = d.precision === 0 && n === 0n ? '' : digits.padStart(d.precision, '0');
  let prefix = negative ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  if (flags.includes('#')) {
    if (kind === 'octal' && !digits.startsWith('0')) digits = `0${digits}`;
    if (kind === 'hex' && n !== 0n) prefix = '0x';
  }
  const left = flags.includes('-');
  if (flags.includes('0') && !left && d.precision === undefined && d.width !== undefined) {
    return prefix + digits.padStart(d.width - prefix.length, '0');
  }
  return pad(prefix + digits, d.width, left, ' ');
}

/**
 * Seconds since the epoch with an optional fraction (%.3Y): the precision counts fraction digits
 * (9 when only "." is given), digits beyond nanoseconds are zeros, and a width covers the whole.
 */
export function formatEpoch(us: number, d: Directive): string {
  const seconds = Math.floor(us / 1_000_000);
  const nanos = (us - seconds * 1_000_000) * 1000;
  const precision = d.precision === undefined ? 0 : d.bareDot ? 9 : d.precision;
  if (precision === 0) return formatInteger(seconds, d, 'signed');
  let width = d.width;
  if (width !== undefined && width > 1) width = width - 1 - precision > 1 ? width - 1 - precision : undefined;
  const whole = formatInteger(seconds, { ...d, width, precision: undefined }, 'signed');
  const fraction = String(nanos).padStart(9, '0').slice(0, Math.min(precision, 9)).padEnd(precision, '0');
  return `${whole}.${fraction}`;
}

function pad(text: string, width: number | undefined, left: boolean, fill: string): string {
  if (width === undefined || text.length >= width) return text;
  return left ? text + fill.repeat(width - text.length) : fill.repeat(width - text.length) + text;
}

/** One escape after a backslash at `at`: its text and how many characters it used. */
function escape(format: string, at: number, warn: (message: string) => void): [string, number] {
  const c = format[at];
  if (c === undefined) {
    warn('warning: backslash at end of format');
    return ['\\', 0];
  }
  const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '"': '"', '\\': '\\' };
  if (c in simple) return [simple[c], 1];
  if (c >= '0' && c <= '7') {
    const octal = /^[0-7]{1,3}/.exec(format.slice(at))![0];
    return [String.fromCharCode(parseInt(octal, 8) & 0xff), octal.length];
  }
  if (c === 'x' && /^[0-9a-fA-F]/.test(format[at + 1] ?? '')) {
    const hex = /^[0-9a-fA-F]{1,2}/.exec(format.slice(at + 1))![0];
    return [String.fromCharCode(parseInt(hex, 16)), hex.length + 1];
  }
  warn(`warning: unrecognized escape '\\${c}'`);
  return [c, 1];
}
