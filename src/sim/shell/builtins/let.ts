import type { Builtin } from './builtin.ts';
import { evaluate } from '../assign.ts';
import { ArithmeticError, UnboundVariable } from '../arithmetic.ts';
import { ExpansionError } from '../expand.ts';

export const letBuiltin: Builtin = {
  name: 'let',
  synopsis: 'let arg [arg ...]',
  async run(ctx) {
    if (ctx.args.length === 0) {
      await ctx.error('expression expected');
      return 1;
    }
    let last = 0n;
    for (const arg of ctx.args) {
      try {
        last = evaluate(ctx.shell, arg);
      } catch (error) {
        if (error instanceof ArithmeticError) {
          await ctx.error(error.message);
          return 1;
        }
        if (error instanceof UnboundVariable) {
          await ctx.shell.printError(error.message);
          ctx.interpreter.expansionFailed(new ExpansionError(ctx.interpreter.expander.fatalStatus(), true));
        }
        throw error;
      }
    }
    return last !== 0n ? 0 : 1;
  },
};
