import type { Builtin, BuiltinContext } from './builtin.ts';
import { declareLine } from '../declare-format.ts';
import { isValidName } from '../variables.ts';
import { AssignmentError, assignArray, assignScalar } from '../assign.ts';
import { expandArrayLiteral } from '../assignment-values.ts';
import { traceLine, traceQuote } from '../trace.ts';

const EXPORT_SYNOPSIS = 'export [-fn] [name[=value] ...] or export -p';

export const exportBuiltin: Builtin = {
  name: 'export',
  special: true,
  synopsis: EXPORT_SYNOPSIS,
  run: (ctx) => markVariables(ctx, 'exported', EXPORT_SYNOPSIS),
};

const READONLY_SYNOPSIS = 'readonly [-aAf] [name[=value] ...] or readonly -p';

export const readonlyBuiltin: Builtin = {
  name: 'readonly',
  special: true,
  synopsis: READONLY_SYNOPSIS,
  run: (ctx) => markVariables(ctx, 'readonly', READONLY_SYNOPSIS),
};

async function markVariables(ctx: BuiltinContext, attribute: 'exported' | 'readonly', synopsis: string): Promise<number> {
  const shell = ctx.shell;
  let remove = false;
  let print = false;
  let functions = false;
  let i = 0;
  for (; i < ctx.args.length; i++) {
    const arg = ctx.args[i];
    if (arg === '--') {
      i++;
      break;
    }
    if (!/^-[a-zA-Z]+$/.test(arg)) break;
    for (const flag of arg.slice(1)) {
      if (flag === 'n' && attribute === 'exported') remove = true;
      else if (flag === 'p') print = true;
      else if (flag === 'f') functions = true;
      else if (flag === 'a' || flag === 'A') continue;
      else return ctx.invalidOption(`-${flag}`, synopsis);
    }
  }
  const names = ctx.args.slice(i);
  if (functions && attribute === 'exported' && names.length > 0 && !print) return exportFunctions(ctx, names, remove);
  if (names.length === 0 || print) {
    const lines = shell.vars
      .names()
      .sort()
      .map((name) => [name, shell.vars.lookup(name)!] as const)
      .filter(([, v]) => v[attribute])
      .map(([name, v]) => `${declareLine(name, v)}\n`);
    await ctx.stdout.write(lines.join(''));
    return 0;
  }
  let status = 0;
  for (let k = 0; k < names.length; k++) {
    const arg = names[k];
    const eq = arg.indexOf('=');
    const head = eq < 0 ? arg : arg.slice(0, eq);
    const name = head.replace(/\+$/, '');
    if (!isValidName(name)) {
      await ctx.error(`\`${arg}': not a valid identifier`);
      status = 1;
      continue;
    }
    try {
      if (eq >= 0) await traceLine(ctx.interpreter, `${head}=${traceQuote(arg.slice(eq + 1))}`);
      const array = ctx.arrayLiterals.get(i + k + 1);
      if (array) assignArray(shell, name, await expandArrayLiteral(ctx.interpreter, array.literal, shell.vars.lookup(name)?.value instanceof Map), array.append);
      else if (eq >= 0) assignScalar(shell, name, arg.slice(eq + 1), { append: head.endsWith('+') });
    } catch (error) {
      if (error instanceof AssignmentError) {
        await ctx.error(error.message);
        status = 1;
        continue;
      }
      throw error;
    }
    const variable = shell.vars.forAssignment(name);
    if (attribute === 'exported') variable.exported = !remove;
    else variable.readonly = true;
  }
  return status;
}

/** export -f NAME: the function goes to child shells (export -nf takes that back). */
async function exportFunctions(ctx: BuiltinContext, names: string[], remove: boolean): Promise<number> {
  let status = 0;
  for (const name of names) {
    if (!ctx.shell.functions.has(name)) {
      await ctx.error(`${name}: not a function`);
      status = 1;
    } else if (remove) ctx.shell.exportedFunctions.delete(name);
    else ctx.shell.exportedFunctions.add(name);
  }
  return status;
}
