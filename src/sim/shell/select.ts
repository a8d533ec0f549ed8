// select NAME in WORDS; do …; done: a numbered menu on stderr, PS3 as the prompt, REPLY set to
// the line read; loops until break or end of input.

import type { Script, SelectCommand } from './ast.ts';
import type { Interpreter } from './interpreter.ts';
import { InputReader } from '../io/input-reader.ts';

export async function runSelectLoop(
  interpreter: Interpreter,
  command: SelectCommand,
  loopBody: (body: Script) => Promise<number | 'break' | 'continue'>,
): Promise<number> {
  const shell = interpreter.shell;
  const items = command.items === undefined ? [...shell.positional] : await interpreter.expandOrFail(command.items);
  if (items === undefined) return 1;
  if (items.length === 0) return 0;
  const input = shell.proc.fds.find(0);
  if (!input) return 1;
  const reader = new InputReader(shell.proc, input);
  let status = 0;
  let showMenu = true;
  shell.loopDepth++;
  try {
    for (;;) {
      if (showMenu) {
        const width = String(items.length).length;
        await shell.writeStderr(items.map((item, i) => `${String(i + 1).padStart(width)}) ${item}\n`).join(''));
      }
      await shell.writeStderr(shell.getScalar('PS3') ?? '#? ');
      const line = await reader.nextLine();
      if (line === null) {
        // bash ends the prompt line on standard output (its putchar), not where the menu went.
        await shell.writeStdout('\n');
        return 1;
      }
      await interpreter.trySetVariable('REPLY', line);
      showMenu = line.trim() === '';
      if (showMenu) continue;
      const choice = Number(line.trim());
      await interpreter.trySetVariable(command.variable, Number.isInteger(choice) && choice >= 1 && choice <= items.length ? items[choice - 1] : '');
      const outcome = await loopBody(command.body);
      if (outcome === 'break') break;
      if (typeof outcome === 'number') status = outcome;
    }
  } finally {
    shell.loopDepth--;
  }
  return status;
}
