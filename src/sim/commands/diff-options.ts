// diff's command line (diffutils 3.8): output styles and context lengths (-u, -U N, -c, -C N and
// the obsolete -N digits), what to ignore, labels, and the options string GNU repeats in the
// "diff -r a/x b/x" headers. Options that the playground does not implement are refused.

import { Unsupported } from './context.ts';
import { getopt, type OptionSpec } from './getopt.ts';
import type { WhiteSpace } from './diff-analyze.ts';
import type { OutputStyle } from './diff-format.ts';

/** A fatal error: "diff: MESSAGE" (with `tryHelp`, also "diff: Try 'diff --help'..."), status 2. */
export class DiffFailure extends Error {
  constructor(
    message: string,
    readonly tryHelp = false,
  ) {
    super(message);
  }
}

export interface DiffConfig {
  style: OutputStyle;
  context: number;
  brief: boolean;
  reportIdentical: boolean;
  recursive: boolean;
  newFile: boolean;
  unidirectionalNewFile: boolean;
  text: boolean;
  ignoreCase: boolean;
  whiteSpace: WhiteSpace;
  ignoreBlankLines: boolean;
  minimal: boolean;
  speedLargeFiles: boolean;
  horizonLines: number;
  labels: string[];
  expandTabs: boolean;
  initialTab: boolean;
  tabSize: number;
  suppressBlankEmpty: boolean;
  stripTrailingCr: boolean;
  /** The options as typed, for "diff -r ..." headers. */
  switches: string;
  operands: string[];
}

const SPECS: OptionSpec[] = [
  ...[...'0123456789'].map((d) => ({ short: d, key: 'digit' })),
  { short: 'a', long: 'text' }, { short: 'b', long: 'ignore-space-change' }, { short: 'B', long: 'ignore-blank-lines' },
  { short: 'c' }, { short: 'C', arg: 'required', key: 'context' }, { long: 'context', arg: 'optional' },
  { short: 'd', long: 'minimal' }, { short: 'D', long: 'ifdef', arg: 'required' }, { short: 'e', long: 'ed' },
  { short: 'E', long: 'ignore-tab-expansion' }, { short: 'f', long: 'forward-ed' },
  { short: 'F', long: 'show-function-line', arg: 'required' }, { short: 'h' }, { short: 'H', long: 'speed-large-files' },
  { short: 'i', long: 'ignore-case' }, { short: 'I', long: 'ignore-matching-lines', arg: 'required' },
  { short: 'l', long: 'paginate' }, { short: 'L', long: 'label', arg: 'required' }, { short: 'n', long: 'rcs' },
  { short: 'N', long: 'new-file' }, { short: 'p', long: 'show-c-function' }, { short: 'P', long: 'unidirectional-new-file' },
  { short: 'q', long: 'brief' }, { short: 'r', long: 'recursive' }, { short: 's', long: 'report-identical-files' },
  { short: 'S', long: 'starting-file', arg: 'required' }, { short: 't', long: 'expand-tabs' }, { short: 'T', long: 'initial-tab' },
  { short: 'u' }, { short: 'U', arg: 'required', key: 'unified' }, { long: 'unified', arg: 'optional' },
  { short: 'v', long: 'version' }, { short: 'w', long: 'ignore-all-space' }, { short: 'W', long: 'width', arg: 'required' },
  { short: 'x', long: 'exclude', arg: 'required' }, { short: 'X', long: 'exclude-from', arg: 'required' },
  { short: 'y', long: 'side-by-side' }, { short: 'Z', long: 'ignore-trailing-space' },
  { long: 'binary' }, { long: 'changed-group-format', arg: 'required' }, { long: 'color', arg: 'optional' },
  { long: 'from-file', arg: 'required' }, { long: 'help' }, { long: 'horizon-lines', arg: 'required' },
  { long: 'ignore-file-name-case' }, { long: 'inhibit-hunk-merge' }, { long: 'left-column' },
  { long: 'line-format', arg: 'required' }, { long: 'new-group-format', arg: 'required' },
  { long: 'new-line-format', arg: 'required' }, { long: 'no-dereference' }, { long: 'no-ignore-file-name-case' },
  { long: 'normal' }, { long: 'old-group-format', arg: 'required' }, { long: 'old-line-format', arg: 'required' },
  { long: 'palette', arg: 'required' }, { long: 'sdiff-merge-assist' }, { long: 'strip-trailing-cr' },
  { long: 'suppress-blank-empty' }, { long: 'suppress-common-lines' }, { long: 'tabsize', arg: 'required' },
  { long: 'to-file', arg: 'required' }, { long: 'unchanged-group-format', arg: 'required' },
  { long: 'unchanged-line-format', arg: 'required' }, { long: '-presume-output-tty' },
];

const CONTEXT_MAX = 2 ** 53;

/** strtoimax for -U, -C, --horizon-lines and --tabsize: optional blanks and sign, then digits only. */
function integer(text: string): number | null {
  const match = /^[ \t\n\v\f\r]*([+-]?\d+)$/.exec(text);
  return match === null ? null : Number(match[1]);
}

/** The option words (not operands) in order, shell-quoted as GNU's option_list does. */
function switchString(args: readonly string[], operands: readonly string[]): string {
  const rest = [...operands];
  const words: string[] = [];
  for (let i = args.length - 1; i >= 0; i--) {
    if (rest.length > 0 && args[i] === rest[rest.length - 1]) rest.pop();
    else words.unshift(args[i]);
  }
  return words.map((w) => ` ${/^[A-Za-z0-9_.,:=\/+-]+$/.test(w) ? w : `'${w.replace(/'/g, "'\\''")}'`}`).join('');
}

export function parseDiffOptions(args: readonly string[], stdoutIsTerminal: boolean): DiffConfig | 'help' {
  const { options, operands } = getopt(args, SPECS);
  const config: DiffConfig = {
    style: 'normal', context: 0, brief: false, reportIdentical: false, recursive: false, newFile: false,
    unidirectionalNewFile: false, text: false, ignoreCase: false, whiteSpace: 'none', ignoreBlankLines: false,
    minimal: false, speedLargeFiles: false, horizonLines: 0, labels: [], expandTabs: false, initialTab: false,
    tabSize: 0, suppressBlankEmpty: false, stripTrailingCr: false, switches: '', operands,
  };
  let style: DiffConfig['style'] | null = null;
  const specifyStyle = (next: DiffConfig['style']): void => {
    if (style !== null && style !== next) throw new DiffFailure('conflicting output style options', true);
    style = next;
  };
  let obsoleteContext = -1;
  let explicitContext = false;
  let previous = '';
  for (const { key, value, spelled } of options) {
    switch (key) {
      case 'digit': {
        const digit = Number(spelled.slice(1));
        obsoleteContext = previous !== 'digit' ? digit : Math.min(10 * obsoleteContext + digit, CONTEXT_MAX);
        break;
      }
      case 'text': config.text = true; break;
      case 'ignore-space-change': if (config.whiteSpace !== 'all') config.whiteSpace = 'change'; break;
      case 'ignore-trailing-space': if (config.whiteSpace === 'none') config.whiteSpace = 'trailing'; break;
      case 'ignore-all-space': config.whiteSpace = 'all'; break;
      case 'ignore-blank-lines': config.ignoreBlankLines = true; break;
      case 'context': case 'unified': {
        let n = 3;
        if (value !== undefined) {
          const parsed = integer(value);
          if (parsed === null || parsed < 0) throw new DiffFailure(`invalid context length '${value}'`, true);
          n = Math.min(parsed, CONTEXT_MAX);
        }
        specifyStyle(key === 'unified' ? 'unified' : 'context');
        config.context = Math.max(config.context, n);
        explicitContext = true;
        break;
      }
      case 'c': case 'u':
        specifyStyle(key === 'u' ? 'unified' : 'context');
        config.context = Math.max(config.context, 3);
        break;
      case 'normal': specifyStyle('normal'); break;
      case 'minimal': config.minimal = true; break;
      case 'h': case 'inhibit-hunk-merge': case 'binary': case 'no-ignore-file-name-case': break; // no effect here either
      case 'speed-large-files': config.speedLargeFiles = true; break;
      case 'ignore-case': config.ignoreCase = true; break;
      case 'label':
        if (config.labels.length === 2) throw new DiffFailure('too many file label options');
        config.labels.push(value!);
        break;
      case 'new-file': config.newFile = true; break;
      case 'unidirectional-new-file': config.unidirectionalNewFile = true; break;
      case 'brief': config.brief = true; break;
      case 'recursive': config.recursive = true; break;
      case 'report-identical-files': config.reportIdentical = true; break;
      case 'expand-tabs': config.expandTabs = true; break;
      case 'initial-tab': config.initialTab = true; break;
      case 'help': return 'help';
      case 'horizon-lines': {
        const n = integer(value!);
        if (n === null || n < 0) throw new DiffFailure(`invalid horizon length '${value}'`, true);
        config.horizonLines = Math.max(config.horizonLines, n);
        break;
      }
      case 'tabsize': {
        const n = integer(value!);
        if (n === null || n <= 0) throw new DiffFailure(`invalid tabsize '${value}'`, true);
        if (config.tabSize !== 0 && config.tabSize !== n) throw new DiffFailure('conflicting tabsize options');
        config.tabSize = n;
        break;
      }
      case 'strip-trailing-cr': config.stripTrailingCr = true; break;
      case 'suppress-blank-empty': config.suppressBlankEmpty = true; break;
      case 'color':
        // Without colors (never, or auto off a terminal) the output is plain; colors are not simulated.
        if (value === 'never' || value === 'none' || value === 'no' || (['auto', 'tty', 'if-tty'].includes(value ?? 'auto') && !stdoutIsTerminal)) break;
        throw new Unsupported('--color');
      default: throw new Unsupported(spelled);
    }
    previous = key;
  }
  config.style = style ?? 'normal';
  if (obsoleteContext >= 0 && config.style !== 'normal' &&
    (config.context < obsoleteContext || (obsoleteContext < config.context && !explicitContext))) {
    config.context = obsoleteContext;
  }
  if (config.tabSize === 0) config.tabSize = 8;
  config.horizonLines = Math.max(config.horizonLines, config.context);
  config.switches = switchString(args, operands);
  if (operands.length !== 2) {
    if (operands.length < 2) throw new DiffFailure(`missing operand after '${args[args.length - 1] ?? 'diff'}'`, true);
    throw new DiffFailure(`extra operand '${operands[2]}'`, true);
  }
  return config;
}
