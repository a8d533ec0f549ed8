// watch: runs a command every N seconds of virtual time and shows its output full screen
// (procps-ng 4.0.2). Like the real one under ncurses it switches the terminal to the alternate
// screen (smcup) and to noecho/cbreak, draws "Every 2.0s: CMD" on the left and "host: date" on the
// right of the first line, the output from the third line (wrapped, cut at the bottom), and on
// ^C (or TERM, HUP) goes back to the normal screen (rmcup) and exits 0. The command runs under
// `sh -c` (or directly with -x), with stderr going with stdout. -d, -c, -g, -q are not simulated.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import { spawnProgram } from './spawn-program.ts';
import { localTimeFormatter } from './ps-format.ts';
import { Errno } from '../kernel/errors.ts';
import { Pipe } from '../kernel/pipe.ts';
import { SIG } from '../kernel/signals.ts';
import { InputReader } from '../io/input-reader.ts';
import { FdTable } from '../kernel/fd-table.ts';
import { UsageError, getopt } from './getopt.ts';

const HELP = `
Usage:
 watch [options] command

Options:
  -b, --beep             beep if command has a non-zero exit
  -c, --color            interpret ANSI color and style sequences
  -d, --differences[=<permanent>]
                         highlight changes between updates
  -e, --errexit          exit if command has a non-zero exit
  -g, --chgexit          exit when output from command changes
  -q, --equexit <cycles>
                         exit when output from command does not change
  -n, --interval <secs>  seconds to wait between updates
  -p, --precise          attempt run command in precise intervals
  -t, --no-title         turn off header
  -w, --no-wrap          turn off line wrapping
  -x, --exec             pass command to exec instead of "sh -c"

 -h, --help     display this help and exit
 -v, --version  output version information and exit

For more details see watch(1).
`;

const ENTER = '\x1b[?1049h\x1b[22;0;0t\x1b[1;24r\x1b(B\x1b[m\x1b[4l\x1b[?7h\x1b[H\x1b[2J';
const LEAVE = '\x1b[24;1H\x1b[?1049l\x1b[23;0;0t\r\x1b[?1l\x1b>';
const decoder = new TextDecoder();

export const watch = defineCommand({
  name: 'watch',
  summary: 'execute a program periodically, showing output fullscreen',
  help: HELP,
  answersHelp: false,
  async run(ctx) {
    let interval = 2;
    const fromEnv = ctx.getenv('WATCH_INTERVAL');
    if (fromEnv !== undefined) {
      const parsed = parseSeconds(fromEnv);
      if (parsed === undefined) {
        await ctx.error(`Could not parse interval from WATCH_INTERVAL: '${fromEnv}': Invalid argument`);
        return 1;
      }
      interval = parsed;
    }
    let parsed;
    try {
      parsed = getopt(
        ctx.args,
        [
          { short: 'b', long: 'beep' },
          { short: 'c', long: 'color' },
          { short: 'd', long: 'differences', arg: 'optional' },
          { short: 'e', long: 'errexit' },
          { short: 'g', long: 'chgexit' },
          { short: 'q', long: 'equexit', arg: 'required' },
          { short: 'n', long: 'interval', arg: 'required' },
          { short: 'p', long: 'precise' },
          { short: 't', long: 'no-title' },
          { short: 'w', long: 'no-wrap' },
          { short: 'x', long: 'exec' },
          { short: 'h', long: 'help' },
          { short: 'v', long: 'version' },
        ],
        { stopAtOperand: true },
      );
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      await ctx.error(error.message);
      await ctx.stderr.write(HELP);
      return 1;
    }
    let title = true;
    let wrap = true;
    let exec = false;
    let beep = false;
    let errexit = false;
    for (const { key, value, spelled } of parsed.options) {
      switch (key) {
        case 'help':
          await ctx.stdout.write(HELP);
          return 0;
        case 'version':
          await ctx.stdout.write('watch from procps-ng 4.0.2\n');
          return 0;
        case 'interval': {
          const seconds = parseSeconds(value!);
          if (seconds === undefined) {
            await ctx.error(`failed to parse argument: '${value}': Invalid argument`);
            return 1;
          }
          interval = seconds;
          break;
        }
        case 'no-title':
          title = false;
          break;
        case 'no-wrap':
          wrap = false;
          break;
        case 'exec':
          exec = true;
          break;
        case 'beep':
          beep = true;
          break;
        case 'errexit':
          errexit = true;
          break;
        case 'precise':
          break; // virtual time is precise anyway
        default:
          throw new Unsupported(spelled);
      }
    }
    interval = Math.min(Math.max(interval, 0.1), 2 ** 32 - 1);
    const operands = parsed.operands;
    if (operands.length === 0) {
      await ctx.stderr.write(HELP);
      return 1;
    }
    const command = operands.join(' ');
    const tty = ctx.kernel.tty;
    const out = ctx.proc.fds.find(1);
    if (!out?.isTerminal()) throw new Unsupported('watch without a terminal');

    const proc = ctx.proc;
    let stop = false;
    for (const signal of [SIG.INT, SIG.TERM, SIG.HUP]) proc.dispositions.set(signal, 'catch');
    proc.onCaughtSignal = (signal) => {
      const index = proc.caughtSignals.lastIndexOf(signal);
      if (index >= 0) proc.caughtSignals.splice(index, 1);
      if (signal === SIG.INT || signal === SIG.TERM || signal === SIG.HUP) {
        stop = true;
        proc.interruptWait(new Errno('EINTR'));
      }
    };
    const savedMode = { ...tty.mode };
    tty.setMode({ canonical: false, echo: false, signals: true });
    const localTime = localTimeFormatter(ctx);
    let status = 0;
    try {
      await ctx.stdout.write(ENTER);
      await ctx.stdout.flush();
      while (!stop) {
        const { cols, rows } = tty.size;
        let ran;
        try {
          ran = await runOnce(ctx, exec ? operands : ['sh', '-c', command]);
        } catch (error) {
          if (error instanceof Errno && error.code === 'EINTR' && stop) break;
          throw error;
        }
        if (stop) break;
        const { text, status: commandStatus } = ran;
        let screen = '\x1b[H\x1b[2J';
        if (title) screen += header(interval, command, `${ctx.system.hostname}: ${localTime(Math.floor(ctx.kernel.clock.nowUs / 1e6), '%a %b %e %H:%M:%S %Y')}`, cols);
        const lines = layout(text, cols, rows - (title ? 2 : 0), wrap);
        lines.forEach((line, i) => {
          screen += `\x1b[${i + (title ? 3 : 1)};1H${line}`;
        });
        if (beep && commandStatus !== 0) screen += '\x07';
        await ctx.stdout.write(screen);
        await ctx.stdout.flush();
        if (errexit && commandStatus !== 0) {
          status = 8;
          break;
        }
        try {
          await proc.sleep(Math.ceil(interval * 1e6));
        } catch (error) {
          if (!(error instanceof Errno && error.code === 'EINTR')) throw error;
        }
      }
    } finally {
      tty.setMode(savedMode);
    }
    await ctx.stdout.write(LEAVE);
    return status;
  },
});

/** strtod_nol_or_err: a whole C double, nothing after it. */
function parseSeconds(text: string): number | undefined {
  if (!/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
  return Number(text.trim());
}

/** output_header: "Every 2.0s: CMD" left, "host: date" right, clipped to the width. */
function header(interval: number, command: string, right: string, width: number): string {
  const left = `Every ${interval.toFixed(1)}s: `;
  const rhlen = right.length + 1; // ctime's newline counts in the real one
  const hlen = left.length;
  if (width < rhlen) return '';
  const row = Array.from({ length: width }, () => ' ');
  const put = (col: number, text: string): void => {
    for (let i = 0; i < text.length && col + i < width; i++) if (col + i >= 0) row[col + i] = text[i];
  };
  if (rhlen + hlen + 1 <= width) {
    put(0, left);
    if (rhlen + hlen + 2 <= width) {
      if (width < rhlen + hlen + 4) put(width - rhlen - 4, '... ');
      else if (width < rhlen + hlen + command.length) {
        put(hlen, command.slice(0, width - rhlen - hlen - 4));
        put(width - rhlen - 4, '... ');
      } else put(hlen, command.slice(0, width - rhlen - hlen));
    }
  }
  put(width - rhlen + 1, right);
  return row.join('').trimEnd();
}

/** The output's lines as the screen shows them: tabs expanded, long lines wrapped or cut. */
function layout(text: string, width: number, height: number, wrap: boolean): string[] {
  const lines: string[] = [];
  const source = text.endsWith('\n') ? text.slice(0, -1) : text;
  for (const raw of source === '' && text === '' ? [] : source.split('\n')) {
    let line = '';
    for (const char of raw) {
      if (char === '\t') line += ' '.repeat(8 - (line.length % 8));
      else if (char >= ' ' && char !== '\x7f') line += char;
    }
    if (line === '') lines.push('');
    while (line.length > 0) {
      lines.push(line.slice(0, width));
      line = wrap ? line.slice(width) : '';
    }
    if (lines.length >= height) break;
  }
  return lines.slice(0, Math.max(0, height));
}

/**
 * Runs the command once with stdout and stderr into a pipe; its output and status. A helper
 * process drains the pipe (a simulated process waits on one thing at a time, and watch waits for
 * the command), as the real watch reads the pipe before it waits.
 */
async function runOnce(ctx: CommandContext, argv: string[]): Promise<{ text: string; status: number }> {
  const [readEnd, writeEnd] = Pipe.create();
  const chunks: Uint8Array[] = [];
  const drainFds = new FdTable();
  drainFds.add(readEnd, 0);
  readEnd.release();
  const drain = ctx.kernel.spawn({
    parent: ctx.proc,
    argv: [...ctx.proc.argv],
    fds: drainFds,
    main: async (p) => {
      const reader = new InputReader(p, p.fds.get(0));
      for (;;) {
        const chunk = await reader.read();
        if (chunk.length === 0) return 0;
        chunks.push(chunk);
      }
    },
  });
  const fds = ctx.proc.fds.fork();
  fds.set(1, writeEnd);
  fds.set(2, writeEnd);
  writeEnd.release();
  let status = 1;
  try {
    const child = spawnProgram(ctx.system, ctx.proc, argv, { fds });
    const result = await child.done;
    status = result.kind === 'exited' ? result.code : 128 + (result.kind === 'signaled' ? result.signal : 0);
  } catch (error) {
    fds.closeAll();
    if (!(error instanceof Errno) || error.code === 'EINTR') throw error;
  }
  await reap(ctx, drain.pid);
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { text: decoder.decode(bytes), status };
}

async function reap(ctx: CommandContext, pid: number): Promise<void> {
  for (;;) {
    try {
      await ctx.kernel.waitpid(ctx.proc, pid);
      return;
    } catch (error) {
      if (error instanceof Errno && error.code === 'EINTR') continue;
      if (error instanceof Errno && error.code === 'ECHILD') return;
      throw error;
    }
  }
}
