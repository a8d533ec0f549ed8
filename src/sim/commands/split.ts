// split: split a file into pieces. GNU split 9.1: -l lines, -b bytes, -C whole lines up to a size,
// -n chunks (N, K/N, l/N, l/K/N, r/N, r/K/N), -d/-x suffixes with a start value, -a,
// --additional-suffix, -e, -t, --verbose. --filter (a shell per piece) is not supported.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { FileDescription } from '../kernel/file-description.ts';
import { SCAN_US_PER_BYTE } from '../kernel/cost-model.ts';
import { RegularFileDescription } from '../fs/open-file.ts';
import type { FileInode } from '../fs/inode.ts';
import type { InputReader } from '../io/input-reader.ts';
import { quoteAlways, quoteName } from '../text/quote.ts';
import { FileNames } from './split-names.ts';
import { SplitFailure, parseSplitOptions, type SplitConfig } from './split-options.ts';
import { splitChunkLines, splitLineBytes } from './split-lines.ts';
import { HELP } from './split-help.ts';

export const split = defineCommand({
  name: 'split',
  summary: 'split a file into pieces',
  help: HELP,
  async run(ctx) {
    let outputs: Outputs | undefined;
    try {
      const config = parseSplitOptions(ctx.args);
      let input: InputReader;
      try {
        input = await ctx.openInput(config.input);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        throw new SplitFailure(`cannot open ${quoteAlways(config.input)} for reading: ${error.message}`);
      }
      const description = input.description;
      outputs = new Outputs(ctx, config, description instanceof RegularFileDescription ? description.inode : null);
      try {
        await splitInput(ctx, config, new Input(ctx, input, config.input), outputs);
      } finally {
        ctx.closeInput(input);
      }
      await outputs.close();
      return 0;
    } catch (error) {
      if (!(error instanceof SplitFailure)) throw error;
      await ctx.error(error.message);
      await outputs?.close().catch(() => undefined);
      return 1;
    }
  },
});

/** The input, read in chunks; a read error is GNU's "split: FILE: strerror". */
export class Input {
  constructor(
    private readonly ctx: CommandContext,
    readonly reader: InputReader,
    readonly name: string,
  ) {}

  /** The next chunk; empty at end of input. */
  async read(): Promise<Uint8Array> {
    try {
      const chunk = await this.reader.read();
      await this.ctx.tick(chunk.length * SCAN_US_PER_BYTE);
      return chunk;
    } catch (error) {
      throw this.failure(error);
    }
  }

  failure(error: unknown, detail = ''): SplitFailure {
    if (!(error instanceof Errno)) throw error;
    return new SplitFailure(`${quoteName(this.name)}: ${detail}${error.message}`);
  }

  /** -n needs the size: what is left of a regular file (or of an empty device). */
  async size(): Promise<{ data: Uint8Array }> {
    const description = this.reader.description;
    if (description instanceof RegularFileDescription || description.kind === 'device' || description.kind === 'directory') {
      let data: Uint8Array;
      try {
        data = await this.reader.readAll();
      } catch (error) {
        throw this.failure(error, 'cannot determine file size: ');
      }
      // A device that has data (/dev/zero) has no size.
      if (description.kind === 'device' && data.length > 0) {
        throw new SplitFailure(`${quoteName(this.name)}: cannot determine file size: Value too large for defined data type`);
      }
      return { data };
    }
    throw new SplitFailure(`${quoteName(this.name)}: cannot determine file size`);
  }
}

/** The output files: cwrite() in GNU's terms. */
export class Outputs {
  private readonly names: FileNames;
  private current: FileDescription | null = null;
  private currentName = '';

  constructor(
    private readonly ctx: CommandContext,
    private readonly config: SplitConfig,
    private readonly inputInode: FileInode | null,
  ) {
    this.names = new FileNames(config.prefix, config.suffixLength, config.alphabet, config.suffixAuto, config.additionalSuffix, config.numericStart);
  }

  nextName(): string {
    return this.names.next();
  }

  /** Creates (or truncates) a file, refusing to overwrite the input. */
  async create(name: string): Promise<FileDescription> {
    if (this.config.verbose) await this.ctx.stdout.write(`creating file ${quoteAlways(name)}\n`);
    let description: FileDescription;
    try {
      description = await this.ctx.open(name, { write: true, create: true });
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      throw new SplitFailure(`${quoteName(name)}: ${error.message}`);
    }
    if (description instanceof RegularFileDescription) {
      if (description.inode === this.inputInode) {
        description.release();
        throw new SplitFailure(`${quoteAlways(name)} would overwrite input; aborting`);
      }
      this.ctx.fs.truncate(description.inode, 0);
    }
    return description;
  }

  /** Writes to the current file, or first to a new one; an empty new piece is skipped with -e. */
  async write(newFile: boolean, bytes: Uint8Array | null): Promise<void> {
    if (newFile) {
      if (bytes === null && this.config.elideEmpty) return;
      await this.close();
      this.currentName = this.names.next();
      this.current = await this.create(this.currentName);
    }
    if (bytes !== null && bytes.length > 0) await writeTo(this.ctx, this.current!, this.currentName, bytes);
  }

  async close(): Promise<void> {
    this.current?.release();
    this.current = null;
  }
}

export async function writeTo(ctx: CommandContext, description: FileDescription, name: string, bytes: Uint8Array): Promise<void> {
  try {
    await description.write(ctx.proc, bytes);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    throw new SplitFailure(`${quoteName(name)}: ${error.message}`);
  }
}

async function splitInput(ctx: CommandContext, config: SplitConfig, input: Input, outputs: Outputs): Promise<void> {
  switch (config.type) {
    case 'lines': return splitLines(config, input, outputs);
    case 'bytes': return splitBytes(config.units, input, outputs, null, 0);
    case 'line-bytes': return splitLineBytes(config, input, outputs);
    case 'round-robin': return splitRoundRobin(ctx, config, input, outputs);
  }
  const { data } = await input.size();
  const size = Math.max(data.length, config.units);
  if (config.type === 'chunk-lines') return splitChunkLines(ctx, config, data, size, outputs);
  if (config.chunk === 0) return splitBytes(Math.floor(size / config.units), input, outputs, data, config.units);
  // K/N: the Kth chunk, to standard output.
  const chunk = Math.floor(size / config.units);
  const start = (config.chunk - 1) * chunk;
  const end = config.chunk === config.units ? size : config.chunk * chunk;
  if (start < data.length) await ctx.stdout.write(data.slice(start, Math.min(end, data.length)));
}

/** lines_split: a new file every N lines. */
async function splitLines(config: SplitConfig, input: Input, outputs: Outputs): Promise<void> {
  let newFile = true;
  let count = 0;
  for (let chunk = await input.read(); chunk.length > 0; chunk = await input.read()) {
    let out = 0;
    for (let at = chunk.indexOf(config.eol); at >= 0; at = chunk.indexOf(config.eol, at + 1)) {
      if (++count < config.units) continue;
      await outputs.write(newFile, chunk.subarray(out, at + 1));
      out = at + 1;
      newFile = true;
      count = 0;
    }
    if (out < chunk.length) {
      await outputs.write(newFile, chunk.subarray(out));
      newFile = false;
    }
  }
}

/** bytes_split: N bytes per file; with -n, at most `maxFiles` files (the last takes the rest). */
async function splitBytes(n: number, input: Input, outputs: Outputs, initial: Uint8Array | null, maxFiles: number): Promise<void> {
  let newFile = true;
  let toWrite = n;
  let opened = 0;
  let pending = initial;
  for (;;) {
    let data: Uint8Array;
    if (pending !== null) {
      data = pending;
      pending = null;
    } else if (initial !== null) break;
    else data = await input.read();
    if (data.length === 0) break;
    let at = 0;
    let left = data.length;
    while (toWrite <= left) {
      await outputs.write(newFile, data.subarray(at, at + toWrite));
      if (newFile) opened++;
      newFile = maxFiles === 0 || opened < maxFiles;
      at += toWrite;
      left -= toWrite;
      toWrite = n;
    }
    if (left > 0) {
      await outputs.write(newFile, data.subarray(at));
      if (newFile) opened++;
      newFile = false;
      toWrite -= left;
    }
  }
  // Every one of the N files exists at the end, if only empty.
  while (opened++ < maxFiles) await outputs.write(true, null);
}

/** lines_rr: line i to file i mod N (or, with K, only lines K, K+N... to standard output). */
async function splitRoundRobin(ctx: CommandContext, config: SplitConfig, input: Input, outputs: Outputs): Promise<void> {
  const n = config.units;
  const k = config.chunk;
  const names: string[] = [];
  const files: (FileDescription | null)[] = [];
  if (k === 0) {
    for (let i = 0; i < n; i++) {
      names.push(outputs.nextName());
      files.push(null);
    }
  }
  let lineNumber = 1;
  let index = 0;
  let wrapped = false;
  try {
    for (let chunk = await input.read(); chunk.length > 0; chunk = await input.read()) {
      let at = 0;
      while (at < chunk.length) {
        const eol = chunk.indexOf(config.eol, at);
        const end = eol < 0 ? chunk.length : eol + 1;
        const piece = chunk.subarray(at, end);
        if (k !== 0) {
          if (lineNumber === k) await ctx.stdout.write(piece);
          if (eol >= 0) lineNumber = lineNumber === n ? 1 : lineNumber + 1;
        } else {
          files[index] ??= await outputs.create(names[index]);
          await writeTo(ctx, files[index]!, names[index], piece);
          if (eol >= 0 && ++index === n) {
            wrapped = true;
            index = 0;
          }
        }
        at = end;
      }
    }
    if (k === 0) {
      // Files no line reached are still created (unless -e).
      const ceiling = wrapped ? n : index;
      for (let i = 0; i < n; i++) if (i >= ceiling && !config.elideEmpty && files[i] === null) files[i] = await outputs.create(names[i]);
    }
  } finally {
    for (const file of files) file?.release();
  }
}
