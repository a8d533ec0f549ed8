import type { Builtin } from './builtin.ts';
import type { Shell } from '../shell.ts';

const SYNOPSIS = 'getopts optstring name [arg ...]';

export const getopts: Builtin = {
  name: 'getopts',
  synopsis: SYNOPSIS,
  async run(ctx) {
    const shell = ctx.shell;
    if (ctx.args.length < 2) return ctx.usage(SYNOPSIS);
    const [optstring, name, ...rest] = ctx.args;
    const args = rest.length > 0 ? rest : shell.positional;
    const silent = optstring.startsWith(':');
    const spec = silent ? optstring.slice(1) : optstring;
    let optind = Number(shell.getScalar('OPTIND') ?? '1');
    if (!Number.isInteger(optind) || optind < 1) optind = 1;
    // The position inside a cluster like -abc survives between calls while OPTIND does not change.
    if (shell.getoptsState?.optind !== optind) shell.getoptsState = { optind, cursor: 1 };
    const state = shell.getoptsState!;
    const set = (variable: string, value: string): void => ctx.interpreter.setVariable(variable, value);
    const finish = (index: number): number => {
      set('OPTIND', String(index));
      set(name, '?');
      shell.getoptsState = { optind: index, cursor: 1 };
      return 1;
    };
    const arg = args[optind - 1];
    if (arg === undefined || !arg.startsWith('-') || arg === '-') return finish(optind);
    if (arg === '--' && state.cursor === 1) return finish(optind + 1);
    const option = arg[state.cursor];
    let cursor = state.cursor + 1;
    let next = optind;
    const advance = (): void => {
      if (cursor >= arg.length) {
        next = optind + 1;
        cursor = 1;
      }
    };
    const index = spec.indexOf(option);
    if (index < 0 || option === ':') {
      advance();
      if (silent) set('OPTARG', option);
      else {
        shell.vars.unset('OPTARG');
        if (reportErrors(shell)) await shell.writeStderr(`${shell.arg0}: illegal option -- ${option}\n`);
      }
      set(name, '?');
    } else if (spec[index + 1] === ':') {
      if (cursor < arg.length) {
        set('OPTARG', arg.slice(cursor));
        next = optind + 1;
        cursor = 1;
      } else if (optind < args.length) {
        set('OPTARG', args[optind]);
        next = optind + 2;
        cursor = 1;
      } else {
        next = optind + 1;
        cursor = 1;
        if (silent) {
          set(name, ':');
          set('OPTARG', option);
        } else {
          shell.vars.unset('OPTARG');
          if (reportErrors(shell)) await shell.writeStderr(`${shell.arg0}: option requires an argument -- ${option}\n`);
          set(name, '?');
        }
        set('OPTIND', String(next));
        shell.getoptsState = { optind: next, cursor };
        return 0;
      }
      set(name, option);
    } else {
      advance();
      shell.vars.unset('OPTARG');
      set(name, option);
    }
    set('OPTIND', String(next));
    shell.getoptsState = { optind: next, cursor };
    return 0;
  },
};

/** OPTERR=0 (or any value C's atoi reads as 0) silences the messages; unset or empty does not. */
function reportErrors(shell: Shell): boolean {
  const value = shell.getScalar('OPTERR');
  if (value === undefined || value === '') return true;
  return (Number.parseInt(value, 10) || 0) !== 0;
}
