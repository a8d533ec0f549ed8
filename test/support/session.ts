// A terminal session for tests: the world's TTY wired to a headless xterm, so tests type keys and
// read the screen exactly as a person at the terminal would.

import xtermHeadless from '@xterm/headless';
import type { World } from '../../src/sim/world.ts';
import { bootWorld } from './world.ts';

const { Terminal } = xtermHeadless;

export class TerminalSession {
  readonly world: World;
  readonly terminal: InstanceType<typeof Terminal>;
  private pendingWrites: Promise<void> = Promise.resolve();

  constructor(options: { seed?: number; cols?: number; rows?: number; world?: World } = {}) {
    this.world = options.world ?? bootWorld({ seed: options.seed });
    const cols = options.cols ?? 80;
    const rows = options.rows ?? 24;
    this.terminal = new Terminal({ cols, rows, allowProposedApi: true, scrollback: 1000 });
    this.world.resize(cols, rows);
    const tty = this.world.kernel.tty;
    tty.onOutput = () => {
      const bytes = tty.takeOutput();
      this.pendingWrites = this.pendingWrites.then(() => new Promise<void>((resolve) => this.terminal.write(bytes, resolve)));
    };
  }

  /** Starts the shell and waits for its first prompt. */
  async start(): Promise<this> {
    this.world.startTerminal();
    await this.idle();
    return this;
  }

  /** Sends keys (escape sequences included) and waits until the shell waits for input again. */
  async keys(data: string): Promise<void> {
    this.world.input(data);
    await this.idle();
  }

  /** Types a line and presses Enter. */
  async run(line: string): Promise<void> {
    await this.keys(`${line}\r`);
  }

  /**
   * Fast-forwards until some process is reading the terminal with nothing left to read, and the
   * other processes have settled too (as they would while a person reads the screen) — or, for
   * work that never settles (a busy background loop), a moment of virtual time has passed.
   */
  async idle(): Promise<void> {
    const { tty, clock } = this.world.kernel;
    const start = clock.nowUs;
    // Settled: nothing can run, and nothing is due within a moment (a process paying for its CPU
    // time waits on a timer a few milliseconds away; `sleep 100 &` waits much longer).
    const settled = (): boolean => {
      if (clock.nowUs - start >= 200_000) return true;
      const next = clock.nextEventAt();
      return !this.world.kernel.hasRunnable && (next === undefined || next - clock.nowUs > 50_000);
    };
    const outcome = await this.world.driver.fastForward({ done: () => tty.readerWaiting && !tty.hasInput() && settled() });
    if (outcome !== 'done') throw new Error(`the session did not settle: ${outcome}`);
    await this.pendingWrites;
  }

  /** The visible screen, one string per row, trailing blanks trimmed, trailing empty rows dropped. */
  screen(): string[] {
    const buffer = this.terminal.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < this.terminal.rows; i++) lines.push((buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '').trimEnd());
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines;
  }

  text(): string {
    return this.screen().join('\n');
  }

  /** The cursor's position on the screen (0-based). */
  cursor(): { x: number; y: number } {
    const buffer = this.terminal.buffer.active;
    return { x: buffer.cursorX, y: buffer.cursorY };
  }

  dispose(): void {
    this.terminal.dispose();
  }
}
