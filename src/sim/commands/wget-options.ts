// wget's command line (getopt_long, so options and URLs may mix), including its two-letter "-n"
// options (-nv, -nc, -nd, -nH, -np) which getopt sees as -n with an argument.

import { Unsupported } from './context.ts';
import { getopt, UsageError, type OptionSpec } from './getopt.ts';
import { WGET_OPTIONS } from './wget-option-table.ts';

export interface WgetSettings {
  urls: string[];
  verbosity: 'verbose' | 'nv' | 'quiet';
  output: string | undefined;
  serverResponse: boolean;
  noClobber: boolean;
  prefix: string | undefined;
  help: boolean;
  version: boolean;
}

/** A usage error and wget's status for it. */
export class WgetUsage extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const N_LETTERS: Record<string, string> = { v: 'no-verbose', c: 'no-clobber', d: 'no-directories', H: 'no-host-directories', p: 'no-parent' };
/** Accepted and harmless: the simulated servers do not look at them. */
const IGNORED = new Set(['progress', 'no-check-certificate', 'user-agent', 'header', 'tries', 'timeout', 'no-directories', 'no-host-directories', 'no-parent', 'show-progress', 'no-verbose-never']);

export function parseWgetArgs(args: readonly string[]): WgetSettings {
  const s: WgetSettings = { urls: [], verbosity: 'verbose', output: undefined, serverResponse: false, noClobber: false, prefix: undefined, help: false, version: false };
  const specs: OptionSpec[] = [...WGET_OPTIONS, { short: 'n', arg: 'required', key: 'n' }];
  let parsed;
  try {
    parsed = getopt(args, specs);
  } catch (error) {
    if (error instanceof UsageError) throw new WgetUsage(error.message, 2);
    throw error;
  }
  s.urls = parsed.operands;
  const apply = (key: string, value: string | undefined, spelled: string): void => {
    switch (key) {
      case 'help': s.help = true; break;
      case 'version': s.version = true; break;
      case 'quiet': s.verbosity = 'quiet'; break;
      case 'verbose': s.verbosity = 'verbose'; break;
      case 'no-verbose': s.verbosity = 'nv'; break;
      case 'output-document': s.output = value; break;
      case 'server-response': s.serverResponse = true; break;
      case 'no-clobber': s.noClobber = true; break;
      case 'directory-prefix': s.prefix = value; break;
      default:
        if (!IGNORED.has(key)) throw new Unsupported(spelled);
    }
  };
  for (const { key, value, spelled } of parsed.options) {
    if (key !== 'n') {
      apply(key, value, spelled);
      continue;
    }
    for (const letter of value!) {
      const long = N_LETTERS[letter];
      if (long === undefined) throw new WgetUsage(`illegal option -- \`-n${value}'`, 1);
      apply(long, undefined, `-n${letter}`);
    }
  }
  return s;
}
