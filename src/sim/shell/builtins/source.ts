import type { Builtin, BuiltinContext } from './builtin.ts';
import { runSource } from '../run-source.ts';
import { readShellFile } from '../invocation.ts';
import { Errno } from '../../kernel/errors.ts';
import { ReturnFromFunction } from '../control-flow.ts';

async function sourceFile(ctx: BuiltinContext): Promise<number> {
  const shell = ctx.shell;
  const args = ctx.args[0] === '--' ? ctx.args.slice(1) : ctx.args;
  if (args.length === 0) {
    await ctx.error('filename argument required');
    return ctx.usage(`${ctx.name} filename [arguments]`);
  }
  const name = args[0];
  let path = name;
  if (!name.includes('/') && shell.shopt('sourcepath')) {
    const found = findReadable(ctx, name);
    if (found !== undefined) path = found;
  }
  let text: string;
  try {
    text = await readShellFile(shell.proc, shell.system, path);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await shell.printError(`${name}: ${error.message}`);
    return 1;
  }
  const savedPositional = shell.positional;
  const savedSource = shell.sourceName;
  const savedFile = shell.currentFile;
  shell.currentFile = path;
  shell.traceLevel++;
  if (args.length > 1) shell.positional = args.slice(1);
  shell.sourceDepth++;
  shell.frames.push({ functionName: 'source', source: path, callLine: shell.lineno });
  const savedLine = shell.lineno;
  if (!shell.interactive) shell.sourceName = path;
  try {
    return await runSource(ctx.interpreter, text, { syntaxErrorPrefix: `${path}: ` });
  } catch (signal) {
    if (signal instanceof ReturnFromFunction) return signal.status;
    throw signal;
  } finally {
    shell.frames.pop();
    shell.sourceDepth--;
    shell.sourceName = savedSource;
    shell.currentFile = savedFile;
    shell.traceLevel--;
    shell.lineno = savedLine;
    if (args.length > 1) shell.positional = savedPositional;
  }
}

/** `source name` without a slash looks in PATH (any readable file), then the current directory. */
function findReadable(ctx: BuiltinContext, name: string): string | undefined {
  const shell = ctx.shell;
  for (const dir of (shell.getScalar('PATH') ?? '').split(':')) {
    const candidate = `${dir || '.'}/${name}`;
    try {
      if (shell.kernel.fs.lookup(shell.proc.cred, shell.proc.cwd, candidate).type === 'file') return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}


export const source: Builtin = { name: 'source', synopsis: 'source filename [arguments]', run: sourceFile };
export const dot: Builtin = { name: '.', special: true, synopsis: '. filename [arguments]', run: sourceFile };
