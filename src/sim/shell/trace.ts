// `set -x`: each command is printed to stderr after expansion, prefixed with PS4 ("+ "), with
// words quoted so they could be typed back, as bash does.

import { ansiCQuote } from './quoting.ts';
import { expandPrompt } from './prompt.ts';
import type { Assignment } from './ast.ts';
import type { Interpreter } from './interpreter.ts';

export async function traceCommand(interpreter: Interpreter, words: string[]): Promise<void> {
  await traceLine(interpreter, words.map(traceQuote).join(' '));
}

/** One `set -x` line, already formatted: PS4 then the text. */
export async function traceLine(interpreter: Interpreter, text: string): Promise<void> {
  if (!interpreter.shell.option('xtrace')) return;
  await interpreter.shell.writeStderr(`${await prefix(interpreter)}${text}\n`);
}

export async function traceAssignment(interpreter: Interpreter, assignment: Assignment, value: unknown): Promise<void> {
  const text = typeof value === 'string' ? `${assignment.name}${assignment.append ? '+' : ''}=${traceQuote(value)}` : assignment.raw;
  await interpreter.shell.writeStderr(`${await prefix(interpreter)}${text}\n`);
}

/** PS4, expanded like PS1 (with tracing off meanwhile, as bash does: "+[$LINENO] "). */
async function prefix(interpreter: Interpreter): Promise<string> {
  const shell = interpreter.shell;
  let ps4 = shell.getScalar('PS4') ?? '+ ';
  if (/[\\$`]/.test(ps4)) {
    shell.options.delete('xtrace');
    try {
      ps4 = (await expandPrompt(interpreter, ps4)).text;
    } finally {
      shell.options.add('xtrace');
    }
  }
  // bash repeats the first character of PS4 once per level of indirection (eval, source, $( )).
  const level = shell.traceLevel;
  return ps4.length > 0 ? ps4[0].repeat(level) + ps4 : ps4;
}

/** Quoting as in xtrace output: single quotes around shell metacharacters, $'…' for control characters. */
export function traceQuote(word: string): string {
  if (word === '') return "''";
  if (containsShellMetas(word)) return `'${word.replace(/'/g, "'\\''")}'`;
  if (/[\x00-\x1f\x7f]/.test(word)) return ansiCQuote(word);
  return word;
}

/** bash's sh_contains_shell_metas: characters the shell would read specially in a bare word. */
function containsShellMetas(word: string): boolean {
  if (/[ \t\n'"\\|&;()<>!{}*[?\]^$`]/.test(word)) return true;
  return word.startsWith('#') || /(?:^|[=:])~/.test(word);
}
