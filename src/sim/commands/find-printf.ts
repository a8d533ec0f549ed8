// find -printf: directives (%p %f %h %s %m %t %TY ...) with width, precision and the '-' flag
// (values are printed as strings, as findutils does), backslash escapes, and GNU's warnings for
// unknown ones. Times carry findutils' ten-digit fractions ("05.5000000000").

import { Unsupported } from './context.ts';
import type { CommandContext } from './context.ts';
import { sizeOf } from '../fs/filesystem.ts';
import { modeString } from './mode.ts';
import { allocatedBlocks } from './du-blocks.ts';
import { makedev, MOUNT } from './df-filesystem.ts';
import { formatTimePart } from './find-time.ts';
import { typeLetter, type FindEntry, type FindSettings } from './find-primaries.ts';

type Part = string | ((e: FindEntry) => string);

/** Compiles FORMAT into a function of the entry; warnings are printed once, at parse time. */
export function compilePrintf(format: string, warn: (message: string) => void, settings: FindSettings): (e: FindEntry) => string {
  const parts: Part[] = [];
  let literal = '';
  let stop = false;
  for (let i = 0; i < format.length && !stop; i++) {
    const c = format[i];
    if (c === '\\') {
      const next = format[i + 1];
      if (next === undefined) {
        literal += '\\';
        continue;
      }
      i++;
      const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
      if (next in simple) literal += simple[next];
      else if (next === 'c') stop = true;
      else if (/[0-7]/.test(next)) {
        const octal = /^[0-7]{1,3}/.exec(format.slice(i))![0];
        literal += String.fromCharCode(parseInt(octal, 8));
        i += octal.length - 1;
      } else {
        warn(`warning: unrecognized escape \`\\${next}'`);
        literal += `\\${next}`;
      }
      continue;
    }
    if (c !== '%') {
      literal += c;
      continue;
    }
    const spec = /^([-+ #0]*)(\d*)(?:\.(\d*))?/.exec(format.slice(i + 1))!;
    const at = i + 1 + spec[0].length;
    const conversion = format[at];
    if (conversion === '%') {
      literal += '%';
      i = at;
      continue;
    }
    if (conversion === undefined) {
      literal += '%';
      break;
    }
    let length = 1;
    let value: ((e: FindEntry) => string) | undefined;
    if ('ACT'.includes(conversion)) {
      const which = conversion === 'A' ? 'atimeUs' : conversion === 'C' ? 'ctimeUs' : 'mtimeUs';
      const part = format[at + 1];
      length = 2;
      value = part === undefined ? undefined : (e) => formatTimePart(e.inode[which], part);
    } else value = directive(conversion, spec[1], settings.ctx);
    if (value === undefined) {
      warn(`warning: unrecognized format directive \`%${conversion}'`);
      literal += `%${format.slice(i + 1, at + length)}`;
      i = at + length - 1;
      continue;
    }
    if (literal) parts.push(literal);
    literal = '';
    const get = value;
    const left = spec[1].includes('-');
    const width = spec[2] === '' ? 0 : Number(spec[2]);
    const precision = spec[3] === undefined ? undefined : Number(spec[3] || '0');
    parts.push((e) => {
      let text = get(e);
      if (precision !== undefined) text = text.slice(0, precision);
      return left ? text.padEnd(width) : text.padStart(width);
    });
    i = at + length - 1;
  }
  if (literal) parts.push(literal);
  return (e) => parts.map((p) => (typeof p === 'string' ? p : p(e))).join('');
}

function directive(c: string, flags: string, ctx: CommandContext): ((e: FindEntry) => string) | undefined {
  const names = new Map<string, string>();
  const cached = (key: string, lookup: () => string): string => names.get(key) ?? names.set(key, lookup()).get(key)!;
  switch (c) {
    case 'a': return (e) => formatTimePart(e.inode.atimeUs, 'ctime');
    case 'c': return (e) => formatTimePart(e.inode.ctimeUs, 'ctime');
    case 't': return (e) => formatTimePart(e.inode.mtimeUs, 'ctime');
    case 'b': return (e) => String(allocatedBlocks(e.inode));
    case 'k': return (e) => String(Math.ceil(allocatedBlocks(e.inode) / 2));
    case 'd': return (e) => String(e.depth);
    case 'D': return () => String(makedev(MOUNT.deviceMajor, MOUNT.deviceMinor));
    case 'f': return (e) => /[^/]+\/*$/.exec(e.path)?.[0] ?? '/';
    case 'F': return () => MOUNT.type;
    case 'g': return (e) => cached(`g${e.inode.gid}`, () => ctx.system.groupByGid(e.inode.gid)?.name ?? String(e.inode.gid));
    case 'G': return (e) => String(e.inode.gid);
    case 'h': return (e) => (e.path.includes('/') ? e.path.slice(0, e.path.lastIndexOf('/')) : '.');
    case 'H': return (e) => e.start;
    case 'i': return (e) => String(e.inode.ino);
    case 'l': return (e) => (e.link.type === 'symlink' ? e.link.target : '');
    case 'm': return (e) => (flags.includes('#') ? '0' : '') + (e.inode.mode & 0o7777).toString(8);
    case 'M': return (e) => modeString(e.inode.type, e.inode.mode);
    case 'n': return (e) => String(ctx.fs.stat(e.inode).nlink);
    case 'p': return (e) => e.path;
    case 'P': return (e) => relativeToStart(e);
    case 's': return (e) => String(sizeOf(e.inode));
    case 'S': return (e) => sparseness(e);
    case 'u': return (e) => cached(`u${e.inode.uid}`, () => ctx.system.userByUid(e.inode.uid)?.name ?? String(e.inode.uid));
    case 'U': return (e) => String(e.inode.uid);
    case 'y': return (e) => typeLetter(e.inode);
    case 'Y': return (e) => (e.link.type !== 'symlink' ? typeLetter(e.link) : symlinkTargetType(ctx, e));
    case 'Z': throw new Unsupported('-printf %Z');
    default: return undefined;
  }
}

function relativeToStart(e: FindEntry): string {
  if (e.depth === 0) return '';
  const rest = e.path.slice(e.start.length);
  return rest.startsWith('/') ? rest.slice(1) : rest;
}

/** %S: allocated over apparent size (%g). */
function sparseness(e: FindEntry): string {
  const size = sizeOf(e.inode);
  if (size === 0) return '1';
  const ratio = (allocatedBlocks(e.inode) * 512) / size;
  return String(Number(ratio.toPrecision(6)));
}

/** %Y of a symlink: the target's type, N when it does not exist, L for a loop. */
function symlinkTargetType(ctx: CommandContext, e: FindEntry): string {
  try {
    return typeLetter(ctx.lookup(e.path, true));
  } catch (error) {
    return error instanceof Error && (error as { code?: string }).code === 'ELOOP' ? 'L' : 'N';
  }
}
