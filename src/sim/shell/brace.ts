// Brace expansion ({a,b}, {1..10}, {01..10..2}, {a..e}), done first, on the word as written: only
// unquoted braces and commas count, and ${…} and other expansions pass through untouched.

import type { Word, WordPart } from './ast.ts';

/** One element of a word for brace expansion: an unquoted character, or an opaque part. */
type Atom = string | WordPart;

const MAX_EXPANSION = 100_000;

export function braceExpand(word: Word): Word[] {
  if (!word.parts.some((p) => p.type === 'literal' && p.value.includes('{'))) return [word];
  const atoms: Atom[] = [];
  for (const part of word.parts) {
    if (part.type === 'literal') for (const char of part.value) atoms.push(char);
    else atoms.push(part);
  }
  const results = expandAtoms(atoms);
  if (results.length === 1 && results[0] === atoms) return [word];
  return results.map((r) => ({ parts: toParts(r), raw: word.raw }));
}

function expandAtoms(atoms: Atom[]): Atom[][] {
  // Find the first `{` that opens a valid brace expression.
  for (let open = 0; open < atoms.length; open++) {
    if (atoms[open] !== '{') continue;
    // `${` is a parameter expansion in bash even when it reached us as text.
    if (open > 0 && atoms[open - 1] === '$') continue;
    const close = matchingBrace(atoms, open);
    if (close < 0) continue;
    const inner = atoms.slice(open + 1, close);
    const alternatives = splitTopLevelCommas(inner) ?? sequence(inner);
    if (alternatives === undefined) continue;
    const preamble = atoms.slice(0, open);
    const rest = expandAtoms(atoms.slice(close + 1));
    const out: Atom[][] = [];
    for (const alternative of alternatives) {
      for (const expanded of expandAtoms(alternative)) {
        for (const tail of rest) {
          out.push([...preamble, ...expanded, ...tail]);
          if (out.length > MAX_EXPANSION) return out;
        }
      }
    }
    return out;
  }
  return [atoms];
}

function matchingBrace(atoms: Atom[], open: number): number {
  let depth = 0;
  for (let i = open; i < atoms.length; i++) {
    const atom = atoms[i];
    if (atom === '{' && !(i > 0 && atoms[i - 1] === '$')) depth++;
    else if (atom === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function splitTopLevelCommas(inner: Atom[]): Atom[][] | undefined {
  const pieces: Atom[][] = [[]];
  let depth = 0;
  let commas = 0;
  for (let i = 0; i < inner.length; i++) {
    const atom = inner[i];
    if (atom === '{' && !(i > 0 && inner[i - 1] === '$')) depth++;
    else if (atom === '}') depth--;
    if (atom === ',' && depth === 0) {
      commas++;
      pieces.push([]);
    } else pieces[pieces.length - 1].push(atom);
  }
  return commas > 0 ? pieces : undefined;
}

/** {x..y[..incr]} with integers or single letters; undefined when it is not a valid sequence. */
function sequence(inner: Atom[]): Atom[][] | undefined {
  if (inner.some((a) => typeof a !== 'string')) return undefined;
  const text = (inner as string[]).join('');
  const numeric = /^([-+]?\d+)\.\.([-+]?\d+)(?:\.\.([-+]?\d+))?$/.exec(text);
  if (numeric) {
    const [, startText, endText, stepText] = numeric;
    const start = Number(startText);
    const end = Number(endText);
    let step = Math.abs(Number(stepText ?? '1')) || 1;
    const width = hasLeadingZero(startText) || hasLeadingZero(endText) ? Math.max(startText.length, endText.length) : 0;
    const out: Atom[][] = [];
    if (start > end) step = -step;
    for (let n = start; step > 0 ? n <= end : n >= end; n += step) {
      out.push([...pad(n, width)]);
      if (out.length > MAX_EXPANSION) break;
    }
    return out;
  }
  const letters = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.([-+]?\d+))?$/.exec(text);
  if (letters) {
    const start = letters[1].charCodeAt(0);
    const end = letters[2].charCodeAt(0);
    let step = Math.abs(Number(letters[3] ?? '1')) || 1;
    if (start > end) step = -step;
    const out: Atom[][] = [];
    for (let c = start; step > 0 ? c <= end : c >= end; c += step) out.push([String.fromCharCode(c)]);
    return out;
  }
  return undefined;
}

function hasLeadingZero(text: string): boolean {
  const digits = text.replace(/^[-+]/, '');
  return digits.length > 1 && digits[0] === '0';
}

function pad(n: number, width: number): string {
  if (width === 0) return String(n);
  const negative = n < 0;
  const digits = String(Math.abs(n)).padStart(negative ? width - 1 : width, '0');
  return negative ? `-${digits}` : digits;
}

function toParts(atoms: Atom[]): WordPart[] {
  const parts: WordPart[] = [];
  let text = '';
  for (const atom of atoms) {
    if (typeof atom === 'string') text += atom;
    else {
      if (text) parts.push({ type: 'literal', value: text });
      text = '';
      parts.push(atom);
    }
  }
  if (text) parts.push({ type: 'literal', value: text });
  return parts;
}
