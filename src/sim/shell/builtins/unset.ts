import type { Builtin } from './builtin.ts';
import { IndexedArray, isValidName } from '../variables.ts';
import { evaluate } from '../assign.ts';

const SYNOPSIS = 'unset [-f] [-v] [-n] [name ...]';

export const unset: Builtin = {
  name: 'unset',
  special: true,
  synopsis: SYNOPSIS,
  async run(ctx) {
    const shell = ctx.shell;
    let functions = false;
    let variablesOnly = false;
    let i = 0;
    for (; i < ctx.args.length; i++) {
      const arg = ctx.args[i];
      if (arg === '--') {
        i++;
        break;
      }
      if (!/^-[fvn]+$/.test(arg)) {
        if (arg.startsWith('-') && arg.length > 1) return ctx.invalidOption(arg.slice(0, 2), SYNOPSIS);
        break;
      }
      if (arg.includes('f')) functions = true;
      if (arg.includes('v')) variablesOnly = true;
    }
    let status = 0;
    for (const name of ctx.args.slice(i)) {
      if (functions) {
        shell.functions.delete(name);
        shell.exportedFunctions.delete(name);
        continue;
      }
      const element = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/.exec(name);
      if (element) {
        const variable = shell.vars.lookup(element[1]);
        if (variable?.readonly) {
          await ctx.error(`${element[1]}: cannot unset: readonly variable`);
          status = 1;
        } else if (variable?.value instanceof Map) variable.value.delete(element[2]);
        else if (variable?.value instanceof IndexedArray) {
          const key = element[2] === '@' || element[2] === '*' ? undefined : Number(evaluate(shell, element[2]));
          if (key === undefined) shell.vars.unset(element[1]);
          else variable.value.delete(key < 0 ? key + variable.value.nextIndex : key);
        } else if (variable && (element[2] === '0' || element[2] === '@' || element[2] === '*')) shell.vars.unset(element[1]);
        continue;
      }
      if (!isValidName(name)) {
        // Without -v a name that cannot be a variable may still be a function's ("a-b").
        if (!variablesOnly) {
          shell.functions.delete(name);
          continue;
        }
        await ctx.error(`\`${name}': not a valid identifier`);
        status = 1;
        continue;
      }
      const variable = shell.vars.lookup(name);
      if (variable === undefined) {
        if (!variablesOnly) shell.functions.delete(name);
        if (name === 'RANDOM') shell.randomUnset = true;
        continue;
      }
      if (variable.readonly) {
        await ctx.error(`${name}: cannot unset: readonly variable`);
        status = 1;
        continue;
      }
      shell.vars.unset(name);
    }
    return status;
  },
};
