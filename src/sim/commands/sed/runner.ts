// Running a compiled sed program over its input (execute.c's process_files): cycles line by line,
// resumed after reads; -s/-i restarting line numbers, hold space and ranges for each file; -i
// writing each file's output to a temporary file that replaces it (after an optional backup);
// the w files; and the exit status (q's, or 2 when an input file could not be read).

import type { CommandContext } from '../context.ts';
import { Errno } from '../../kernel/errors.ts';
import { decodeBytes, encodeText } from '../../text/byte-text.ts';
import { dirname } from '../../fs/path.ts';
import { SedPanic } from './script-reader.ts';
import { SedInput } from './input.ts';
import { COMMANDS_PER_SLICE, Executor } from './executor.ts';
import { newSink, type Sink } from './output.ts';
import type { CompileState } from './parser.ts';
import type { SedCommand } from './program.ts';

export interface RunSettings {
  delimiter: string;
  separate: boolean;
  /** -i: the backup name, '*' standing for the file name ("*" alone: no backup); null without -i. */
  inPlace: string | null;
  followSymlinks: boolean;
  unbuffered: boolean;
  lineLength: number;
}

const FLUSH_SIZE = 65536;
/** Virtual CPU time of one sed command on a line (the input's regex cost is charged as it is read). */
const COMMAND_US = 0.05;

export async function runProgram(ctx: CommandContext, state: CompileState, operands: string[], settings: RunSettings): Promise<number> {
  const commands = state.commands;
  const inPlace = settings.inPlace !== null;
  if (inPlace && operands.length === 0) throw new SedPanic('no input files');
  const stdoutSink = newSink();
  const stderrSink = newSink();
  const fileSinks = new Map<string, Sink>();
  for (const [name, file] of state.outputs) {
    if (file.special) continue;
    try {
      const description = await ctx.open(name, { write: true, create: true, truncate: true });
      description.release();
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      throw new SedPanic(`couldn't open file ${name}: ${error.message}`);
    }
    fileSinks.set(name, newSink());
  }
  const readCache = new Map<string, string | null>();
  for (const file of state.readFiles.values()) {
    const text = readRegularFile(ctx, file.name);
    file.lines = text === undefined || text === null ? null : splitKeeping(text, settings.delimiter);
  }

  const input = new SedInput(ctx, operands.length > 0 ? operands : ['-'], {
    delimiter: settings.delimiter, separate: settings.separate || inPlace, inPlace, unbuffered: settings.unbuffered,
  });
  let editing: { name: string; sink: Sink } | null = null;
  const interactive = ctx.stdout.mode !== 'full' || settings.unbuffered;
  const flushStdout = async (): Promise<void> => {
    const raw = input.sawInvalid || state.escapes || executor.escapes;
    await writeSink(stdoutSink, raw, (text) => ctx.stdout.write(text));
    await writeSink(stderrSink, raw, (text) => ctx.stderr.write(text));
  };
  input.beforeMessage = flushStdout;
  const sinkOf = (cmd: SedCommand, fromSubst: boolean): Sink => {
    const file = fromSubst ? cmd.subst!.output! : cmd.output!;
    if (file.special === 'stdout') return stdoutSink;
    if (file.special === 'stderr') return stderrSink;
    return fileSinks.get(file.name)!;
  };
  const readFile = (name: string): string | null | undefined => {
    if (readCache.has(name)) {
      const cached = readCache.get(name)!;
      readCache.set(name, null); // a stream read once is then at its end
      return cached;
    }
    return readRegularFile(ctx, name);
  };
  const executor = new Executor(commands, input, { noDefaultOutput: state.noDefaultOutput, delimiter: settings.delimiter, lineLength: settings.lineLength, location: state.lastLocation }, stdoutSink, sinkOf, readFile);
  const finishEditing = async (): Promise<void> => {
    if (!editing) return;
    const { name, sink } = editing;
    editing = null;
    await replaceFile(ctx, name, sink, settings.inPlace!);
    executor.out = stdoutSink;
  };
  input.onOpen = async (name) => {
    if (!inPlace) return;
    await finishEditing();
    const target = settings.followSymlinks ? ctx.fs.realpath(ctx.proc.cred, ctx.proc.cwd, name) : name;
    editing = { name: target, sink: newSink() };
    executor.out = editing.sink;
  };
  const resetRanges = (): void => {
    for (const cmd of commands) cmd.rangeState = cmd.a1?.type === 'num' && cmd.a1.number === 0 ? 'active' : 'inactive';
  };
  resetRanges();

  let status = 0;
  try {
    for (;;) {
      if (!input.hasLine()) {
        // Before reading more, output so far goes to stdout (whose buffering decides when it shows).
        await flushStdout();
        await input.fill();
      }
      if (!input.hasLine()) {
        executor.dumpAppendQueue();
        if (!(settings.separate || inPlace)) break;
        await finishEditing();
        if (!(await input.nextStream())) break;
        input.lineNumber = 0;
        executor.hs = '';
        resetRanges();
        for (const file of state.readFiles.values()) file.next = 0;
        continue;
      }
      executor.load(input.take()!, false);
      let pc = 0;
      let quit: number | null = null;
      for (;;) {
        const result = executor.runCycle(pc);
        if (result.kind === 'suspend') {
          if (result.busy) await ctx.tick(COMMANDS_PER_SLICE * COMMAND_US);
          else if (result.file !== undefined) readCache.set(result.file, await readAnyFile(ctx, result.file));
          else {
            await flushStdout();
            await input.fill();
          }
          pc = result.pc;
          continue;
        }
        if (result.kind === 'end' && result.autoprint) executor.print(executor.out, executor.ps, executor.psChomped);
        if (result.kind === 'quit') quit = result.status;
        break;
      }
      if (interactive || stdoutSink.text.length > FLUSH_SIZE) await flushStdout();
      if (quit !== null) {
        status = quit;
        break;
      }
    }
    await finishEditing();
  } finally {
    await input.finish();
    await flushStdout();
    for (const [name, sink] of fileSinks) await writeFile(ctx, name, sink, true);
  }
  return input.badCount > 0 ? 2 : status;
}

async function writeSink(sink: Sink, raw: boolean, write: (data: string | Uint8Array) => Promise<void> | undefined): Promise<void> {
  if (sink.text === '') return;
  const text = sink.text;
  sink.text = '';
  // Invalid input bytes travel as escapes (byte-text.ts) and must go out as the bytes they were.
  await write(raw ? encodeText(text) : text);
}

/** The text of a regular file, null if it cannot be read (r ignores it), undefined if not a regular file. */
function readRegularFile(ctx: CommandContext, name: string): string | null | undefined {
  try {
    const inode = ctx.lookup(name, true);
    if (inode.type !== 'file') return undefined;
    if (!ctx.fs.canAccess(ctx.proc.cred, inode, 4)) return null;
    return decodeBytes(inode.content()).text;
  } catch (error) {
    if (error instanceof Errno) return null;
    throw error;
  }
}

async function readAnyFile(ctx: CommandContext, name: string): Promise<string | null> {
  try {
    const reader = await ctx.openInput(name === '/dev/stdin' ? '-' : name);
    const text = decodeBytes(await reader.readAll()).text;
    ctx.closeInput(reader);
    return text;
  } catch (error) {
    if (error instanceof Errno) return null;
    throw error;
  }
}

/** Lines keeping their delimiter (R appends them as they are). */
function splitKeeping(text: string, delimiter: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = text.indexOf(delimiter); i >= 0; i = text.indexOf(delimiter, start)) {
    lines.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

async function writeFile(ctx: CommandContext, name: string, sink: Sink, append: boolean): Promise<void> {
  const text = sink.text;
  sink.text = '';
  if (text === '') return;
  const description = await ctx.open(name, { write: true, append, create: true });
  try {
    await description.write(ctx.proc, encodeText(text));
  } finally {
    description.release();
  }
}

/**
 * -i: the edited text goes to a new file sedXXXXXX beside the original, which then replaces it;
 * with a suffix the original is kept as its backup ('*' in the suffix stands for the file name).
 */
async function replaceFile(ctx: CommandContext, name: string, sink: Sink, extension: string): Promise<void> {
  const original = ctx.lookup(name, true);
  const dir = dirname(name);
  let temp = '';
  for (let attempt = 0; ; attempt++) {
    const letters = Array.from({ length: 6 }, () => TEMP_LETTERS[ctx.kernel.prng.nextU32() % TEMP_LETTERS.length]).join('');
    temp = `${dir}/sed${letters}`;
    try {
      const description = await ctx.open(temp, { write: true, create: true, exclusive: true }, 0o600);
      try {
        await description.write(ctx.proc, encodeText(sink.text));
      } finally {
        description.release();
      }
      break;
    } catch (error) {
      if (error instanceof Errno && error.code === 'EEXIST' && attempt < 100) continue;
      if (error instanceof Errno) throw new SedPanic(`couldn't open temporary file ${temp}: ${error.message}`);
      throw error;
    }
  }
  ctx.fs.chmod(ctx.proc.cred, ctx.lookup(temp, false), original.mode & 0o7777);
  if (extension !== '*') rename(ctx, name, extension.replaceAll('*', name));
  rename(ctx, temp, name);
}

const TEMP_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function rename(ctx: CommandContext, from: string, to: string): void {
  try {
    ctx.fs.rename(ctx.proc.cred, ctx.proc.cwd, from, to);
  } catch (error) {
    if (error instanceof Errno) throw new SedPanic(`cannot rename ${from}: ${error.message}`);
    throw error;
  }
}
