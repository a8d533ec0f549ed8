import type { Builtin, BuiltinContext } from './builtin.ts';
import { cd } from './cd.ts';
import { BuiltinContext as Context } from './builtin.ts';

/** The directory stack as bash shows it: $PWD first, then the saved ones, home shown as ~. */
function stack(ctx: BuiltinContext): string[] {
  return [ctx.shell.getScalar('PWD') ?? ctx.proc.cwd, ...ctx.shell.dirStack];
}

function tilde(ctx: BuiltinContext, path: string): string {
  const home = ctx.shell.getScalar('HOME');
  return home && (path === home || path.startsWith(`${home}/`)) ? `~${path.slice(home.length)}` : path;
}

async function print(ctx: BuiltinContext, long = false): Promise<void> {
  await ctx.stdout.write(`${stack(ctx).map((d) => (long ? d : tilde(ctx, d))).join(' ')}\n`);
}

async function changeTo(ctx: BuiltinContext, dir: string): Promise<boolean> {
  const sub = new Context(ctx.interpreter, ctx.name, [dir]);
  const status = await cd.run(sub);
  await sub.flush();
  return status === 0;
}

export const dirs: Builtin = {
  name: 'dirs',
  synopsis: 'dirs [-clpv] [+N] [-N]',
  async run(ctx) {
    if (ctx.args.includes('-c')) {
      ctx.shell.dirStack = [];
      return 0;
    }
    if (ctx.args.includes('-v') || ctx.args.includes('-p')) {
      const verbose = ctx.args.includes('-v');
      await ctx.stdout.write(stack(ctx).map((d, i) => (verbose ? `${String(i).padStart(2)}  ${tilde(ctx, d)}` : tilde(ctx, d))).join('\n') + '\n');
      return 0;
    }
    await print(ctx, ctx.args.includes('-l'));
    return 0;
  },
};

export const pushd: Builtin = {
  name: 'pushd',
  synopsis: 'pushd [-n] [+N | -N | dir]',
  async run(ctx) {
    const shell = ctx.shell;
    const dir = ctx.args[0];
    const current = shell.getScalar('PWD') ?? ctx.proc.cwd;
    if (dir === undefined) {
      if (shell.dirStack.length === 0) {
        await ctx.error('no other directory');
        return 1;
      }
      const top = shell.dirStack[0];
      if (!(await changeTo(ctx, top))) return 1;
      shell.dirStack[0] = current;
    } else {
      if (!(await changeTo(ctx, dir))) return 1;
      shell.dirStack.unshift(current);
    }
    await print(ctx);
    return 0;
  },
};

export const popd: Builtin = {
  name: 'popd',
  synopsis: 'popd [-n] [+N | -N]',
  async run(ctx) {
    const shell = ctx.shell;
    if (shell.dirStack.length === 0) {
      await ctx.error('directory stack empty');
      return 1;
    }
    const top = shell.dirStack[0];
    if (!(await changeTo(ctx, top))) return 1;
    shell.dirStack.shift();
    await print(ctx);
    return 0;
  },
};
