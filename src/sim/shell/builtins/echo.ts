import type { Builtin } from './builtin.ts';
import { decodeEscape } from '../parser/words.ts';
import { normalizeBytes } from '../../text/byte-text.ts';
import { WriteError } from '../../io/output-writer.ts';

export const echo: Builtin = {
  name: 'echo',
  synopsis: 'echo [-neE] [arg ...]',
  description: `Write arguments to the standard output.

    Display the ARGs, separated by a single space character and followed by a
    newline, on the standard output.

    Options:
      -n	do not append a newline
      -e	enable interpretation of the following backslash escapes
      -E	explicitly suppress interpretation of backslash escapes

    \`echo' interprets the following backslash-escaped characters:
      \\a	alert (bell)
      \\b	backspace
      \\c	suppress further output
      \\e	escape character
      \\E	escape character
      \\f	form feed
      \\n	new line
      \\r	carriage return
      \\t	horizontal tab
      \\v	vertical tab
      \\\\	backslash
      \\0nnn	the character whose ASCII code is NNN (octal).  NNN can be
    		0 to 3 octal digits
      \\xHH	the eight-bit character whose value is HH (hexadecimal).  HH
    		can be one or two hex digits
      \\uHHHH	the Unicode character whose value is the hexadecimal value HHHH.
    		HHHH can be one to four hex digits.
      \\UHHHHHHHH the Unicode character whose value is the hexadecimal value
    		HHHHHHHH. HHHHHHHH can be one to eight hex digits.

    Exit Status:
    Returns success unless a write error occurs.`,
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
