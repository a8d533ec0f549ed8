// The terminal device and its line discipline, as in the kernel: xterm in the page is only a screen
// and a keyboard. Keystrokes arrive as bytes; in canonical ("cooked") mode the discipline echoes them,
// edits the line (erase, kill, word-erase), turns ^C/^Z/^\ into signals for the foreground process
// group and ^D into end of file. In raw mode (the shell's line editor) bytes pass through untouched.
// Output goes through ONLCR (\n becomes \r\n) into a queue the host drains; a full queue blocks the
// writer, so `yes` on the terminal cannot outrun the screen.

import { Errno } from './errors.ts';
import { EOF_BYTES, FileDescription } from './file-description.ts';
import type { Kernel } from './kernel.ts';
import type { Process } from './process.ts';
import { SIG } from './signals.ts';
import { charWidth } from '../text/wcwidth.ts';

export interface TerminalMode {
  canonical: boolean;
  echo: boolean;
  signals: boolean;
}

export interface WindowSize {
  cols: number;
  rows: number;
}

const OUTPUT_HIGH_WATER = 256 * 1024;
const encoder = new TextEncoder();

export class Tty {
  mode: TerminalMode = { canonical: true, echo: true, signals: true };
  size: WindowSize = { cols: 80, rows: 24 };
  foregroundPgid = 0;
  sessionId = 0;
  /** Bytes waiting for a raw-mode reader, or lines (each with its \n) ready for a cooked reader. */
  private rawInput: number[] = [];
  private readyLines: Uint8Array[] = [];
  private pendingEof = 0;
  /** The line being edited in cooked mode, as code points. */
  private editLine: number[] = [];
  private readers: (() => void)[] = [];
  private outputChunks: Uint8Array[] = [];
  private outputBytes = 0;
  private outputWaiters: (() => void)[] = [];
  private utf8Pending: number[] = [];
  /** Told when output is waiting to be drained. */
  onOutput: (() => void) | null = null;

  constructor(private readonly kernel: Kernel) {}

  // --- keyboard side ---------------------------------------------------------------------------------

  /** Keystrokes (or pasted text) from the user. */
  input(data: string | Uint8Array): void {
    const bytes = typeof data === 'string' ? encoder.encode(data) : data;
    for (const byte of bytes) {
      if (this.mode.signals && this.signalKey(byte)) continue;
      if (this.mode.canonical) this.cook(byte);
      else this.rawInput.push(byte);
    }
    this.wakeReaders();
  }

  /** Sets the mode; input typed ahead is carried over to the new mode's queue. */
  setMode(mode: TerminalMode): void {
    const wasCanonical = this.mode.canonical;
    this.mode = { ...mode };
    if (wasCanonical && !mode.canonical) {
      const carried: number[] = [];
      for (const line of this.readyLines) carried.push(...line);
      carried.push(...encoder.encode(String.fromCodePoint(...this.editLine)));
      this.readyLines = [];
      this.editLine = [];
      this.rawInput = carried.concat(this.rawInput);
    } else if (!wasCanonical && mode.canonical) {
      // Bytes that arrived in raw mode were never echoed, and are not now (as on Linux).
      const pending = this.rawInput;
      this.rawInput = [];
      for (const byte of pending) this.cook(byte, false);
    }
    this.wakeReaders();
  }

  /** Puts bytes a raw reader did not use back at the front of the queue. */
  unread(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (this.mode.canonical) for (const byte of bytes) this.cook(byte);
    else this.rawInput = Array.from(bytes).concat(this.rawInput);
    this.wakeReaders();
  }

  resize(size: WindowSize): void {
    this.size = { cols: Math.max(1, size.cols | 0), rows: Math.max(1, size.rows | 0) };
    if (this.foregroundPgid) this.kernel.killGroup(this.foregroundPgid, SIG.WINCH);
  }

  private signalKey(byte: number): boolean {
    const signal = byte === 0x03 ? SIG.INT : byte === 0x1a ? SIG.TSTP : byte === 0x1c ? SIG.QUIT : 0;
    if (signal === 0) return false;
    if (this.mode.echo) this.echo(byte === 0x03 ? '^C' : byte === 0x1a ? '^Z' : '^\\');
    // Like Linux without NOFLSH: pending input is discarded along with the interrupted line.
    this.editLine = [];
    this.readyLines = [];
    this.rawInput = [];
    if (this.foregroundPgid) this.kernel.killGroup(this.foregroundPgid, signal);
    return true;
  }

  private cook(byte: number, echo = this.mode.echo): void {
    if (byte >= 0x80 || this.utf8Pending.length > 0) return this.cookUtf8(byte, echo);
    switch (byte) {
      case 0x0d: // Enter: ICRNL turns CR into NL
      case 0x0a:
        this.editLine.push(0x0a);
        if (echo) this.echo('\n');
        this.readyLines.push(encoder.encode(String.fromCodePoint(...this.editLine)));
        this.editLine = [];
        return;
      case 0x04: // ^D: end of file on an empty line, otherwise hands over the line as it is
        if (this.editLine.length === 0) this.pendingEof++;
        else {
          this.readyLines.push(encoder.encode(String.fromCodePoint(...this.editLine)));
          this.editLine = [];
        }
        return;
      case 0x7f: // Backspace (VERASE)
      case 0x08:
        return this.eraseChars(1, echo);
      case 0x15: // ^U (VKILL)
        return this.eraseChars(this.editLine.length, echo);
      case 0x17: // ^W (VWERASE)
        return this.eraseChars(wordEraseLength(this.editLine), echo);
      default:
        this.editLine.push(byte);
        if (echo) this.echo(byte < 0x20 ? `^${String.fromCharCode(byte + 64)}` : String.fromCharCode(byte));
    }
  }

  private cookUtf8(byte: number, echo: boolean): void {
    this.utf8Pending.push(byte);
    const first = this.utf8Pending[0];
    const need = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
    if (this.utf8Pending.length < need) return;
    const text = new TextDecoder().decode(new Uint8Array(this.utf8Pending));
    this.utf8Pending = [];
    for (const char of text) {
      this.editLine.push(char.codePointAt(0)!);
      if (echo) this.echo(char);
    }
  }

  private eraseChars(count: number, echo: boolean): void {
    for (let i = 0; i < count && this.editLine.length > 0; i++) {
      const code = this.editLine.pop()!;
      const width = code < 0x20 ? 2 : charWidth(code);
      if (echo) this.echo('\b \b'.repeat(width));
    }
  }

  private echo(text: string): void {
    this.writeOutput(onlcr(encoder.encode(text)));
  }

  // --- reading ---------------------------------------------------------------------------------------

  async read(proc: Process, max: number): Promise<Uint8Array> {
    for (;;) {
      this.checkForeground(proc, SIG.TTIN);
      if (this.mode.canonical) {
        if (this.readyLines.length > 0) {
          const line = this.readyLines[0];
          if (line.length <= max) {
            this.readyLines.shift();
            return line;
          }
          this.readyLines[0] = line.subarray(max);
          return line.subarray(0, max);
        }
        if (this.pendingEof > 0) {
          this.pendingEof--;
          return EOF_BYTES;
        }
      } else if (this.rawInput.length > 0) {
        const bytes = Uint8Array.from(this.rawInput.splice(0, max));
        return bytes;
      }
      await proc.block<void>((wake) => {
        this.readers.push(wake);
        return () => {
          const index = this.readers.indexOf(wake);
          if (index >= 0) this.readers.splice(index, 1);
        };
      });
    }
  }

  /** Some process is blocked reading the terminal (the shell waiting at its prompt, say). */
  get readerWaiting(): boolean {
    return this.readers.length > 0;
  }

  /** True when a read would return at once. */
  hasInput(): boolean {
    return this.mode.canonical ? this.readyLines.length > 0 || this.pendingEof > 0 : this.rawInput.length > 0;
  }

  private wakeReaders(): void {
    const readers = this.readers;
    this.readers = [];
    for (const wake of readers) wake();
  }

  /** A background process touching the terminal is stopped with SIGTTIN/SIGTTOU, as job control does. */
  private checkForeground(proc: Process, signal: number): void {
    if (proc.sid !== this.sessionId || this.foregroundPgid === 0 || proc.pgid === this.foregroundPgid) return;
    if (signal === SIG.TTOU) return; // TOSTOP is off by default: background output is allowed
    if (proc.disposition(signal) === 'ignore') throw new Errno('EIO');
    this.kernel.killGroup(proc.pgid, signal);
  }

  // --- screen side -----------------------------------------------------------------------------------

  async write(proc: Process, data: Uint8Array): Promise<void> {
    this.checkForeground(proc, SIG.TTOU);
    while (this.outputBytes >= OUTPUT_HIGH_WATER) {
      await proc.block<void>((wake) => void this.outputWaiters.push(wake), { external: true });
    }
    this.writeOutput(onlcr(data));
  }

  /** Writes straight to the screen (the discipline's echo, the kernel's own messages). */
  writeOutput(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.outputChunks.push(bytes);
    this.outputBytes += bytes.length;
    if (this.onOutput) this.onOutput();
  }

  /** What the host takes to show on the screen: up to `max` bytes (whole chunks, at least one). */
  takeOutput(max = Infinity): Uint8Array {
    if (this.outputChunks.length === 0) return EOF_BYTES;
    let total = 0;
    let count = 0;
    while (count < this.outputChunks.length && (count === 0 || total + this.outputChunks[count].length <= max)) {
      total += this.outputChunks[count++].length;
    }
    const taken = this.outputChunks.splice(0, count);
    this.outputBytes -= total;
    const waiters = this.outputWaiters;
    this.outputWaiters = [];
    for (const wake of waiters) wake();
    if (taken.length === 1) return taken[0];
    const joined = new Uint8Array(total);
    let at = 0;
    for (const chunk of taken) {
      joined.set(chunk, at);
      at += chunk.length;
    }
    return joined;
  }

  get outputPending(): number {
    return this.outputBytes;
  }
}

/** A descriptor open on the terminal (/dev/tty, or the fds a login shell inherits). */
export class TtyDescription extends FileDescription {
  readonly kind = 'tty';
  readonly readable: boolean;
  readonly writable: boolean;

  constructor(
    readonly tty: Tty,
    access: { read: boolean; write: boolean } = { read: true, write: true },
  ) {
    super();
    this.readable = access.read;
    this.writable = access.write;
  }

  override isTerminal(): boolean {
    return true;
  }

  read(proc: Process, max: number): Promise<Uint8Array> {
    if (!this.readable) return Promise.reject(new Errno('EBADF'));
    return this.tty.read(proc, max);
  }

  override unread(bytes: Uint8Array): boolean {
    this.tty.unread(bytes);
    return true;
  }

  override writeWithoutBlocking(data: Uint8Array): boolean {
    this.tty.writeOutput(onlcr(data));
    return true;
  }

  write(proc: Process, data: Uint8Array): Promise<void> {
    if (!this.writable) return Promise.reject(new Errno('EBADF'));
    return this.tty.write(proc, data);
  }
}

function onlcr(data: Uint8Array): Uint8Array {
  let newlines = 0;
  for (let i = 0; i < data.length; i++) if (data[i] === 0x0a) newlines++;
  if (newlines === 0) return data;
  const out = new Uint8Array(data.length + newlines);
  let j = 0;
  for (let i = 0; i < data.length; i++) {
    const byte = data[i];
    if (byte === 0x0a) out[j++] = 0x0d;
    out[j++] = byte;
  }
  return out;
}

function wordEraseLength(line: number[]): number {
  let i = line.length;
  while (i > 0 && line[i - 1] === 0x20) i--;
  while (i > 0 && line[i - 1] !== 0x20) i--;
  return line.length - i;
}
