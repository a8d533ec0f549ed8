// mail's view of an mbox file (bsd-mailx 8.1.2, fio.c/head.c/util.c/send.c): messages split at
// "From " lines that follow a blank line, their flags from the Status: header, header fields, the
// sender's name as the header listing shows it, and a message written out again (to the terminal,
// a saved file or back to the mailbox) with its Status: field brought up to date.

import { decodeBytes, encodeText } from '../text/byte-text.ts';

export const MDELETED = 1 << 1;
export const MSAVED = 1 << 2;
export const MTOUCH = 1 << 3;
export const MPRESERVE = 1 << 4;
export const MMARK = 1 << 5;
export const MODIFY = 1 << 6;
export const MNEW = 1 << 7;
export const MREAD = 1 << 8;
export const MSTATUS = 1 << 9;
export const MBOX = 1 << 10;

export interface MailMessage {
  /** The lines, without their newlines (a CR before the newline is dropped, as mail does). */
  lines: string[];
  /** Whether the last line ended with a newline (only the file's last message may lack one). */
  terminated: boolean;
  /** Size in bytes, as counted while reading (CRs dropped). */
  size: number;
  flag: number;
}

/** Header fields hidden (ignore) or the only ones shown (retain), lowercased. */
export interface IgnoreTable {
  ignore: Set<string>;
  retain: Set<string>;
}

export function newIgnoreTable(): IgnoreTable {
  return { ignore: new Set(), retain: new Set() };
}

export function byteLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n++;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else if (c >= 0xdc80 && c <= 0xdcff) n++; // an escaped byte that was not UTF-8
    else n += 3;
  }
  return n;
}

/** setptr(): the messages of a mailbox's text. */
export function parseMailbox(text: string): MailMessage[] {
  const messages: MailMessage[] = [];
  if (text === '') return messages;
  const pieces = text.split('\n');
  const lastTerminated = pieces[pieces.length - 1] === '';
  if (lastTerminated) pieces.pop();
  let current: MailMessage | undefined;
  let maybe = true;
  let inhead = false;
  for (let i = 0; i < pieces.length; i++) {
    let line = pieces[i];
    const terminated = i < pieces.length - 1 || lastTerminated;
    let count = byteLength(line) + (terminated ? 1 : 0);
    if (terminated && line.endsWith('\r')) {
      line = line.slice(0, -1);
      count--;
    }
    if (maybe && line.startsWith('F') && isHead(line)) {
      current = { lines: [], terminated: true, size: 0, flag: MNEW };
      messages.push(current);
      inhead = true;
    } else if (line === '') {
      inhead = false;
    } else if (inhead) {
      const match = /^status[ \t\n\r\f\v]*:(.*)$/i.exec(line);
      if (match) {
        if (current) {
          for (const c of match[1]) {
            if (c === 'R') current.flag |= MREAD;
            else if (c === 'O') current.flag &= ~MNEW;
          }
        }
        inhead = false;
      }
    }
    if (current) {
      current.lines.push(line);
      current.size += count;
      current.terminated = terminated;
    }
    maybe = line === '';
  }
  return messages;
}

/** nextword(): a space- or tab-delimited word (double quotes keep spaces); the rest, or null. */
function nextWord(text: string, at: number): { word: string; rest: number | null } {
  let word = '';
  let i = at;
  let c = '';
  while (i < text.length) {
    c = text[i++];
    if (c === ' ' || c === '\t') break;
    word += c;
    if (c === '"') {
      while (i < text.length && text[i] !== '"') word += text[i++];
      if (i < text.length) word += text[i++];
    }
    c = '';
  }
  while (c === ' ' || c === '\t') c = i < text.length ? text[i++] : '';
  if (c === '') return { word, rest: null };
  return { word, rest: i - 1 };
}

export interface HeadLine {
  from: string | undefined;
  date: string | undefined;
}

/** parse(): the sender and date of a "From " line. */
export function parseHeadLine(line: string): HeadLine {
  let { rest } = nextWord(line, 0);
  let from: string | undefined;
  let date: string | undefined;
  if (rest !== null) {
    const second = nextWord(line, rest);
    if (second.word !== '') from = second.word;
    rest = second.rest;
  }
  if (rest !== null && line.startsWith('tty', rest)) rest = nextWord(line, rest).rest;
  if (rest !== null) date = line.slice(rest);
  return { from, date };
}

/** ishead(): Debian's mail takes any "From " line with a sender and something after it. */
export function isHead(line: string): boolean {
  if (!line.startsWith('From ')) return false;
  const head = parseHeadLine(line);
  return head.from !== undefined && head.date !== undefined;
}

/** The fields of the header, continuation lines joined (gethfield). */
export function headerFields(message: MailMessage): { name: string; value: string }[] {
  const fields: { name: string; value: string }[] = [];
  const lines = message.lines;
  let i = 1;
  while (i < lines.length) {
    const line = lines[i++];
    if (line === '') break;
    let end = 0;
    while (end < line.length && isPrint(line.charCodeAt(end)) && line[end] !== ' ' && line[end] !== ':') end++;
    if (line[end] !== ':' || end === 0) continue;
    let value = line.slice(end + 1).replace(/^[ \t]+/, '');
    while (i < lines.length && (lines[i].startsWith(' ') || lines[i].startsWith('\t'))) {
      value = `${value.replace(/[ \t]+$/, '')} ${lines[i].replace(/^[ \t]+/, '')}`;
      i++;
    }
    fields.push({ name: line.slice(0, end), value: value.replace(/[ \t]+$/, '') });
  }
  return fields;
}

function isPrint(code: number): boolean {
  return code >= 0x20 && code < 0x7f;
}

/** hfield(): the field's value (several occurrences joined with a space), or undefined. */
export function hfield(message: MailMessage, name: string): string | undefined {
  let found: string | undefined;
  const wanted = name.toLowerCase();
  for (const field of headerFields(message)) {
    if (field.name.toLowerCase() === wanted) found = found === undefined ? field.value : `${found} ${field.value}`;
  }
  return found;
}

/** name1(): the From: field, else Sender:, else the "From " line's sender. */
function rawSender(message: MailMessage): string {
  const from = hfield(message, 'from') ?? hfield(message, 'sender');
  if (from !== undefined) return from;
  const line = message.lines[0] ?? '';
  const match = /^\S*[ \t]*([^ \t]*)/.exec(line);
  return match ? match[1] : '';
}

/** nameof(): the sender, skinned to a bare address. */
export function senderName(message: MailMessage): string {
  const name = skin(rawSender(message));
  const bangs = name.split('!').length - 1;
  if (bangs < 2) return name;
  const parts = name.split('!');
  return parts.slice(-2).join('!');
}

function skipComment(text: string, at: number): number {
  let nesting = 1;
  let i = at;
  for (; nesting > 0 && i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      if (i + 1 < text.length) i++;
    } else if (c === '(') nesting++;
    else if (c === ')') nesting--;
  }
  return i;
}

/** skin(): an RFC 822 address without comments, phrases and angle brackets. */
export function skin(name: string): string {
  if (!name.includes('(') && !name.includes('<') && !name.includes(' ')) return name;
  let out = '';
  let bufend = 0;
  let gotlt = false;
  let lastsp = false;
  let i = 0;
  const appendPlain = (c: string): void => {
    if (lastsp) {
      lastsp = false;
      out += ' ';
    }
    out += c;
    if (c === ',' && name[i] === ' ' && !gotlt) {
      out += ' ';
      while (name[++i] === ' ');
      lastsp = false;
      bufend = out.length;
    }
  };
  while (i < name.length) {
    const c = name[i++];
    switch (c) {
      case '(':
        i = skipComment(name, i);
        lastsp = false;
        break;
      case '"':
        while (i < name.length) {
          const q = name[i++];
          if (q === '"') break;
          if (q !== '\\') out += q;
          else if (i < name.length) out += name[i++];
        }
        lastsp = false;
        break;
      case ' ':
        if (name.startsWith('at ', i)) {
          i += 3;
          out += '@';
        } else if (name.startsWith('@ ', i)) {
          i += 2;
          out += '@';
        } else lastsp = true;
        break;
      case '<':
        out = out.slice(0, bufend);
        gotlt = true;
        lastsp = false;
        break;
      case '>':
        if (!gotlt) {
          appendPlain(c);
          break;
        }
        {
          gotlt = false;
          while (i < name.length && name[i] !== ',') {
            const d = name[i++];
            if (d === '(') i = skipComment(name, i);
            else if (d === '"') {
              while (i < name.length) {
                const q = name[i++];
                if (q === '"') break;
                if (q === '\\' && i < name.length) i++;
              }
            }
          }
          lastsp = false;
        }
        break;
      default:
        appendPlain(c);
    }
  }
  return out;
}

/** strnvis(VIS_SAFE | VIS_NOSLASH): control characters as ^X, bytes that are not UTF-8 as M-x. */
export function vis(text: string): string {
  if (!/[\x00-\x06\x0b\x0c\x0e-\x1f\x7f\udc80-\udcff]/.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xdc80 && code <= 0xdcff) out += `M-${visByte(code - 0xdc00 - 0x80)}`;
    else if (code < 0x80 && code !== 7 && code !== 8 && code !== 9 && code !== 10 && code !== 13) out += visByte(code);
    else out += ch;
  }
  return out;
}

function visByte(code: number): string {
  if (code === 0x7f) return '^?';
  if (code < 0x20) return `^${String.fromCharCode(code + 64)}`;
  return String.fromCharCode(code);
}

/** isign(): whether a header field is left out under this table. */
export function isIgnored(field: string, table: IgnoreTable | 'all'): boolean {
  if (table === 'all') return true;
  const name = field.toLowerCase();
  if (table.retain.size > 0) return !table.retain.has(name);
  return table.ignore.has(name);
}

function statusLine(message: MailMessage): string {
  let status = '';
  if (message.flag & MREAD) status += 'R';
  if ((message.flag & MNEW) === 0) status += 'O';
  return status ? `Status: ${status}\n` : '';
}

/**
 * sendmessage(): the message as mail writes it: ignored fields left out (none with `null`, the
 * whole header and the final blank line with 'all'), the Status: field recomputed, body lines
 * starting with "From " escaped with '>', and control characters made visible on a terminal.
 */
export function renderMessage(message: MailMessage, ignore: IgnoreTable | 'all' | null, visual = false): string {
  const out: string[] = [];
  const put = (line: string): void => {
    out.push(visual ? vis(line) : line);
  };
  const lines = message.lines;
  const last = lines.length - 1;
  const newline = (i: number): string => (i < last || message.terminated ? '\n' : '');
  let dostat = ignore === null || !isIgnored('status', ignore);
  let ignoring = false;
  let infld = false;
  let i = 0;
  let bodyStart = lines.length;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (i === 0) {
      ignoring = ignore === 'all';
    } else if (line === '' && newline(i) !== '') {
      if (dostat) {
        out.push(statusLine(message));
        dostat = false;
      }
      ignoring = ignore === 'all';
      if (!ignoring) put(line + newline(i));
      bodyStart = i + 1;
      break;
    } else if (infld && (line.startsWith(' ') || line.startsWith('\t'))) {
      // a continuation line: shown or left out with its field
    } else {
      const match = /^([^:\s]*)\s*:/.exec(line);
      if (!match) {
        if (dostat) {
          out.push(statusLine(message));
          dostat = false;
        }
        if (ignore !== 'all') out.push('\n');
        put(line + newline(i));
        bodyStart = i + 1;
        break;
      }
      const name = match[1];
      if (ignore !== null && isIgnored(name, ignore)) ignoring = true;
      else if (name.toLowerCase() === 'status') {
        if (dostat) {
          out.push(statusLine(message));
          dostat = false;
        }
        ignoring = true;
      } else ignoring = false;
      infld = true;
    }
    if (!ignoring) put(line + newline(i));
  }
  // The body; without the header ('all') the final byte (the separating blank line) is left out.
  let remaining = 0;
  for (let j = bodyStart; j < lines.length; j++) remaining += byteLength(lines[j]) + newline(j).length;
  if (ignore === 'all') remaining--;
  for (let j = bodyStart; j < lines.length && remaining > 0; j++) {
    const text = lines[j] + newline(j);
    remaining -= byteLength(text);
    put(lines[j].startsWith('From ') ? `>${text}` : text);
  }
  return out.join('');
}

/** Pads or cuts to a width in bytes, like printf's %-W.Ps (left) or %W.Ps. */
export function fitBytes(text: string, width: number, precision: number, left: boolean): string {
  let bytes = encodeText(text);
  if (bytes.length > precision) bytes = bytes.subarray(0, precision);
  const cut = bytes.length === encodeText(text).length ? text : decodeBytes(bytes).text;
  const pad = ' '.repeat(Math.max(0, width - bytes.length));
  return left ? cut + pad : pad + cut;
}

/** The first `width` bytes of a line (printf's %.*s). */
export function cutBytes(text: string, width: number): string {
  const bytes = encodeText(text);
  return bytes.length <= width ? text : decodeBytes(bytes.subarray(0, width)).text;
}
