// awk's redirections: print > file, >> file, | command, getline < file and command | getline, with
// close() and fflush(). Output is buffered in memory so print stays synchronous; buffers reach the
// descriptors at flush points (between records, in long loops, before system(), at exit). As in
// C stdio, stdout is fully buffered unless it is a terminal and stderr is written right away.

import type { CommandContext } from '../context.ts';
import { Errno } from '../../kernel/errors.ts';
import type { FileDescription } from '../../kernel/file-description.ts';
import { Pipe } from '../../kernel/pipe.ts';
import { InputReader, encodeUtf8 } from '../../io/input-reader.ts';
import { WriteError } from '../../io/output-writer.ts';
import { spawnProgram } from '../spawn-program.ts';
import { startShell, statusOf, waitFor } from './processes.ts';
import { AwkFatal } from './errors.ts';
import { RecordReader, type RecordMode } from './records.ts';

const BUFFER_LIMIT = 65536;

export class OutStream {
  text = '';

  constructor(
    private readonly io: AwkIO,
    readonly kind: 'stdout' | 'stderr' | 'file' | 'pipe',
    private readonly sink: (text: string) => Promise<void>,
    /** Closes the descriptor; resolves with what close() returns. */
    readonly finish: () => Promise<number> = async () => 0,
  ) {}

  write(text: string): void {
    if (this.io.ordered.has(this.kind)) {
      this.io.queueOrdered(this.kind, text);
      return;
    }
    this.text += text;
    if (this.text.length >= BUFFER_LIMIT) this.io.flushWanted = true;
  }

  async flush(): Promise<void> {
    if (this.text === '') return;
    const text = this.text;
    this.text = '';
    await this.sink(text);
  }
}

interface InputRedirect {
  reader: RecordReader;
  finish: () => Promise<number>;
}

export class AwkIO {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  /** Streams written in program order straight away: stderr, and stdout on a terminal. */
  readonly ordered = new Set<string>(['stderr']);
  private orderedQueue: { kind: string; text: string }[] = [];
  private orderedSize = 0;
  private readonly outputs = new Map<string, OutStream>();
  private readonly inputs = new Map<string, InputRedirect>();
  /** Set when something should reach its descriptor at the next flush point. */
  flushWanted = false;

  constructor(
    private readonly ctx: CommandContext,
    private readonly recordMode: () => RecordMode,
  ) {
    this.stdout = new OutStream(this, 'stdout', (text) => this.writeFd(1, text));
    this.stderr = new OutStream(this, 'stderr', (text) => this.writeFd(2, text));
    if (ctx.stdout.mode !== 'full') this.ordered.add('stdout');
  }

  queueOrdered(kind: string, text: string): void {
    const last = this.orderedQueue[this.orderedQueue.length - 1];
    if (last !== undefined && last.kind === kind) last.text += text;
    else this.orderedQueue.push({ kind, text });
    this.orderedSize += text.length;
    if (kind === 'stderr' || this.orderedSize >= BUFFER_LIMIT || text.includes('\n')) this.flushWanted = true;
  }

  /** gawk flushes stdout before each message it prints, so messages follow earlier output. */
  message(text: string): void {
    if (!this.ordered.has('stdout') && this.stdout.text !== '') {
      this.queueOrdered('stdout', this.stdout.text);
      this.stdout.text = '';
    }
    this.queueOrdered('stderr', text);
  }

  /** Writes out what is due; with `all`, every buffer (fflush(), system(), exit). */
  async flush(all: boolean): Promise<void> {
    this.flushWanted = false;
    if (this.orderedQueue.length > 0) {
      const queue = this.orderedQueue;
      this.orderedQueue = [];
      this.orderedSize = 0;
      for (const { kind, text } of queue) await this.writeFd(kind === 'stderr' ? 2 : 1, text);
    }
    for (const stream of [this.stdout, ...this.outputs.values()]) {
      if (all || stream.text.length >= BUFFER_LIMIT) await stream.flush();
    }
    if (all) await this.ctx.stdout.flush();
  }

  /** Our buffers are already large: they go straight to the descriptor (after anything queued). */
  private async writeFd(fd: 1 | 2, text: string): Promise<void> {
    const writer = fd === 1 ? this.ctx.stdout : this.ctx.stderr;
    await writer.flush();
    try {
      await this.ctx.proc.fds.get(fd).write(this.ctx.proc, encodeUtf8(text));
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      if (fd === 2) throw new WriteError(error);
      throw new AwkFatal(`print to "standard output" failed (${error.message})`);
    }
  }

  /** The stream for a redirection, or undefined when it must be opened first (openOutput). */
  output(name: string): OutStream | undefined {
    return this.outputs.get(name);
  }

  async openOutput(name: string, mode: '>' | '>>' | '|'): Promise<OutStream> {
    const existing = this.outputs.get(name);
    if (existing) return existing;
    let stream: OutStream;
    if (mode === '|') stream = await this.openPipe(name);
    else if (name === '/dev/stdout' || name === '-') stream = this.stdout;
    else if (name === '/dev/stderr') stream = this.stderr;
    else {
      let description: FileDescription;
      try {
        description = await this.ctx.open(name, mode === '>' ? { write: true, create: true, truncate: true } : { write: true, create: true, append: true });
      } catch (error) {
        if (error instanceof Errno) throw new AwkFatal(`cannot redirect to \`${name}': ${error.message}`);
        throw error;
      }
      stream = new OutStream(
        this,
        'file',
        async (text) => {
          try {
            await description.write(this.ctx.proc, encodeUtf8(text));
          } catch (error) {
            if (error instanceof Errno) throw new AwkFatal(`print to "${name}" failed (${error.message})`);
            throw error;
          }
        },
        async () => {
          description.release();
          return 0;
        },
      );
    }
    this.outputs.set(name, stream);
    return stream;
  }

  private async openPipe(command: string): Promise<OutStream> {
    // gawk flushes everything before starting a command that reads from it.
    await this.flush(true);
    const [readEnd, writeEnd] = Pipe.create();
    const fds = this.ctx.proc.fds.fork();
    fds.set(0, readEnd);
    readEnd.release();
    const child = startShell(this.ctx, command, fds);
    return new OutStream(
      this,
      'pipe',
      (text) => writeEnd.write(this.ctx.proc, encodeUtf8(text)),
      async () => {
        writeEnd.release();
        return statusOf(await waitFor(this.ctx, child));
      },
    );
  }

  /** The reader of an input redirection already open, if any. */
  openReader(name: string): RecordReader | undefined {
    return this.inputs.get(name)?.reader;
  }

  /** A reader for `getline < file`; null when the file cannot be opened (getline returns -1). */
  async inputFile(name: string): Promise<RecordReader | null> {
    const existing = this.inputs.get(name);
    if (existing) return existing.reader;
    let input: InputReader;
    let finish = async (): Promise<number> => 0;
    if (name === '-' || name === '/dev/stdin') input = this.ctx.stdin;
    else {
      try {
        const description = await this.ctx.open(name, { read: true });
        input = new InputReader(this.ctx.proc, description);
        finish = async () => {
          description.release();
          return 0;
        };
      } catch (error) {
        if (error instanceof Errno) return null;
        throw error;
      }
    }
    const reader = new RecordReader(input, this.recordMode());
    this.inputs.set(name, { reader, finish });
    return reader;
  }

  /** A reader for `command | getline`: the command runs under /bin/sh with its stdout to us. */
  inputCommand(command: string): RecordReader {
    const existing = this.inputs.get(command);
    if (existing) return existing.reader;
    const [readEnd, writeEnd] = Pipe.create();
    const fds = this.ctx.proc.fds.fork();
    fds.set(1, writeEnd);
    writeEnd.release();
    const child = startShell(this.ctx, command, fds);
    const reader = new RecordReader(new InputReader(this.ctx.proc, readEnd), this.recordMode());
    this.inputs.set(command, {
      reader,
      finish: async () => {
        readEnd.release();
        return statusOf(await waitFor(this.ctx, child));
      },
    });
    return reader;
  }

  /** Every open input reader, so a change of RS reaches them all. */
  readers(): RecordReader[] {
    return [...this.inputs.values()].map((input) => input.reader);
  }

  /** close(name): -1 when nothing by that name is open. */
  async close(name: string): Promise<number> {
    let status = -1;
    const output = this.outputs.get(name);
    if (output) {
      this.outputs.delete(name);
      await output.flush();
      if (output !== this.stdout && output !== this.stderr) status = await output.finish();
      else status = 0;
    }
    const input = this.inputs.get(name);
    if (input) {
      this.inputs.delete(name);
      status = await input.finish();
    }
    return status;
  }

  /** fflush(name): 0, or -1 when no such output is open. */
  async fflush(name: string | null): Promise<number> {
    if (name === null) {
      await this.flush(true);
      return 0;
    }
    const output = this.outputs.get(name);
    if (!output) return -1;
    await output.flush();
    return 0;
  }

  /** At exit: every redirection is closed (commands waited for), then stdout flushed. */
  async closeAll(): Promise<void> {
    await this.flush(false);
    for (const name of [...this.outputs.keys()]) await this.close(name);
    for (const name of [...this.inputs.keys()]) await this.close(name);
    await this.flush(true);
  }

  /** system(): output flushed first, then `sh -c command` sharing our descriptors. */
  async system(command: string): Promise<number> {
    await this.flush(true);
    const { done } = spawnProgram(this.ctx.system, this.ctx.proc, ['/bin/sh', '-c', command]);
    return statusOf(await done);
  }
}
