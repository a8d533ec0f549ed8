// `set -x`: each command is printed to stderr after expansion, prefixed with PS4 ("+ "), with
// words quoted so they could be typed back, as bash does.

import type { Assignment } from './ast.ts';
import type { Interpreter } from './interpreter.ts';

export async function traceCommand(interpreter: Interpreter, words: string[]): Promise<void> {
  await traceLine(interpreter, words.map(traceQuote).join(' '));
}

/** One `set -x` line, already formatted: PS4 then the text. */
export async function traceLine(interpreter: Interpreter, text: string): Promise<void> {
  if (!interpreter.shell.option('xtrace')) return;
  await interpreter.shell.writeStderr(`${prefix(interpreter)}${text}\n`);
}

export async function traceAssignment(interpreter: Interpreter, assignment: Assignment, value: unknown): Promise<void> {
  const text = typeof value === 'string' ? `${assignment.name}${assignment.append ? '+' : ''}=${traceQuote(value)}` : assignment.raw;
  await interpreter.shell.writeStderr(`${prefix(interpreter)}${text}\n`);
}

function prefix(interpreter: Interpreter): string {
  const ps4 = interpreter.shell.getScalar('PS4') ?? '+ ';
  // bash repeats the first character of PS4 once per level of indirection (subshells, $( )).
  const level = interpreter.shell.subshellLevel;
  return ps4.length > 0 ? ps4[0].repeat(level) + ps4 : ps4;
}

/** Quoting as in xtrace output: bare when safe, else single quotes. */
export function traceQuote(word: string): string {
  if (word === '') return "''";
  if (/^[A-Za-z0-9_\-+=.,/:@%\u0080-\uffff]+$/.test(word) && !/^[=~#]/.test(word)) return word;
  if (/[\x00-\x1f\x7f]/.test(word)) {
    let out = "$'";
    for (const c of word) {
      if (c === '\n') out += '\\n';
      else if (c === '\t') out += '\\t';
      else if (c === "'") out += "\\'";
      else if (c === '\\') out += '\\\\';
      else if (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) out += `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`;
      else out += c;
    }
    return `${out}'`;
  }
  return `'${word.replace(/'/g, "'\\''")}'`;
}
