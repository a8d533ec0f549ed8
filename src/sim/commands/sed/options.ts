// sed's command line (sed.c's main): options in order, each -e and -f compiled as it comes, the
// first operand as the script when there is none, then the run; and how each kind of failure is
// reported: script errors (status 1), unreadable input (2), "panics" such as a missing label (4).

import type { CommandContext } from '../context.ts';
import { Unsupported } from '../context.ts';
import { getopt, UsageError } from '../getopt.ts';
import { Errno } from '../../kernel/errors.ts';
import { WriteError } from '../../io/output-writer.ts';
import { decodeBytes } from '../../text/byte-text.ts';
import { compileScript, finishProgram, newCompileState, SedPanicAt } from './parser.ts';
import { ScriptReader, SedPanic, SedScriptError } from './script-reader.ts';
import { runProgram } from './runner.ts';

const SPECS = [
  { short: 'b', long: 'binary' },
  { short: 'r', long: 'regexp-extended', key: 'extended' },
  { short: 'E', key: 'extended' },
  { long: 'debug' },
  { short: 'e', long: 'expression', arg: 'required' as const },
  { short: 'f', long: 'file', arg: 'required' as const },
  { short: 'i', long: 'in-place', arg: 'optional' as const },
  { short: 'l', long: 'line-length', arg: 'required' as const },
  { short: 'z', long: 'null-data' },
  { long: 'zero-terminated', key: 'null-data' },
  { short: 'n', long: 'quiet' },
  { long: 'silent', key: 'quiet' },
  { long: 'posix' },
  { long: 'sandbox' },
  { short: 's', long: 'separate' },
  { short: 'u', long: 'unbuffered' },
  { long: 'version' },
  { short: 'V', arg: 'required' as const, key: 'version' },
  { long: 'help' },
  { long: 'follow-symlinks' },
];

export interface SedTexts {
  help: string;
  version: string;
}

export async function runSed(ctx: CommandContext, texts: SedTexts): Promise<number> {
  const say = (message: string): Promise<void> | undefined => ctx.stderr.write(`${ctx.name}: ${message}\n`);
  // Usage for errors: the help text, without the bug-report line, on standard error.
  const usage = async (): Promise<number> => {
    await ctx.stderr.write(texts.help.replace(/^Usage: sed /, `Usage: ${ctx.name} `).replace(/E-mail bug reports to: .*\n/, ''));
    return 1;
  };
  let parsed;
  try {
    parsed = getopt(ctx.args, SPECS);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    await say(error.message);
    return usage();
  }
  try {
    const extended = parsed.options.some((o) => o.key === 'extended');
    const sandbox = parsed.options.some((o) => o.key === 'sandbox');
    const state = newCompileState(extended, sandbox);
    let expressions = 0;
    let scripts = 0;
    let delimiter = '\n';
    let separate = false;
    let inPlace: string | null = null;
    let followSymlinks = false;
    let unbuffered = false;
    const cols = Number.parseInt(ctx.getenv('COLS') ?? '', 10);
    let lineLength = cols > 1 ? cols - 1 : 70;
    for (const { key, value } of parsed.options) {
      switch (key) {
        case 'quiet': state.noDefaultOutput = true; break;
        case 'expression':
          scripts++;
          compileScript(new ScriptReader(value!, { kind: 'expression', index: ++expressions }), state);
          break;
        case 'file':
          scripts++;
          compileScript(new ScriptReader(await readScriptFile(ctx, value!), { kind: 'file', name: value! }), state);
          break;
        case 'null-data': delimiter = '\0'; break;
        case 'follow-symlinks': followSymlinks = true; break;
        case 'in-place':
          separate = true;
          inPlace = value === undefined ? '*' : value.includes('*') ? value : `*${value}`;
          break;
        case 'line-length': lineLength = Number.parseInt(value!, 10) || 0; break;
        case 'posix': throw new Unsupported('--posix');
        case 'debug': throw new Unsupported('--debug');
        case 'separate': separate = true; break;
        case 'unbuffered': unbuffered = true; break;
        case 'version':
          await ctx.stdout.write(texts.version);
          return 0;
        case 'help':
          await ctx.stdout.write(texts.help);
          return 0;
      }
    }
    const operands = [...parsed.operands];
    if (scripts === 0) {
      if (operands.length === 0) return usage();
      compileScript(new ScriptReader(operands.shift()!, { kind: 'expression', index: ++expressions }), state);
    }
    finishProgram(state);
    return await runProgram(ctx, state, operands, { delimiter, separate, inPlace, followSymlinks, unbuffered, lineLength });
  } catch (error) {
    if (error instanceof SedScriptError || error instanceof SedPanicAt) {
      await say(error.message);
      return 1;
    }
    if (error instanceof SedPanic) {
      await ctx.stdout.flush().catch(() => undefined);
      await say(error.message);
      return 4;
    }
    if (error instanceof WriteError) {
      await say(`couldn't flush stdout: ${error.errno.message}`);
      return 4;
    }
    throw error;
  }
}

async function readScriptFile(ctx: CommandContext, name: string): Promise<string> {
  try {
    const reader = await ctx.openInput(name);
    try {
      return decodeBytes(await reader.readAll()).text;
    } finally {
      ctx.closeInput(reader);
    }
  } catch (error) {
    if (error instanceof Errno) throw new SedPanic(`couldn't open file ${name}: ${error.message}`);
    throw error;
  }
}
