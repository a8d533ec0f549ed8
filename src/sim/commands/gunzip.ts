// gunzip: Debian's script "exec gzip -d", so its messages are signed "gzip:".

import { defineCommand } from './command.ts';
import { GUNZIP_HELP } from './gzip-texts.ts';
import { runGzip } from './gzip-run.ts';

export const gunzip = defineCommand({
  name: 'gunzip',
  summary: 'compress or expand files',
  help: GUNZIP_HELP,
  // The script answers only a first argument of exactly --help; otherwise gzip does.
  answersHelp: false,
  run: (ctx) => runGzip(ctx, 'gunzip'),
});
