// Field splitting, as FS (and split()'s third argument) describe it: a single space splits on
// runs of blanks and newlines, ignoring them at both ends; any other single character splits on
// itself literally; an empty FS splits into characters; anything longer is a regular expression.

import type { AwkRegex } from './regex.ts';

export type Splitter = (text: string) => string[];

/** The default: fields separated by runs of spaces, tabs and newlines. */
export const splitBlanks: Splitter = (text) => {
  const fields: string[] = [];
  const n = text.length;
  let i = 0;
  for (;;) {
    let c = text.charCodeAt(i);
    while (c === 0x20 || c === 0x09 || c === 0x0a) c = text.charCodeAt(++i);
    if (i >= n) return fields;
    const start = i;
    while (i < n && c !== 0x20 && c !== 0x09 && c !== 0x0a) c = text.charCodeAt(++i);
    fields.push(text.slice(start, i));
  }
};

export function splitOnChar(separator: string): Splitter {
  return (text) => (text === '' ? [] : text.split(separator));
}

/** FS="": every character is a field (code points, as gawk does in a UTF-8 locale). */
export const splitChars: Splitter = (text) => Array.from(text);

/** A regular expression separator; empty matches separate nothing. */
export function splitOnRegex(regex: AwkRegex): Splitter {
  return (text) => {
    if (text === '') return [];
    const fields: string[] = [];
    let start = 0;
    let from = 0;
    while (from <= text.length) {
      const match = regex.find(text, from);
      if (match === null) break;
      const [at, end] = match;
      if (end === at) {
        from = at + 1;
        continue;
      }
      fields.push(text.slice(start, at));
      start = end;
      from = end;
    }
    fields.push(text.slice(start));
    return fields;
  };
}

/** In paragraph mode (RS = ""), a newline separates fields whatever FS is. */
export function withNewlines(splitter: Splitter): Splitter {
  return (text) => {
    if (!text.includes('\n')) return splitter(text);
    const fields: string[] = [];
    for (const line of text.split('\n')) for (const field of splitter(line)) fields.push(field);
    return fields;
  };
}
