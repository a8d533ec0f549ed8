// The `time` keyword: real time from the virtual clock, user and system CPU from the simulated
// processes' accounting (see kernel/cost-model.ts), printed in bash's default TIMEFORMAT.

import type { Shell } from './shell.ts';

export interface Timing {
  realUs: number;
  userUs: number;
  sysUs: number;
}

function usage(shell: Shell): Timing {
  const proc = shell.proc;
  return {
    realUs: shell.kernel.clock.nowUs,
    userUs: proc.cpuUserUs + proc.childrenUserUs + proc.unpaidCpuUs,
    sysUs: proc.cpuSysUs + proc.childrenSysUs,
  };
}

export function startTiming(shell: Shell): Timing {
  return usage(shell);
}

export async function printTimes(shell: Shell, start: Timing, posix: boolean): Promise<void> {
  // The shell's own computation counts as elapsed time too.
  if (shell.proc.unpaidCpuUs > 0 && shell.kernel.cpuAdvancesClock) await shell.proc.yieldSlice();
  const end = usage(shell);
  const real = end.realUs - start.realUs;
  const user = end.userUs - start.userUs;
  const sys = end.sysUs - start.sysUs;
  const format = shell.getScalar('TIMEFORMAT');
  if (posix) {
    await shell.writeStderr(`real ${seconds(real, 2)}\nuser ${seconds(user, 2)}\nsys ${seconds(sys, 2)}\n`);
    return;
  }
  if (format !== undefined) {
    await shell.writeStderr(`${applyFormat(format, real, user, sys)}\n`);
    return;
  }
  await shell.writeStderr(`\nreal\t${long(real)}\nuser\t${long(user)}\nsys\t${long(sys)}\n`);
}

function seconds(us: number, precision: number): string {
  return (Math.floor(us / 10 ** (6 - precision)) / 10 ** precision).toFixed(precision);
}

function long(us: number): string {
  const totalMs = Math.floor(us / 1000);
  const minutes = Math.floor(totalMs / 60000);
  const ms = totalMs - minutes * 60000;
  return `${minutes}m${(ms / 1000).toFixed(3)}s`;
}

/** TIMEFORMAT: %[p][l]R/U/S, %P (CPU percentage), %%. */
function applyFormat(format: string, real: number, user: number, sys: number): string {
  return format.replace(/%(\d)?(l)?([RUSP%])/g, (_m, precision: string | undefined, isLong: string | undefined, what: string) => {
    if (what === '%') return '%';
    if (what === 'P') return real === 0 ? '0.00' : (((user + sys) / real) * 100).toFixed(2);
    const value = what === 'R' ? real : what === 'U' ? user : sys;
    const digits = precision === undefined ? 3 : Math.min(3, Number(precision));
    if (isLong) {
      const minutes = Math.floor(value / 60_000_000);
      return `${minutes}m${seconds(value - minutes * 60_000_000, digits)}s`;
    }
    return seconds(value, digits);
  });
}
