// From parsed tr strings to the tables tr runs with: the translation map, the delete set and the
// squeeze set. The expansion walk (getNext), the length bookkeeping and the validation rules are
// coreutils 9.1's, so the same arguments succeed or fail with the same message.

import { type Element, TrError, inClass, isLower, isUpper } from './tr-sets.ts';

const NEW_ELEMENT = -1;
const BEGIN = -2;
type CaseClass = 'lower' | 'upper' | 'none';

export class SpecList {
  tail = 0;
  state = BEGIN;
  length = 0;
  indefinite = 0;
  indefiniteElement: Element | null = null;
  hasEquiv = false;
  hasRestrictedClass = false;
  hasClass = false;

  constructor(readonly elements: Element[]) {}

  /** get_next: the next byte of the expansion, or -1; `cls` tells whether it came from [:lower:]/[:upper:]. */
  next(caseOut?: { cls: CaseClass }): number {
    if (caseOut) caseOut.cls = 'none';
    if (this.state === BEGIN) {
      this.tail = 0;
      this.state = NEW_ELEMENT;
    }
    const p = this.elements[this.tail];
    if (p === undefined) return -1;
    switch (p.type) {
      case 'char':
      case 'equiv':
        this.advance();
        return p.c;
      case 'range': {
        this.state = this.state === NEW_ELEMENT ? p.first : this.state + 1;
        const value = this.state;
        if (value === p.last) this.advance();
        return value;
      }
      case 'class': {
        if (caseOut && (p.cls === 'lower' || p.cls === 'upper')) caseOut.cls = p.cls;
        if (this.state === NEW_ELEMENT) {
          let i = 0;
          while (!inClass(p.cls, i)) i++;
          this.state = i;
        }
        const value = this.state;
        let i = value + 1;
        while (i < 256 && !inClass(p.cls, i)) i++;
        if (i < 256) this.state = i;
        else this.advance();
        return value;
      }
      case 'repeat':
        if (p.count === 0) {
          this.advance();
          return this.next(caseOut);
        }
        this.state = this.state === NEW_ELEMENT ? 1 : this.state + 1;
        if (this.state === p.count) this.advance();
        return p.c;
    }
  }

  /** skip_construct */
  advance(): void {
    this.tail++;
    this.state = NEW_ELEMENT;
  }

  rewind(): void {
    this.state = BEGIN;
  }

  /** The bytes the list expands to, as a membership table (set_initialize). */
  members(complement = false): Uint8Array {
    const set = new Uint8Array(256);
    for (const p of this.elements) {
      if (p.type === 'char' || p.type === 'equiv') set[p.c] = 1;
      else if (p.type === 'range') set.fill(1, p.first, p.last + 1);
      else if (p.type === 'class') for (let i = 0; i < 256; i++) set[i] |= inClass(p.cls, i) ? 1 : 0;
      else if (p.count > 0) set[p.c] = 1;
    }
    if (complement) for (let i = 0; i < 256; i++) set[i] ^= 1;
    return set;
  }

  /** get_spec_stats */
  measure(): void {
    let length = 0;
    this.indefinite = 0;
    for (const p of this.elements) {
      let n = 0;
      if (p.type === 'char') n = 1;
      else if (p.type === 'range') n = p.last - p.first + 1;
      else if (p.type === 'class') {
        this.hasClass = true;
        for (let i = 0; i < 256; i++) if (inClass(p.cls, i)) n++;
        if (p.cls !== 'upper' && p.cls !== 'lower') this.hasRestrictedClass = true;
      } else if (p.type === 'equiv') {
        n = 1;
        this.hasEquiv = true;
      } else if (p.count > 0) n = p.count;
      else {
        this.indefiniteElement = p;
        this.indefinite++;
      }
      length += n;
      if (length > 2 ** 64 - 2) throw new TrError('too many characters in set');
    }
    this.length = length;
  }
}

export interface TrOptions {
  complement: boolean;
  truncate: boolean;
  translating: boolean;
}

/** validate(): checks the strings against the options, resolving [c*] and extending STRING2. */
export function validate(s1: SpecList, s2: SpecList | null, options: TrOptions): void {
  s1.measure();
  if (options.complement) {
    const members = s1.members();
    s1.length = 256 - members.reduce((sum, m) => sum + m, 0);
  }
  if (s1.indefinite > 0) throw new TrError('the [c*] repeat construct may not appear in string1');
  if (s2 === null) return;
  s2.measure();
  if (s1.length >= s2.length && s2.indefinite === 1) {
    (s2.indefiniteElement as { count: number }).count = s1.length - s2.length;
    s2.length = s1.length;
  }
  if (s2.indefinite > 1) throw new TrError('only one [c*] repeat construct may appear in string2');
  if (!options.translating) {
    if (s2.indefinite > 0) throw new TrError('the [c*] construct may appear in string2 only when translating');
    return;
  }
  if (s2.hasEquiv) throw new TrError('[=c=] expressions may not appear in string2 when translating');
  if (s2.hasRestrictedClass) throw new TrError("when translating, the only character classes that may appear in\nstring2 are 'upper' and 'lower'");
  if (!options.complement && s2.hasClass) validateCaseClasses(s1, s2);
  if (s1.length > s2.length && !options.truncate) {
    if (s2.length === 0) throw new TrError('when not truncating set1, string2 must be non-empty');
    const last = s2.elements[s2.elements.length - 1];
    if (last.type === 'class') throw new TrError('when translating with string1 longer than string2,\nthe latter string must not end with a character class');
    const c = last.type === 'range' ? last.last : (last as { c: number }).c;
    s2.elements.push({ type: 'repeat', c, count: s1.length - s2.length });
    s2.length = s1.length;
  }
  if (options.complement && s1.hasClass && !(s2.length === s1.length && homogeneous(s2))) {
    throw new TrError('when translating with complemented character classes,\nstring2 must map all characters in the domain to one');
  }
}

/** [:upper:] and [:lower:] in STRING2 must face [:upper:] or [:lower:] in STRING1. */
function validateCaseClasses(s1: SpecList, s2: SpecList): void {
  s1.rewind();
  s2.rewind();
  let c1 = 0;
  let c2 = 0;
  let new1 = true;
  let new2 = true;
  const class1 = { cls: 'none' as CaseClass };
  const class2 = { cls: 'none' as CaseClass };
  while (c1 !== -1 && c2 !== -1) {
    c1 = s1.next(class1);
    c2 = s2.next(class2);
    if (new2 && class2.cls !== 'none' && !(new1 && class1.cls !== 'none')) throw new TrError('misaligned [:upper:] and/or [:lower:] construct');
    if (class2.cls !== 'none') {
      s1.advance();
      s2.advance();
      // A case conversion counts as one character, whatever the class sizes.
      s1.length -= 26 - 1;
      s2.length -= 26 - 1;
    }
    new1 = s1.state === NEW_ELEMENT;
    new2 = s2.state === NEW_ELEMENT;
  }
}

function homogeneous(s: SpecList): boolean {
  s.rewind();
  const first = s.next();
  if (first === -1) return false;
  for (let c = s.next(); c !== -1; c = s.next()) if (c !== first) return false;
  return true;
}

/** The byte-to-byte translation table for tr STRING1 STRING2. */
export function translationTable(s1: SpecList, s2: SpecList, complement: boolean): Uint8Array {
  const xlate = new Uint8Array(256);
  for (let i = 0; i < 256; i++) xlate[i] = i;
  s2.rewind();
  if (complement) {
    const inS1 = s1.members();
    for (let i = 0; i < 256; i++) {
      if (inS1[i]) continue;
      const c = s2.next();
      if (c === -1) break;
      xlate[i] = c;
    }
    return xlate;
  }
  s1.rewind();
  const class1 = { cls: 'none' as CaseClass };
  const class2 = { cls: 'none' as CaseClass };
  for (;;) {
    const c1 = s1.next(class1);
    const c2 = s2.next(class2);
    if (class1.cls === 'lower' && class2.cls === 'upper') {
      for (let i = 0; i < 256; i++) if (isLower(i)) xlate[i] = i - 32;
    } else if (class1.cls === 'upper' && class2.cls === 'lower') {
      for (let i = 0; i < 256; i++) if (isUpper(i)) xlate[i] = i + 32;
    } else {
      if (c1 === -1 || c2 === -1) break;
      xlate[c1] = c2;
    }
    if (class2.cls !== 'none') {
      s1.advance();
      s2.advance();
    }
  }
  return xlate;
}
