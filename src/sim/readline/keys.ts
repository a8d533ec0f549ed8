// Turns the bytes a terminal sends into key events: printable text, control keys, and the escape
// sequences xterm sends for arrows, Home/End, Delete and Alt/Ctrl combinations.

export type Key =
  | { type: 'text'; text: string }
  | { type: 'key'; name: KeyName };

export type KeyName =
  | 'enter' | 'tab' | 'backspace' | 'delete' | 'left' | 'right' | 'up' | 'down' | 'home' | 'end'
  | 'ctrl-a' | 'ctrl-b' | 'ctrl-c' | 'ctrl-d' | 'ctrl-e' | 'ctrl-f' | 'ctrl-k' | 'ctrl-l' | 'ctrl-n'
  | 'ctrl-p' | 'ctrl-r' | 'ctrl-t' | 'ctrl-u' | 'ctrl-w' | 'ctrl-y' | 'ctrl-g'
  | 'word-left' | 'word-right' | 'kill-word-forward' | 'kill-word-back' | 'escape' | 'unknown';

const CONTROL: Record<number, KeyName> = {
  0x01: 'ctrl-a', 0x02: 'ctrl-b', 0x03: 'ctrl-c', 0x04: 'ctrl-d', 0x05: 'ctrl-e', 0x06: 'ctrl-f',
  0x07: 'ctrl-g', 0x08: 'backspace', 0x09: 'tab', 0x0a: 'enter', 0x0b: 'ctrl-k', 0x0c: 'ctrl-l',
  0x0d: 'enter', 0x0e: 'ctrl-n', 0x10: 'ctrl-p', 0x12: 'ctrl-r', 0x14: 'ctrl-t', 0x15: 'ctrl-u',
  0x17: 'ctrl-w', 0x19: 'ctrl-y', 0x7f: 'backspace',
};

const CSI_FINAL: Record<string, KeyName> = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end' };
const CSI_TILDE: Record<string, KeyName> = { '1': 'home', '7': 'home', '4': 'end', '8': 'end', '3': 'delete' };

/**
 * Decodes keys from `text` (already UTF-8 decoded). Returns the keys and how many characters were
 * consumed; an incomplete escape sequence at the end is left for the next read.
 */
export function decodeKeys(text: string): { keys: Key[]; consumed: number } {
  const keys: Key[] = [];
  let i = 0;
  let plain = '';
  const flushText = (): void => {
    if (plain) keys.push({ type: 'text', text: plain });
    plain = '';
  };
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x1b) {
      const parsed = escapeSequence(text, i);
      if (parsed === undefined) break; // incomplete: wait for more bytes
      flushText();
      keys.push({ type: 'key', name: parsed.name });
      i = parsed.end;
      continue;
    }
    if (code < 0x20 || code === 0x7f) {
      flushText();
      keys.push({ type: 'key', name: CONTROL[code] ?? 'unknown' });
      i++;
      // A CR LF pair (some terminals send both for Enter) is one Enter.
      if (code === 0x0d && text.charCodeAt(i) === 0x0a) i++;
      continue;
    }
    plain += text[i];
    i++;
  }
  flushText();
  return { keys, consumed: i };
}

function escapeSequence(text: string, start: number): { name: KeyName; end: number } | undefined {
  const next = text[start + 1];
  if (next === undefined) return { name: 'escape', end: start + 1 };
  if (next === '[' || next === 'O') {
    let j = start + 2;
    while (j < text.length && /[0-9;]/.test(text[j])) j++;
    if (j >= text.length) return undefined;
    const params = text.slice(start + 2, j);
    const final = text[j];
    if (final === '~') {
      const [first] = params.split(';');
      return { name: CSI_TILDE[first] ?? 'unknown', end: j + 1 };
    }
    const base = CSI_FINAL[final];
    if (base === undefined) return { name: 'unknown', end: j + 1 };
    const modifier = params.split(';')[1];
    // Ctrl (5) or Alt (3) with left/right moves by word.
    if ((modifier === '5' || modifier === '3') && (base === 'left' || base === 'right')) {
      return { name: base === 'left' ? 'word-left' : 'word-right', end: j + 1 };
    }
    return { name: base, end: j + 1 };
  }
  switch (next) {
    case 'b':
      return { name: 'word-left', end: start + 2 };
    case 'f':
      return { name: 'word-right', end: start + 2 };
    case 'd':
      return { name: 'kill-word-forward', end: start + 2 };
    case '\x7f':
      return { name: 'kill-word-back', end: start + 2 };
    default:
      return { name: 'escape', end: start + 1 };
  }
}
