// The layouts of util-linux 2.38.1 column: filling columns (the default) or rows (-x) with
// entries separated by tabs to multiples of 8, and the table of -t, whose columns are as wide as
// their widest cell (display width) and joined by the output separator, the last one unpadded.

import { charWidth } from '../text/wcwidth.ts';

const TAB = 8;

/** column's width(): the display width, non-printable characters counting 0. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    width += charWidth(code);
  }
  return width;
}

function roundUp(length: number): number {
  return (length + TAB) & ~(TAB - 1);
}

/** Pads with tabs from column `from` up to `to` (the tab stop reached by the next entry). */
function tabsTo(from: number, to: number): { text: string; column: number } {
  let text = '';
  let column = from;
  for (let next = roundUp(column); next <= to; next = roundUp(column)) {
    text += '\t';
    column = next;
  }
  return { text, column };
}

export function fillColumns(entries: string[], widths: number[], maxLength: number, termWidth: number): string {
  const cell = roundUp(maxLength);
  const columns = Math.max(1, Math.floor(termWidth / cell));
  const rows = Math.ceil(entries.length / columns);
  let out = '';
  for (let row = 0; row < rows; row++) {
    let end = cell;
    let column = 0;
    for (let base = row, col = 0; col < columns; col++) {
      out += entries[base];
      column += widths[base];
      base += rows;
      if (base >= entries.length) break;
      const pad = tabsTo(column, end);
      out += pad.text;
      column = pad.column;
      end += cell;
    }
    out += '\n';
  }
  return out;
}

export function fillRows(entries: string[], widths: number[], maxLength: number, termWidth: number): string {
  const cell = roundUp(maxLength);
  // May be 0 when rounding passes the width: then everything goes on one row, as util-linux does.
  const columns = Math.floor(termWidth / cell);
  let out = '';
  let column = 0;
  let col = 0;
  let end = cell;
  for (let i = 0; ; i++) {
    out += entries[i];
    column += widths[i];
    if (i + 1 === entries.length) break;
    if (++col === columns) {
      column = col = 0;
      end = cell;
      out += '\n';
    } else {
      const pad = tabsTo(column, end);
      out += pad.text;
      column = pad.column;
      end += cell;
    }
  }
  if (column) out += '\n';
  return out;
}

/** Splits a line into cells: runs of separators with the default (greedy), each one with -s. */
export function splitCells(line: string, separators: string, greedy: boolean): string[] {
  const cells: string[] = [];
  if (greedy) {
    let cell = '';
    for (const char of line) {
      if (separators.includes(char)) {
        if (cell !== '') cells.push(cell);
        cell = '';
      } else cell += char;
    }
    if (cell !== '') cells.push(cell);
    return cells;
  }
  let cell = '';
  for (const char of line) {
    if (separators.includes(char)) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

export function formatTable(rows: string[][], separator: string): string {
  const count = Math.max(0, ...rows.map((r) => r.length));
  const widths = new Array<number>(count).fill(0);
  const cellWidths = rows.map((row) => row.map((cell, i) => {
    const width = displayWidth(cell);
    if (width > widths[i]) widths[i] = width;
    return width;
  }));
  let out = '';
  rows.forEach((row, r) => {
    for (let i = 0; i < count; i++) {
      const cell = row[i] ?? '';
      out += cell;
      if (i + 1 < count) out += ' '.repeat(widths[i] - (cellWidths[r][i] ?? 0)) + separator;
    }
    out += '\n';
  });
  return out;
}
