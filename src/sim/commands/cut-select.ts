// The inner loops of cut: selecting byte positions or delimited fields from each line of a block
// of whole lines, straight from bytes to bytes (GNU cut has no multibyte support: -c is -b).

import { ByteBuilder } from './text-byte-builder.ts';
import type { Range } from './cut-list.ts';

export interface CutSpec {
  ranges: Range[];
  eol: number;
  delimiter: number;
  /** Between fields; between byte ranges only when --output-delimiter was given. */
  outputDelimiter: Uint8Array | null;
  onlyDelimited: boolean;
}

export function cutBytes(block: Uint8Array, spec: CutSpec, out: ByteBuilder): void {
  const { ranges, eol, outputDelimiter } = spec;
  out.reserve(block.length + 1);
  let start = 0;
  while (start < block.length) {
    let end = block.indexOf(eol, start);
    if (end < 0) end = block.length;
    const length = end - start;
    let printed = false;
    for (let r = 0; ranges[r].lo <= length; r++) {
      const { lo, hi } = ranges[r];
      if (outputDelimiter !== null && printed) out.append(outputDelimiter);
      out.append(block, start + lo - 1, start + Math.min(hi, length));
      printed = true;
    }
    // A line gets its terminator even when it was the unterminated last one.
    out.push(eol);
    start = end + 1;
  }
}

export function cutFields(block: Uint8Array, spec: CutSpec, out: ByteBuilder): void {
  const { ranges, eol, delimiter, onlyDelimited } = spec;
  const outputDelimiter = spec.outputDelimiter!;
  const n = block.length;
  // Output never outgrows the input by more than the longer delimiters and a final terminator.
  out.reserve(n * Math.max(1, outputDelimiter.length) + 1);
  const bytes = out.bytes;
  let at = out.length;
  // One pass over the bytes with plain loops: lines and fields are short, and a call to the native
  // indexOf costs more than scanning a few dozen bytes.
  let p = 0;
  while (p < n) {
    const start = p;
    let c = 0;
    while (p < n && (c = block[p]) !== delimiter && c !== eol) p++;
    if (p === n || c === eol) {
      // No delimiter: the whole line, unless -s.
      if (!onlyDelimited) {
        for (let i = start; i < p; i++) bytes[at++] = block[i];
        bytes[at++] = eol;
      }
      p++;
      continue;
    }
    let field = 1;
    let r = 0;
    let any = false;
    let fieldStart = start;
    for (;;) {
      while (field > ranges[r].hi) r++;
      if (ranges[r].lo <= field) {
        if (any) for (let i = 0; i < outputDelimiter.length; i++) bytes[at++] = outputDelimiter[i];
        for (let i = fieldStart; i < p; i++) bytes[at++] = block[i];
        any = true;
      }
      if (p === n || block[p] === eol) break;
      field++;
      while (field > ranges[r].hi) r++;
      if (ranges[r].lo === Infinity) {
        // Nothing further is selected: skip the rest of the line.
        while (p < n && block[p] !== eol) p++;
        break;
      }
      fieldStart = ++p;
      while (p < n && (c = block[p]) !== delimiter && c !== eol) p++;
    }
    bytes[at++] = eol;
    p++;
  }
  out.length = at;
}

/**
 * The whole input when the field delimiter is the line delimiter (cut -d $'\n'): one record whose
 * fields are the lines, as GNU cut treats it.
 */
export function cutRecord(data: Uint8Array, spec: CutSpec, out: ByteBuilder): void {
  if (data.length === 0) return;
  const { eol, ranges, onlyDelimited } = spec;
  const first = data.indexOf(eol);
  // GNU cut reads a lone final terminator as the end of input, not as a delimiter, except when it
  // had to buffer the first field (-s with field 1 selected, or neither).
  const firstSelected = ranges[0].lo === 1;
  if (first < 0 || (first === data.length - 1 && onlyDelimited && !firstSelected)) {
    if (!onlyDelimited) {
      out.append(data);
      out.push(eol);
    }
    return;
  }
  const fields: [number, number][] = [];
  let start = 0;
  for (let at = data.indexOf(eol); at >= 0; at = data.indexOf(eol, start)) {
    fields.push([start, at]);
    start = at + 1;
  }
  if (start < data.length) fields.push([start, data.length]);
  let any = false;
  let r = 0;
  for (let i = 0; i < fields.length; i++) {
    while (i + 1 > ranges[r].hi) r++;
    if (ranges[r].lo > i + 1) continue;
    if (any) out.append(spec.outputDelimiter!);
    out.append(data, fields[i][0], fields[i][1]);
    any = true;
  }
  out.push(eol);
}
