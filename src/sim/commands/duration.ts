// Durations as coreutils' sleep and timeout read them: a C double (strtod's forms: "1.5", "1e3",
// "0x1p-2", "inf") with one optional suffix s, m, h or d; negative or malformed is undefined.

const NUMBER = /^[ \t\n\v\f\r]*([+-]?(?:0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan(?:\([0-9A-Za-z_]*\))?))/i;
const MULTIPLIERS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds, or undefined for what both commands call an invalid time interval. */
export function parseDuration(text: string): number | undefined {
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  const suffix = text.slice(match[0].length);
  if (!(suffix in MULTIPLIERS)) return undefined;
  const value = strtod(match[1]);
  if (!(value >= 0)) return undefined;
  return value * MULTIPLIERS[suffix];
}

function strtod(text: string): number {
  const negative = text.startsWith('-');
  const body = text.replace(/^[+-]/, '');
  let value: number;
  if (/^inf/i.test(body)) value = Infinity;
  else if (/^nan/i.test(body)) value = NaN;
  else if (/^0x/i.test(body)) {
    const [, mantissa, exponent] = /^0x([0-9a-f.]*)(?:p([+-]?\d+))?$/i.exec(body)!;
    const [whole, fraction = ''] = mantissa.split('.');
    value = (parseInt(whole || '0', 16) + (fraction ? parseInt(fraction, 16) / 16 ** fraction.length : 0)) * 2 ** Number(exponent ?? 0);
  } else value = Number(body);
  return negative ? -value : value;
}
