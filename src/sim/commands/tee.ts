// tee: copies standard input to standard output and to files, chunk by chunk as it arrives (no
// buffering, so `producer | tee log | consumer` streams). Write errors follow --output-error.

import { defineCommand } from './command.ts';
import { Errno } from '../kernel/errors.ts';
import type { FileDescription } from '../kernel/file-description.ts';
import { COPY_US_PER_BYTE, SYSCALL_US } from '../kernel/cost-model.ts';
import { SIG } from '../kernel/signals.ts';
import { WriteError } from '../io/output-writer.ts';
import { quoteLocale, quoteName } from '../text/quote.ts';
import type { CommandContext } from './context.ts';

const HELP = `Usage: tee [OPTION]... [FILE]...
Copy standard input to each FILE, and also to standard output.

  -a, --append              append to the given FILEs, do not overwrite
  -i, --ignore-interrupts   ignore interrupt signals
  -p                        diagnose errors writing to non pipes
      --output-error[=MODE]   set behavior on write error.  See MODE below
      --help        display this help and exit
      --version     output version information and exit

MODE determines behavior with write errors on the outputs:
  warn           diagnose errors writing to any output
  warn-nopipe    diagnose errors writing to any output not a pipe
  exit           exit on error writing to any output
  exit-nopipe    exit on error writing to any output not a pipe
The default MODE for the -p option is 'warn-nopipe'.
The default operation when --output-error is not specified, is to
exit immediately on error writing to a pipe, and diagnose errors
writing to non pipe outputs.
`;

type ErrorMode = 'default' | 'warn' | 'warn-nopipe' | 'exit' | 'exit-nopipe';
const MODES: ErrorMode[] = ['warn', 'warn-nopipe', 'exit', 'exit-nopipe'];

interface Output {
  name: string;
  /** undefined for standard output, which goes through ctx.stdout. */
  description: FileDescription | undefined;
  open: boolean;
}

export const tee = defineCommand({
  name: 'tee',
  summary: 'read from standard input and write to standard output and files',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'a', long: 'append' },
      { short: 'i', long: 'ignore-interrupts' },
      { short: 'p' },
      { long: 'output-error', arg: 'optional' },
    ]);
    let append = false;
    let mode: ErrorMode = 'default';
    for (const { key, value } of options) {
      if (key === 'append') append = true;
      else if (key === 'ignore-interrupts') ctx.proc.dispositions.set(SIG.INT, 'ignore');
      else if (key === 'p') mode = 'warn-nopipe';
      else if (key === 'output-error') {
        if (value === undefined) mode = 'warn-nopipe';
        else {
          const matches = MODES.filter((m) => m.startsWith(value));
          const exact = MODES.find((m) => m === value);
          if (exact === undefined && matches.length !== 1) {
            await ctx.error(`${matches.length > 1 ? 'ambiguous' : 'invalid'} argument ${quoteLocale(value)} for ${quoteLocale('--output-error')}`);
            await ctx.stderr.write(`Valid arguments are:\n${MODES.map((m) => `  - ${quoteLocale(m)}\n`).join('')}`);
            return ctx.usageError('');
          }
          mode = exact ?? matches[0];
        }
      }
    }
    // With an explicit error mode, tee survives a closed pipe and decides itself (SIGPIPE ignored).
    if (mode !== 'default') ctx.proc.dispositions.set(SIG.PIPE, 'ignore');
    let status = 0;
    const outputs: Output[] = [{ name: 'standard output', description: undefined, open: true }];
    for (const name of operands) {
      try {
        outputs.push({ name, description: await ctx.open(name, { write: true, create: true, truncate: !append, append }), open: true });
      } catch (error) {
        await ctx.fileError(name, error);
        status = 1;
      }
    }
    try {
      for (;;) {
        const chunk = await ctx.stdin.read();
        if (chunk.length === 0) break;
        await ctx.tick(SYSCALL_US * outputs.length + chunk.length * COPY_US_PER_BYTE * outputs.length);
        let live = 0;
        for (const output of outputs) {
          if (!output.open) continue;
          const error = await writeTo(ctx, output, chunk);
          if (error === undefined) {
            live++;
            continue;
          }
          output.open = false;
          if (error.code === 'EPIPE' && (mode === 'warn-nopipe' || mode === 'exit-nopipe')) continue;
          await ctx.error(`${quoteName(output.name)}: ${error.message}`);
          status = 1;
          if (mode === 'exit' || mode === 'exit-nopipe') return 1;
        }
        if (live === 0) break;
      }
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.error(`${quoteName('standard input')}: ${error.message}`);
      status = 1;
    } finally {
      for (const output of outputs) output.description?.release();
    }
    return status;
  },
});

async function writeTo(ctx: CommandContext, output: Output, chunk: Uint8Array): Promise<Errno | undefined> {
  try {
    if (output.description) await output.description.write(ctx.proc, chunk);
    else {
      await ctx.stdout.write(chunk);
      await ctx.stdout.flush();
    }
    return undefined;
  } catch (error) {
    if (error instanceof WriteError) return error.errno;
    if (error instanceof Errno) return error;
    throw error;
  }
}
