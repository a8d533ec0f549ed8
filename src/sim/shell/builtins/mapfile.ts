import type { Builtin, BuiltinContext } from './builtin.ts';
import { IndexedArray, isValidName } from '../variables.ts';
import { InputReader } from '../../io/input-reader.ts';
import { assignArray, AssignmentError } from '../assign.ts';

const SYNOPSIS = 'mapfile [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]';


async function runMapfile(ctx: BuiltinContext): Promise<number> {
  let delimiter = '\n';
  let count = 0;
  let origin: number | undefined;
  let skip = 0;
  let trim = false;
  let fd = 0;
  let i = 0;
  const args = ctx.args;
  for (; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    const flag = arg[1];
    if (flag === 't' && arg.length === 2) {
      trim = true;
      continue;
    }
    if (!'dnOsuCc'.includes(flag)) return ctx.invalidOption(arg.slice(0, 2), SYNOPSIS);
    const value = arg.length > 2 ? arg.slice(2) : args[++i];
    if (value === undefined) {
      await ctx.error(`${arg}: option requires an argument`);
      return ctx.usage(SYNOPSIS);
    }
    if (flag === 'd') delimiter = value === '' ? '\0' : value[0];
    else if (flag === 'C' || flag === 'c') continue;
    else {
      if (!/^\d+$/.test(value)) {
        await ctx.error(`${value}: invalid ${flag === 'u' ? 'file descriptor specification' : flag === 'O' ? 'array origin' : 'line count'}`);
        return 1;
      }
      if (flag === 'n') count = Number(value);
      else if (flag === 'O') origin = Number(value);
      else if (flag === 's') skip = Number(value);
      else fd = Number(value);
    }
  }
  const name = args[i] ?? 'MAPFILE';
  if (!isValidName(name)) {
    await ctx.error(`\`${name}': not a valid identifier`);
    return 1;
  }
  const input = ctx.proc.fds.find(fd);
  if (!input) {
    await ctx.error(`${fd}: invalid file descriptor: Bad file descriptor`);
    return 1;
  }
  const text = await new InputReader(ctx.proc, input).readAllText();
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf(delimiter, start);
    if (end < 0) {
      pieces.push(text.slice(start));
      break;
    }
    pieces.push(trim ? text.slice(start, end) : text.slice(start, end + 1));
    start = end + 1;
  }
  let lines = pieces.slice(skip);
  if (count > 0) lines = lines.slice(0, count);
  const shell = ctx.shell;
  const existing = shell.vars.lookup(name)?.value;
  const array = origin !== undefined && existing instanceof IndexedArray ? existing.clone() : new IndexedArray();
  lines.forEach((line, k) => array.set((origin ?? 0) + k, line));
  try {
    assignArray(shell, name, array, false);
  } catch (error) {
    if (error instanceof AssignmentError) {
      await ctx.error(error.message);
      return 1;
    }
    throw error;
  }
  return 0;
}

export const mapfile: Builtin = { name: 'mapfile', synopsis: SYNOPSIS, run: runMapfile };
export const readarray: Builtin = { name: 'readarray', synopsis: SYNOPSIS.replace('mapfile', 'readarray'), run: runMapfile };
