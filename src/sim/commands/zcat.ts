// zcat: Debian's script "exec gzip -cd": decompresses to standard output.

import { defineCommand } from './command.ts';
import { ZCAT_HELP } from './gzip-texts.ts';
import { runGzip } from './gzip-run.ts';

export const zcat = defineCommand({
  name: 'zcat',
  summary: 'compress or expand files',
  help: ZCAT_HELP,
  // The script answers only a first argument of exactly --help; otherwise gzip does.
  answersHelp: false,
  run: (ctx) => runGzip(ctx, 'zcat'),
});
