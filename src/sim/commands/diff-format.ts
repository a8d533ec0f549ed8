// How GNU diff prints an edit script (diffutils 3.8 normal.c, context.c, util.c): normal hunks
// ("3c3", "< old", "---", "> new"), unified hunks ("@@ -1,4 +1,4 @@") and context hunks
// ("*** 1,4 ****"), changes closer than 2*CONTEXT+1 lines merged into one hunk, and the
// "\ No newline at end of file" marker. All text is byte strings.

import type { Change, DiffText, WhiteSpace } from './diff-analyze.ts';

export type OutputStyle = 'normal' | 'unified' | 'context';

export interface FormatOptions {
  style: OutputStyle;
  context: number;
  initialTab: boolean;
  expandTabs: boolean;
  tabSize: number;
  suppressBlankEmpty: boolean;
  ignoreBlankLines: boolean;
  whiteSpace: WhiteSpace;
}

const OLD = 1;
const NEW = 2;

interface HunkRange {
  first0: number;
  last0: number;
  first1: number;
  last1: number;
  /** 0 when only ignorable lines change, else OLD | NEW bits. */
  changes: number;
}

export class ScriptPrinter {
  private out = '';

  constructor(
    private readonly texts: [DiffText, DiffText],
    private readonly options: FormatOptions,
  ) {}

  /** Whether a line is blank for -B (whitespace-only too when white space is ignored). */
  private blank(line: string): boolean {
    if (line === '') return true;
    return this.options.whiteSpace !== 'none' && /^[ \t\v\f\r]*$/.test(line);
  }

  /** analyze_hunk: the lines a group of changes covers, and what kind of change it is. */
  analyze(hunk: readonly Change[]): HunkRange {
    let trivial = this.options.ignoreBlankLines;
    let showFrom = 0;
    let showTo = 0;
    let last0 = 0;
    let last1 = 0;
    for (const change of hunk) {
      last0 = change.line0 + change.deleted - 1;
      last1 = change.line1 + change.inserted - 1;
      showFrom += change.deleted;
      showTo += change.inserted;
      for (let i = change.line0; i <= last0 && trivial; i++) trivial = this.blank(this.texts[0].lines[i]);
      for (let i = change.line1; i <= last1 && trivial; i++) trivial = this.blank(this.texts[1].lines[i]);
    }
    const changes = trivial ? 0 : (showFrom ? OLD : 0) | (showTo ? NEW : 0);
    return { first0: hunk[0].line0, last0, first1: hunk[0].line1, last1, changes };
  }

  /** Text printed so far (taken by the caller). */
  take(): string {
    const text = this.out;
    this.out = '';
    return text;
  }

  /** A line's text, with -t's tab expansion. */
  private lineText(line: string): string {
    if (!this.options.expandTabs || !/[\t\r\b]/.test(line)) return line;
    let out = '';
    let column = 0;
    const size = this.options.tabSize;
    for (const c of line) {
      if (c === '\t') {
        const spaces = size - (column % size);
        out += ' '.repeat(spaces);
        column += spaces;
      } else if (c === '\r') {
        out += c;
        column = 0;
      } else if (c === '\b') {
        if (column === 0) continue;
        column--;
        out += c;
      } else {
        const code = c.charCodeAt(0);
        if (code >= 0x20 && code < 0x7f) column++;
        out += c;
      }
    }
    return out;
  }

  /**
   * print_1_line_nl: FLAG, a separator, the line, and its newline (or the missing-newline note).
   * A `raw` flag (unified format's) is printed without a separator.
   */
  private flagged(flag: string, file: number, index: number, raw = false): void {
    const text = this.texts[file];
    const line = text.lines[index];
    let prefix = flag;
    if (flag !== '' && !raw) {
      if (this.options.suppressBlankEmpty && line === '') prefix = flag === ' ' ? '' : flag;
      else prefix += this.options.initialTab ? '\t' : ' ';
    }
    this.out += prefix + this.lineText(line);
    this.out += index === text.lines.length - 1 && text.missingNewline ? '\n\\ No newline at end of file\n' : '\n';
  }

  /** Normal format: each change on its own. */
  printNormal(script: readonly Change[]): void {
    for (const change of script) {
      const range = this.analyze([change]);
      if (!range.changes) continue;
      const letter = ' dac'[range.changes];
      this.out += `${numberRange(range.first0, range.last0)}${letter}${numberRange(range.first1, range.last1)}\n`;
      if (range.changes & OLD) for (let i = range.first0; i <= range.last0; i++) this.flagged('<', 0, i);
      if (range.changes === (OLD | NEW)) this.out += '---\n';
      if (range.changes & NEW) for (let i = range.first1; i <= range.last1; i++) this.flagged('>', 1, i);
    }
  }

  /** Unified or context format: changes grouped into hunks with CONTEXT lines around them. */
  printContext(script: readonly Change[]): void {
    if (this.options.ignoreBlankLines) for (const change of script) change.ignore = !this.analyze([change]).changes;
    const context = this.options.context;
    let start = 0;
    while (start < script.length) {
      // find_hunk: extend while the next change is close enough.
      let end = start;
      for (;;) {
        const top0 = script[end].line0 + script[end].deleted;
        const next = script[end + 1];
        if (next === undefined) break;
        const threshold = next.ignore ? context : 2 * context + 1;
        if (next.line0 - top0 >= threshold) break;
        end++;
      }
      const hunk = script.slice(start, end + 1);
      start = end + 1;
      if (this.options.style === 'unified') this.unifiedHunk(hunk);
      else this.contextHunk(hunk);
    }
  }

  private widen(range: HunkRange): void {
    const context = this.options.context;
    range.first0 = Math.max(range.first0 - context, 0);
    range.first1 = Math.max(range.first1 - context, 0);
    range.last0 = Math.min(range.last0 + context, this.texts[0].lines.length - 1);
    range.last1 = Math.min(range.last1 + context, this.texts[1].lines.length - 1);
  }

  private unifiedHunk(hunk: Change[]): void {
    const range = this.analyze(hunk);
    if (!range.changes) return;
    this.widen(range);
    this.out += `@@ -${unifiedRange(range.first0, range.last0)} +${unifiedRange(range.first1, range.last1)} @@\n`;
    let i = range.first0;
    let j = range.first1;
    let k = 0;
    const tab = this.options.initialTab;
    while (i <= range.last0 || j <= range.last1) {
      const next = hunk[k];
      if (next === undefined || i < next.line0) {
        const line = this.texts[0].lines[i];
        this.flagged(this.options.suppressBlankEmpty && line === '' ? '' : tab ? '\t' : ' ', 0, i, true);
        i++;
        j++;
        continue;
      }
      for (let n = 0; n < next.deleted; n++, i++) this.unifiedChange('-', 0, i);
      for (let n = 0; n < next.inserted; n++, j++) this.unifiedChange('+', 1, j);
      k++;
    }
  }

  private unifiedChange(mark: string, file: number, index: number): void {
    const line = this.texts[file].lines[index];
    const tab = this.options.initialTab && !(this.options.suppressBlankEmpty && line === '') ? '\t' : '';
    this.flagged(mark + tab, file, index, true);
  }

  private contextHunk(hunk: Change[]): void {
    const range = this.analyze(hunk);
    if (!range.changes) return;
    this.widen(range);
    this.out += `***************\n*** ${contextRange(range.first0, range.last0)} ****\n`;
    if (range.changes & OLD) {
      let k = 0;
      for (let i = range.first0; i <= range.last0; i++) {
        while (k < hunk.length && hunk[k].line0 + hunk[k].deleted <= i) k++;
        const covering = k < hunk.length && hunk[k].line0 <= i ? hunk[k] : undefined;
        this.flagged(covering === undefined ? ' ' : covering.inserted > 0 ? '!' : '-', 0, i);
      }
    }
    this.out += `--- ${contextRange(range.first1, range.last1)} ----\n`;
    if (range.changes & NEW) {
      let k = 0;
      for (let j = range.first1; j <= range.last1; j++) {
        while (k < hunk.length && hunk[k].line1 + hunk[k].inserted <= j) k++;
        const covering = k < hunk.length && hunk[k].line1 <= j ? hunk[k] : undefined;
        this.flagged(covering === undefined ? ' ' : covering.deleted > 0 ? '!' : '+', 1, j);
      }
    }
  }
}

/** print_number_range: "a,b", or just b when the range has one line (or none: the line before). */
function numberRange(a: number, b: number): string {
  return b + 1 > a + 1 ? `${a + 1},${b + 1}` : `${b + 1}`;
}

function contextRange(a: number, b: number): string {
  return b + 1 <= a + 1 ? `${b + 1}` : `${a + 1},${b + 1}`;
}

function unifiedRange(a: number, b: number): string {
  const start = a + 1;
  const end = b + 1;
  if (end <= start) return end < start ? `${end},0` : `${end}`;
  return `${start},${end - start + 1}`;
}
