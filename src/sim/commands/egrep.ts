// egrep: Debian's /usr/bin/egrep is the script `exec grep -E "$@"`, so it behaves (and
// speaks, in its messages and --help) exactly as grep -E, without the upstream "obsolescent" warning.

import { defineCommand } from './command.ts';
import { runGrep } from './grep/program.ts';
import { GREP_HELP, GREP_VERSION } from './grep.ts';

export const egrep = defineCommand({
  name: 'egrep',
  summary: 'print lines that match patterns',
  help: GREP_HELP,
  usageStatus: 2,
  run: (ctx) => runGrep(ctx, ['-E', ...ctx.args], 'grep', { help: GREP_HELP, version: GREP_VERSION }),
});
