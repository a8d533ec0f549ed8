// The contract of a shell builtin: one file per builtin, run inside the shell process itself, with
// the shell's state at hand. `help NAME` prints its synopsis and description.

import type { Interpreter } from '../interpreter.ts';
import { InputReader } from '../../io/input-reader.ts';
import { OutputWriter } from '../../io/output-writer.ts';
import { Errno } from '../../kernel/errors.ts';
import type { ArrayLiteral } from '../ast.ts';
import { helpText, loadDescriptions } from './help-text.ts';

export interface Builtin {
  readonly name: string;
  /** POSIX special builtins: errors in them are fatal in POSIX mode, and assignments before them stay. */
  readonly special?: boolean;
  /** The synopsis `help` prints, e.g. "cd [-L|[-P [-e]] [-@]] [dir]". */
  readonly synopsis: string;
  run(ctx: BuiltinContext): Promise<number>;
}

/** Builtins that take --help as an ordinary argument (`echo --help` prints it). */
const HELP_IS_AN_ARGUMENT = new Set(['echo', 'true', 'false', ':', 'test', '[']);

/** Runs a builtin; `NAME --help` prints its long help with status 2, as bash 5 does. */
export async function invokeBuiltin(builtin: Builtin, ctx: BuiltinContext): Promise<number> {
  if (ctx.args[0] === '--help' && !HELP_IS_AN_ARGUMENT.has(builtin.name)) {
    await ctx.stdout.write(helpText(builtin, 'long', await loadDescriptions(ctx.shell.proc)));
    return 2;
  }
  return builtin.run(ctx);
}

/** `builtin NAME …` and `command NAME …`: the named builtin runs with its own output, flushed after. */
export async function invokeNested(interpreter: Interpreter, builtin: Builtin, args: string[]): Promise<number> {
  const ctx = new BuiltinContext(interpreter, builtin.name, args);
  try {
    return await invokeBuiltin(builtin, ctx);
  } finally {
    await ctx.flush();
  }
}

export class BuiltinContext {
  /** `declare a=(…)` arguments: their array literals, by position in args (+1 for the name). */
  arrayLiterals = new Map<number, { name: string; literal: ArrayLiteral; append: boolean }>();
  private out: OutputWriter | undefined;
  private err: OutputWriter | undefined;
  private input: InputReader | undefined;

  constructor(
    readonly interpreter: Interpreter,
    readonly name: string,
    readonly args: string[],
  ) {}

  get shell() {
    return this.interpreter.shell;
  }

  get proc() {
    return this.interpreter.shell.proc;
  }

  get stdout(): OutputWriter {
    this.out ??= new OutputWriter(this.proc, 1);
    return this.out;
  }

  get stderr(): OutputWriter {
    this.err ??= new OutputWriter(this.proc, 2, 'none');
    return this.err;
  }

  get stdin(): InputReader {
    const description = this.proc.fds.find(0);
    if (description === undefined) throw new Errno('EBADF');
    this.input ??= new InputReader(this.proc, description);
    return this.input;
  }

  /** "bash: line N: name: message" (or "bash: name: message" interactively). */
  async error(message: string): Promise<void> {
    // What the builtin printed so far comes first, as bash's stdout is flushed before a message.
    if (this.out) await this.out.flush();
    await this.shell.printError(`${this.name}: ${message}`);
  }

  /** "name: usage: synopsis", status 2, as bash reports a builtin misused. */
  async usage(synopsis: string): Promise<number> {
    await this.shell.writeStderr(`${this.name}: usage: ${synopsis}\n`);
    return 2;
  }

  /** "name: -x: invalid option" then the usage line. */
  async invalidOption(option: string, synopsis: string): Promise<number> {
    await this.error(`${option}: invalid option`);
    return this.usage(synopsis);
  }

  async flush(): Promise<void> {
    if (this.out) await this.out.flush();
    if (this.err) await this.err.flush();
  }
}
