// tar's command line: the traditional form ("tar czf a.tgz dir": letters first, their arguments
// next) and the dash form, read in order since -C and --exclude apply to the names after them.

import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import { getopt, UsageError, type ParsedOption } from './getopt.ts';
import { TAR_OPTIONS } from './tar-option-table.ts';
import { quoteLocale } from '../text/quote.ts';

export type TarMode = 'create' | 'extract' | 'list';

export interface TarName {
  name: string;
  /** The -C directory in effect for this name. */
  directory: string | undefined;
  /** --exclude patterns given before this name. */
  excludes: readonly string[];
  /** -T FILE: read the names from this file. */
  fromFile?: boolean;
}

export interface TarSettings {
  mode: TarMode;
  archive: string;
  gzip: boolean;
  verbose: number;
  toStdout: boolean;
  keepOld: boolean;
  skipOld: boolean;
  absoluteNames: boolean;
  samePermissions: boolean;
  sameOwner: boolean | undefined;
  touch: boolean;
  stripComponents: number;
  numericOwner: boolean;
  utc: boolean;
  fullTime: boolean;
  recursion: boolean;
  /** The last -C: where extraction happens. */
  directory: string | undefined;
  names: TarName[];
  /** Exclude patterns after the last name (they have no effect when creating). */
  trailingExcludes: string[];
}

/** A usage problem: "tar: MESSAGE" and the Try line, with tar's status for it. */
export class TarUsage extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const MODES: Record<string, TarMode> = { create: 'create', extract: 'extract', list: 'list' };
const OTHER_MODES = ['catenate', 'delete', 'diff', 'append', 'test-label', 'update'];

/** Settings, or a text to print and exit with 0 (--help, --usage, --version, --show-defaults). */
export function parseTarArgs(ctx: CommandContext, texts: Record<'help' | 'usage' | 'version', string>): TarSettings | { print: string } {
  const args = expandOldStyle(ctx.args);
  const s: TarSettings = {
    mode: 'list', archive: '-', gzip: false, verbose: 0, toStdout: false, keepOld: false, skipOld: false, absoluteNames: false,
    samePermissions: ctx.proc.cred.uid === 0, sameOwner: undefined, touch: false, stripComponents: 0, numericOwner: false, utc: false,
    fullTime: false, recursion: true, directory: undefined, names: [], trailingExcludes: [],
  };
  let mode: TarMode | undefined;
  let excludes: string[] = [];
  const handle = (option: ParsedOption): string | undefined => {
    const { key, value } = option;
    if (key in MODES || OTHER_MODES.includes(key)) {
      if (mode !== undefined) throw new TarUsage("You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option", 2);
      if (!(key in MODES)) throw new Unsupported(option.spelled);
      mode = MODES[key];
      return undefined;
    }
    switch (key) {
      case 'help': return texts.help;
      case 'usage': return texts.usage;
      case 'version': return texts.version;
      case 'show-defaults': return '--format=gnu -f- -b20 --quoting-style=escape --rmt-command=/usr/sbin/rmt --rsh-command=/usr/bin/rsh\n';
      case 'file': s.archive = value!; break;
      case 'gzip': s.gzip = true; break;
      case 'verbose': s.verbose++; break;
      case 'directory': s.directory = value; break;
      case 'files-from': s.names.push({ name: value!, directory: s.directory, excludes, fromFile: true }); break;
      case 'exclude': excludes = [...excludes, value!]; break;
      case 'keep-old-files': s.keepOld = true; break;
      case 'skip-old-files': s.skipOld = true; break;
      case 'overwrite': break;
      case 'to-stdout': s.toStdout = true; break;
      case 'absolute-names': s.absoluteNames = true; break;
      case 'preserve-permissions': s.samePermissions = true; break;
      case 'no-same-permissions': s.samePermissions = false; break;
      case 'same-owner': s.sameOwner = true; break;
      case 'no-same-owner': s.sameOwner = false; break;
      case 'touch': s.touch = true; break;
      case 'numeric-owner': s.numericOwner = true; break;
      case 'utc': s.utc = true; break;
      case 'full-time': s.fullTime = true; break;
      case 'recursion': s.recursion = true; break;
      case 'no-recursion': s.recursion = false; break;
      case 'strip-components': {
        if (!/^\d+$/.test(value!)) throw new TarUsage(`${value}: Invalid number of elements`, 2);
        s.stripComponents = Number(value);
        break;
      }
      case 'format':
        if (value !== 'gnu') throw new Unsupported(`--format=${value}`);
        break;
      default:
        throw new Unsupported(option.spelled);
    }
    return undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      for (const name of args.slice(i + 1)) s.names.push({ name, directory: s.directory, excludes });
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      s.names.push({ name: arg, directory: s.directory, excludes });
      continue;
    }
    const { options, consumed } = parseOne(args, i);
    i += consumed - 1;
    for (const option of options) {
      const text = handle(option);
      if (text !== undefined) return { print: text };
    }
  }
  if (mode === undefined) throw new TarUsage("You must specify one of the '-Acdtrux', '--delete' or '--test-label' options", 2);
  s.mode = mode;
  const last = s.names[s.names.length - 1];
  s.trailingExcludes = excludes.filter((pattern) => !(last?.excludes ?? []).includes(pattern));
  return s;
}

/** "tar czf a.tgz d": each letter of the first word is an option, taking its argument in turn. */
function expandOldStyle(args: readonly string[]): string[] {
  if (args.length === 0 || args[0].startsWith('-') || args[0] === '') return [...args];
  const rest = args.slice(1);
  const out: string[] = [];
  for (const letter of args[0]) {
    const spec = TAR_OPTIONS.find((o) => o.short === letter);
    out.push(`-${letter}`);
    if (spec?.arg === 'required') {
      if (rest.length === 0) throw new TarUsage(`Old option '${letter}' requires an argument.`, 2);
      out.push(rest.shift()!);
    }
  }
  return [...out, ...rest];
}

/** The options in args[i] (with the next argument when one is required). */
function parseOne(args: readonly string[], i: number): { options: ParsedOption[]; consumed: number } {
  try {
    return { options: getopt([args[i]], TAR_OPTIONS).options, consumed: 1 };
  } catch (error) {
    if (!(error instanceof UsageError) || !/requires an argument/.test(error.message) || i + 1 >= args.length) throw error;
    return { options: getopt([args[i], args[i + 1]], TAR_OPTIONS, { stopAtOperand: true }).options, consumed: 2 };
  }
}

/** The warning GNU tar gives for --exclude after the last name of an archive being created. */
export function trailingExcludeMessages(patterns: readonly string[]): string {
  if (patterns.length === 0) return '';
  let text =
    'tar: The following options were used after any non-optional arguments in archive create or update mode.  These options are positional and affect only arguments that follow them.  Please, rearrange them properly.\n';
  for (const pattern of patterns) text += `tar: --exclude ${quoteLocale(pattern)} has no effect\n`;
  return text;
}
