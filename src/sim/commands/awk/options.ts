// gawk's command line: -F fs, -v var=value, -f progfile (repeatable), -e program-text, --, their
// long forms, and the program text as the first operand when no -f or -e is given. Options end
// at the first operand, so `awk '{print}' -v x=1` reads a file named "-v", as gawk does.

import { Unsupported } from '../context.ts';

export type Source = { kind: 'file'; path: string } | { kind: 'text'; text: string };

export interface AwkOptions {
  fs: string | null;
  assignments: string[];
  sources: Source[];
  operands: string[];
}

export type ParsedCommandLine =
  | { kind: 'run'; options: AwkOptions }
  | { kind: 'help' }
  | { kind: 'version' }
  /** Usage error: the message (if any) is printed, then the usage, and awk exits 1. */
  | { kind: 'usage'; message: string | null };

const WITH_ARGUMENT: Record<string, string> = { F: 'fs', v: 'assign', f: 'file', e: 'source', E: 'exec' };
const LONG: Record<string, string> = {
  'field-separator': 'fs', assign: 'assign', file: 'file', source: 'source', exec: 'exec', version: 'version', help: 'help',
  usage: 'help',
};
/** gawk options that change its behaviour in ways not simulated here. */
const GAWK_FLAGS = 'bcCdDgiIlLMnNoOpPrsStY';
const GAWK_LONG = new Set([
  'characters-as-bytes', 'traditional', 'copyright', 'dump-variables', 'debug', 'gen-pot', 'include', 'trace', 'load',
  'lint', 'bignum', 'use-lc-numeric', 'non-decimal-data', 'pretty-print', 'optimize', 'profile', 'posix', 're-interval',
  'no-optimize', 'sandbox', 'lint-old', 'persist',
]);

export function parseCommandLine(args: readonly string[]): ParsedCommandLine {
  const options: AwkOptions = { fs: null, assignments: [], sources: [], operands: [] };
  let i = 0;
  const apply = (key: string, value: string): ParsedCommandLine | null => {
    switch (key) {
      case 'fs':
        options.fs = value;
        return null;
      case 'assign':
        if (!value.includes('=')) return { kind: 'usage', message: `\`${value}' argument to \`-v' not in \`var=value' form\n` };
        options.assignments.push(value);
        return null;
      case 'file':
      case 'exec':
        options.sources.push({ kind: 'file', path: value });
        return null;
      default:
        options.sources.push({ kind: 'text', text: value });
        return null;
    }
  };
  while (i < args.length) {
    const arg = args[i];
    if (arg === '--') {
      i++;
      break;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const matches = Object.keys(LONG).filter((long) => long.startsWith(name));
      const exact = LONG[name] ?? (matches.length === 1 ? LONG[matches[0]] : undefined);
      if (exact === undefined) {
        if ([...GAWK_LONG].some((long) => long.startsWith(name))) throw new Unsupported(`--${name}`);
        return { kind: 'usage', message: null };
      }
      i++;
      if (exact === 'version' || exact === 'help') return { kind: exact };
      let value: string;
      if (eq >= 0) value = arg.slice(eq + 1);
      else if (i < args.length) value = args[i++];
      else return { kind: 'usage', message: `option '--${name}' requires an argument` };
      const problem = apply(exact, value);
      if (problem) return problem;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    i++;
    for (let j = 1; j < arg.length; j++) {
      const c = arg[j];
      if (c === 'V') return { kind: 'version' };
      if (c === 'h') return { kind: 'help' };
      if (c === 'W' || c in WITH_ARGUMENT) {
        let value: string;
        if (j + 1 < arg.length) value = arg.slice(j + 1);
        else if (i < args.length) value = args[i++];
        else return { kind: 'usage', message: `option requires an argument -- ${c}` };
        if (c === 'W') {
          if ('version'.startsWith(value) && value !== '') return { kind: 'version' };
          if ('help'.startsWith(value) || 'usage'.startsWith(value)) return { kind: 'help' };
          throw new Unsupported(`-W ${value}`);
        }
        const problem = apply(WITH_ARGUMENT[c], value);
        if (problem) return problem;
        break;
      }
      if (GAWK_FLAGS.includes(c)) throw new Unsupported(`-${c}`);
      return { kind: 'usage', message: null };
    }
  }
  if (options.sources.length === 0) {
    if (i >= args.length) return { kind: 'usage', message: null };
    options.sources.push({ kind: 'text', text: args[i++] });
  }
  options.operands = args.slice(i);
  return { kind: 'run', options };
}
