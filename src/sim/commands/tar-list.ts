// The lines of `tar tv` (and `tar cvv`/`xvv`): mode string, owner/group and size in a column that
// widens as longer ones appear (GNU tar keeps the widest so far, from 18), local time, and the name quoted
// in tar's default "escape" style.

import type { TimeZone } from './date-zone.ts';
import type { EntryType, TarEntry } from './tar-ustar.ts';

const TYPE_CHARS: Record<EntryType, string> = { file: '-', hardlink: 'h', symlink: 'l', char: 'c', block: 'b', dir: 'd', fifo: 'p' };

export interface ListingStyle {
  zone: TimeZone;
  numericOwner: boolean;
  fullTime: boolean;
  /** GNU tar's ugswidth: grows to the widest owner/group/size seen. */
  width: number;
}

export function listingLine(entry: TarEntry, style: ListingStyle): string {
  const user = style.numericOwner || entry.uname === '' ? String(entry.uid) : entry.uname;
  const group = style.numericOwner || entry.gname === '' ? String(entry.gid) : entry.gname;
  const size = String(entry.type === 'file' ? entry.size : 0);
  const pad = user.length + 1 + group.length + size.length;
  if (pad > style.width) style.width = pad;
  let line = `${modeString(entry)} ${user}/${group} ${size.padStart(style.width - pad + size.length)} ${timeStamp(entry.mtime, style)} ${escapeName(entry.name)}`;
  if (entry.type === 'symlink') line += ` -> ${escapeName(entry.linkname)}`;
  if (entry.type === 'hardlink') line += ` link to ${escapeName(entry.linkname)}`;
  return line;
}

function modeString(entry: TarEntry): string {
  const m = entry.mode;
  const bit = (mask: number, char: string): string => (m & mask ? char : '-');
  const special = (exec: number, flag: number, set: string, unset: string): string => (m & flag ? (m & exec ? set : unset) : bit(exec, 'x'));
  return (
    TYPE_CHARS[entry.type] +
    bit(0o400, 'r') + bit(0o200, 'w') + special(0o100, 0o4000, 's', 'S') +
    bit(0o40, 'r') + bit(0o20, 'w') + special(0o10, 0o2000, 's', 'S') +
    bit(0o4, 'r') + bit(0o2, 'w') + special(0o1, 0o1000, 't', 'T')
  );
}

function timeStamp(mtime: number, style: ListingStyle): string {
  const date = new Date((mtime + style.zone.at(mtime).offset) * 1000);
  const two = (n: number): string => String(n).padStart(2, '0');
  const text = `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
  return style.fullTime ? `${text}:${two(date.getUTCSeconds())}` : text;
}

/** quoting-style=escape: backslash escapes for backslashes and unprintable characters. */
export function escapeName(name: string): string {
  let out = '';
  for (const char of name) {
    const code = char.codePointAt(0)!;
    if (char === '\\') out += '\\\\';
    else if (code < 0x20 || code === 0x7f) {
      const named: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };
      out += named[char] ?? `\\${code.toString(8).padStart(3, '0')}`;
    } else out += char;
  }
  return out;
}
