// Small programs from coreutils and ncurses whose whole behaviour fits in a few lines.

import { defineCommand } from './command.ts';
import { echoText } from '../shell/builtins/echo.ts';

export const clear = defineCommand({
  name: 'clear',
  summary: 'clear the terminal screen',
  help: `Usage: clear [options]

Options:
  -T TERM     use this instead of $TERM
  -V          print curses-version
  -x          do not try to clear scrollback
`,
  async run(ctx) {
    const keepScrollback = ctx.args.includes('-x');
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
