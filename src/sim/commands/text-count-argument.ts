// Numeric option arguments as coreutils parse them (gnulib's xstrtoumax and xdectoumax): decimal
// digits with an optional multiplier suffix (k K M G ... with B for powers of 1000 and iB for 1024,
// b for 512), and the exact diagnostics: "invalid number of lines: ‘x’", with ": Value too large
// for defined data type" on overflow and ": Numerical result out of range" outside the bounds.

import { quoteLocale } from '../text/quote.ts';

const UINTMAX_MAX = 2n ** 64n - 1n;
const INTMAX_MAX = 2n ** 63n - 1n;
const INTMAX_MIN = -(2n ** 63n);
const INT_MAX = 2n ** 31n - 1n;

export { UINTMAX_MAX, INTMAX_MAX, INTMAX_MIN, INT_MAX };

type StrtolStatus = 'ok' | 'invalid' | 'overflow' | 'suffix' | 'suffix-overflow';

const POWERS: Record<string, number> = { E: 6, G: 3, g: 3, k: 1, K: 1, M: 2, m: 2, P: 5, T: 4, t: 4, Y: 8, Z: 7 };

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
}

/** xstrtoumax / xstrtoimax: the value and how the parse went, limits being the C type's. */
export function xstrtol(text: string, suffixes: string | null, signed: boolean, base = 10): { status: StrtolStatus; value: bigint; end: number } {
  const max = signed ? INTMAX_MAX : UINTMAX_MAX;
  const min = signed ? INTMAX_MIN : 0n;
  let i = 0;
  while (isSpace(text[i])) i++;
  if (!signed && text[i] === '-') return { status: 'invalid', value: 0n, end: 0 };
  // strtol: optional sign, then digits of the base.
  let negative = false;
  let j = i;
  if (text[j] === '+' || text[j] === '-') negative = text[j++] === '-';
  const digitsStart = j;
  const digit = base === 8 ? /[0-7]/ : /[0-9]/;
  while (j < text.length && digit.test(text[j])) j++;
  let value: bigint;
  let status: StrtolStatus = 'ok';
  let end: number;
  if (j === digitsStart) {
    // No number: a valid suffix alone means 1 ("k" is 1024).
    if (suffixes !== null && text.length > 0 && suffixes.includes(text[0])) {
      value = 1n;
      end = 0;
    } else return { status: 'invalid', value: 0n, end: 0 };
  } else {
    value = BigInt(base === 8 ? `0o${text.slice(digitsStart, j)}` : text.slice(digitsStart, j));
    if (negative) value = signed ? -value : UINTMAX_MAX + 1n - (value % (UINTMAX_MAX + 1n));
    end = j;
    if (value > max) {
      value = max;
      status = 'overflow';
    } else if (value < min) {
      value = min;
      status = 'overflow';
    }
  }
  if (suffixes === null || end === text.length) return { status, value, end };
  const suffix = text[end];
  if (!suffixes.includes(suffix)) return { status: status === 'overflow' ? 'suffix-overflow' : 'suffix', value, end };
  let powerBase = 1024n;
  let length = 1;
  if (suffixes.includes('0') && suffix in POWERS) {
    if (text[end + 1] === 'i' && text[end + 2] === 'B') length += 2;
    else if (text[end + 1] === 'B' || text[end + 1] === 'D') {
      powerBase = 1000n;
      length++;
    }
  }
  let factor: bigint;
  if (suffix === 'b') factor = 512n;
  else if (suffix === 'B') factor = 1024n;
  else if (suffix === 'c') factor = 1n;
  else if (suffix === 'w') factor = 2n;
  else if (suffix in POWERS) factor = powerBase ** BigInt(POWERS[suffix]);
  else return { status: status === 'overflow' ? 'suffix-overflow' : 'suffix', value, end };
  const scaled = value * factor;
  if (scaled > max || scaled < min) {
    value = scaled > max ? max : min;
    status = status === 'ok' || status === 'overflow' ? 'overflow' : status;
  } else value = scaled;
  end += length;
  if (end < text.length) status = status === 'overflow' ? 'suffix-overflow' : 'suffix';
  return { status, value, end };
}

export type Parsed = { value: bigint; error?: undefined } | { value?: undefined; error: string };

/**
 * xdectoumax / xdectoimax: a number within [min, max], or the message coreutils dies with
 * ("<what>: ‘<text>’" plus the errno text for out-of-range values).
 */
export function parseNumber(text: string, what: string, options: { min?: bigint; max?: bigint; suffixes?: string; signed?: boolean } = {}): Parsed {
  const signed = options.signed ?? false;
  const min = options.min ?? (signed ? INTMAX_MIN : 0n);
  const max = options.max ?? (signed ? INTMAX_MAX : UINTMAX_MAX);
  const { status, value } = xstrtol(text, options.suffixes ?? '', signed);
  let reason = '';
  if (status === 'ok') {
    if (value >= min && value <= max) return { value };
    reason = value > INT_MAX / 2n || value < -(2n ** 31n) / 2n ? 'Value too large for defined data type' : 'Numerical result out of range';
  } else if (status === 'overflow') reason = 'Value too large for defined data type';
  return { error: `${what}: ${quoteLocale(text)}${reason ? `: ${reason}` : ''}` };
}
