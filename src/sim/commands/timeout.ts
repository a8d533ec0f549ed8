// timeout: runs a command and signals it when a duration of virtual time has passed (GNU coreutils
// 9.1, timeout.c). The timer is an event on the kernel's clock, never real time. As the real one
// does, timeout puts itself in a new process group (unless --foreground), relays the signals it
// receives to the command, and on expiry signals the command and then its whole group (ignoring the
// signal itself, so `-s KILL` ends timeout too: 137). Status 124 on timeout, 125 for its own errors,
// 126/127 when the command cannot be run or found.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import { spawnProgram, type SpawnedProgram } from './spawn-program.ts';
import { coreutilsVersion } from './text-version.ts';
import { Errno } from '../kernel/errors.ts';
import type { Process } from '../kernel/process.ts';
import { SIG, signalName } from '../kernel/signals.ts';
import { quoteLocale } from '../text/quote.ts';
import { parseDuration } from './duration.ts';

const HELP = `Usage: timeout [OPTION] DURATION COMMAND [ARG]...
  or:  timeout [OPTION]
Start COMMAND, and kill it if still running after DURATION.

Mandatory arguments to long options are mandatory for short options too.
      --preserve-status
                 exit with the same status as COMMAND, even when the
                   command times out
      --foreground
                 when not running timeout directly from a shell prompt,
                   allow COMMAND to read from the TTY and get TTY signals;
                   in this mode, children of COMMAND will not be timed out
  -k, --kill-after=DURATION
                 also send a KILL signal if COMMAND is still running
                   this long after the initial signal was sent
  -s, --signal=SIGNAL
                 specify the signal to be sent on timeout;
                   SIGNAL may be a name like 'HUP' or a number;
                   see 'kill -l' for a list of signals
  -v, --verbose  diagnose to stderr any signal sent upon timeout
      --help        display this help and exit
      --version     output version information and exit

DURATION is a floating point number with an optional suffix:
's' for seconds (the default), 'm' for minutes, 'h' for hours or 'd' for days.
A duration of 0 disables the associated timeout.

Upon timeout, send the TERM signal to COMMAND, if no other SIGNAL specified.
The TERM signal kills any process that does not block or catch that signal.
It may be necessary to use the KILL signal, since this signal can't be caught.

EXIT status:
  124  if COMMAND times out, and --preserve-status is not specified
  125  if the timeout command itself fails
  126  if COMMAND is found but cannot be invoked
  127  if COMMAND cannot be found
  137  if COMMAND (or timeout itself) is sent the KILL (9) signal (128+9)
  -    the exit status of COMMAND otherwise

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/timeout>
or available locally via: info '(coreutils) timeout invocation'
`;

const EXIT_TIMEDOUT = 124;
const EXIT_CANCELED = 125;
const EXIT_CANNOT_INVOKE = 126;
const EXIT_ENOENT = 127;

/** What timeout.c's install_cleanup catches (plus the chosen signal). */
const CLEANUP_SIGNALS = [SIG.ALRM, SIG.INT, SIG.QUIT, SIG.HUP, SIG.TERM];

export const timeout = defineCommand({
  name: 'timeout',
  summary: 'run a command with a time limit',
  help: HELP,
  usageStatus: EXIT_CANCELED,
  async run(ctx) {
    const { options, operands } = ctx.parse(
      [
        { short: 'k', long: 'kill-after', arg: 'required' },
        { short: 's', long: 'signal', arg: 'required' },
        { short: 'v', long: 'verbose' },
        { long: 'foreground' },
        { long: 'preserve-status' },
        { long: 'version' },
      ],
      { stopAtOperand: true },
    );
    let killAfter = 0;
    let termSignal = SIG.TERM;
    let verbose = false;
    let foreground = false;
    let preserveStatus = false;
    for (const { key, value } of options) {
      switch (key) {
        case 'kill-after': {
          const parsed = parseDuration(value!);
          if (parsed === undefined) return invalidInterval(ctx, value!);
          killAfter = parsed;
          break;
        }
        case 'signal': {
          const signal = operandToSignal(value!);
          if (signal === undefined) {
            await ctx.error(`${quoteLocale(value!)}: invalid signal`);
            return ctx.usageError('');
          }
          termSignal = signal;
          break;
        }
        case 'verbose':
          verbose = true;
          break;
        case 'foreground':
          foreground = true;
          break;
        case 'preserve-status':
          preserveStatus = true;
          break;
        case 'version':
          await ctx.stdout.write(coreutilsVersion('timeout', 'Written by Padraig Brady.'));
          return 0;
      }
    }
    if (operands.length < 2) return ctx.usageError('');
    const duration = parseDuration(operands[0]);
    if (duration === undefined) return invalidInterval(ctx, operands[0]);
    const argv = operands.slice(1);
    const command = argv[0];
    const proc = ctx.proc;
    const kernel = ctx.kernel;

    // setpgid(0, 0): the command and everything it starts can be signalled as one group.
    if (!foreground) proc.pgid = proc.pid;
    let child: SpawnedProgram;
    try {
      await ctx.flush();
      child = spawnProgram(ctx.system, proc, argv);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      // execvp fails in the forked child, which reports it and exits like sh would.
      await ctx.error(`failed to run command ${quoteLocale(command)}: ${error.message}`);
      return error.code === 'ENOENT' ? EXIT_ENOENT : EXIT_CANNOT_INVOKE;
    }
    const monitored = child.proc;
    // The child resets what timeout ignores for itself ("exec doesn't reset SIG_IGN -> SIG_DFL").
    monitored.dispositions.delete(SIG.TTIN);
    monitored.dispositions.delete(SIG.TTOU);

    let timedOut = false;
    const timer: { cancel: (() => void) | null } = { cancel: null };
    const setTimer = (seconds: number): void => {
      timer.cancel?.();
      timer.cancel = null;
      const us = Math.ceil(seconds * 1e6);
      // Longer than the clock can count: the alarm never comes.
      if (us > 0 && Number.isSafeInteger(us)) timer.cancel = kernel.clock.timer(us, () => cleanup(SIG.ALRM));
    };
    const sendSignal = (target: number, signal: number): void => {
      // Sending to our group: ignore the signal ourselves first, so it does not come back to us.
      if (target === 0) proc.dispositions.set(signal, 'ignore');
      try {
        kernel.kill(proc, target, signal);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
      }
    };
    const cleanup = (received: number): void => {
      let signal = received;
      if (signal === SIG.ALRM) {
        timedOut = true;
        signal = termSignal;
      }
      if (!monitored.alive) return;
      if (killAfter > 0) {
        termSignal = SIG.KILL;
        setTimer(killAfter);
        killAfter = 0;
      }
      if (verbose) kernel.writeToStderr(proc, `${ctx.name}: sending signal ${sigName(signal)} to command ${quoteLocale(command)}\n`);
      sendSignal(monitored.pid, signal);
      if (!foreground) {
        sendSignal(0, signal);
        if (signal !== SIG.KILL && signal !== SIG.CONT) {
          sendSignal(monitored.pid, SIG.CONT);
          sendSignal(0, SIG.CONT);
        }
      }
    };

    for (const signal of new Set([...CLEANUP_SIGNALS, termSignal])) if (signal !== 0) proc.dispositions.set(signal, 'catch');
    proc.dispositions.set(SIG.TTIN, 'ignore');
    proc.dispositions.set(SIG.TTOU, 'ignore');
    const previousHandler = proc.onCaughtSignal;
    proc.onCaughtSignal = (signal) => {
      // The handler runs at once (the wait for the command goes on, as sigsuspend does).
      const index = proc.caughtSignals.lastIndexOf(signal);
      if (index >= 0) proc.caughtSignals.splice(index, 1);
      cleanup(signal);
    };
    setTimer(duration);

    let statusWord;
    try {
      statusWord = await child.done;
    } finally {
      timer.cancel?.();
      proc.onCaughtSignal = previousHandler;
    }
    let status: number;
    if (statusWord.kind === 'exited') status = statusWord.code;
    else if (statusWord.kind === 'signaled') {
      const signal = statusWord.signal;
      if (!timedOut) raise(proc, signal);
      if (timedOut && signal === SIG.KILL) preserveStatus = true;
      status = 128 + signal;
    } else status = 1;
    if (timedOut && !preserveStatus) status = EXIT_TIMEDOUT;
    return status;
  },
});

/** Dies of the signal that killed the command, as timeout does to pass it on to its parent. */
function raise(proc: Process, signal: number): void {
  proc.dispositions.delete(signal);
  proc.deliver(signal);
  proc.throwIfTerminating();
}

async function invalidInterval(ctx: CommandContext, text: string): Promise<number> {
  await ctx.error(`invalid time interval ${quoteLocale(text)}`);
  return ctx.usageError('');
}

function sigName(signal: number): string {
  return signal === 0 ? 'EXIT' : (signalName(signal) ?? String(signal));
}

/**
 * gnulib's operand2sig: a number (an exit status like 137 means signal 9) or a name, with or
 * without SIG, in any case. undefined when it is not a signal. Real-time signals are not simulated.
 */
export function operandToSignal(operand: string): number | undefined {
  let signal: number;
  if (/^[0-9]/.test(operand)) {
    if (!/^[0-9]+$/.test(operand)) return undefined;
    const n = Number(operand);
    if (n > 2 ** 31 - 1) return undefined;
    signal = n & (n >= 0xff ? 0xff : 0x7f);
  } else {
    let name = operand.replace(/[a-z]/g, (c) => c.toUpperCase());
    let found = signalByName(name);
    if (found === undefined && name.startsWith('SIG')) {
      name = name.slice(3);
      found = signalByName(name);
    }
    if (found === undefined) {
      if (/^(RTMIN|RTMAX)([+-]\d+)?$/.test(name)) throw new Unsupported(`real-time signal ${operand}`);
      return undefined;
    }
    signal = found;
  }
  if (signal >= 34 && signal <= 64) throw new Unsupported(`real-time signal ${operand}`);
  if (signal !== 0 && signalName(signal) === undefined) return undefined;
  return signal;
}

function signalByName(name: string): number | undefined {
  if (name === 'EXIT') return 0;
  if (name === 'IOT') return SIG.ABRT;
  if (name === 'CLD') return SIG.CHLD;
  if (name === 'POLL') return SIG.IO;
  return (SIG as Record<string, number>)[name];
}
