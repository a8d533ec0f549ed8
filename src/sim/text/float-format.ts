// C's %f, %e and %g for doubles, rounding exactly as glibc does: on the exact binary value, with
// ties (which only happen for exactly representable halves like 0.5 or 2.5) going to the even
// digit. JavaScript's toFixed/toExponential round those ties up, so ties take an exact BigInt path.

export function formatFixed(x: number, precision: number): string {
  if (!Number.isFinite(x)) return nonFinite(x);
  const negative = x < 0 || Object.is(x, -0);
  const abs = Math.abs(x);
  let digits: string;
  if (abs < 1e21 && precision <= 20) {
    const scaled = abs * 10 ** precision;
    digits = scaled - Math.floor(scaled) === 0.5 ? exactFixed(abs, precision) : abs.toFixed(precision);
  } else digits = exactFixed(abs, precision);
  return negative ? `-${digits}` : digits;
}

export function formatExponential(x: number, precision: number, upper = false): string {
  if (!Number.isFinite(x)) return upper ? nonFinite(x).toUpperCase() : nonFinite(x);
  const negative = x < 0 || Object.is(x, -0);
  const abs = Math.abs(x);
  const { mantissa, exponent } = abs === 0 ? { mantissa: (0).toFixed(precision), exponent: 0 } : exactExponential(abs, precision);
  const text = `${mantissa}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  const signed = negative ? `-${text}` : text;
  return upper ? signed.toUpperCase() : signed;
}

/** %g: %e or %f, whichever C picks for this precision; trailing zeros removed unless `alternate`. */
export function formatGeneral(x: number, precision: number, upper = false, alternate = false): string {
  if (!Number.isFinite(x)) return upper ? nonFinite(x).toUpperCase() : nonFinite(x);
  const p = precision === 0 ? 1 : precision;
  const abs = Math.abs(x);
  const exponent = abs === 0 ? 0 : exactExponential(abs, p - 1).exponent;
  let text = p > exponent && exponent >= -4 ? formatFixed(x, p - 1 - exponent) : formatExponential(x, p - 1, upper);
  if (!alternate) text = stripZeros(text);
  return text;
}

function stripZeros(text: string): string {
  const e = text.search(/[eE]/);
  const head = e < 0 ? text : text.slice(0, e);
  const tail = e < 0 ? '' : text.slice(e);
  if (!head.includes('.')) return text;
  return head.replace(/\.?0+$/, '') + tail;
}

function nonFinite(x: number): string {
  if (Number.isNaN(x)) return '-nan';
  return x < 0 ? '-inf' : 'inf';
}

/** The exact value of a non-negative double as digits × 10^exponent. */
function exactDecimal(x: number): { digits: bigint; exponent: number } {
  if (x === 0) return { digits: 0n, exponent: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  let e2: number;
  if (biased === 0) e2 = -1074;
  else {
    mantissa |= 1n << 52n;
    e2 = biased - 1075;
  }
  if (e2 >= 0) return { digits: mantissa << BigInt(e2), exponent: 0 };
  return { digits: mantissa * 5n ** BigInt(-e2), exponent: e2 };
}

/** Rounds digits × 10^exponent to an integer count of 10^-places, half to even. */
function roundTo(digits: bigint, exponent: number, places: number): bigint {
  const shift = -exponent - places;
  if (shift <= 0) return digits * 10n ** BigInt(-shift);
  const divisor = 10n ** BigInt(shift);
  const quotient = digits / divisor;
  const remainder = digits % divisor;
  const twice = remainder * 2n;
  if (twice > divisor || (twice === divisor && quotient % 2n === 1n)) return quotient + 1n;
  return quotient;
}

function exactFixed(abs: number, precision: number): string {
  const { digits, exponent } = exactDecimal(abs);
  const rounded = roundTo(digits, exponent, precision).toString().padStart(precision + 1, '0');
  if (precision === 0) return rounded;
  return `${rounded.slice(0, -precision)}.${rounded.slice(-precision)}`;
}

function exactExponential(abs: number, precision: number): { mantissa: string; exponent: number } {
  const { digits, exponent } = exactDecimal(abs);
  let decimalExponent = digits.toString().length - 1 + exponent;
  let rounded = roundTo(digits, exponent, precision - decimalExponent);
  if (rounded.toString().length > precision + 1) {
    decimalExponent++;
    rounded = roundTo(digits, exponent, precision - decimalExponent);
  }
  const text = rounded.toString();
  const mantissa = precision === 0 ? text : `${text[0]}.${text.slice(1)}`;
  return { mantissa, exponent: decimalExponent };
}
