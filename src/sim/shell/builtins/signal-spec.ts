// Signal names as bash's builtins take and print them (kill -l, trap).

import { SIGNALS, signalName } from '../../kernel/signals.ts';

/** kill -l's table: five per line, "%2d) SIG%s\t", real-time signals included (as Linux numbers them). */
export function signalTable(): string {
  const entries: string[] = [];
  for (let n = 1; n <= 31; n++) entries.push(`${String(n).padStart(2)}) SIG${SIGNALS[n - 1]}`);
  for (let n = 34; n <= 64; n++) entries.push(`${String(n).padStart(2)}) SIG${realTimeName(n)}`);
  let out = '';
  entries.forEach((entry, i) => {
    out += entry + ((i + 1) % 5 === 0 ? '\n' : '\t');
  });
  return out.endsWith('\n') ? out : `${out}\n`;
}

function realTimeName(n: number): string {
  if (n === 34) return 'RTMIN';
  if (n <= 49) return `RTMIN+${n - 34}`;
  if (n === 64) return 'RTMAX';
  return `RTMAX-${64 - n}`;
}

/** A signal named as bash accepts it: INT, SIGINT, int, 2. undefined when invalid. */
export function parseSignalSpec(text: string): number | undefined {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n <= 64 ? n : undefined;
  }
  let name = text.toUpperCase();
  if (name.startsWith('SIG')) name = name.slice(3);
  const index = (SIGNALS as readonly string[]).indexOf(name);
  return index >= 0 ? index + 1 : undefined;
}

export function signalNameOf(n: number): string | undefined {
  return signalName(n);
}
