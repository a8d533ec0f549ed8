// How cp and mv pair their operands with destinations: "SOURCE DEST", "SOURCE... DIRECTORY",
// -t DIRECTORY and -T, with GNU's messages when the operands do not fit any form.

import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { quoteAlways } from '../text/quote.ts';
import { intoDirectory } from './cp-paths.ts';

export interface CopyPair {
  source: string;
  dest: string;
}

/** The (source, destination) pairs, or an exit status after the error has been reported. */
export async function pairOperands(
  ctx: CommandContext,
  operands: string[],
  targetDirectory: string | undefined,
  noTargetDirectory: boolean,
): Promise<CopyPair[] | number> {
  if (noTargetDirectory && targetDirectory !== undefined) {
    await ctx.error('cannot combine --target-directory (-t) and --no-target-directory (-T)');
    return 1;
  }
  if (operands.length === 0) return ctx.usageError('missing file operand');
  if (targetDirectory !== undefined) {
    const problem = directoryProblem(ctx, targetDirectory);
    if (problem !== undefined) {
      await ctx.error(`target directory ${quoteAlways(targetDirectory)}: ${problem.message}`);
      return 1;
    }
    return operands.map((source) => ({ source, dest: intoDirectory(targetDirectory, source) }));
  }
  if (operands.length === 1) return ctx.usageError(`missing destination file operand after ${quoteAlways(operands[0])}`);
  if (noTargetDirectory) {
    if (operands.length > 2) return ctx.usageError(`extra operand ${quoteAlways(operands[2])}`);
    return [{ source: operands[0], dest: operands[1] }];
  }
  const last = operands[operands.length - 1];
  const problem = directoryProblem(ctx, last);
  if (problem === undefined) return operands.slice(0, -1).map((source) => ({ source, dest: intoDirectory(last, source) }));
  if (operands.length > 2) {
    await ctx.error(`target ${quoteAlways(last)}: ${problem.message}`);
    return 1;
  }
  return [{ source: operands[0], dest: last }];
}

function directoryProblem(ctx: CommandContext, path: string): Errno | undefined {
  try {
    return ctx.lookup(path, true).type === 'dir' ? undefined : new Errno('ENOTDIR');
  } catch (error) {
    if (error instanceof Errno) return error;
    throw error;
  }
}
