// Every shell builtin, by name.

import type { Builtin, BuiltinContext } from './builtin.ts';
import { cd } from './cd.ts';
import { pwd } from './pwd.ts';
import { echo } from './echo.ts';
import { exit } from './exit.ts';
import { colon, falseBuiltin, trueBuiltin } from './true.ts';
import { shift } from './shift.ts';
import { breakBuiltin, continueBuiltin } from './loop-control.ts';
import { returnBuiltin } from './return.ts';
import { exportBuiltin, readonlyBuiltin } from './export.ts';
import { unset } from './unset.ts';
import { set } from './set.ts';
import { evalBuiltin } from './eval.ts';
import { dot, source } from './source.ts';
import { type } from './type.ts';
import { builtinBuiltin, command } from './command.ts';
import { history } from './history.ts';
import { shopt } from './shopt.ts';
import { alias, unalias } from './alias.ts';
import { printf } from './printf.ts';
import { bracket, test } from './test.ts';
import { letBuiltin } from './let.ts';
import { trap } from './trap.ts';
import { umask } from './umask.ts';
import { exec } from './exec.ts';
import { times } from './times.ts';

type BuiltinModule = Record<string, unknown>;

/**
 * Builtins no prompt needs, loaded the first time they run (or `help` shows them): name, synopsis
 * (as the module has it; a test checks they agree), the module, and its export.
 */
const LAZY_BUILTINS: [string, string, () => Promise<Builtin>][] = [
  ['read', 'read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]', () => named(import('./read.ts'), 'read')],
  ['mapfile', 'mapfile [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]', () => named(import('./mapfile.ts'), 'mapfile')],
  ['readarray', 'readarray [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]', () => named(import('./mapfile.ts'), 'readarray')],
  ['getopts', 'getopts optstring name [arg ...]', () => named(import('./getopts.ts'), 'getopts')],
  ['dirs', 'dirs [-clpv] [+N] [-N]', () => named(import('./dirs.ts'), 'dirs')],
  ['pushd', 'pushd [-n] [+N | -N | dir]', () => named(import('./dirs.ts'), 'pushd')],
  ['popd', 'popd [-n] [+N | -N]', () => named(import('./dirs.ts'), 'popd')],
  ['help', 'help [-dms] [pattern ...]', () => named(import('./help.ts'), 'help')],
  ['wait', 'wait [-fn] [-p var] [id ...]', () => named(import('./wait.ts'), 'wait')],
  ['jobs', 'jobs [-lnprs] [jobspec ...] or jobs -x command [args]', () => named(import('./job-control.ts'), 'jobs')],
  ['fg', 'fg [job_spec]', () => named(import('./job-control.ts'), 'fg')],
  ['bg', 'bg [job_spec ...]', () => named(import('./job-control.ts'), 'bg')],
  ['disown', 'disown [-h] [-ar] [jobspec ... | pid ...]', () => named(import('./job-control.ts'), 'disown')],
  ['kill', 'kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]', () => named(import('./kill.ts'), 'kill')],
  ['hash', 'hash [-lr] [-p pathname] [-dt] [name ...]', () => named(import('./hash.ts'), 'hash')],
  ['declare', 'declare [-aAfFgiIlnrtux] [name[=value] ...] or declare -p [-aAfFilnrtux] [name ...]', () => named(import('./declare.ts'), 'declare')],
  ['typeset', 'typeset [-aAfFgiIlnrtux] [name[=value] ...] or typeset -p [-aAfFilnrtux] [name ...]', () => named(import('./declare.ts'), 'typeset')],
  ['local', 'local [option] name[=value] ...', () => named(import('./declare.ts'), 'local')],
];

/** The builtin a module exports under `name`, matched by its `name` property. */
async function named(module: Promise<BuiltinModule>, name: string): Promise<Builtin> {
  const found = Object.values(await module).find((value): value is Builtin => typeof value === 'object' && value !== null && (value as Builtin).name === name);
  if (!found) throw new Error(`builtin ${name} is not in its module`);
  return found;
}

/**
 * A builtin whose code loads on first use (host work: the shell waits on it like outside input, so
 * the clock does not move meanwhile), keeping the shell's first download small.
 */
function lazyBuiltin(name: string, synopsis: string, load: () => Promise<Builtin>): Builtin {
  let loaded: Builtin | undefined;
  return {
    name,
    synopsis,
    async run(ctx: BuiltinContext): Promise<number> {
      loaded ??= await ctx.shell.proc.block<Builtin>((wake, fail) => void load().then(wake, fail), { interruptible: false, external: true });
      return loaded.run(ctx);
    },
  };
}

/** The real builtins behind the lazy entries (for tests). */
export function loadLazyBuiltins(): Promise<Builtin[]> {
  return Promise.all(LAZY_BUILTINS.map(([, , load]) => load()));
}

export const builtins = new Map<string, Builtin>();

for (const builtin of [
  cd, pwd, echo, exit, trueBuiltin, falseBuiltin, colon, shift, breakBuiltin, continueBuiltin, returnBuiltin,
  exportBuiltin, readonlyBuiltin, unset, set, evalBuiltin, source, dot, type, command, builtinBuiltin, history, shopt, alias, unalias, printf, test, bracket,
  letBuiltin, trap, umask, exec, times,
  ...LAZY_BUILTINS.map(([name, synopsis, load]) => lazyBuiltin(name, synopsis, load)),
]) {
  builtins.set(builtin.name, builtin);
}
