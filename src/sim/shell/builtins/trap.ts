import type { Builtin, BuiltinContext } from './builtin.ts';
import { parseSignalSpec, signalNameOf, signalTable } from './signal-spec.ts';
import { SIG } from '../../kernel/signals.ts';

const SYNOPSIS = 'trap [-lp] [[arg] signal_spec ...]';
const PSEUDO = ['EXIT', 'DEBUG', 'RETURN', 'ERR'];

export const trap: Builtin = {
  name: 'trap',
  special: true,
  synopsis: SYNOPSIS,
  async run(ctx) {
    const args = [...ctx.args];
    if (args[0] === '-l') {
      await ctx.stdout.write(signalTable());
      return 0;
    }
    if (args[0] === '-p') return listTraps(ctx, args.slice(1));
    if (args[0] === '--') args.shift();
    if (args.length === 0) return listTraps(ctx, []);
    let action: string | null = args.shift()!;
    let specs = args;
    if (specs.length === 0) {
      // `trap INT`: a lone signal spec resets it.
      specs = [action];
      action = null;
    } else if (action === '-') action = null;
    let status = 0;
    for (const spec of specs) {
      const key = trapKey(spec);
      if (key === undefined) {
        await ctx.error(`${spec}: invalid signal specification`);
        status = 1;
        continue;
      }
      setTrap(ctx, key, action);
    }
    return status;
  },
};

/** The trap table's key for a spec: EXIT, ERR, DEBUG, RETURN, or a signal name like INT. */
function trapKey(spec: string): string | undefined {
  const upper = spec.toUpperCase().replace(/^SIG/, '');
  if (spec === '0' || upper === 'EXIT') return 'EXIT';
  if (PSEUDO.includes(upper)) return upper;
  const n = parseSignalSpec(spec);
  if (n === undefined || n === 0) return undefined;
  return signalNameOf(n);
}

function setTrap(ctx: BuiltinContext, key: string, action: string | null): void {
  const shell = ctx.shell;
  const signal = PSEUDO.includes(key) ? undefined : parseSignalSpec(key);
  if (action === null) shell.traps.delete(key);
  else shell.traps.set(key, action);
  if (signal === undefined || signal === SIG.KILL || signal === SIG.STOP) return;
  const proc = ctx.proc;
  if (action === null) {
    // Back to what this shell does by itself: an interactive shell keeps handling ^C and friends.
    if (shell.interactive && [SIG.INT, SIG.QUIT, SIG.TERM, SIG.TSTP, SIG.TTIN, SIG.TTOU, SIG.WINCH].includes(signal)) proc.dispositions.set(signal, 'catch');
    else proc.dispositions.delete(signal);
  } else proc.dispositions.set(signal, action === '' ? 'ignore' : 'catch');
}

async function listTraps(ctx: BuiltinContext, specs: string[]): Promise<number> {
  const shell = ctx.shell;
  const keys = specs.length > 0 ? specs.map((s) => trapKey(s) ?? s) : orderedKeys([...shell.traps.keys()]);
  let out = '';
  for (const key of keys) {
    const action = shell.traps.get(key);
    if (action === undefined) continue;
    const shown = PSEUDO.includes(key) ? key : `SIG${key}`;
    out += `trap -- '${action.replace(/'/g, "'\\''")}' ${shown}\n`;
  }
  await ctx.stdout.write(out);
  return 0;
}

function orderedKeys(keys: string[]): string[] {
  const rank = (key: string): number => (key === 'EXIT' ? 0 : PSEUDO.includes(key) ? 100 + PSEUDO.indexOf(key) : (parseSignalSpec(key) ?? 99));
  return keys.sort((a, b) => rank(a) - rank(b));
}
