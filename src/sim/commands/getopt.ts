// GNU getopt_long, as coreutils use it: short option clusters (-nr), attached or separate arguments
// (-d: / -d :), long options with unique-prefix abbreviation (--delim=:), `--` to end options, and
// argument permutation (options may follow operands) unless the command asks to stop at the first
// operand. Error texts are glibc's, word for word.

export type ArgumentKind = 'none' | 'required' | 'optional';

export interface OptionSpec {
  /** Single-character name, e.g. 'd' for -d. */
  short?: string;
  /** Long name without dashes, e.g. 'delimiter'. */
  long?: string;
  arg?: ArgumentKind;
  /** What the parse reports; defaults to the long name, else the short one. */
  key?: string;
}

export interface ParsedOption {
  key: string;
  value: string | undefined;
  /** How the user wrote it ("-d", "--delimiter"), for messages. */
  spelled: string;
}

export interface ParsedArgs {
  options: ParsedOption[];
  operands: string[];
}

export interface GetoptSettings {
  /** Stop at the first operand (getopt's "+" mode), as env, nohup, xargs and find need. */
  stopAtOperand?: boolean;
}

/** A usage error; `message` is the first line glibc prints (without the program name). */
export class UsageError extends Error {}

export function getopt(args: readonly string[], specs: readonly OptionSpec[], settings: GetoptSettings = {}): ParsedArgs {
  const options: ParsedOption[] = [];
  const operands: string[] = [];
  const keyOf = (spec: OptionSpec): string => spec.key ?? spec.long ?? spec.short!;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const spec = findLong(specs, name, arg);
      const kind = spec.arg ?? 'none';
      const spelled = `--${spec.long}`;
      if (eq >= 0) {
        if (kind === 'none') throw new UsageError(`option '--${spec.long}' doesn't allow an argument`);
        options.push({ key: keyOf(spec), value: arg.slice(eq + 1), spelled });
      } else if (kind === 'required') {
        if (i + 1 >= args.length) throw new UsageError(`option '--${spec.long}' requires an argument`);
        options.push({ key: keyOf(spec), value: args[++i], spelled });
      } else {
        options.push({ key: keyOf(spec), value: undefined, spelled });
      }
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const char = arg[j];
        const spec = specs.find((s) => s.short === char);
        if (spec === undefined) throw new UsageError(`invalid option -- '${char}'`);
        const kind = spec.arg ?? 'none';
        if (kind === 'none') {
          options.push({ key: keyOf(spec), value: undefined, spelled: `-${char}` });
          continue;
        }
        const rest = arg.slice(j + 1);
        if (rest !== '') options.push({ key: keyOf(spec), value: rest, spelled: `-${char}` });
        else if (kind === 'optional') options.push({ key: keyOf(spec), value: undefined, spelled: `-${char}` });
        else if (i + 1 < args.length) options.push({ key: keyOf(spec), value: args[++i], spelled: `-${char}` });
        else throw new UsageError(`option requires an argument -- '${char}'`);
        break;
      }
      continue;
    }
    if (settings.stopAtOperand) {
      operands.push(...args.slice(i));
      break;
    }
    operands.push(arg);
  }
  return { options, operands };
}

function findLong(specs: readonly OptionSpec[], name: string, spelled: string): OptionSpec {
  const exact = specs.find((s) => s.long === name);
  if (exact) return exact;
  const candidates = specs.filter((s) => s.long !== undefined && s.long.startsWith(name));
  const distinct = candidates.filter((s, i) => candidates.findIndex((t) => keyOf(t) === keyOf(s)) === i);
  if (distinct.length === 1 && name !== '') return distinct[0];
  const text = spelled.includes('=') ? spelled.slice(0, spelled.indexOf('=')) : spelled;
  if (distinct.length > 1) {
    const list = distinct.map((s) => `'--${s.long}'`).join(' ');
    throw new UsageError(`option '${text}' is ambiguous; possibilities: ${list}`);
  }
  throw new UsageError(`unrecognized option '${text}'`);
}

function keyOf(spec: OptionSpec): string {
  return spec.key ?? spec.long ?? spec.short!;
}
