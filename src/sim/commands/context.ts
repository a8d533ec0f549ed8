// What a running command sees: its arguments, its process, standard streams, and helpers that
// print errors the way GNU tools do.

import { withHelpTrailer } from './help-trailer.ts';
import { Errno } from '../kernel/errors.ts';
import type { FileDescription } from '../kernel/file-description.ts';
import { openPath, type OpenFlags } from '../kernel/open.ts';
import type { Process } from '../kernel/process.ts';
import { InputReader } from '../io/input-reader.ts';
import { OutputWriter, WriteError } from '../io/output-writer.ts';
import type { Inode } from '../fs/inode.ts';
import type { System } from '../system.ts';
import { quoteName } from '../text/quote.ts';
import type { Command } from './command.ts';
import type { FdTable } from '../kernel/fd-table.ts';
import { exitCode, spawnProgram } from './spawn-program.ts';
import { getopt, type GetoptSettings, type OptionSpec, type ParsedArgs } from './getopt.ts';

/** A feature the playground does not simulate: reported, never silently approximated. */
export class Unsupported extends Error {
  constructor(readonly what: string) {
    super(`${what}: not supported in this playground`);
  }
}

export class CommandContext {
  readonly args: string[];
  private stdinReader: InputReader | undefined;
  private stdoutWriter: OutputWriter | undefined;
  private stderrWriter: OutputWriter | undefined;

  constructor(
    readonly system: System,
    readonly proc: Process,
    readonly argv: string[],
    readonly command: Command,
  ) {
    this.args = argv.slice(1);
  }

  /** The name as invoked, which GNU tools put in front of their messages. */
  get name(): string {
    return this.argv[0] ?? this.command.name;
  }

  get kernel() {
    return this.system.kernel;
  }

  get fs() {
    return this.system.kernel.fs;
  }

  get stdin(): InputReader {
    this.stdinReader ??= new InputReader(this.proc, this.proc.fds.find(0) ?? closedDescriptor());
    return this.stdinReader;
  }

  get stdout(): OutputWriter {
    this.stdoutWriter ??= new OutputWriter(this.proc, 1);
    return this.stdoutWriter;
  }

  get stderr(): OutputWriter {
    this.stderrWriter ??= new OutputWriter(this.proc, 2);
    return this.stderrWriter;
  }

  getenv(name: string): string | undefined {
    return this.proc.env.get(name);
  }

  /** Parses options GNU-style; a usage error propagates to the runner, which prints it. */
  parse(specs: readonly OptionSpec[], settings?: GetoptSettings): ParsedArgs {
    return getopt(this.args, specs, settings);
  }

  /** The --help text with the trailer of the command's GNU package. */
  async printHelp(help: string): Promise<void> {
    await this.stdout.write(withHelpTrailer(this.command.name, help));
  }

  /** "name: message" on stderr, after what is buffered for stdout (glibc's error() flushes it). */
  async error(message: string): Promise<void> {
    if (this.stdoutWriter?.buffered) {
      try {
        await this.stdoutWriter.flush();
      } catch (error) {
        if (!(error instanceof WriteError)) throw error;
      }
    }
    await this.stderr.write(`${this.name}: ${message}\n`);
  }

  /** "name: message" plus "Try 'name --help' ..."; returns the command's usage status. */
  async usageError(message: string): Promise<number> {
    if (message) await this.error(message);
    await this.stderr.write(`Try '${this.name} --help' for more information.\n`);
    return this.command.usageStatus ?? 1;
  }

  /** "name: [prefix]'file': strerror" for a failed operation on a file. */
  async fileError(path: string, error: unknown, prefix = ''): Promise<void> {
    if (!(error instanceof Errno)) throw error;
    await this.error(`${prefix}${quoteName(path)}: ${error.message}`);
  }

  async open(path: string, flags: OpenFlags, mode?: number): Promise<FileDescription> {
    return openPath(this.kernel, this.proc, path, flags, mode);
  }

  /** A reader over a file operand; "-" is standard input. The caller closes it with closeInput. */
  async openInput(operand: string): Promise<InputReader> {
    if (operand === '-') return this.stdin;
    return new InputReader(this.proc, await this.open(operand, { read: true }));
  }

  closeInput(reader: InputReader): void {
    if (reader !== this.stdinReader) reader.description.release();
  }

  lookup(path: string, follow = true): Inode {
    return this.fs.lookup(this.proc.cred, this.proc.cwd, path, follow);
  }

  /**
   * Runs another program (execvp: PATH lookup) as a child and waits for it; returns its exit status
   * (128 + signal if killed). Our buffered output is flushed first so the child's output follows it.
   * Throws Errno ENOENT/EACCES when the program cannot be found or executed.
   */
  async runProgram(argv: string[], options: { fds?: FdTable; env?: Map<string, string> } = {}): Promise<number> {
    await this.flush();
    const { done } = spawnProgram(this.system, this.proc, argv, options);
    return exitCode(await done);
  }

  /** Charges CPU and yields when the quantum is spent (await it in loops). */
  tick(costUs: number): Promise<void> | undefined {
    return this.proc.tick(costUs);
  }

  async flush(): Promise<void> {
    if (this.stdoutWriter) await this.stdoutWriter.flush();
    if (this.stderrWriter) await this.stderrWriter.flush();
  }
}

function closedDescriptor(): FileDescription {
  return {
    kind: 'device',
    readable: false,
    writable: false,
    refs: 1,
    read: () => Promise.reject(new Errno('EBADF')),
    write: () => Promise.reject(new Errno('EBADF')),
    isTerminal: () => false,
    retain() {
      return this;
    },
    release() {},
  } as unknown as FileDescription;
}
