// split's command line: sizes and counts read as gnulib's xdectoumax reads them (suffixes K, KB,
// KiB..., GNU's range errors), -n CHUNKS forms, suffix options, and the suffix length GNU settles on.

import { Unsupported } from './context.ts';
import { UsageError, getopt, type OptionSpec } from './getopt.ts';
import { quoteLocale } from '../text/quote.ts';
import { utf8ToByteString } from './sort-byte-lines.ts';

export type SplitType = 'lines' | 'bytes' | 'line-bytes' | 'chunk-bytes' | 'chunk-lines' | 'round-robin';

export interface SplitConfig {
  type: SplitType;
  /** Lines, bytes or number of chunks. */
  units: number;
  /** -n K/N: the chunk to print (0 for all, to files). */
  chunk: number;
  suffixLength: number;
  suffixAuto: boolean;
  alphabet: string;
  numericStart: string | null;
  additionalSuffix: string;
  elideEmpty: boolean;
  verbose: boolean;
  eol: number;
  input: string;
  prefix: string;
}

/** "split: MESSAGE", status 1. */
export class SplitFailure extends Error {}

const ERRNO_TEXT = { EOVERFLOW: 'Value too large for defined data type', ERANGE: 'Numerical result out of range' };
const POWERS: Record<string, number> = { K: 1, k: 1, M: 2, m: 2, G: 3, g: 3, T: 4, t: 4, P: 5, E: 6, Z: 7, Y: 8 };
const UINTMAX = (1n << 64n) - 1n;
export const OFF_T_MAX = (1n << 63n) - 1n;
const SIZE_SUFFIXES = 'bEGKkMmPTYZ0';

/** xdectoumax: a decimal count in [min, max], with multiplier suffixes when `suffixes` is given. */
export function decimal(text: string, min: bigint, max: bigint, suffixes: string, message: string): number {
  const fail = (errno: keyof typeof ERRNO_TEXT | null): never => {
    throw new SplitFailure(`${message}: ${quoteLocale(text)}${errno ? `: ${ERRNO_TEXT[errno]}` : ''}`);
  };
  const match = /^[ \t\n\v\f\r]*(\+?)(\d*)/.exec(text)!;
  if (/^[ \t\n\v\f\r]*-/.test(text)) fail(null);
  let value: bigint;
  let at: number;
  if (match[2] === '') {
    // No digits but a valid suffix ("K") means one of that unit.
    if (!(suffixes && text.length > 0 && suffixes.includes(text[0]))) fail(null);
    value = 1n;
    at = 0;
  } else {
    value = BigInt(match[2]);
    at = match[0].length;
  }
  let overflow = value > UINTMAX;
  if (overflow) value = UINTMAX;
  if (at < text.length) {
    const suffix = text[at];
    if (!suffixes.includes(suffix) || suffix === '0') fail(null);
    let base = 1024n;
    let length = 1;
    if (suffix in POWERS && suffixes.includes('0')) {
      if (text[at + 1] === 'i' && text[at + 2] === 'B') length += 2;
      else if (text[at + 1] === 'B' || text[at + 1] === 'D') {
        base = 1000n;
        length++;
      }
    }
    const factor = suffix === 'b' ? 512n : base ** BigInt(POWERS[suffix]);
    value *= factor;
    if (value > UINTMAX) {
      overflow = true;
      value = UINTMAX;
    }
    if (at + length < text.length) fail(null);
  }
  if (overflow) fail('EOVERFLOW');
  if (value < min || value > max) fail(value > 1073741823n ? 'EOVERFLOW' : 'ERANGE');
  return Number(value > BigInt(Number.MAX_SAFE_INTEGER) ? BigInt(Number.MAX_SAFE_INTEGER) : value);
}

const SPECS: OptionSpec[] = [
  { short: 'a', long: 'suffix-length', arg: 'required' }, { long: 'additional-suffix', arg: 'required' },
  { short: 'b', long: 'bytes', arg: 'required' }, { short: 'C', long: 'line-bytes', arg: 'required' },
  { short: 'd' }, { long: 'numeric-suffixes', arg: 'optional', key: 'd' }, { short: 'x' },
  { long: 'hex-suffixes', arg: 'optional', key: 'x' }, { short: 'e', long: 'elide-empty-files' },
  { long: 'filter', arg: 'required' }, { short: 'l', long: 'lines', arg: 'required' },
  { short: 'n', long: 'number', arg: 'required' }, { short: 't', long: 'separator', arg: 'required' },
  { short: 'u', long: 'unbuffered' }, { long: 'verbose' }, { long: '-io-blksize', arg: 'required' },
  { long: 'version' }, { long: '\x01lines', arg: 'required', key: 'digits' },
  ...[...'0123456789'].map((d) => ({ short: d, key: 'digit' })),
];

export function parseSplitOptions(args: readonly string[]): SplitConfig {
  const { options, operands } = getopt(rewriteObsoleteCounts(args), SPECS);
  const config: SplitConfig = {
    type: 'lines', units: 0, chunk: 0, suffixLength: 0, suffixAuto: true, alphabet: 'abcdefghijklmnopqrstuvwxyz',
    numericStart: null, additionalSuffix: '', elideEmpty: false, verbose: false, eol: -1, input: '-', prefix: 'x',
  };
  let type: SplitType | 'digits' | null = null;
  let digits = '';
  const setType = (next: SplitType | 'digits'): void => {
    if (type !== null && !(next === 'digits' && type === 'digits')) throw new UsageError('cannot split in more than one way');
    type = next;
  };
  for (const { key, value, spelled } of options) {
    switch (key) {
      case 'suffix-length':
        config.suffixLength = decimal(value!, 0n, (1n << 61n) - 1n, '', 'invalid suffix length');
        break;
      case 'additional-suffix':
        if (value!.includes('/')) throw new UsageError(`invalid suffix ${quoteLocale(value!)}, contains directory separator`);
        config.additionalSuffix = value!;
        break;
      case 'bytes':
        setType('bytes');
        config.units = decimal(value!, 1n, OFF_T_MAX, SIZE_SUFFIXES, 'invalid number of bytes');
        break;
      case 'lines':
        setType('lines');
        config.units = decimal(value!, 1n, UINTMAX, '', 'invalid number of lines');
        break;
      case 'line-bytes':
        setType('line-bytes');
        config.units = decimal(value!, 1n, OFF_T_MAX, SIZE_SUFFIXES, 'invalid number of bytes');
        break;
      case 'number':
        parseChunks(value!, config, setType);
        break;
      case 'unbuffered': break; // only how soon -n r/... output is written
      case 'separator': {
        const bytes = utf8ToByteString(value!);
        if (bytes === '') throw new SplitFailure('empty record separator');
        let eol = bytes.charCodeAt(0);
        if (bytes.length > 1) {
          if (bytes === '\\0') eol = 0;
          else throw new SplitFailure(`multi-character separator ${quoteLocale(value!)}`);
        }
        if (config.eol >= 0 && config.eol !== eol) throw new SplitFailure('multiple separator characters specified');
        config.eol = eol;
        break;
      }
      case 'digit': case 'digits':
        setType('digits');
        digits = key === 'digits' ? value! : digits + spelled.slice(1);
        config.units = Number(digits);
        break;
      case 'd': case 'x': {
        config.alphabet = key === 'd' ? '0123456789' : '0123456789abcdef';
        if (value === undefined) break;
        if ([...value].some((c) => !config.alphabet.includes(c))) {
          throw new UsageError(`${quoteLocale(value)}: invalid start value for ${key === 'd' ? 'numerical' : 'hexadecimal'} suffix`);
        }
        config.numericStart = value.replace(/^0+(?=.)/, '');
        break;
      }
      case 'elide-empty-files': config.elideEmpty = true; break;
      case 'verbose': config.verbose = true; break;
      default: throw new Unsupported(spelled === '---io-blksize' ? '---io-blksize' : spelled);
    }
  }
  config.type = type === null ? 'lines' : type === 'digits' ? 'lines' : type;
  if (type === null) config.units = 1000;
  if (config.units === 0) throw new UsageError(`invalid number of lines: ${quoteLocale('0')}`);
  if (config.eol < 0) config.eol = 0x0a;
  setSuffixLength(config);
  if (operands.length > 0) config.input = operands[0];
  if (operands.length > 1) config.prefix = operands[1];
  if (operands.length > 2) throw new UsageError(`extra operand ${quoteLocale(operands[2])}`);
  if (config.numericStart !== null && config.numericStart.length > config.suffixLength) {
    throw new UsageError('numerical suffix start value is too large for the suffix length');
  }
  return config;
}

/**
 * The obsolete -N (lines per file): a whole "-123" is one number, as GNU starts a new number with
 * each argument, so such arguments become one hidden option. Option arguments ("-l -5") stay.
 */
function rewriteObsoleteCounts(args: readonly string[]): string[] {
  const out: string[] = [];
  let takesArgument = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') return out.concat(args.slice(i));
    if (!takesArgument && /^-\d+$/.test(arg)) out.push(`--\x01lines=${arg.slice(1)}`);
    else out.push(arg);
    if (takesArgument) {
      takesArgument = false;
      continue;
    }
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      takesArgument = !name.includes('=') && name !== '' && SPECS.some((s) => s.arg === 'required' && s.long?.startsWith(name));
    } else if (arg.startsWith('-')) {
      const letter = [...arg.slice(1)].findIndex((c) => SPECS.some((s) => s.short === c && s.arg === 'required'));
      takesArgument = letter === arg.length - 2;
    }
  }
  return out;
}

/** -n N, K/N, l/N, l/K/N, r/N, r/K/N. */
function parseChunks(text: string, config: SplitConfig, setType: (type: SplitType) => void): void {
  let spec = text.replace(/^[ \t\n\v\f\r]+/, '');
  let type: SplitType = 'chunk-bytes';
  if (spec.startsWith('r/')) type = 'round-robin';
  else if (spec.startsWith('l/')) type = 'chunk-lines';
  if (type !== 'chunk-bytes') spec = spec.slice(2);
  setType(type);
  const slash = spec.indexOf('/');
  if (slash < 0) {
    config.units = decimal(spec, 1n, UINTMAX, '', 'invalid number of chunks');
    return;
  }
  config.units = decimal(spec.slice(slash + 1), 1n, UINTMAX, '', 'invalid number of chunks');
  if (slash > 0) config.chunk = decimal(spec.slice(0, slash), 1n, BigInt(config.units), '', 'invalid chunk number');
}

/** set_suffix_length: long enough for every chunk of -n, at least 2 unless -a says otherwise. */
function setSuffixLength(config: SplitConfig): void {
  let needed = 0;
  if (config.numericStart !== null) config.suffixAuto = false;
  if (config.type === 'chunk-bytes' || config.type === 'chunk-lines' || config.type === 'round-robin') {
    let last = BigInt(config.units) - 1n;
    if (config.numericStart !== null) {
      const start = BigInt(config.numericStart);
      if (start < BigInt(config.units)) last += start;
    }
    const base = BigInt(config.alphabet.length);
    do needed++;
    while ((last /= base) > 0n);
    config.suffixAuto = false;
  }
  if (config.suffixLength > 0) {
    if (config.suffixLength < needed) throw new SplitFailure(`the suffix length needs to be at least ${needed}`);
    config.suffixAuto = false;
    return;
  }
  config.suffixLength = Math.max(2, needed);
}
