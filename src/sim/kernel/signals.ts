// Linux's signal numbers and default actions (signal(7)), under the names `kill -l` prints.

export const SIGNALS = [
  'HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE',
  'ALRM', 'TERM', 'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ',
  'VTALRM', 'PROF', 'WINCH', 'IO', 'PWR', 'SYS',
] as const;

export type SignalName = (typeof SIGNALS)[number];

export const SIG = Object.fromEntries(SIGNALS.map((name, i) => [name, i + 1])) as Record<SignalName, number>;

export type DefaultAction = 'terminate' | 'ignore' | 'stop' | 'continue';

export function defaultAction(signal: number): DefaultAction {
  switch (signal) {
    case SIG.CHLD:
    case SIG.URG:
    case SIG.WINCH:
      return 'ignore';
    case SIG.STOP:
    case SIG.TSTP:
    case SIG.TTIN:
    case SIG.TTOU:
      return 'stop';
    case SIG.CONT:
      return 'continue';
    default:
      return 'terminate';
  }
}

export function signalName(signal: number): string | undefined {
  return SIGNALS[signal - 1];
}

/** Accepts 'INT', 'SIGINT', 'int' or '2'; returns the number or undefined. 0 is valid (kill -0). */
export function parseSignal(text: string): number | undefined {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n >= 0 && n <= SIGNALS.length ? n : undefined;
  }
  let name = text.toUpperCase();
  if (name.startsWith('SIG')) name = name.slice(3);
  const index = (SIGNALS as readonly string[]).indexOf(name);
  return index >= 0 ? index + 1 : undefined;
}

/** The text bash prints for a job killed by this signal ("Terminated", "Killed", ...). */
export function signalDescription(signal: number): string {
  return SIGNAL_DESCRIPTIONS[signal] ?? `Unknown signal ${signal}`;
}

const SIGNAL_DESCRIPTIONS: Record<number, string> = {
  1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
  6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
  11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock',
  15: 'Terminated', 16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)',
  20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
  24: 'CPU time limit exceeded', 25: 'File size limit exceeded', 26: 'Virtual timer expired',
  27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible', 30: 'Power failure',
  31: 'Bad system call',
};
