import type { Builtin } from './builtin.ts';
import { builtins } from './index.ts';
import { hasGlobChars, matchPattern } from '../pattern.ts';
import { helpText, loadDescriptions } from './help-text.ts';
import { BASH_VERSION } from '../shell.ts';

export const help: Builtin = {
  name: 'help',
  synopsis: 'help [-dms] [pattern ...]',
  async run(ctx) {
    let format: 'long' | 'short' | 'describe' | 'manpage' = 'long';
    let i = 0;
    for (; i < ctx.args.length; i++) {
      const arg = ctx.args[i];
      if (arg === '--') {
        i++;
        break;
      }
      if (!arg.startsWith('-') || arg === '-') break;
      for (const flag of arg.slice(1)) {
        if (flag === 's') format = 'short';
        else if (flag === 'd') format = 'describe';
        else if (flag === 'm') format = 'manpage';
        else return ctx.invalidOption(`-${flag}`, 'help [-dms] [pattern ...]');
      }
    }
    const patterns = ctx.args.slice(i);
    if (patterns.length === 0) {
      const programs = await ctx.shell.system.commands.list();
      await ctx.stdout.write(listing(programs.map((c) => [c.name, c.summary] as const)));
      return 0;
    }
    // bash announces the keywords when the first one is a pattern.
    if (hasGlobChars(patterns[0])) {
      await ctx.stdout.write(`Shell commands matching keyword${patterns.length > 1 ? 's' : ''} \`${patterns.join(', ')}'\n\n`);
    }
    let status = 0;
    for (const pattern of patterns) {
      const matches = [...builtins.values()].filter((b) => matchPattern(pattern, b.name) || b.name.startsWith(pattern));
      const exact = matches.filter((b) => b.name === pattern);
      const chosen = exact.length > 0 ? exact : matches;
      if (chosen.length === 0) {
        await ctx.error(`no help topics match \`${pattern}'.  Try \`help help' or \`man -k ${pattern}' or \`info ${pattern}'.`);
        status = 1;
        continue;
      }
      const descriptions = await loadDescriptions(ctx.shell.proc);
      for (const builtin of chosen) await ctx.stdout.write(helpText(builtin, format, descriptions));
    }
    return status;
  },
};


/** bash's `help` header and two columns of synopses, then the programs this machine has. */
function listing(commands: readonly (readonly [string, string])[]): string {
  const synopses = [...builtins.values()].map((b) => b.synopsis).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const half = Math.ceil(synopses.length / 2);
  const clip = (text: string): string => (text.length > 36 ? `${text.slice(0, 35)}>` : text);
  let out = `GNU bash, version ${BASH_VERSION} (x86_64-pc-linux-gnu)
These shell commands are defined internally.  Type \`help' to see this list.
Type \`help name' to find out more about the function \`name'.
Use \`info bash' to find out more about the shell in general.
Use \`man -k' or \`info' to find out more about commands not in this list.

A star (*) next to a name means that the command is disabled.

`;
  for (let i = 0; i < half; i++) {
    const left = clip(synopses[i]);
    const right = synopses[i + half];
    out += ` ${right === undefined ? left : left.padEnd(36)}${right === undefined ? '' : `  ${clip(right)}`}\n`;
  }
  out += `\nPrograms installed on this machine (in /usr/bin; try \`NAME --help'):\n\n`;
  const width = Math.max(...commands.map(([name]) => name.length)) + 2;
  for (const [name, summary] of commands) out += ` ${name.padEnd(width)}${summary}\n`;
  return out;
}
