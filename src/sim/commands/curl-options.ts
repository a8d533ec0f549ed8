// curl's command line: options anywhere among the URLs, short ones bundled ("-sSfL"), long ones
// abbreviated when unambiguous, "--no-" to turn a flag off, and each -o/-O paired with the next
// URL without one. Errors are worded as curl 7.88 words them.

import { Unsupported } from './context.ts';
import { getopt, UsageError, type OptionSpec, type ParsedOption } from './getopt.ts';
import { CURL_OPTIONS } from './curl-option-table.ts';

export interface CurlTarget {
  url: string;
  /** A file name, "-" for stdout, or 'remote' for -O; undefined for stdout. */
  output?: string;
}

export interface CurlSettings {
  targets: CurlTarget[];
  silent: boolean;
  showError: boolean;
  fail: boolean;
  failWithBody: boolean;
  location: boolean;
  include: boolean;
  head: boolean;
  writeOut: string | undefined;
  maxRedirs: number;
  noProgressMeter: boolean;
  createDirs: boolean;
  /** --help [category] or --version: print and exit. */
  help?: string;
  version?: boolean;
}

/** A usage error: "curl: option X: MESSAGE" and the hint, status 2. */
export class CurlUsage extends Error {}

const BOOLEANS: Record<string, keyof CurlSettings> = {
  silent: 'silent', 'show-error': 'showError', fail: 'fail', location: 'location', include: 'include', head: 'head',
  'create-dirs': 'createDirs', 'progress-meter': 'noProgressMeter',
};
/** Accepted and harmless here: they change nothing the simulated servers look at. */
const IGNORED = new Set(['user-agent', 'header', 'compressed', 'insecure', 'url', 'referer', 'connect-timeout', 'max-time', 'retry', 'ipv4', 'ipv6', 'http1.1', 'tlsv1.2', 'no-buffer']);

export function parseCurlArgs(args: readonly string[]): CurlSettings {
  const s: CurlSettings = {
    targets: [], silent: false, showError: false, fail: false, failWithBody: false, location: false, include: false,
    head: false, writeOut: undefined, maxRedirs: 50, noProgressMeter: false, createDirs: false,
  };
  const outputs: string[] = [];
  const urls: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      urls.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      urls.push(arg);
      continue;
    }
    if (arg.startsWith('--no-') && BOOLEANS[arg.slice(5)] !== undefined) {
      (s as unknown as Record<string, boolean>)[BOOLEANS[arg.slice(5)]] = arg.slice(5) === 'progress-meter';
      continue;
    }
    const { options, consumed } = parseOne(args, i);
    i += consumed - 1;
    for (const option of options) {
      const { key, value } = option;
      if (key === 'help') {
        const next = args[i + 1];
        s.help = next !== undefined && !next.startsWith('-') ? next : '';
        return s;
      }
      if (key === 'version') {
        s.version = true;
        return s;
      }
      if (BOOLEANS[key] !== undefined && key !== 'progress-meter') (s as unknown as Record<string, boolean>)[BOOLEANS[key]] = true;
      else if (key === 'no-progress-meter') s.noProgressMeter = true;
      else if (key === 'fail-with-body') s.failWithBody = true;
      else if (key === 'output') outputs.push(value!);
      else if (key === 'remote-name') outputs.push('\0remote');
      else if (key === 'write-out') s.writeOut = value;
      else if (key === 'max-redirs') s.maxRedirs = Number(value);
      else if (key === 'request') {
        if (value !== 'GET' && value !== 'HEAD') throw new Unsupported(`--request ${value}`);
        if (value === 'HEAD') s.head = true;
      } else if (!IGNORED.has(key)) throw new Unsupported(option.spelled);
    }
  }
  s.targets = urls.map((url, n) => ({ url, output: outputs[n] === '\0remote' ? 'remote' : outputs[n] }));
  return s;
}

function parseOne(args: readonly string[], i: number): { options: ParsedOption[]; consumed: number } {
  const specs: readonly OptionSpec[] = CURL_OPTIONS;
  try {
    return { options: getopt([args[i]], specs).options, consumed: 1 };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (/requires an argument/.test(error.message) && i + 1 < args.length) {
      return { options: getopt([args[i], args[i + 1]], specs, { stopAtOperand: true }).options, consumed: 2 };
    }
    throw new CurlUsage(curlWording(args[i], error.message));
  }
}

/** glibc's getopt message turned into curl's. */
function curlWording(arg: string, message: string): string {
  const short = /-- '(.)'/.exec(message);
  const long = /'(--[^'=]*)/.exec(message);
  const name = short ? `-${short[1]}` : long ? long[1] : arg;
  if (/requires an argument/.test(message)) return `option ${name}: requires parameter`;
  if (/ambiguous/.test(message)) return `option ${name}: is ambiguous`;
  return `option ${name}: is unknown`;
}
