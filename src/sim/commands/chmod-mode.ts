// chmod's MODE argument exactly as gnulib's modechange.c compiles and applies it: octal modes,
// "[ugoa]*([-+=]([rwxXst]*|[ugo]))+" clauses and "[-+=]OCTAL", with the umask limiting clauses that
// name no class, and set-user/group-ID bits of directories kept unless a change mentions them.

const ALL_BITS = 0o7777;
const USER = 0o4700;
const GROUP = 0o2070;
const OTHER = 0o1007;
const SETID = 0o6000;

type Flag = 'ordinary' | 'copy' | 'x-if-any-x';

export interface ModeChange {
  op: '=' | '+' | '-';
  flag: Flag;
  affected: number;
  value: number;
  mentioned: number;
}

/** The changes a MODE string describes, or undefined when it is invalid. */
export function compileMode(mode: string): ModeChange[] | undefined {
  if (/^[0-7]/.test(mode)) {
    if (!/^[0-7]+$/.test(mode)) return undefined;
    const octal = parseOctal(mode);
    if (octal === undefined) return undefined;
    const mentioned = mode.length < 5 ? (octal & SETID) | 0o1000 | 0o777 : ALL_BITS;
    return [{ op: '=', flag: 'ordinary', affected: ALL_BITS, value: octal, mentioned }];
  }
  const changes: ModeChange[] = [];
  let p = 0;
  for (;;) {
    let affected = 0;
    for (; ; p++) {
      const c = mode[p];
      if (c === 'u') affected |= USER;
      else if (c === 'g') affected |= GROUP;
      else if (c === 'o') affected |= OTHER;
      else if (c === 'a') affected |= ALL_BITS;
      else if (c === '=' || c === '+' || c === '-') break;
      else return undefined;
    }
    do {
      const op = mode[p++] as ModeChange['op'];
      let value = 0;
      let mentioned = 0;
      let flag: Flag = 'copy';
      const c = mode[p];
      if (c !== undefined && c >= '0' && c <= '7') {
        const digits = /^[0-7]+/.exec(mode.slice(p))![0];
        const octal = parseOctal(digits);
        p += digits.length;
        if (octal === undefined || affected !== 0 || (p < mode.length && mode[p] !== ',')) return undefined;
        affected = mentioned = ALL_BITS;
        value = octal;
        flag = 'ordinary';
      } else if (c === 'u' || c === 'g' || c === 'o') {
        value = c === 'u' ? 0o700 : c === 'g' ? 0o070 : 0o007;
        p++;
      } else {
        flag = 'ordinary';
        for (; ; p++) {
          const v = mode[p];
          if (v === 'r') value |= 0o444;
          else if (v === 'w') value |= 0o222;
          else if (v === 'x') value |= 0o111;
          else if (v === 'X') flag = 'x-if-any-x';
          else if (v === 's') value |= SETID;
          else if (v === 't') value |= 0o1000;
          else break;
        }
      }
      changes.push({ op, flag, affected, value, mentioned: mentioned || (affected ? affected & value : value) });
    } while (mode[p] === '=' || mode[p] === '+' || mode[p] === '-');
    if (mode[p] !== ',') break;
    p++;
  }
  return p === mode.length ? changes : undefined;
}

/** The changes that give a file exactly `mode`'s permission bits (--reference). */
export function exactMode(mode: number): ModeChange[] {
  return [{ op: '=', flag: 'ordinary', affected: ALL_BITS, value: mode & ALL_BITS, mentioned: ALL_BITS }];
}

/** gnulib's mode_adjust: the permission bits after applying `changes` to `oldMode`. */
export function adjustMode(oldMode: number, isDirectory: boolean, umask: number, changes: readonly ModeChange[]): number {
  let mode = oldMode & ALL_BITS;
  for (const change of changes) {
    const omit = (isDirectory ? SETID : 0) & ~change.mentioned;
    let value = change.value;
    if (change.flag === 'copy') {
      value &= mode;
      value |= (value & 0o444 ? 0o444 : 0) | (value & 0o222 ? 0o222 : 0) | (value & 0o111 ? 0o111 : 0);
    } else if (change.flag === 'x-if-any-x' && ((mode & 0o111) !== 0 || isDirectory)) {
      value |= 0o111;
    }
    value &= (change.affected ? change.affected : ~umask) & ~omit;
    if (change.op === '=') {
      const preserved = (change.affected ? ~change.affected : 0) | omit;
      mode = (mode & preserved) | value;
    } else if (change.op === '+') mode |= value;
    else mode &= ~value;
  }
  return mode & ALL_BITS;
}

function parseOctal(digits: string): number | undefined {
  let value = 0;
  for (const d of digits) {
    value = value * 8 + Number(d);
    if (value > ALL_BITS) return undefined;
  }
  return value;
}
