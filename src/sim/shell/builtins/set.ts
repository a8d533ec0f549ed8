import type { Builtin } from './builtin.ts';
import { SET_OPTIONS } from '../shell.ts';
import { setLine } from '../declare-format.ts';
import { compareCodePoints } from '../glob.ts';
import { printFunction } from '../function-format.ts';

const SYNOPSIS = 'set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]';
const LETTERS: Record<string, string> = Object.fromEntries(
  Object.entries(SET_OPTIONS).filter(([, l]) => l !== undefined).map(([name, l]) => [l!, name]),
);

export const set: Builtin = {
  name: 'set',
  special: true,
  synopsis: SYNOPSIS,
  async run(ctx) {
    const shell = ctx.shell;
    const args = ctx.args;
    if (args.length === 0) {
      const lines: string[] = [];
      for (const name of shell.vars.names().sort(compareCodePoints)) {
        const line = setLine(name, shell.vars.lookup(name)!);
        if (line !== undefined) lines.push(line);
      }
      for (const name of [...shell.functions.keys()].sort(compareCodePoints)) lines.push(printFunction(shell.functions.get(name)!));
      await ctx.stdout.write(lines.map((l) => `${l}\n`).join(''));
      return 0;
    }
    let i = 0;
    for (; i < args.length; i++) {
      const arg = args[i];
      if (arg === '--') {
        shell.positional = args.slice(i + 1);
        return 0;
      }
      if (arg === '-') {
        shell.options.delete('xtrace');
        shell.options.delete('verbose');
        shell.positional = args.slice(i + 1);
        return 0;
      }
      if (!/^[-+]./.test(arg)) break;
      const on = arg[0] === '-';
      for (const letter of arg.slice(1)) {
        if (letter === 'o') {
          const name = args[i + 1];
          if (name === undefined) {
            await listOptions(ctx, on);
            continue;
          }
          i++;
          if (!(name in SET_OPTIONS)) {
            await ctx.error(`${name}: invalid option name`);
            return 2;
          }
          setOption(ctx.shell, name, on);
          continue;
        }
        const name = LETTERS[letter];
        if (name === undefined) return ctx.invalidOption(`${arg[0]}${letter}`, SYNOPSIS);
        setOption(ctx.shell, name, on);
      }
    }
    if (i < args.length) shell.positional = args.slice(i);
    return 0;
  },
};

function setOption(shell: import('../shell.ts').Shell, name: string, on: boolean): void {
  if (on) shell.options.add(name);
  else shell.options.delete(name);
  if (name === 'posix') shell.posix = on;
  if (name === 'vi' && on) shell.options.delete('emacs');
  if (name === 'emacs' && on) shell.options.delete('vi');
}

async function listOptions(ctx: import('./builtin.ts').BuiltinContext, minus: boolean): Promise<void> {
  const lines = Object.keys(SET_OPTIONS)
    .sort()
    .map((name) => {
      const on = ctx.shell.option(name);
      return minus ? `${name.padEnd(15)}\t${on ? 'on' : 'off'}` : `set ${on ? '-' : '+'}o ${name}`;
    });
  await ctx.stdout.write(lines.map((l) => `${l}\n`).join(''));
}
