// A compiled sed script: the commands with their addresses and arguments, in the shape of sed.h's
// struct sed_cmd, plus the regex wrapper every address and `s` command uses.

import { dfaDiagnostics, parsePosix, PosixRegex, RegexSyntaxError } from '../../text/posix-regex.ts';
import type { Replacement } from './replacement.ts';
import { normalizeText } from './text-escapes.ts';
import { SedPanic, type ScriptReader } from './script-reader.ts';

export interface SedRegex {
  regex: PosixRegex;
  groups: number;
}

export type AddressType = 'null' | 'regex' | 'num' | 'numMod' | 'step' | 'stepMod' | 'last';

export interface Address {
  type: AddressType;
  number: number;
  step: number;
  /** null for `//`: the last regex used. */
  regex: SedRegex | null;
}

/** An output file of w, W or s///w; /dev/stdout and /dev/stderr are sed's own streams. */
export interface OutputFile {
  name: string;
  special?: 'stdout' | 'stderr';
}

/** The file of an R command, read a line at a time. */
export interface ReadFile {
  name: string;
  lines: string[] | null;
  next: number;
}

export interface Substitution {
  regex: SedRegex | null;
  replacement: Replacement;
  global: boolean;
  /** 1: p before e; 2: p after e (only 1 without e). */
  print: number;
  occurrence: number;
  output: OutputFile | null;
}

export interface SedCommand {
  cmd: string;
  a1: Address | null;
  a2: Address | null;
  bang: boolean;
  rangeState: 'inactive' | 'active' | 'closed';
  /** a, i, c: the text, ending with a newline (null for an empty a\). */
  text?: string | null;
  /** b, t, T, {: where to go (index of the command); labels keep their name until resolved. */
  label?: string;
  jump?: number;
  /** q, Q exit status; l line length; -1 when absent. */
  intArg?: number;
  /** r: the file, and whether it is appended at the end of the cycle (0r: printed at once). */
  fileName?: string;
  appendFile?: boolean;
  output?: OutputFile;
  input?: ReadFile;
  subst?: Substitution;
  /** y: character → replacement. */
  translate?: Map<string, string>;
}

export interface RegexOptions {
  icase: boolean;
  multiline: boolean;
  extended: boolean;
}

/**
 * compile.c's compile_regex(): an empty regex means "the last one" (and takes no flags); GNU's
 * escapes are converted; regcomp's and the DFA's errors are reported sed's way.
 */
export function compileSedRegex(text: string, options: RegexOptions, neededGroups: number, reader: ScriptReader): SedRegex | null {
  if (text === '') {
    if (options.icase || options.multiline) reader.fail('cannot specify modifiers on empty regexp');
    return null;
  }
  const location = (): string => reader.location();
  const pattern = normalizeText(text, 'regex', location);
  let parsed;
  try {
    parsed = parsePosix(pattern, options.extended ? 'sed-extended' : 'sed-basic', options.icase);
  } catch (error) {
    if (error instanceof RegexSyntaxError) reader.fail(error.message);
    throw error;
  }
  if (neededGroups > 0 && parsed.groups < neededGroups - 1) reader.fail(`invalid reference \\${neededGroups - 1} on \`s' command's RHS`);
  const diagnostics = dfaDiagnostics(pattern, options.extended, false);
  if (diagnostics.error) throw new SedPanic(diagnostics.error);
  return { regex: new PosixRegex(parsed.node, { icase: options.icase, multiline: options.multiline }), groups: parsed.groups };
}
