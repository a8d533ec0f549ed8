// File modes as chmod(1) reads them: octal (755, 0644) or symbolic ([ugoa...][+-=][rwxXst...],...),
// with the umask limiting `+x`-style changes that name no user class.

/**
 * The new permission bits for a file whose current bits are `base`, or undefined when `text` is
 * not a valid mode. `isDirectory` matters for X; `umask` for symbolic changes without a class.
 */
export function parseMode(text: string, base: number, isDirectory: boolean, umask = 0): number | undefined {
  if (/^[0-7]+$/.test(text)) {
    if (text.length > 5) return undefined;
    const value = parseInt(text, 8);
    // Directories keep set-user/group-ID bits unless the octal mode gives 5+ digits (GNU behaviour).
    if (isDirectory && text.length < 5) return value | (base & 0o6000 & ~(value & 0o7000));
    return value;
  }
  let mode = base & 0o7777;
  for (const clause of text.split(',')) {
    const match = /^([ugoa]*)((?:[-+=](?:[rwxXst]*|[ugo]))+)$/.exec(clause);
    if (!match) return undefined;
    const who = match[1];
    let mask = 0;
    for (const w of who === '' ? 'a' : who) mask |= w === 'u' ? 0o4700 : w === 'g' ? 0o2070 : w === 'o' ? 0o1007 : 0o7777;
    const limit = who === '' ? ~umask & 0o7777 : 0o7777;
    for (const action of match[2].match(/[-+=](?:[rwxXst]*|[ugo])/g) ?? []) {
      const op = action[0];
      const perms = action.slice(1);
      let bits = 0;
      if (perms.length === 1 && 'ugo'.includes(perms)) {
        const shift = perms === 'u' ? 6 : perms === 'g' ? 3 : 0;
        const copied = (mode >> shift) & 7;
        bits = (copied << 6) | (copied << 3) | copied;
      } else {
        for (const p of perms) {
          if (p === 'r') bits |= 0o444;
          else if (p === 'w') bits |= 0o222;
          else if (p === 'x') bits |= 0o111;
          else if (p === 'X') {
            if (isDirectory || (mode & 0o111) !== 0) bits |= 0o111;
          } else if (p === 's') bits |= 0o6000;
          else if (p === 't') bits |= 0o1000;
        }
      }
      const affected = bits & mask;
      if (op === '+') mode |= affected & limit;
      else if (op === '-') mode &= ~(affected & limit);
      else {
        const clearMask = mask & (isDirectory ? ~0o6000 : 0o7777) & 0o7777;
        mode = (mode & ~clearMask) | (affected & limit);
      }
    }
  }
  return mode;
}

/** ls -l's ten-character mode string, e.g. "drwxr-xr-x". */
export function modeString(type: string, mode: number): string {
  const typeChar = type === 'dir' ? 'd' : type === 'symlink' ? 'l' : type === 'fifo' ? 'p' : type === 'device' ? 'c' : '-';
  const bit = (mask: number, c: string): string => ((mode & mask) !== 0 ? c : '-');
  const exec = (x: number, special: number, set: string, unset: string): string => {
    const hasX = (mode & x) !== 0;
    if ((mode & special) !== 0) return hasX ? set : unset;
    return hasX ? 'x' : '-';
  };
  return (
    typeChar +
    bit(0o400, 'r') + bit(0o200, 'w') + exec(0o100, 0o4000, 's', 'S') +
    bit(0o040, 'r') + bit(0o020, 'w') + exec(0o010, 0o2000, 's', 'S') +
    bit(0o004, 'r') + bit(0o002, 'w') + exec(0o001, 0o1000, 't', 'T')
  );
}
