// The contract every utility implements: one file per command exporting a Command. The registry
// lists them; `help`, `--help`, `which`, Tab completion and /usr/bin are all derived from it.

import type { CommandContext } from './context.ts';

export interface Command {
  readonly name: string;
  /** One line, as in the NAME section of its man page ("concatenate files and print ..."). */
  readonly summary: string;
  /** The full `--help` text, GNU style, ending with a newline. */
  readonly help: string;
  /** Exit status for usage errors: 1 for most coreutils, 2 for grep, ls, diff and a few others. */
  readonly usageStatus?: number;
  /** False for the few commands where `--help` is an ordinary argument (echo, true, false, [). */
  readonly answersHelp?: boolean;
  run(ctx: CommandContext): Promise<number>;
}

/** Identity helper that keeps each command file's object literal fully type-checked. */
export function defineCommand(command: Command): Command {
  return command;
}
