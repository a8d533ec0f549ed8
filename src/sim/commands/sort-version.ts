// Version ordering (sort -V, ls -v): gnulib's filevercmp as of coreutils 9.1, on byte strings.
// Digit runs compare as numbers, letters before other characters, '~' before everything, and a
// trailing file suffix such as ".tar.gz" only breaks ties.

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Length of s without its suffix matching (\.[A-Za-z~][A-Za-z0-9~]*)*$. */
function prefixLength(s: string): number {
  const n = s.length;
  for (let i = 0; ; i++) {
    const prefix = i;
    while (i + 1 < n && s.charCodeAt(i) === 0x2e && (isAlpha(s.charCodeAt(i + 1)) || s.charCodeAt(i + 1) === 0x7e)) {
      for (i += 2; i < n && (isAlpha(s.charCodeAt(i)) || isDigit(s.charCodeAt(i)) || s.charCodeAt(i) === 0x7e); i++);
    }
    if (i >= n) return prefix;
  }
}

/** The weight of s[pos] among non-digits; the end sorts before all but '~'. */
function order(s: string, pos: number, length: number): number {
  if (pos === length) return -1;
  const c = s.charCodeAt(pos);
  if (isDigit(c)) return 0;
  if (isAlpha(c)) return c;
  if (c === 0x7e) return -2;
  return c + 256;
}

/** dpkg's verrevcmp over the first aLength and bLength characters. */
function verrevcmp(a: string, aLength: number, b: string, bLength: number): number {
  let i = 0;
  let j = 0;
  while (i < aLength || j < bLength) {
    let firstDiff = 0;
    while ((i < aLength && !isDigit(a.charCodeAt(i))) || (j < bLength && !isDigit(b.charCodeAt(j)))) {
      const x = order(a, i, aLength);
      const y = order(b, j, bLength);
      if (x !== y) return x - y;
      i++;
      j++;
    }
    while (i < aLength && a.charCodeAt(i) === 0x30) i++;
    while (j < bLength && b.charCodeAt(j) === 0x30) j++;
    while (i < aLength && j < bLength && isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
      if (!firstDiff) firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
      i++;
      j++;
    }
    if (i < aLength && isDigit(a.charCodeAt(i))) return 1;
    if (j < bLength && isDigit(b.charCodeAt(j))) return -1;
    if (firstDiff) return firstDiff;
  }
  return 0;
}

/** filenvercmp(a, b): negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  if (a === '') return b === '' ? 0 : -1;
  if (b === '') return 1;
  // "." first, then "..", then other names starting with ".", then the rest.
  if (a[0] === '.') {
    if (b[0] !== '.') return -1;
    if (a === '.') return b === '.' ? 0 : -1;
    if (b === '.') return 1;
    if (a === '..') return b === '..' ? 0 : -1;
    if (b === '..') return 1;
  } else if (b[0] === '.') return 1;
  const aPrefix = prefixLength(a);
  const bPrefix = prefixLength(b);
  const onePass = aPrefix === a.length && bPrefix === b.length;
  const result = verrevcmp(a, aPrefix, b, bPrefix);
  return result || onePass ? result : verrevcmp(a, a.length, b, b.length);
}
