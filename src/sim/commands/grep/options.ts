// grep's command line, as grep 3.8's main() reads it: getopt_long with the -NUM context shorthand,
// its own messages for bad numbers and keywords, and which options override which.

import { getopt, UsageError, type OptionSpec } from '../getopt.ts';
import { Unsupported } from '../context.ts';

export type BinaryFiles = 'binary' | 'text' | 'without-match';

export interface PatternSource {
  /** The text of -e PATTERNS, the PATTERNS operand, or -f FILE's name (read later). */
  value: string;
  kind: 'text' | 'file';
}

export type FileFilter = { glob: string; include: boolean } | { from: string };

export interface GrepOptions {
  matcher: 'G' | 'E' | 'F';
  patterns: PatternSource[];
  /** No -e or -f: the first operand is the pattern. */
  patternFromOperand: boolean;
  icase: boolean;
  words: boolean;
  lines: boolean;
  nullData: boolean;
  noMessages: boolean;
  invert: boolean;
  maxCount: number;
  byteOffset: boolean;
  lineNumber: boolean;
  lineBuffered: boolean;
  /** -H 1, -h -1, neither 0. */
  filenameOption: number;
  label: string | undefined;
  onlyMatching: boolean;
  quiet: boolean;
  binaryFiles: BinaryFiles;
  directories: 'read' | 'recurse' | 'skip';
  /** -r, -R or -d recurse was given (then no operand means '.'). */
  recursiveOption: boolean;
  dereference: boolean;
  devices: 'read' | 'skip' | 'commandLine';
  /** --include, --exclude and --exclude-from in command-line order (the last match decides). */
  fileFilters: FileFilter[];
  dirExcludes: string[];
  listFiles: 'none' | 'matching' | 'nonmatching';
  count: boolean;
  initialTab: boolean;
  nullAfterName: boolean;
  before: number;
  after: number;
  groupSeparator: string | null;
  color: 'never' | 'always' | 'auto';
  showVersion: boolean;
  /** --color=WORD with an unknown word: grep prints its help and exits 0. */
  showHelp: boolean;
  /** Warnings grep prints while reading its options. */
  warnings: string[];
  operands: string[];
}

/** A fatal error of option parsing: the message, and whether the usage lines follow it. */
export class GrepUsageError extends Error {
  constructor(
    message: string,
    readonly withUsage: boolean,
    /** argmatch's usage(EXIT_FAILURE) exits 1; everything else exits 2. */
    readonly status = 2,
  ) {
    super(message);
  }
}

const SPECS: OptionSpec[] = [
  ...'0123456789'.split('').map((d) => ({ short: d })),
  { short: 'A', long: 'after-context', arg: 'required' },
  { short: 'B', long: 'before-context', arg: 'required' },
  { short: 'C', long: 'context', arg: 'required' },
  { short: 'D', long: 'devices', arg: 'required' },
  { short: 'E', long: 'extended-regexp' },
  { short: 'F', long: 'fixed-strings' },
  { long: 'fixed-regexp', key: 'fixed-strings' },
  { short: 'G', long: 'basic-regexp' },
  { short: 'H', long: 'with-filename' },
  { short: 'I' },
  { short: 'P', long: 'perl-regexp' },
  { short: 'T', long: 'initial-tab' },
  { short: 'U', long: 'binary' },
  { short: 'u', long: 'unix-byte-offsets' },
  { short: 'V', long: 'version' },
  { short: 'X', arg: 'required' },
  { short: 'a', long: 'text' },
  { short: 'b', long: 'byte-offset' },
  { short: 'c', long: 'count' },
  { short: 'd', long: 'directories', arg: 'required' },
  { short: 'e', long: 'regexp', arg: 'required' },
  { short: 'f', long: 'file', arg: 'required' },
  { short: 'h', long: 'no-filename' },
  { short: 'i', long: 'ignore-case' },
  { short: 'y', key: 'ignore-case' },
  { long: 'no-ignore-case' },
  { short: 'L', long: 'files-without-match' },
  { short: 'l', long: 'files-with-matches' },
  { short: 'm', long: 'max-count', arg: 'required' },
  { short: 'n', long: 'line-number' },
  { short: 'o', long: 'only-matching' },
  { short: 'q', long: 'quiet' },
  { long: 'silent', key: 'quiet' },
  { short: 'R', long: 'dereference-recursive' },
  { short: 'r', long: 'recursive' },
  { short: 's', long: 'no-messages' },
  { short: 'v', long: 'invert-match' },
  { short: 'w', long: 'word-regexp' },
  { short: 'x', long: 'line-regexp' },
  { short: 'Z', long: 'null' },
  { short: 'z', long: 'null-data' },
  { long: 'binary-files', arg: 'required' },
  { long: 'color', arg: 'optional' },
  { long: 'colour', arg: 'optional', key: 'color' },
  { long: 'exclude', arg: 'required' },
  { long: 'exclude-from', arg: 'required' },
  { long: 'exclude-dir', arg: 'required' },
  { long: 'include', arg: 'required' },
  { long: 'group-separator', arg: 'required' },
  { long: 'no-group-separator' },
  { long: 'label', arg: 'required' },
  { long: 'line-buffered' },
  { long: 'help' },
];

export function parseGrepArgs(args: string[]): GrepOptions {
  let parsed;
  try {
    parsed = getopt(args, SPECS);
  } catch (error) {
    if (error instanceof UsageError) throw new GrepUsageError(error.message, true);
    throw error;
  }
  const o: GrepOptions = {
    matcher: 'G', patterns: [], patternFromOperand: true, icase: false, words: false, lines: false, nullData: false,
    noMessages: false, invert: false, maxCount: Infinity, byteOffset: false, lineNumber: false, lineBuffered: false,
    filenameOption: 0, label: undefined, onlyMatching: false, quiet: false, binaryFiles: 'binary', directories: 'read',
    recursiveOption: false, dereference: false, devices: 'commandLine', fileFilters: [], dirExcludes: [],
    listFiles: 'none', count: false, initialTab: false, nullAfterName: false, before: -1, after: -1, groupSeparator: '--',
    color: 'never', showVersion: false, showHelp: false, warnings: [], operands: parsed.operands,
  };
  let matcherSet: string | undefined;
  const setMatcher = (m: 'G' | 'E' | 'F'): void => {
    if (matcherSet !== undefined && matcherSet !== m) throw new GrepUsageError('conflicting matchers specified', false);
    matcherSet = m;
    o.matcher = m;
  };
  let defaultContext = -1;
  const digitRuns = contextDigitRuns(args);
  let digitsLeft = 0;
  for (const { key, value, spelled } of parsed.options) {
    const arg = value ?? '';
    if (/^[0-9]$/.test(key)) {
      // -NUM: the digits of one argument ("-15") form one number.
      if (digitsLeft === 0) {
        const run = digitRuns.shift() ?? key;
        defaultContext = contextLength(run);
        digitsLeft = run.length;
      }
      digitsLeft--;
      continue;
    }
    digitsLeft = 0;
    switch (key) {
      case 'after-context': o.after = contextLength(arg); break;
      case 'before-context': o.before = contextLength(arg); break;
      case 'context': defaultContext = contextLength(arg); break;
      case 'devices':
        if (arg === 'read') o.devices = 'read';
        else if (arg === 'skip') o.devices = 'skip';
        else throw new GrepUsageError('unknown devices method', false);
        break;
      case 'extended-regexp': setMatcher('E'); break;
      case 'fixed-strings': setMatcher('F'); break;
      case 'basic-regexp': setMatcher('G'); break;
      case 'perl-regexp':
      case 'X':
        throw new Unsupported(spelled);
      case 'with-filename': o.filenameOption = 1; break;
      case 'I': o.binaryFiles = 'without-match'; break;
      case 'initial-tab': o.initialTab = true; break;
      case 'binary': break; // -U changes nothing on POSIX systems
      case 'unix-byte-offsets': o.warnings.push('warning: --unix-byte-offsets (-u) is obsolete'); break;
      case 'version': o.showVersion = true; break;
      case 'text': o.binaryFiles = 'text'; break;
      case 'byte-offset': o.byteOffset = true; break;
      case 'count': o.count = true; break;
      case 'directories':
        if (arg !== 'read' && arg !== 'recurse' && arg !== 'skip') throw new GrepUsageError(invalidArgument(arg, 'directories', ['read', 'recurse', 'skip']), true, 1);
        o.directories = arg;
        if (arg === 'recurse') o.recursiveOption = true;
        break;
      case 'regexp': o.patterns.push({ value: arg, kind: 'text' }); o.patternFromOperand = false; break;
      case 'file': o.patterns.push({ value: arg, kind: 'file' }); o.patternFromOperand = false; break;
      case 'no-filename': o.filenameOption = -1; break;
      case 'ignore-case': o.icase = true; break;
      case 'no-ignore-case': o.icase = false; break;
      case 'files-without-match': o.listFiles = 'nonmatching'; break;
      case 'files-with-matches': o.listFiles = 'matching'; break;
      case 'max-count': o.maxCount = maxCount(arg); break;
      case 'line-number': o.lineNumber = true; break;
      case 'only-matching': o.onlyMatching = true; break;
      case 'quiet': o.quiet = true; break;
      case 'dereference-recursive': o.dereference = true; o.directories = 'recurse'; o.recursiveOption = true; break;
      case 'recursive': o.directories = 'recurse'; o.recursiveOption = true; break;
      case 'no-messages': o.noMessages = true; break;
      case 'invert-match': o.invert = true; break;
      case 'word-regexp': o.words = true; break;
      case 'line-regexp': o.lines = true; break;
      case 'null': o.nullAfterName = true; break;
      case 'null-data': o.nullData = true; break;
      case 'binary-files':
        if (arg !== 'binary' && arg !== 'text' && arg !== 'without-match') throw new GrepUsageError('unknown binary-files type', false);
        o.binaryFiles = arg;
        break;
      case 'color': o.color = colorWhen(value, o); break;
      case 'exclude': o.fileFilters.push({ glob: arg, include: false }); break;
      case 'include': o.fileFilters.push({ glob: arg, include: true }); break;
      case 'exclude-from': o.fileFilters.push({ from: arg }); break;
      case 'exclude-dir': o.dirExcludes.push(arg.replace(/(.)\/+$/, '$1')); break;
      case 'group-separator': o.groupSeparator = arg; break;
      case 'no-group-separator': o.groupSeparator = null; break;
      case 'label': o.label = arg; break;
      case 'line-buffered': o.lineBuffered = true; break;
      case 'help': o.showHelp = true; break;
    }
  }
  if (o.after < 0) o.after = defaultContext;
  if (o.before < 0) o.before = defaultContext;
  return o;
}

/** The digit runs of -NUM options in argument order ("-15" → "15"; "-1 -5" → "1", "5"). */
function contextDigitRuns(args: string[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') break;
    if (arg.startsWith('--')) {
      const name = arg.slice(2).split('=')[0];
      const spec = SPECS.find((s) => s.long === name) ?? SPECS.filter((s) => s.long?.startsWith(name))[0];
      if (spec?.arg === 'required' && !arg.includes('=')) i++;
      continue;
    }
    if (!arg.startsWith('-') || arg.length < 2) continue;
    let run = '';
    for (let j = 1; j < arg.length; j++) {
      const spec = SPECS.find((s) => s.short === arg[j]);
      if (/[0-9]/.test(arg[j])) {
        run += arg[j];
        continue;
      }
      if (run) runs.push(run);
      run = '';
      if (spec?.arg === 'required') {
        if (j === arg.length - 1) i++;
        break;
      }
    }
    if (run) runs.push(run);
  }
  return runs;
}

/** xstrtoimax as grep calls it: optional blanks and sign, decimal digits, nothing after. */
function parseInteger(text: string): number | undefined {
  const match = /^[ \t\n\v\f\r]*([+-]?)(\d+)$/.exec(text);
  if (!match) return undefined;
  const n = Number(match[2]);
  return match[1] === '-' ? -n : n;
}

function contextLength(text: string): number {
  const n = parseInteger(text);
  if (n === undefined || n < 0) throw new GrepUsageError(`${text}: invalid context length argument`, false);
  return n;
}

function maxCount(text: string): number {
  const n = parseInteger(text);
  if (n === undefined) throw new GrepUsageError('invalid max count', false);
  return n < 0 ? Infinity : n;
}

function colorWhen(value: string | undefined, o: GrepOptions): GrepOptions['color'] {
  if (value === undefined) return 'auto';
  const word = value.toLowerCase();
  if (['always', 'yes', 'force'].includes(word)) return 'always';
  if (['never', 'no', 'none'].includes(word)) return 'never';
  if (['auto', 'tty', 'if-tty'].includes(word)) return 'auto';
  o.showHelp = true;
  return o.color;
}

function invalidArgument(arg: string, option: string, valid: string[]): string {
  return `invalid argument ‘${arg}’ for ‘--${option}’\nValid arguments are:\n${valid.map((v) => `  - ‘${v}’`).join('\n')}`;
}
