// gzip: compresses files to FILE.gz (or decompresses with -d), as GNU gzip 1.12 does; the work is
// in gzip-run.ts and the format in gzip-format.ts.

import { defineCommand } from './command.ts';
import { GZIP_HELP } from './gzip-texts.ts';
import { runGzip } from './gzip-run.ts';

export const gzip = defineCommand({
  name: 'gzip',
  summary: 'compress or expand files',
  help: GZIP_HELP,
  // gzip reads --help (and -h) in turn with its other options.
  answersHelp: false,
  run: (ctx) => runGzip(ctx, 'gzip'),
});
