// Fields under construction during word expansion. Quoted text is kept whole; unquoted expansion
// results are split on IFS; every field remembers a glob pattern in which quoted characters are
// escaped, so pathname expansion treats only unquoted *, ? and [ as special.

import { escapePattern, hasGlobChars } from './pattern.ts';

export interface Field {
  /** The text after quote removal. */
  value: string;
  /** The same text as a pattern: quoted characters backslash-escaped. */
  pattern: string;
  /** An unquoted glob character is present. */
  glob: boolean;
  /** Keep even if empty (it had quotes, or an IFS delimiter ended it). */
  keep: boolean;
}

export class FieldBuilder {
  readonly fields: Field[] = [];
  private current: Field | null = null;

  constructor(
    private readonly ifs: string,
    /** How quoted text is protected in `pattern` (glob escapes by default; regex escapes for =~). */
    private readonly escapeQuoted: (text: string) => string = escapePattern,
    /** shopt extglob: @(…) and friends make a word a pattern too. */
    private readonly extglob = false,
  ) {}

  private field(): Field {
    this.current ??= { value: '', pattern: '', glob: false, keep: false };
    return this.current;
  }

  /** Text that was quoted in the source (or from a quoted expansion). */
  quoted(text: string): void {
    const field = this.field();
    field.value += text;
    field.pattern += this.escapeQuoted(text);
    field.keep = true;
  }

  /** Unquoted text from the source itself: not split, but globbing applies. */
  literal(text: string): void {
    if (text === '') return;
    const field = this.field();
    field.value += text;
    field.pattern += text;
    if (!field.glob && hasGlobChars(text, this.extglob)) field.glob = true;
  }

  /** The result of an unquoted expansion: split into fields on IFS, globbing applies. */
  split(text: string): void {
    const ifs = this.ifs;
    if (ifs === '') return this.literal(text);
    let i = 0;
    const n = text.length;
    const isWhite = (c: string): boolean => (c === ' ' || c === '\t' || c === '\n') && ifs.includes(c);
    if (n > 0 && isWhite(text[0])) {
      while (i < n && isWhite(text[i])) i++;
      this.endField(false);
    }
    while (i < n) {
      let end = i;
      while (end < n && !ifs.includes(text[end])) end++;
      this.literal(text.slice(i, end));
      if (end >= n) return;
      // A delimiter: IFS white space, optionally around one non-white IFS character.
      let j = end;
      let hard = false;
      while (j < n && isWhite(text[j])) j++;
      if (j < n && ifs.includes(text[j]) && !isWhite(text[j])) {
        hard = true;
        j++;
        while (j < n && isWhite(text[j])) j++;
      }
      this.endField(hard);
      i = j;
    }
  }

  /** Ends the current field; a hard (non-white IFS) delimiter keeps an empty field. */
  private endField(hard: boolean): void {
    const field = this.current;
    if (field === null) {
      if (hard) this.fields.push({ value: '', pattern: '', glob: false, keep: true });
      return;
    }
    if (hard || field.keep || field.value !== '') this.fields.push(field);
    this.current = null;
  }

  /** A field boundary that is not a delimiter (between the words of "$@"). */
  boundary(): void {
    const field = this.current;
    if (field !== null && (field.keep || field.value !== '')) this.fields.push(field);
    this.current = null;
  }

  /** Marks the current field as kept even if empty ("$@" with an empty argument). */
  keepCurrent(): void {
    this.field().keep = true;
  }

  finish(): Field[] {
    this.boundary();
    return this.fields;
  }
}
