import { defineCommand } from './command.ts';
import { runBash } from '../shell/invocation.ts';

const HELP = `GNU bash, version 5.2.15(1)-release-(x86_64-pc-linux-gnu)
Usage:\tbash [GNU long option] [option] ...
\tbash [GNU long option] [option] script-file ...
GNU long options:
\t--help
\t--login
\t--noprofile
\t--norc
\t--posix
\t--rcfile
\t--version
Shell options:
\t-ilrsD or -c command or -O shopt_option\t\t(invocation only)
\t-abefhkmnptuvxBCEHPT or -o option
`;

export const bash = defineCommand({
  name: 'bash',
  summary: 'GNU Bourne-Again SHell',
  help: HELP,
  answersHelp: false,
  run: (ctx) => runBash(ctx.system, ctx.proc, ctx.argv),
});

export const sh = defineCommand({
  name: 'sh',
  summary: 'the POSIX shell (bash in POSIX mode here)',
  help: HELP,
  answersHelp: false,
  run: (ctx) => runBash(ctx.system, ctx.proc, ctx.argv),
});
