import type { Builtin } from './builtin.ts';
import { findProgram, execProgram } from '../external.ts';
import { ExitShell } from '../control-flow.ts';

const SYNOPSIS = 'exec [-cl] [-a name] [command [argument ...]] [redirection ...]';

export const exec: Builtin = {
  name: 'exec',
  special: true,
  synopsis: SYNOPSIS,
  async run(ctx) {
    const args = [...ctx.args];
    let clearEnv = false;
    let login = false;
    let name: string | undefined;
    while (args.length > 0 && args[0].startsWith('-') && args[0] !== '-') {
      const flags = args.shift()!;
      if (flags === '--') break;
      for (const flag of flags.slice(1)) {
        if (flag === 'c') clearEnv = true;
        else if (flag === 'l') login = true;
        else if (flag === 'a') name = args.shift();
        else return ctx.invalidOption(`-${flag}`, SYNOPSIS);
      }
    }
    // Without a command, the redirections were applied for good (see simple-command.ts).
    if (args.length === 0) return 0;
    const shell = ctx.shell;
    const found = findProgram(shell, args[0]);
    if (!('path' in found)) {
      await ctx.error(`${args[0]}: not found`);
      if (!shell.interactive && !shell.shopt('execfail')) throw new ExitShell(127);
      return 127;
    }
    await ctx.flush();
    const argv = [...args];
    if (name !== undefined) argv[0] = name;
    if (login) argv[0] = `-${argv[0]}`;
    ctx.proc.env = clearEnv ? new Map() : shell.exportedEnvironment();
    const status = await execProgram(ctx.interpreter, ctx.proc, found.path, argv, shell.errorPrefix());
    // The shell is gone: no EXIT trap runs after a successful exec.
    throw new ExitShell(status, true);
  },
};
