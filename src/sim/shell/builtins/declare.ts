import type { Builtin, BuiltinContext } from './builtin.ts';
import { declareLine, setLine } from '../declare-format.ts';
import { printFunction } from '../function-format.ts';
import { compareCodePoints } from '../glob.ts';
import { IndexedArray, isValidName, type Variable } from '../variables.ts';
import { AssignmentError, assignArray, assignScalar } from '../assign.ts';
import { expandArrayLiteral } from '../assignment-values.ts';
import { AssocArray } from '../assoc-array.ts';

const SYNOPSIS = 'declare [-aAfFgiIlnrtux] [name[=value] ...] or declare -p [-aAfFilnrtux] [name ...]';
const FLAGS = 'aAfFgiIlnrtuxp';


export const declare: Builtin = { name: 'declare', synopsis: SYNOPSIS, run: (ctx) => runDeclare(ctx, 'declare') };
export const typeset: Builtin = { name: 'typeset', synopsis: SYNOPSIS.replace(/declare/g, 'typeset'), run: (ctx) => runDeclare(ctx, 'typeset') };
export const local: Builtin = {
  name: 'local',
  synopsis: 'local [option] name[=value] ...',
  async run(ctx) {
    if (ctx.shell.functionDepth === 0) {
      await ctx.error('can only be used in a function');
      return 1;
    }
    return runDeclare(ctx, 'local');
  },
};

async function runDeclare(ctx: BuiltinContext, name: 'declare' | 'typeset' | 'local'): Promise<number> {
  const shell = ctx.shell;
  const on = new Set<string>();
  const off = new Set<string>();
  let i = 0;
  for (; i < ctx.args.length; i++) {
    const arg = ctx.args[i];
    if (arg === '--') {
      i++;
      break;
    }
    if (!/^[-+][a-zA-Z]+$/.test(arg)) break;
    for (const flag of arg.slice(1)) {
      if (!FLAGS.includes(flag)) return ctx.invalidOption(`${arg[0]}${flag}`, SYNOPSIS);
      (arg[0] === '-' ? on : off).add(flag);
    }
  }
  const names = ctx.args.slice(i);
  if (on.has('f') || on.has('F')) return showFunctions(ctx, names, on.has('F'));
  if (names.length === 0) return showVariables(ctx, on.has('p') || on.size > 0 || off.size > 0, on);
  if (on.has('p')) return printNamed(ctx, names);
  const makeLocal = (name === 'local' || shell.functionDepth > 0) && !on.has('g');
  let status = 0;
  for (let k = 0; k < names.length; k++) {
    const arg = names[k];
    const eq = arg.indexOf('=');
    const head = eq < 0 ? arg : arg.slice(0, eq);
    const append = head.endsWith('+');
    const target = append ? head.slice(0, -1) : head;
    const element = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/s.exec(target);
    const varName = element ? element[1] : target;
    if (!isValidName(varName)) {
      await ctx.error(`\`${arg}': not a valid identifier`);
      status = 1;
      continue;
    }
    // A readonly variable can be neither changed nor shadowed by a local one.
    const shadowing = makeLocal && !shell.vars.isLocal(varName);
    if (shell.vars.lookup(varName)?.readonly && (eq >= 0 || off.has('r') || shadowing)) {
      await ctx.error(`${varName}: readonly variable`);
      status = 1;
      continue;
    }
    const variable = makeLocal ? shell.vars.declareLocal(varName) : shell.vars.forAssignment(varName);
    applyAttributes(variable, on, off);
    try {
      const literal = ctx.arrayLiterals.get(i + k + 1);
      if (literal) {
        const values = await expandArrayLiteral(ctx.interpreter, literal.literal, variable.value instanceof Map);
        assignArray(shell, varName, values, literal.append);
      } else if (eq >= 0) {
        assignScalar(shell, varName, arg.slice(eq + 1), { index: element ? element[2] : undefined, append, local: makeLocal });
      }
    } catch (error) {
      if (error instanceof AssignmentError) {
        await ctx.error(error.message);
        status = 1;
        continue;
      }
      throw error;
    }
    if (on.has('r')) variable.readonly = true;
  }
  return status;
}

function applyAttributes(variable: Variable, on: Set<string>, off: Set<string>): void {
  if (on.has('a') && !(variable.value instanceof IndexedArray)) {
    variable.value = typeof variable.value === 'string' ? IndexedArray.of([variable.value]) : new IndexedArray();
  }
  if (on.has('A') && !(variable.value instanceof Map)) variable.value = AssocArray.from(typeof variable.value === 'string' ? [['0', variable.value]] : []);
  if (on.has('x')) variable.exported = true;
  if (off.has('x')) variable.exported = false;
  if (on.has('i')) variable.integer = true;
  if (off.has('i')) variable.integer = false;
  if (on.has('l')) [variable.lowercase, variable.uppercase] = [true, false];
  if (off.has('l')) variable.lowercase = false;
  if (on.has('u')) [variable.uppercase, variable.lowercase] = [true, false];
  if (off.has('u')) variable.uppercase = false;
}

async function printNamed(ctx: BuiltinContext, names: string[]): Promise<number> {
  let status = 0;
  for (const name of names) {
    const variable = ctx.shell.vars.lookup(name);
    if (variable === undefined) {
      await ctx.error(`${name}: not found`);
      status = 1;
      continue;
    }
    await ctx.stdout.write(`${declareLine(name, variable)}\n`);
  }
  return status;
}

async function showVariables(ctx: BuiltinContext, declareForm: boolean, filter: Set<string>): Promise<number> {
  const shell = ctx.shell;
  const lines: string[] = [];
  for (const name of shell.vars.names().sort(compareCodePoints)) {
    const variable = shell.vars.lookup(name)!;
    if (filter.has('x') && !variable.exported) continue;
    if (filter.has('r') && !variable.readonly) continue;
    if (filter.has('a') && !(variable.value instanceof IndexedArray)) continue;
    if (filter.has('A') && !(variable.value instanceof Map)) continue;
    if (filter.has('i') && !variable.integer) continue;
    const line = declareForm ? declareLine(name, variable) : setLine(name, variable);
    if (line !== undefined) lines.push(line);
  }
  if (!declareForm) for (const name of [...shell.functions.keys()].sort(compareCodePoints)) lines.push(printFunction(shell.functions.get(name)!));
  await ctx.stdout.write(lines.map((l) => `${l}\n`).join(''));
  return 0;
}

async function showFunctions(ctx: BuiltinContext, names: string[], namesOnly: boolean): Promise<number> {
  const functions = ctx.shell.functions;
  const selected = names.length > 0 ? names : [...functions.keys()].sort(compareCodePoints);
  let status = 0;
  for (const name of selected) {
    const definition = functions.get(name);
    if (!definition) {
      status = 1;
      continue;
    }
    await ctx.stdout.write(namesOnly ? (names.length > 0 ? `${name}\n` : `declare -f ${name}\n`) : `${printFunction(definition)}\n`);
  }
  return status;
}
