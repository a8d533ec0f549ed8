// The heart of uniq, on bytes: each line is compared with the previous one (after skipping fields
// and characters, up to -w bytes, optionally ignoring ASCII case) and written, counted or dropped
// as GNU uniq's check_file does. Lines are views into the input chunks, so a million short lines
// cost no allocation; output is gathered into a byte buffer handed over once per chunk.

export type DelimitMethod = 'none' | 'prepend' | 'separate';
export type GroupMethod = 'none' | 'separate' | 'prepend' | 'append' | 'both';

export interface UniqSettings {
  skipFields: number;
  skipChars: number;
  checkChars: number;
  ignoreCase: boolean;
  count: boolean;
  /** Print lines that occur once (-d turns it off). */
  outputUnique: boolean;
  /** Print the first line of a repeated group (-u turns it off). */
  outputFirstRepeated: boolean;
  /** Print the other lines of a repeated group (-D). */
  outputLaterRepeated: boolean;
  delimitGroups: DelimitMethod;
  grouping: GroupMethod;
  delimiter: number;
}

/** Output bytes gathered between two writes. */
export class ByteSink {
  private buffer = new Uint8Array(65536);
  private used = 0;

  private reserve(extra: number): void {
    if (this.used + extra <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.used + extra));
    grown.set(this.buffer.subarray(0, this.used));
    this.buffer = grown;
  }

  bytes(source: Uint8Array, start: number, end: number): void {
    const length = end - start;
    this.reserve(length);
    if (length < 32) {
      const buffer = this.buffer;
      for (let i = 0; i < length; i++) buffer[this.used + i] = source[start + i];
    } else this.buffer.set(source.subarray(start, end), this.used);
    this.used += length;
  }

  byte(value: number): void {
    this.reserve(1);
    this.buffer[this.used++] = value;
  }

  /** printf("%7d ", n). */
  count(n: number): void {
    const digits = String(n);
    this.reserve(Math.max(7, digits.length) + 1);
    for (let pad = digits.length; pad < 7; pad++) this.buffer[this.used++] = 0x20;
    for (let i = 0; i < digits.length; i++) this.buffer[this.used++] = digits.charCodeAt(i);
    this.buffer[this.used++] = 0x20;
  }

  get size(): number {
    return this.used;
  }

  /** The bytes gathered, which now belong to the caller (writers keep what they are given). */
  take(): Uint8Array {
    // A little output is copied and the buffer kept; a lot is handed over whole.
    const out = this.used < 16384 ? this.buffer.slice(0, this.used) : this.buffer.subarray(0, this.used);
    if (this.used >= 16384) this.buffer = new Uint8Array(65536);
    this.used = 0;
    return out;
  }
}

function isFieldSeparator(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a;
}

function upper(c: number): number {
  return c >= 0x61 && c <= 0x7a ? c - 0x20 : c;
}

export class UniqFilter {
  private prev: Uint8Array | null = null;
  private prevStart = 0;
  private prevEnd = 0;
  private prevField = 0;
  private matchCount = 0;
  private firstDelimiter = true;
  private firstGroupPrinted = false;
  /** GNU's fast path: every new group is printed at once (no -c, -d, -u or -D). */
  private readonly immediate: boolean;

  constructor(
    private readonly settings: UniqSettings,
    private readonly out: ByteSink,
  ) {
    this.immediate = settings.outputUnique && settings.outputFirstRepeated && !settings.count;
  }

  /** find_field: where comparison starts in buf[start, end). */
  private fieldStart(buf: Uint8Array, start: number, end: number): number {
    let i = start;
    for (let count = 0; count < this.settings.skipFields && i < end; count++) {
      while (i < end && isFieldSeparator(buf[i])) i++;
      while (i < end && !isFieldSeparator(buf[i])) i++;
    }
    return i + Math.min(this.settings.skipChars, end - i);
  }

  private different(buf: Uint8Array, field: number, end: number): boolean {
    const prev = this.prev!;
    const check = this.settings.checkChars;
    const length = Math.min(end - field, check);
    if (length !== Math.min(this.prevEnd - this.prevField, check)) return true;
    const p = this.prevField;
    if (this.settings.ignoreCase) {
      for (let i = 0; i < length; i++) if (upper(buf[field + i]) !== upper(prev[p + i])) return true;
    } else {
      for (let i = 0; i < length; i++) if (buf[field + i] !== prev[p + i]) return true;
    }
    return false;
  }

  private remember(buf: Uint8Array, start: number, end: number, field: number): void {
    this.prev = buf;
    this.prevStart = start;
    this.prevEnd = end;
    this.prevField = field;
  }

  private writeLine(buf: Uint8Array, start: number, end: number): void {
    this.out.bytes(buf, start, end);
    this.out.byte(this.settings.delimiter);
  }

  /** writeline(): the previous line, if the options want it printed. */
  private writePrevious(match: boolean, count: number): void {
    const s = this.settings;
    if (!(count === 0 ? s.outputUnique : !match ? s.outputFirstRepeated : s.outputLaterRepeated)) return;
    if (s.count) this.out.count(count + 1);
    this.writeLine(this.prev!, this.prevStart, this.prevEnd);
  }

  /** One input line, buf[start, end), without its delimiter. */
  line(buf: Uint8Array, start: number, end: number): void {
    const field = this.fieldStart(buf, start, end);
    this.decide(buf, start, end, field, this.prev !== null && !this.different(buf, field, end));
  }

  /**
   * Every complete line in buf[from...]; returns where the incomplete last line starts. Without
   * -f, -s, -w or -i, lines are compared with the previous one while the delimiter is searched
   * for, in a single pass over the bytes.
   */
  scan(buf: Uint8Array, from: number): number {
    const s = this.settings;
    const delimiter = s.delimiter;
    let start = from;
    if (s.skipFields !== 0 || s.skipChars !== 0 || s.checkChars !== Infinity || s.ignoreCase) {
      for (let end = buf.indexOf(delimiter, start); end >= 0; end = buf.indexOf(delimiter, start)) {
        this.line(buf, start, end);
        start = end + 1;
      }
      return start;
    }
    let prev = this.prev;
    let prevStart = this.prevStart;
    let prevLength = prev === null ? -1 : this.prevEnd - this.prevStart;
    let same = prev !== null;
    for (let i = from; i < buf.length; i++) {
      const c = buf[i];
      if (c !== delimiter) {
        if (same) {
          const k = i - start;
          if (k >= prevLength || prev![prevStart + k] !== c) same = false;
        }
        continue;
      }
      same &&= i - start === prevLength;
      this.decide(buf, start, i, start, same);
      // Equal lines have equal bytes, so comparing with this one or the group's first is the same.
      prev = buf;
      prevStart = start;
      prevLength = i - start;
      start = i + 1;
      same = true;
    }
    return start;
  }

  private decide(buf: Uint8Array, start: number, end: number, field: number, same: boolean): void {
    const s = this.settings;
    if (this.immediate) {
      const newGroup = !same;
      if (newGroup && s.grouping !== 'none' &&
        (s.grouping === 'prepend' || s.grouping === 'both' ||
          (this.firstGroupPrinted && (s.grouping === 'append' || s.grouping === 'separate')))) {
        this.out.byte(s.delimiter);
      }
      if (newGroup || s.grouping !== 'none') {
        this.writeLine(buf, start, end);
        this.remember(buf, start, end, field);
        this.firstGroupPrinted = true;
      }
      return;
    }
    if (this.prev === null) {
      this.remember(buf, start, end, field);
      return;
    }
    const match = same;
    if (match) this.matchCount++;
    if (s.delimitGroups !== 'none') {
      if (!match) {
        if (this.matchCount > 0) this.firstDelimiter = false;
      } else if (this.matchCount === 1 && (s.delimitGroups === 'prepend' || (s.delimitGroups === 'separate' && !this.firstDelimiter))) {
        this.out.byte(s.delimiter);
      }
    }
    if (!match || s.outputLaterRepeated) {
      this.writePrevious(match, this.matchCount);
      this.remember(buf, start, end, field);
      if (!match) this.matchCount = 0;
    }
  }

  /** End of input. */
  finish(): void {
    const s = this.settings;
    if (this.immediate) {
      if ((s.grouping === 'both' || s.grouping === 'append') && this.firstGroupPrinted) this.out.byte(s.delimiter);
    } else if (this.prev !== null) this.writePrevious(false, this.matchCount);
  }
}
