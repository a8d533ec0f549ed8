// How grep prints a line: the head (file name, line number, byte offset, each followed by ':' for
// selected lines or '-' for context), then the line or, with -o, each match on its own line; with
// --color, the SGR sequences of grep's defaults or GREP_COLORS (prline, print_line_head,
// print_line_middle and print_line_tail in grep.c).

import type { PosixRegex } from '../../text/posix-regex.ts';
import { hasEncodingErrors } from '../../text/byte-text.ts';

export interface Colors {
  selectedMatch: string;
  contextMatch: string;
  filename: string;
  lineNumber: string;
  byteOffset: string;
  separator: string;
  selectedLine: string;
  contextLine: string;
  /** GREP_COLORS "rv": with -v, sl and cx swap. */
  reverse: boolean;
  sgrStart: (code: string) => string;
  sgrEnd: string;
}

export interface PrintSettings {
  filename: string | null;
  nullAfterName: boolean;
  lineNumber: boolean;
  byteOffset: boolean;
  initialTab: boolean;
  /** Width of numbers with -T (from the file size), else 0. */
  offsetWidth: number;
  onlyMatching: boolean;
  invert: boolean;
  colors: Colors | null;
  /** Lines with invalid UTF-8 are not printed (--binary-files=binary). */
  suppressEncodingErrors: boolean;
  eol: string;
}

export interface OutputLine {
  text: string;
  lineNo: number;
  byteOffset: number;
}

export const DEFAULT_COLORS = {
  selectedMatch: '01;31',
  contextMatch: '01;31',
  filename: '35',
  lineNumber: '32',
  byteOffset: '32',
  separator: '36',
  selectedLine: '',
  contextLine: '',
};

export class LinePrinter {
  constructor(
    private readonly settings: PrintSettings,
    private readonly extent: PosixRegex,
    private readonly byteLength: (text: string, start: number, end: number) => number,
  ) {}

  /**
   * The output for one line (selected: sep ':' else '-'). `suppressed` tells that (some of) it was
   * not printed because it holds an encoding error, which grep reports as "binary file matches".
   */
  format(line: OutputLine, selected: boolean): { out: string; suppressed: boolean } {
    const s = this.settings;
    const colors = s.colors;
    const sep = selected ? ':' : '-';
    const matching = selected !== s.invert;
    if (s.onlyMatching) return matching ? this.onlyMatching(line, selected) : { out: '', suppressed: false };
    if (s.suppressEncodingErrors && hasEncodingErrors(line.text)) return { out: '', suppressed: true };
    let out = this.head(line, sep, line.byteOffset, line.text.length);
    if (!colors) return { out: `${out}${line.text}${s.eol}`, suppressed: false };
    const lineColor = selected !== (s.invert && colors.reverse) ? colors.selectedLine : colors.contextLine;
    const matchColor = selected ? colors.selectedMatch : colors.contextMatch;
    let cur = 0;
    if (matching && matchColor) {
      const middle = this.middle(line.text, lineColor, matchColor);
      out += middle.out;
      cur = middle.cur;
    }
    const text = line.text;
    if (lineColor) {
      const tailEnd = text.endsWith('\r') ? text.length - 1 : text.length;
      if (tailEnd > cur) {
        out += `${colors.sgrStart(lineColor)}${text.slice(cur, tailEnd)}${colors.sgrEnd}`;
        cur = tailEnd;
      }
    }
    return { out: `${out}${text.slice(cur)}${s.eol}`, suppressed: false };
  }

  /** The colored part of a line up to its last match, and where the rest starts. */
  private middle(text: string, lineColor: string, matchColor: string): { out: string; cur: number } {
    const colors = this.settings.colors!;
    let out = '';
    let cur = 0;
    let mid = -1;
    while (cur < text.length) {
      const match = this.extent.exec(text, cur);
      if (!match || match.index >= text.length) break;
      if (match.end === match.index) {
        // An empty match: step over one character, keeping the unprinted text for later.
        if (mid < 0) mid = cur;
        cur = match.index + (text.codePointAt(match.index)! > 0xffff ? 2 : 1);
        continue;
      }
      if (lineColor) out += colors.sgrStart(lineColor);
      if (mid >= 0) {
        cur = mid;
        mid = -1;
      }
      out += `${text.slice(cur, match.index)}${colors.sgrStart(matchColor)}${text.slice(match.index, match.end)}${colors.sgrEnd}`;
      cur = match.end;
    }
    return { out, cur: mid >= 0 ? mid : cur };
  }

  private onlyMatching(line: OutputLine, selected: boolean): { out: string; suppressed: boolean } {
    const s = this.settings;
    const matchColor = s.colors ? (selected ? s.colors.selectedMatch : s.colors.contextMatch) : '';
    const text = line.text;
    const sep = s.invert ? '-' : ':';
    let out = '';
    let cur = 0;
    while (cur < text.length) {
      const match = this.extent.exec(text, cur);
      if (!match || match.index >= text.length) break;
      if (match.end === match.index) {
        cur = match.index + (text.codePointAt(match.index)! > 0xffff ? 2 : 1);
        continue;
      }
      if (s.suppressEncodingErrors && hasEncodingErrors(text, match.index, match.end)) return { out, suppressed: true };
      const offset = line.byteOffset + this.byteLength(text, 0, match.index);
      const matched = text.slice(match.index, match.end);
      const colored = s.colors && matchColor ? `${s.colors.sgrStart(matchColor)}${matched}${s.colors.sgrEnd}` : matched;
      out += `${this.head(line, sep, offset, match.end - match.index)}${colored}${s.eol}`;
      cur = match.end;
    }
    return { out, suppressed: false };
  }

  private head(line: OutputLine, sep: string, byteOffset: number, length: number): string {
    const s = this.settings;
    const colors = s.colors;
    const paint = (code: string, text: string): string => (colors && code ? `${colors.sgrStart(code)}${text}${colors.sgrEnd}` : text);
    const separator = paint(colors?.separator ?? '', sep);
    let out = '';
    if (s.filename !== null) out += paint(colors?.filename ?? '', s.filename) + (s.nullAfterName ? '\0' : separator);
    if (s.lineNumber) out += paint(colors?.lineNumber ?? '', String(line.lineNo).padStart(s.offsetWidth)) + separator;
    if (s.byteOffset) out += paint(colors?.byteOffset ?? '', String(byteOffset).padStart(s.offsetWidth)) + separator;
    if (s.initialTab && (s.filename !== null || s.lineNumber || s.byteOffset) && length !== 0) out += '\t';
    return out;
  }
}
