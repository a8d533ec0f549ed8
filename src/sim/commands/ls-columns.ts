// GNU ls's multi-name layouts: -C fills columns top to bottom, -x fills rows, -m separates with
// commas; the number of columns is the most that fit the line width (calculate_columns), and
// padding uses tabs where a tab stop is reached (indent).

export interface Cell {
  /** What to print (colors included). */
  text: string;
  /** Its width on screen. */
  width: number;
}

const MIN_COLUMN_WIDTH = 3;

/** -C (byColumns) or -x. */
export function layoutColumns(cells: Cell[], lineLength: number, tabSize: number, byColumns: boolean): string {
  const n = cells.length;
  if (n === 0) return '';
  const widths = columnWidths(cells, lineLength, byColumns);
  const cols = widths.length;
  let out = '';
  if (byColumns) {
    const rows = Math.ceil(n / cols);
    for (let row = 0; row < rows; row++) {
      let pos = 0;
      for (let col = 0, f = row; ; col++) {
        out += cells[f].text;
        const next = f + rows;
        if (next >= n) break;
        out += indent(pos + cells[f].width, pos + widths[col], tabSize);
        pos += widths[col];
        f = next;
      }
      out += '\n';
    }
    return out;
  }
  let pos = 0;
  out += cells[0].text;
  for (let f = 1; f < n; f++) {
    const col = f % cols;
    if (col === 0) {
      out += '\n';
      pos = 0;
    } else {
      out += indent(pos + cells[f - 1].width, pos + widths[col - 1], tabSize);
      pos += widths[col - 1];
    }
    out += cells[f].text;
  }
  return `${out}\n`;
}

/** calculate_columns: the widths of the widest arrangement that fits. */
function columnWidths(cells: Cell[], lineLength: number, byColumns: boolean): number[] {
  const n = cells.length;
  const maxIdx = Math.floor(lineLength / MIN_COLUMN_WIDTH);
  const maxCols = maxIdx > 0 && maxIdx < n ? maxIdx : n;
  const limit = lineLength === 0 ? Infinity : lineLength;
  const info = Array.from({ length: maxCols }, (_, i) => ({ valid: true, lineLen: (i + 1) * MIN_COLUMN_WIDTH, widths: new Array<number>(i + 1).fill(MIN_COLUMN_WIDTH) }));
  for (let f = 0; f < n; f++) {
    for (let i = 0; i < maxCols; i++) {
      const column = info[i];
      if (!column.valid) continue;
      const idx = byColumns ? Math.floor(f / Math.floor((n + i) / (i + 1))) : f % (i + 1);
      const real = cells[f].width + (idx === i ? 0 : 2);
      if (column.widths[idx] < real) {
        column.lineLen += real - column.widths[idx];
        column.widths[idx] = real;
        column.valid = column.lineLen < limit;
      }
    }
  }
  let cols = maxCols;
  while (cols > 1 && !info[cols - 1].valid) cols--;
  return info[cols - 1].widths;
}

/** Spaces (and tabs, at tab stops) from column `from` to column `to`. */
function indent(from: number, to: number, tabSize: number): string {
  let out = '';
  while (from < to) {
    if (tabSize !== 0 && Math.floor(to / tabSize) > Math.floor((from + 1) / tabSize)) {
      out += '\t';
      from += tabSize - (from % tabSize);
    } else {
      out += ' ';
      from++;
    }
  }
  return out;
}

/** -m: "a, b, c", wrapped before a name that would reach the line length. */
export function layoutCommas(cells: Cell[], lineLength: number): string {
  let out = '';
  let pos = 0;
  cells.forEach((cell, i) => {
    const length = lineLength ? cell.width : 0;
    if (i > 0) {
      if (!lineLength || pos + length + 2 < lineLength) {
        pos += 2;
        out += ', ';
      } else {
        pos = 0;
        out += ',\n';
      }
    }
    out += cell.text;
    pos += length;
  });
  return `${out}\n`;
}
