// printf's numeric arguments, as bash and coreutils read them: C's strtoimax/strtod with the
// 'c character-code extension; a partly converted or out-of-range argument is reported (in each
// dialect's words) and its value still used.

import type { PrintfDialect } from './printf-format.ts';

/** Where the messages go, and the exit status they set (printf-format.ts's Emitter). */
export interface ArgumentErrors {
  result: { status: number };
  error(message: string): void;
}

const MAX = 2n ** 63n - 1n;
const MIN = -(2n ** 63n);

/** An integer argument: decimal, 0x hex, 0 octal, or 'c for a character's code. */
export function parseInteger(text: string, dialect: PrintfDialect, out: ArgumentErrors): bigint {
  const trimmed = text.replace(/^\s+/, '');
  if (/^['"]/.test(trimmed)) return BigInt(trimmed.length > 1 ? trimmed.codePointAt(1)! : 0);
  const match = /^([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(trimmed);
  if (!match) {
    invalidNumber(text, dialect, out, false);
    return 0n;
  }
  let value = BigInt(match[2].startsWith('0') && match[2].length > 1 && !/^0[xX]/.test(match[2]) ? `0o${match[2].slice(1)}` : match[2]);
  if (match[1] === '-') value = -value;
  if (match[0].length !== trimmed.length) invalidNumber(text, dialect, out, true);
  if (value > MAX || value < MIN) {
    if (dialect === 'coreutils') out.result.status = 1;
    out.error(dialect === 'bash' ? `warning: ${text}: Numerical result out of range` : `‘${text}’: Numerical result out of range`);
    return value > MAX ? MAX : MIN;
  }
  return value;
}

export function parseFloatArg(text: string, dialect: PrintfDialect, out: ArgumentErrors): number {
  const trimmed = text.trim();
  if (/^['"]/.test(trimmed)) return trimmed.length > 1 ? trimmed.codePointAt(1)! : 0;
  const match = /^[-+]?(?:inf(?:inity)?|nan|0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/i.exec(trimmed);
  if (!match) {
    invalidNumber(text, dialect, out, false);
    return 0;
  }
  if (match[0].length !== trimmed.length) invalidNumber(text, dialect, out, true);
  const lower = match[0].toLowerCase();
  if (lower.includes('inf')) return lower.startsWith('-') ? -Infinity : Infinity;
  if (lower.includes('nan')) return NaN;
  if (/^[-+]?0x/.test(lower)) return (lower.startsWith('-') ? -1 : 1) * parseInt(lower.replace(/^[-+]?0x/, ''), 16);
  return Number(match[0]);
}

function invalidNumber(text: string, dialect: PrintfDialect, out: ArgumentErrors, partial: boolean): void {
  out.result.status = 1;
  if (dialect === 'bash') out.error(`${text}: invalid number`);
  else out.error(partial ? `‘${text}’: value not completely converted` : `‘${text}’: expected a numeric value`);
}
