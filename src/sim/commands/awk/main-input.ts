// The main input: the files named in ARGV (read when the main loop or a plain getline needs
// them), `var=value` operands applied as they are reached, and standard input when no file is
// named. Missing files are fatal and directories skipped with a warning, as in gawk 5.

import { Errno } from '../../kernel/errors.ts';
import type { InputReader } from '../../io/input-reader.ts';
import { AwkFatal } from './errors.ts';
import { RecordReader, type RecordMode } from './records.ts';
import type { Runtime } from './runtime.ts';
import { toStr } from './values.ts';

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

export class MainInput {
  reader: RecordReader | null = null;
  private input: InputReader | null = null;
  private index = 1;
  private sawFile = false;

  constructor(
    private readonly rt: Runtime,
    /** Applies a `var=value` operand. */
    private readonly assign: (operand: string) => void,
  ) {}

  /** The next record already read, if any (the main loop's fast path). */
  take(): string | undefined {
    return this.reader === null ? undefined : this.reader.take();
  }

  /** Makes a record available, opening the next file when one ends; false at the very end. */
  async fill(): Promise<boolean> {
    for (;;) {
      if (this.reader !== null) {
        if (await this.reader.fill()) return true;
        this.closeCurrent();
      }
      if (!(await this.openNext())) return false;
    }
  }

  /** One record for a plain `getline`; null at the end of all input. */
  async next(): Promise<string | null> {
    const record = this.take();
    if (record !== undefined) return record;
    if (!(await this.fill())) return null;
    return this.take() ?? null;
  }

  /** What ended the record taken last (RT). */
  terminator(): string {
    return this.reader === null ? '' : this.reader.terminator();
  }

  /** nextfile: the rest of this file is skipped. */
  skipFile(): void {
    if (this.reader !== null) this.closeCurrent();
  }

  /** Bytes read since the last call, for CPU accounting. */
  collectBytes(): number {
    if (this.reader === null) return 0;
    const bytes = this.reader.bytesRead;
    this.reader.bytesRead = 0;
    return bytes;
  }

  setMode(mode: RecordMode): void {
    this.reader?.setMode(mode);
  }

  private closeCurrent(): void {
    if (this.input !== null && this.input !== this.rt.ctx.stdin) this.rt.ctx.closeInput(this.input);
    this.input = null;
    this.reader = null;
  }

  private async openNext(): Promise<boolean> {
    const rt = this.rt;
    const argv = rt.A[0];
    while (this.index < rt.argc()) {
      const value = argv.get(String(this.index++));
      if (value === undefined) continue;
      const arg = toStr(value, rt.convfmt);
      if (arg === '') continue;
      if (ASSIGNMENT.test(arg)) {
        this.assign(arg);
        continue;
      }
      this.sawFile = true;
      // gawk forgets the last file's position before opening the next (messages lose their FNR).
      rt.FNR = 0;
      if (arg !== '-' && isDirectory(rt, arg)) {
        rt.warn(`command line argument \`${arg}' is a directory: skipped`);
        continue;
      }
      try {
        this.input = await rt.ctx.openInput(arg);
      } catch (error) {
        if (error instanceof Errno) throw new AwkFatal(`cannot open file \`${arg}' for reading: ${error.message}`);
        throw error;
      }
      this.begin(arg);
      return true;
    }
    if (!this.sawFile) {
      this.sawFile = true;
      this.input = rt.ctx.stdin;
      this.begin('-');
      return true;
    }
    return false;
  }

  private begin(name: string): void {
    this.rt.FILENAME = name;
    this.rt.FNR = 0;
    this.reader = new RecordReader(this.input!, this.rt.recordMode());
  }
}

function isDirectory(rt: Runtime, path: string): boolean {
  try {
    return rt.ctx.lookup(path).type === 'dir';
  } catch {
    return false;
  }
}
