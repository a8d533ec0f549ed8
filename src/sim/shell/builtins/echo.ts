import type { Builtin } from './builtin.ts';
import { decodeEscape } from '../parser/words.ts';
import { normalizeBytes } from '../../text/byte-text.ts';
import { WriteError } from '../../io/output-writer.ts';

export const echo: Builtin = {
  name: 'echo',
  synopsis: 'echo [-neE] [arg ...]',
  async run(ctx) {
    const { text } = ctx.shell.dash ? dashEchoText(ctx.args) : echoText(ctx.args, ctx.shell.shopt('xpg_echo'));
    try {
      await ctx.stdout.write(text);
      await ctx.stdout.flush();
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      await ctx.error(error.message);
      return 1;
    }
    return 0;
  },
};

/** What bash's echo prints for these arguments (shared with /usr/bin/echo). */
export function echoText(args: readonly string[], escapesByDefault = false): { text: string } {
  let newline = true;
  let escapes = escapesByDefault;
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i];
    if (!/^-[neE]+$/.test(arg)) break;
    for (const flag of arg.slice(1)) {
      if (flag === 'n') newline = false;
      else if (flag === 'e') escapes = true;
      else escapes = false;
    }
  }
  return renderEcho(args.slice(i), escapes, newline);
}

function renderEcho(words: readonly string[], escapes: boolean, newline: boolean): { text: string } {
  let out = '';
  for (let j = 0; j < words.length; j++) {
    if (j > 0) out += ' ';
    const arg = words[j];
    if (!escapes || !arg.includes('\\')) {
      out += arg;
      continue;
    }
    for (let k = 0; k < arg.length; k++) {
      if (arg[k] !== '\\') {
        out += arg[k];
        continue;
      }
      const decoded = decodeEscape(arg, k + 1, false);
      if (decoded.stop) return { text: normalizeBytes(out) };
      out += decoded.text;
      k = decoded.end - 1;
    }
  }
  return { text: normalizeBytes(newline ? `${out}\n` : out) };
}

/**
 * dash's echo: only a first "-n" is an option ("-e" is printed), and backslash escapes are always
 * interpreted — so `echo -e` in a cron job prints "-e".
 */
export function dashEchoText(args: readonly string[]): { text: string } {
  const newline = args[0] !== '-n';
  return renderEcho(newline ? args : args.slice(1), true, newline);
}
