import type { Builtin } from './builtin.ts';
import { SET_OPTIONS } from '../shell.ts';

const SYNOPSIS = 'shopt [-pqsu] [-o] [optname ...]';

/** Every shopt option bash 5.2 knows, in its listing order. */
export const SHOPT_OPTIONS = [
  'autocd', 'assoc_expand_once', 'cdable_vars', 'cdspell', 'checkhash', 'checkjobs', 'checkwinsize', 'cmdhist',
  'compat31', 'compat32', 'compat40', 'compat41', 'compat42', 'compat43', 'compat44', 'complete_fullquote',
  'direxpand', 'dirspell', 'dotglob', 'execfail', 'expand_aliases', 'extdebug', 'extglob', 'extquote',
  'failglob', 'force_fignore', 'globasciiranges', 'globskipdots', 'globstar', 'gnu_errfmt', 'histappend',
  'histreedit', 'histverify', 'hostcomplete', 'huponexit', 'inherit_errexit', 'interactive_comments',
  'lastpipe', 'lithist', 'localvar_inherit', 'localvar_unset', 'login_shell', 'mailwarn',
  'no_empty_cmd_completion', 'nocaseglob', 'nocasematch', 'noexpand_translation', 'nullglob',
  'patsub_replacement', 'progcomp', 'progcomp_alias', 'promptvars', 'restricted_shell', 'shift_verbose',
  'sourcepath', 'varredir_close', 'xpg_echo',
];

/** Options that exist in bash but change nothing here: turning them on says so. */
const UNSUPPORTED = new Set(['compat31', 'compat32', 'compat40', 'compat41', 'compat42', 'compat43', 'compat44', 'extdebug']);

export const shopt: Builtin = {
  name: 'shopt',
  synopsis: SYNOPSIS,
  async run(ctx) {
    const shell = ctx.shell;
    let mode: 's' | 'u' | undefined;
    let quiet = false;
    let print = false;
    let setOptions = false;
    let i = 0;
    for (; i < ctx.args.length; i++) {
      const arg = ctx.args[i];
      if (arg === '--') {
        i++;
        break;
      }
      if (!/^-[pqsuo]+$/.test(arg)) {
        if (arg.startsWith('-') && arg.length > 1) return ctx.invalidOption(arg.slice(0, 2), SYNOPSIS);
        break;
      }
      for (const flag of arg.slice(1)) {
        if (flag === 's' || flag === 'u') {
          if (mode && mode !== flag) {
            await ctx.error('cannot set and unset shell options simultaneously');
            return 1;
          }
          mode = flag;
        } else if (flag === 'q') quiet = true;
        else if (flag === 'p') print = true;
        else setOptions = true;
      }
    }
    const names = ctx.args.slice(i);
    const known = setOptions ? Object.keys(SET_OPTIONS) : SHOPT_OPTIONS;
    const isOn = (name: string): boolean => (setOptions ? shell.option(name) : shell.shopt(name));
    const line = (name: string): string => (print || mode ? `${setOptions ? 'set' : 'shopt'} ${isOn(name) ? (setOptions ? '-o' : '-s') : setOptions ? '+o' : '-u'} ${name}` : `${name.padEnd(15)}\t${isOn(name) ? 'on' : 'off'}`);
    let status = 0;
    for (const name of names) {
      if (!known.includes(name)) {
        await ctx.error(`${name}: invalid shell option name`);
        status = 1;
      }
    }
    if (status !== 0) return status;
    if (mode) {
      if (names.length === 0) {
        if (!quiet) await ctx.stdout.write(known.filter((n) => isOn(n) === (mode === 's')).map((n) => `${line(n)}\n`).join(''));
        return 0;
      }
      for (const name of names) {
        if (mode === 's' && !setOptions && UNSUPPORTED.has(name)) {
          await ctx.error(`${name}: not supported in this playground`);
          return 2;
        }
        const target = setOptions ? shell.options : shell.shopts;
        if (mode === 's') target.add(name);
        else target.delete(name);
      }
      return 0;
    }
    const list = names.length > 0 ? names : known;
    if (!quiet) await ctx.stdout.write(list.map((n) => `${line(n)}\n`).join(''));
    return list.every(isOn) ? 0 : 1;
  },
};
