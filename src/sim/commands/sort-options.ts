// sort's command line: GNU's option set, in order (the first bad one is the one reported), with the
// obsolete +POS1 -POS2 keys, global ordering options inherited by keys that have none, and the
// checks sort makes before reading anything.

import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import { getopt, type OptionSpec } from './getopt.ts';
import { ArgmatchFailure, argmatch } from './sort-argmatch.ts';
import { Errno } from '../kernel/errors.ts';
import { quoteAlways, quoteName } from '../text/quote.ts';
import { utf8ToByteString } from './sort-byte-lines.ts';
import {
  DEFAULT_TAB, SortFailure, WHOLE_LINE, checkCompatibility, isDefaultKey, newKey, parseKeySpec, parseObsoleteKey, setOrdering,
  type KeyField,
} from './sort-keys.ts';

export interface SortConfig {
  keys: KeyField[];
  tab: number;
  reverse: boolean;
  stable: boolean;
  unique: boolean;
  check: 'c' | 'C' | null;
  merge: boolean;
  output: string | null;
  eol: string;
  random: boolean;
  files: string[];
}

const SPECS: OptionSpec[] = [
  { short: 'b', long: 'ignore-leading-blanks' }, { short: 'd', long: 'dictionary-order' }, { short: 'f', long: 'ignore-case' },
  { short: 'g', long: 'general-numeric-sort' }, { short: 'h', long: 'human-numeric-sort' }, { short: 'i', long: 'ignore-nonprinting' },
  { short: 'M', long: 'month-sort' }, { short: 'n', long: 'numeric-sort' }, { short: 'R', long: 'random-sort' },
  { short: 'r', long: 'reverse' }, { short: 'V', long: 'version-sort' }, { long: 'sort', arg: 'required' },
  { long: 'check', arg: 'optional' }, { short: 'c' }, { short: 'C' }, { short: 'k', long: 'key', arg: 'required' },
  { short: 'm', long: 'merge' }, { short: 'o', long: 'output', arg: 'required' }, { short: 's', long: 'stable' },
  { short: 'S', long: 'buffer-size', arg: 'required' }, { short: 't', long: 'field-separator', arg: 'required' },
  { short: 'T', long: 'temporary-directory', arg: 'required' }, { short: 'u', long: 'unique' },
  { short: 'z', long: 'zero-terminated' }, { short: 'y', arg: 'required' }, { long: 'parallel', arg: 'required' },
  { long: 'batch-size', arg: 'required' }, { long: 'compress-program', arg: 'required' }, { long: 'debug' },
  { long: 'files0-from', arg: 'required' }, { long: 'random-source', arg: 'required' }, { long: 'version' },
];

const WITH_ARGUMENT = new Set(['k', 'o', 'S', 't', 'T', 'y']);

/**
 * Replaces obsolete keys (+1 -2) with equivalent -k options before getopt sees them, skipping
 * option arguments as getopt would so that `-o +1` still names a file.
 */
function rewriteObsoleteKeys(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') return out.concat(args.slice(i));
    if (arg.startsWith('--')) {
      out.push(arg);
      const spec = SPECS.find((s) => s.long !== undefined && s.long.startsWith(arg.slice(2)));
      if (!arg.includes('=') && spec?.arg === 'required' && i + 1 < args.length) out.push(args[++i]);
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      out.push(arg);
      for (let j = 1; j < arg.length; j++) {
        if (!WITH_ARGUMENT.has(arg[j])) continue;
        if (j === arg.length - 1 && i + 1 < args.length) out.push(args[++i]);
        break;
      }
      continue;
    }
    const next = args[i + 1];
    const minus = next !== undefined && /^-[0-9]/.test(next) ? next : undefined;
    const key = arg.startsWith('+') ? parseObsoleteKey(arg, minus) : null;
    if (key === null) {
      out.push(arg);
      continue;
    }
    if (minus !== undefined) i++;
    out.push('-k', keySpecOf(key));
  }
  return out;
}

/** An equivalent -k spec for a key (with every ordering option attached to its start). */
function keySpecOf(key: KeyField): string {
  const letters = (['dictionary', 'nonprinting'] as const).map((kind) => (key.ignore === kind ? kind[0] : '')).join('') +
    (key.fold ? 'f' : '') + (key.generalNumeric ? 'g' : '') + (key.humanNumeric ? 'h' : '') + (key.month ? 'M' : '') +
    (key.numeric ? 'n' : '') + (key.random ? 'R' : '') + (key.reverse ? 'r' : '') + (key.version ? 'V' : '');
  const start = key.sword === WHOLE_LINE ? '1' : `${key.sword + 1}.${key.schar + 1}`;
  const end = key.eword === WHOLE_LINE ? '' : `,${key.eword + 1}${key.echar ? `.${key.echar}` : ''}${key.skipEndBlanks ? 'b' : ''}`;
  return `${start}${letters}${key.skipStartBlanks ? 'b' : ''}${end}`;
}

const SIZE_SUFFIXES = 'bkKmMgGtTPEZY%';

/** -S SIZE: accepted (it changes no output here) once GNU would accept it. */
function checkBufferSize(value: string, spelled: string): void {
  // A suffix alone ("K") means one of that unit.
  const match = /^\s*\+?(\d+)(.*)$/.exec(/^[kKmMgGtTPEZY]/.test(value) ? `1${value}` : value);
  if (match === null) throw new SortFailure(`invalid ${spelled} argument '${value}'`);
  const suffix = match[2];
  if (suffix.length > 1 || (suffix.length === 1 && !SIZE_SUFFIXES.includes(suffix))) {
    throw new SortFailure(`invalid suffix in ${spelled} argument '${value}'`);
  }
  const power = suffix === '' ? 1 : ' kmgtpezy'.indexOf(suffix.toLowerCase());
  if (Number(match[1]) * 1024 ** Math.max(power, 0) >= 2 ** 64) throw new SortFailure(`${spelled} argument '${value}' too large`);
}

function checkCount(value: string, spelled: string): number {
  const match = /^\s*\+?(\d+)$/.exec(value);
  if (match === null) throw new SortFailure(`invalid ${spelled} argument '${value}'`);
  return Number(match[1]);
}

function setTab(config: SortConfig, value: string): void {
  const bytes = utf8ToByteString(value);
  if (bytes === '') throw new SortFailure('empty tab');
  let tab = bytes.charCodeAt(0);
  if (bytes.length > 1) {
    if (bytes === '\\0') tab = 0;
    else throw new SortFailure(`multi-character tab ‘${value}’`);
  }
  if (config.tab !== DEFAULT_TAB && config.tab !== tab) throw new SortFailure('incompatible tabs');
  config.tab = tab;
}

/** --files0-from=F: the input names, NUL-separated, in F ("-" is standard input). */
async function filesFromList(ctx: CommandContext, from: string, operands: string[]): Promise<string[]> {
  if (operands.length > 0) {
    await ctx.error(`extra operand ${quoteAlways(operands[0])}`);
    await ctx.stderr.write('file operands cannot be combined with --files0-from\n');
    await ctx.usageError('');
    throw new ArgmatchFailure(2);
  }
  let input;
  try {
    input = await ctx.openInput(from);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    throw new SortFailure(`open failed: ${quoteName(from)}: ${error.message}`);
  }
  let text: string;
  try {
    text = await input.readAllText();
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    throw new SortFailure(`cannot read file names from ${quoteAlways(from)}`);
  } finally {
    ctx.closeInput(input);
  }
  const names = text === '' ? [] : (text.endsWith('\0') ? text.slice(0, -1) : text).split('\0');
  if (names.length === 0) throw new SortFailure(`no input from ${quoteAlways(from)}`);
  names.forEach((name, i) => {
    if (name === '-') throw new SortFailure(`when reading file names from stdin, no file name of ${quoteAlways(name)} allowed`);
    if (name === '') throw new SortFailure(`${quoteName(from)}:${i + 1}: invalid zero-length file name`);
  });
  return names;
}

export async function parseSortOptions(ctx: CommandContext): Promise<SortConfig> {
  const { options, operands } = getopt(rewriteObsoleteKeys(ctx.args), SPECS);
  const config: SortConfig = {
    keys: [], tab: DEFAULT_TAB, reverse: false, stable: false, unique: false, check: null, merge: false, output: null,
    eol: '\n', random: false, files: operands,
  };
  const global = newKey();
  global.sword = WHOLE_LINE;
  let filesFrom: string | null = null;
  for (const { key, value, spelled } of options) {
    const letter = SPECS.find((s) => (s.long ?? s.short) === key)?.short;
    switch (key) {
      case 'ignore-leading-blanks': case 'dictionary-order': case 'ignore-case': case 'general-numeric-sort':
      case 'human-numeric-sort': case 'ignore-nonprinting': case 'month-sort': case 'numeric-sort': case 'random-sort':
      case 'reverse': case 'version-sort':
        setOrdering(letter!, 0, global, 'both');
        break;
      case 'sort':
        setOrdering(await argmatch(ctx, '--sort', value!, [
          ['general-numeric', 'g'], ['human-numeric', 'h'], ['month', 'M'], ['numeric', 'n'], ['random', 'R'], ['version', 'V'],
        ]), 0, global, 'both');
        break;
      case 'check': case 'c': case 'C': {
        const mode = key !== 'check' ? key : value === undefined ? 'c'
          : await argmatch(ctx, '--check', value, [['quiet', 'C'], ['silent', 'C'], ['diagnose-first', 'c']] as const);
        if (config.check !== null && config.check !== mode) throw new SortFailure("options '-cC' are incompatible");
        config.check = mode;
        break;
      }
      case 'key': config.keys.push(parseKeySpec(value!)); break;
      case 'merge': config.merge = true; break;
      case 'output':
        if (config.output !== null && config.output !== value) throw new SortFailure('multiple output files specified');
        config.output = value!;
        break;
      case 'stable': config.stable = true; break;
      case 'buffer-size': checkBufferSize(value!, spelled); break;
      case 'field-separator': setTab(config, value!); break;
      case 'temporary-directory': break; // only for temporary files, which an in-memory sort never makes
      case 'unique': config.unique = true; break;
      case 'zero-terminated': config.eol = '\0'; break;
      case 'parallel':
        if (checkCount(value!, spelled) === 0) throw new SortFailure('number in parallel must be nonzero');
        break;
      case 'batch-size': {
        const size = checkCount(value!, spelled);
        if (size < 2) throw new SortFailure(`invalid --batch-size argument ‘${value}’\n${ctx.name}: minimum --batch-size argument is ‘2’`);
        if (size > 1021) throw new SortFailure(`--batch-size argument ‘${value}’ too large\n${ctx.name}: maximum --batch-size argument with current rlimit is 1021`);
        break;
      }
      case 'files0-from': filesFrom = value!; break;
      case 'y': throw new Unsupported('-y');
      default: throw new Unsupported(spelled);
    }
  }
  if (filesFrom !== null) config.files = await filesFromList(ctx, filesFrom, config.files);
  // Keys without ordering options of their own take the global ones.
  for (const k of config.keys) {
    if (isDefaultKey(k) && !k.reverse) {
      Object.assign(k, {
        ignore: global.ignore, fold: global.fold, skipStartBlanks: global.skipStartBlanks, skipEndBlanks: global.skipEndBlanks,
        month: global.month, numeric: global.numeric, generalNumeric: global.generalNumeric, humanNumeric: global.humanNumeric,
        version: global.version, random: global.random, reverse: global.reverse,
      });
    }
  }
  if (config.keys.length === 0 && !isDefaultKey(global)) config.keys.push(global);
  config.keys.forEach(checkCompatibility);
  config.reverse = global.reverse;
  config.random = config.keys.some((k) => k.random);
  if (config.files.length === 0) config.files = ['-'];
  return config;
}
