import { decodeUtf8 } from '../../io/input-reader.ts';
import type { Builtin, BuiltinContext } from './builtin.ts';
import { readRecord } from '../unbuffered-input.ts';
import { Errno } from '../../kernel/errors.ts';
import { assignArray, AssignmentError } from '../assign.ts';
import { IndexedArray, isValidName } from '../variables.ts';
import { US_PER_SECOND } from '../../kernel/clock.ts';

const SYNOPSIS = 'read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]';

class ReadTimeout extends Error {}

export const read: Builtin = {
  name: 'read',
  synopsis: SYNOPSIS,
  async run(ctx) {
    const options = await parseOptions(ctx);
    if (typeof options === 'number') return options;
    const shell = ctx.shell;
    const proc = ctx.proc;
    const input = proc.fds.find(options.fd);
    if (input === undefined || !input.readable) {
      await ctx.error(`${options.fd}: invalid file descriptor: Bad file descriptor`);
      return 1;
    }
    const tty = input.isTerminal() ? shell.kernel.tty : undefined;
    if (options.prompt !== undefined && tty) await ctx.stderr.write(options.prompt);
    if (options.timeout === 0) return input.isTerminal() && !tty!.hasInput() ? 1 : 0;
    const savedMode = tty?.mode;
    if (tty && savedMode) {
      const characterMode = options.limit !== undefined;
      tty.setMode({ ...savedMode, canonical: savedMode.canonical && !characterMode, echo: savedMode.echo && !options.silent });
    }
    let cancelTimer: (() => void) | undefined;
    if (options.timeout !== undefined) {
      cancelTimer = shell.kernel.clock.timer(options.timeout * US_PER_SECOND, () => proc.interruptWait(new ReadTimeout()));
    }
    let text: string;
    let complete: boolean;
    try {
      for (;;) {
        const record = await readRecord(proc, input, { delimiter: options.delimiter, limit: options.limit, exact: options.exact });
        const piece = decodeUtf8(record.bytes);
        complete = record.complete;
        // Without -r, a backslash-newline continues the line.
        if (!options.raw && complete && !options.exact && options.delimiter === 0x0a && endsWithOddBackslashes(piece)) {
          text = (text! ?? '') + piece.slice(0, -1);
          continue;
        }
        text = (text! ?? '') + piece;
        break;
      }
    } catch (error) {
      if (error instanceof ReadTimeout) return 142;
      if (error instanceof Errno && error.code === 'EINTR') return 128 + 2;
      throw error;
    } finally {
      cancelTimer?.();
      if (tty && savedMode) tty.setMode(savedMode);
    }
    const status = complete! ? 0 : 1;
    return assign(ctx, text!, options) ?? status;
  },
};

interface ReadOptions {
  raw: boolean;
  silent: boolean;
  array?: string;
  delimiter: number;
  limit?: number;
  exact: boolean;
  prompt?: string;
  timeout?: number;
  fd: number;
  names: string[];
}

async function parseOptions(ctx: BuiltinContext): Promise<ReadOptions | number> {
  const options: ReadOptions = { raw: false, silent: false, delimiter: 0x0a, exact: false, fd: 0, names: [] };
  const args = ctx.args;
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    for (let j = 1; j < arg.length; j++) {
      const flag = arg[j];
      if (flag === 'r') options.raw = true;
      else if (flag === 's') options.silent = true;
      else if (flag === 'e') continue;
      else if ('adinNptu'.includes(flag)) {
        const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
        if (value === undefined) {
          await ctx.error(`-${flag}: option requires an argument`);
          return ctx.usage(SYNOPSIS);
        }
        if (flag === 'a') options.array = value;
        else if (flag === 'd') options.delimiter = value === '' ? 0 : new TextEncoder().encode(value)[0];
        else if (flag === 'p') options.prompt = value;
        else if (flag === 'i') continue;
        else if (flag === 'n' || flag === 'N') {
          if (!/^\d+$/.test(value)) {
            await ctx.error(`${value}: invalid number`);
            return 1;
          }
          options.limit = Number(value);
          options.exact = flag === 'N';
        } else if (flag === 't') {
          if (!/^\d+(\.\d*)?$|^\.\d+$/.test(value)) {
            await ctx.error(`${value}: invalid timeout specification`);
            return 1;
          }
          options.timeout = Number(value);
        } else if (flag === 'u') {
          if (!/^\d+$/.test(value)) {
            await ctx.error(`${value}: invalid file descriptor specification`);
            return 1;
          }
          options.fd = Number(value);
        }
        break;
      } else return ctx.invalidOption(`-${flag}`, SYNOPSIS);
    }
  }
  options.names = args.slice(i);
  for (const name of options.array !== undefined ? [options.array] : options.names) {
    if (!isValidName(name)) {
      await ctx.error(`\`${name}': not a valid identifier`);
      return 1;
    }
  }
  return options;
}

function endsWithOddBackslashes(text: string): boolean {
  let count = 0;
  for (let i = text.length - 1; i >= 0 && text[i] === '\\'; i--) count++;
  return count % 2 === 1;
}

/** Splits the line on IFS into the names (or array, or REPLY). Returns a status on failure. */
function assign(ctx: BuiltinContext, text: string, options: ReadOptions): number | undefined {
  const shell = ctx.shell;
  const ifs = shell.getScalar('IFS') ?? ' \t\n';
  try {
    if (options.array !== undefined) {
      assignArray(shell, options.array, IndexedArray.of(splitFields(text, ifs, Infinity, options.raw)), false);
      return undefined;
    }
    if (options.names.length === 0) {
      void ctx.interpreter.setVariable('REPLY', options.raw ? text : removeBackslashes(text));
      return undefined;
    }
    const fields = splitFields(text, ifs, options.names.length, options.raw);
    options.names.forEach((name, i) => ctx.interpreter.setVariable(name, fields[i] ?? ''));
    return undefined;
  } catch (error) {
    if (error instanceof AssignmentError) {
      void ctx.error(error.message);
      return 1;
    }
    throw error;
  }
}

/**
 * read's field splitting: like word splitting, but the last field takes the rest of the line
 * (without trailing IFS white space), and backslashes escape separators unless -r.
 */
function splitFields(text: string, ifs: string, count: number, raw: boolean): string[] {
  const isWhite = (c: string): boolean => (c === ' ' || c === '\t' || c === '\n') && ifs.includes(c);
  const isSeparator = (c: string): boolean => ifs.includes(c);
  const chars = [...text];
  const escaped = new Set<number>();
  if (!raw) {
    const kept: string[] = [];
    for (let i = 0; i < chars.length; i++) {
      if (chars[i] === '\\' && i + 1 < chars.length) {
        escaped.add(kept.length);
        kept.push(chars[++i]);
      } else if (chars[i] !== '\\') kept.push(chars[i]);
    }
    chars.length = 0;
    chars.push(...kept);
  }
  const sep = (i: number): boolean => !escaped.has(i) && isSeparator(chars[i]);
  const white = (i: number): boolean => !escaped.has(i) && isWhite(chars[i]);
  const fields: string[] = [];
  let i = 0;
  while (i < chars.length && white(i)) i++;
  while (i < chars.length) {
    if (fields.length === count - 1) {
      let end = chars.length;
      while (end > i && white(end - 1)) end--;
      fields.push(chars.slice(i, end).join(''));
      return fields;
    }
    let end = i;
    while (end < chars.length && !sep(end)) end++;
    fields.push(chars.slice(i, end).join(''));
    i = end;
    while (i < chars.length && white(i)) i++;
    if (i < chars.length && sep(i) && !white(i)) {
      i++;
      while (i < chars.length && white(i)) i++;
    }
  }
  return fields;
}

function removeBackslashes(text: string): string {
  return text.replace(/\\(.)/gs, '$1').replace(/\\$/, '');
}
