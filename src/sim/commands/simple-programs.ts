// Small programs from coreutils and ncurses whose whole behaviour fits in a few lines.

import { defineCommand } from './command.ts';
import { Unsupported } from './context.ts';
import { quoteAlways } from '../text/quote.ts';
import { echoText } from '../shell/builtins/echo.ts';

const CLEAR_USAGE = `Usage: clear [options]

Options:
  -T TERM     use this instead of $TERM
  -V          print curses-version
  -x          do not try to clear scrollback
`;

/** Terminal types whose clear sequence is the one the playground's terminal understands. */
const XTERM_TYPES = new Set(['xterm', 'xterm-256color']);

export const clear = defineCommand({
  name: 'clear',
  summary: 'clear the terminal screen',
  help: CLEAR_USAGE,
  // ncurses' clear parses with plain getopt("T:Vx"): "--help" is the invalid option '-'.
  answersHelp: false,
  async run(ctx) {
    const usage = async (message?: string): Promise<number> => {
      const program = ctx.name.slice(ctx.name.lastIndexOf('/') + 1);
      await ctx.stderr.write(`${message ? `${ctx.name}: ${message}\n` : ''}${CLEAR_USAGE.replace('clear', program)}`);
      return 1;
    };
    let keepScrollback = false;
    let term = ctx.getenv('TERM');
    let operands = 0;
    const args = ctx.args;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      if (arg === '--') {
        operands += args.length - i - 1;
        break;
      }
      if (!arg.startsWith('-') || arg === '-') {
        operands++; // getopt moves operands to the end: every option is still read first
        continue;
      }
      for (let j = 1; j < arg.length; j++) {
        const letter = arg[j];
        if (letter === 'V') {
          await ctx.stdout.write('ncurses 6.4.20221231\n');
          return 0;
        }
        if (letter === 'x') keepScrollback = true;
        else if (letter === 'T') {
          term = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
          if (term === undefined) return usage("option requires an argument -- 'T'");
          break;
        } else return usage(`invalid option -- '${letter}'`);
      }
    }
    if (operands > 0) return usage();
    if (term === undefined) {
      await ctx.stderr.write('TERM environment variable not set.\n');
      return 1;
    }
    if (term === '') {
      await ctx.stderr.write("'': unknown terminal type.\n");
      return 1;
    }
    // Other terminals clear with other sequences (or cannot): only the playground's own is known.
    if (!XTERM_TYPES.has(term)) throw new Unsupported(`terminal type ${quoteAlways(term)}`);
    await ctx.stdout.write(keepScrollback ? '\x1b[H\x1b[2J' : '\x1b[H\x1b[2J\x1b[3J');
    return 0;
  },
});

export const echo = defineCommand({
  name: 'echo',
  summary: 'display a line of text',
  answersHelp: false,
  help: '',
  async run(ctx) {
    if (ctx.args.length === 1 && ctx.args[0] === '--help') {
      await ctx.stdout.write(ECHO_HELP);
      return 0;
    }
    await ctx.stdout.write(echoText(ctx.args).text);
    return 0;
  },
});

const ECHO_HELP = `Usage: echo [SHORT-OPTION]... [STRING]...
  or:  echo LONG-OPTION
Echo the STRING(s) to standard output.

  -n             do not output the trailing newline
  -e             enable interpretation of backslash escapes
  -E             disable interpretation of backslash escapes (default)
      --help     display this help and exit
      --version  output version information and exit
`;

export const pwd = defineCommand({
  name: 'pwd',
  summary: 'print name of current/working directory',
  help: `Usage: pwd [OPTION]...
Print the full filename of the current working directory.

  -L, --logical   use PWD from environment, even if it contains symlinks
  -P, --physical  avoid all symlinks
      --help     display this help and exit
      --version  output version information and exit

If no option is specified, -P is assumed.
`,
  async run(ctx) {
    const { options } = ctx.parse([
      { short: 'L', long: 'logical' },
      { short: 'P', long: 'physical' },
    ]);
    const logical = options.length > 0 && options[options.length - 1].key === 'logical';
    const env = ctx.getenv('PWD');
    await ctx.stdout.write(`${logical && env?.startsWith('/') ? env : ctx.proc.cwd}\n`);
    return 0;
  },
});

export const trueCommand = defineCommand({
  name: 'true',
  summary: 'do nothing, successfully',
  answersHelp: false,
  help: '',
  async run() {
    return 0;
  },
});

export const falseCommand = defineCommand({
  name: 'false',
  summary: 'do nothing, unsuccessfully',
  answersHelp: false,
  help: '',
  async run() {
    return 1;
  },
});
