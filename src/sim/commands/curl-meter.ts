// curl's progress meter (on stderr, when not silent and the data does not go to a terminal): a
// two-line header, then one line rewritten with '\r' at most every second and once at the end,
// in curl 7.88's columns. Its speeds come from the simulated network's timing.

import type { CommandContext } from './context.ts';

const HEADER = '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n';
const KILO = 1024;
const MEGA = KILO * 1024;
const GIGA = MEGA * 1024;

/** curl's max5data: a size or speed in at most five characters. */
export function max5(bytes: number): string {
  const b = Math.floor(bytes);
  if (b < 100000) return String(b).padStart(5);
  if (b < 10000 * KILO) return `${String(Math.floor(b / KILO)).padStart(4)}k`;
  if (b < 100 * MEGA) return `${String(Math.floor(b / MEGA)).padStart(2)}.${Math.floor((b % MEGA) / (MEGA / 10))}M`;
  if (b < 10000 * MEGA) return `${String(Math.floor(b / MEGA)).padStart(4)}M`;
  if (b < 100 * GIGA) return `${String(Math.floor(b / GIGA)).padStart(2)}.${Math.floor((b % GIGA) / (GIGA / 10))}G`;
  return `${String(Math.floor(b / GIGA)).padStart(4)}G`;
}

/** curl's time2str: "--:--:--" for nothing yet, else " H:MM:SS". */
function time2str(seconds: number): string {
  const s = Math.floor(seconds);
  if (s <= 0) return '--:--:--';
  const h = Math.floor(s / 3600);
  if (h <= 99) return `${String(h).padStart(2)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  return `${String(Math.floor(h / 24)).padStart(3)}d ${String(h % 24).padStart(2, '0')}h`;
}

export class Meter {
  private started = false;

  constructor(
    private readonly ctx: CommandContext,
    readonly enabled: boolean,
  ) {}

  /** The header and the all-zero line, printed when the first transfer starts. */
  async start(): Promise<void> {
    if (!this.enabled || this.started) return;
    this.started = true;
    await this.ctx.stderr.write(`${HEADER}\r${line(0, 0, 0)}`);
  }

  /** A progress line: `total` expected (0 when unknown), `received` so far, after `elapsedUs`. */
  async update(total: number, received: number, elapsedUs: number, done: boolean): Promise<void> {
    if (!this.enabled) return;
    await this.ctx.stderr.write(`\r${line(total, received, elapsedUs)}${done ? '\n' : ''}`);
  }
}

function line(total: number, received: number, elapsedUs: number): string {
  const seconds = elapsedUs / 1e6;
  const speed = seconds > 0 ? Math.floor(received / seconds) : 0;
  const percent = total > 0 ? Math.floor((received * 100) / total) : 0;
  const totalTime = total > 0 && speed > 0 ? total / speed : 0;
  const left = totalTime > 0 ? totalTime - seconds : 0;
  const pct = (n: number): string => String(n).padStart(3);
  return `${pct(percent)} ${max5(total)}  ${pct(percent)} ${max5(received)}  ${pct(0)} ${max5(0)}  ${max5(speed)}  ${max5(0)} ${time2str(totalTime)} ${time2str(seconds)} ${time2str(left)} ${max5(speed)}`;
}
