// fgrep: Debian's /usr/bin/fgrep is the script `exec grep -F "$@"`, so it behaves (and
// speaks, in its messages and --help) exactly as grep -F, without the upstream "obsolescent" warning.

import { defineCommand } from './command.ts';
import { runGrep } from './grep/program.ts';
import { GREP_HELP, GREP_VERSION } from './grep.ts';

export const fgrep = defineCommand({
  name: 'fgrep',
  summary: 'print lines that match patterns',
  help: GREP_HELP,
  usageStatus: 2,
  run: (ctx) => runGrep(ctx, ['-F', ...ctx.args], 'grep', { help: GREP_HELP, version: GREP_VERSION }),
});
