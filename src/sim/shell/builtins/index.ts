// Every shell builtin, by name.

import type { Builtin } from './builtin.ts';
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
import { help } from './help.ts';
import { history } from './history.ts';
import { shopt } from './shopt.ts';
import { alias, unalias } from './alias.ts';
import { printf } from './printf.ts';
import { bracket, test } from './test.ts';
import { read } from './read.ts';
import { declare, local, typeset } from './declare.ts';
import { letBuiltin } from './let.ts';
import { kill } from './kill.ts';
import { trap } from './trap.ts';
import { getopts } from './getopts.ts';
import { mapfile, readarray } from './mapfile.ts';
import { umask } from './umask.ts';
import { hash } from './hash.ts';
import { exec } from './exec.ts';
import { times } from './times.ts';
import { dirs, popd, pushd } from './dirs.ts';
import { wait } from './wait.ts';
import { bg, disown, fg, jobs } from './job-control.ts';

export const builtins = new Map<string, Builtin>();

for (const builtin of [
  cd, pwd, echo, exit, trueBuiltin, falseBuiltin, colon, shift, breakBuiltin, continueBuiltin, returnBuiltin,
  exportBuiltin, readonlyBuiltin, unset, set, evalBuiltin, source, dot, type, command, builtinBuiltin, help, history, shopt, alias, unalias, printf, test, bracket, read, declare, typeset, local,
  letBuiltin, kill, trap, getopts, mapfile, readarray, umask, hash, exec, times, dirs, pushd, popd, wait,
  jobs, fg, bg, disown,
]) {
  builtins.set(builtin.name, builtin);
}
