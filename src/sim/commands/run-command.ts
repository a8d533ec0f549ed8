// Runs a native command inside a process: builds its context, answers --help, turns usage errors,
// write errors and unsupported features into GNU-style messages and exit statuses, and flushes.

import { UsageError } from './getopt.ts';
import { CommandContext, Unsupported } from './context.ts';
import type { Command } from './command.ts';
import type { Process } from '../kernel/process.ts';
import type { System } from '../system.ts';
import { WriteError } from '../io/output-writer.ts';
import { Errno } from '../kernel/errors.ts';

export const UNSUPPORTED_STATUS = 2;

export async function runCommand(system: System, proc: Process, command: Command, argv: string[]): Promise<number> {
  const ctx = new CommandContext(system, proc, argv, command);
  let status: number;
  try {
    if (command.answersHelp !== false && asksForHelp(ctx.args)) {
      await ctx.printHelp(command.help);
      status = 0;
    } else {
      status = await command.run(ctx);
    }
    await ctx.flush();
  } catch (error) {
    status = await reportFailure(ctx, error);
  }
  return status;
}

async function reportFailure(ctx: CommandContext, error: unknown): Promise<number> {
  try {
    if (error instanceof UsageError) return await ctx.usageError(error.message);
    if (error instanceof Unsupported) {
      await ctx.error(error.message);
      return UNSUPPORTED_STATUS;
    }
    if (error instanceof WriteError) {
      // Like GNU tools, a failed write is reported once and the command exits 1.
      await ctx.stderr.write(`${ctx.name}: ${error.message}\n`);
      return 1;
    }
    if (error instanceof Errno) {
      await ctx.error(error.message);
      return 1;
    }
  } catch (secondary) {
    if (secondary instanceof WriteError) return 1;
    throw secondary;
  }
  throw error;
}

/** GNU getopt_long treats any unambiguous prefix of --help ("--he") as --help, before "--". */
function asksForHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg.length >= 4 && '--help'.startsWith(arg)) return true;
  }
  return false;
}
