// yes: output a string (the arguments, or "y") repeatedly until killed (GNU coreutils 9.1). One
// buffer of whole lines is filled once and written again and again; a closed pipe ends it with
// SIGPIPE like the real one.

import { defineCommand } from './command.ts';
import { COPY_US_PER_BYTE, SYSCALL_US } from '../kernel/cost-model.ts';
import { utf8Bytes } from './text-byte-builder.ts';
import { coreutilsVersion } from './text-version.ts';

const HELP = `Usage: yes [STRING]...
  or:  yes OPTION
Repeatedly output a line with all specified STRING(s), or 'y'.

      --help        display this help and exit
      --version     output version information and exit

`;

const BUFFER = 64 * 1024;

export const yes = defineCommand({
  name: 'yes',
  summary: 'output a string repeatedly until killed',
  help: HELP,
  async run(ctx) {
    // Only --help and --version are options.
    const { options, operands } = ctx.parse([{ long: 'version' }]);
    if (options.length > 0) {
      await ctx.stdout.write(coreutilsVersion('yes', 'Written by David MacKenzie.'));
      return 0;
    }
    const line = utf8Bytes(`${operands.length > 0 ? operands.join(' ') : 'y'}\n`);
    // At least 64 KiB, so the writer hands it over without copying it.
    const copies = Math.ceil(BUFFER / line.length);
    // The buffer is never modified after this, so handing the same one to every write is safe.
    const buffer = new Uint8Array(line.length * copies);
    for (let i = 0; i < copies; i++) buffer.set(line, i * line.length);
    for (;;) {
      await ctx.tick(SYSCALL_US + buffer.length * COPY_US_PER_BYTE);
      await ctx.stdout.flush();
      await ctx.stdout.write(buffer);
    }
  },
});
