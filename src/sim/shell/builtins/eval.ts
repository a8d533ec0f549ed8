import type { Builtin } from './builtin.ts';
import { runSource } from '../run-source.ts';

export const evalBuiltin: Builtin = {
  name: 'eval',
  special: true,
  synopsis: 'eval [arg ...]',
  async run(ctx) {
    const args = ctx.args[0] === '--' ? ctx.args.slice(1) : ctx.args;
    const text = args.join(' ');
    if (text.trim() === '') return 0;
    const shell = ctx.shell;
    const prefix = shell.interactive ? `${shell.sourceName}: eval: ` : `${shell.sourceName}: eval: `;
    shell.traceLevel++;
    try {
      return await runSource(ctx.interpreter, text, { syntaxErrorPrefix: prefix, firstLine: shell.lineno, echoLine: true });
    } finally {
      shell.traceLevel--;
    }
  },
};
