// The current record and its fields. Splitting waits until a field or NF is first used (many
// programs only look at $0 or one field); assigning a field or NF rebuilds $0 with OFS, also lazily.

import { AwkFatal } from './errors.ts';
import type { Splitter } from './split.ts';
import { inputValue, toNum, toStr, strToNum, type Value } from './values.ts';

export interface FieldSettings {
  ofs: string;
  convfmt: string;
  /** The splitter FS describes now; a record keeps the one in force when it was read. */
  splitter(): Splitter;
}

export class Fields {
  private text = '';
  /** $1..$NF at 0..NF-1: input text, or values assigned by the program. */
  private list: Value[] = [];
  private nf = 0;
  private split = true;
  /** A field or NF was assigned: $0 must be rebuilt before it is read. */
  private dirty = false;
  /** Fields holding assigned strings (not input, so never strnums). */
  private assigned: Set<number> | null = null;
  private splitter: Splitter;

  constructor(private readonly settings: FieldSettings) {
    this.splitter = settings.splitter();
  }

  /** A new $0 (read or assigned): fields will be split from it with the current FS. */
  setRecord(text: string): void {
    this.text = text;
    this.split = false;
    this.dirty = false;
    this.assigned = null;
    this.splitter = this.settings.splitter();
  }

  record(): string {
    if (this.dirty) this.rebuild();
    return this.text;
  }

  private ensureSplit(): void {
    if (this.split) return;
    const parts = this.splitter(this.text);
    this.list = parts;
    this.nf = parts.length;
    this.split = true;
  }

  /** $i as a string. */
  str(i: number): string {
    if (i === 0) return this.record();
    if (!this.split) this.ensureSplit();
    if (i > this.nf || i < 0) return i < 0 ? negativeField(i) : '';
    const v = this.list[i - 1];
    return typeof v === 'string' ? v : toStr(v, this.settings.convfmt);
  }

  /** $i as a number. */
  num(i: number): number {
    if (i === 0) return strToNum(this.record());
    if (!this.split) this.ensureSplit();
    if (i > this.nf || i < 0) return i < 0 ? Number(negativeField(i)) : 0;
    const v = this.list[i - 1];
    return typeof v === 'string' ? strToNum(v) : toNum(v);
  }

  /** $i with its type: input that looks numeric is a strnum. */
  value(i: number): Value {
    if (i === 0) return inputValue(this.record());
    if (!this.split) this.ensureSplit();
    if (i > this.nf || i < 0) return i < 0 ? negativeField(i) : '';
    const v = this.list[i - 1];
    if (typeof v !== 'string' || (this.assigned !== null && this.assigned.has(i))) return v;
    return inputValue(v);
  }

  /** Whether $i holds input text (not a value the program assigned) equal to `text`. */
  isInputText(i: number, text: string): boolean {
    if (i === 0) return this.record() === text;
    if (!this.split) this.ensureSplit();
    if (i > this.nf || i < 1) return false;
    const v = this.list[i - 1];
    return v === text && (this.assigned === null || !this.assigned.has(i));
  }

  /** $i as print shows it: assigned numbers through OFMT. */
  output(i: number, ofmt: string): string {
    if (i === 0) return this.record();
    if (!this.split) this.ensureSplit();
    if (i > this.nf || i < 0) return i < 0 ? negativeField(i) : '';
    const v = this.list[i - 1];
    return typeof v === 'string' ? v : toStr(v, ofmt);
  }

  set(i: number, v: Value): void {
    if (i === 0) {
      this.setRecord(toStr(v, this.settings.convfmt));
      return;
    }
    if (i < 0) negativeField(i);
    this.ensureSplit();
    while (this.nf < i) this.list[this.nf++] = '';
    this.list[i - 1] = v;
    if (typeof v === 'string') (this.assigned ??= new Set()).add(i);
    else this.assigned?.delete(i);
    this.dirty = true;
  }

  get NF(): number {
    if (!this.split) this.ensureSplit();
    return this.nf;
  }

  set NF(n: number) {
    this.ensureSplit();
    const count = Math.trunc(n);
    if (count < 0) throw new AwkFatal('NF set to negative value');
    if (count < this.nf) this.list.length = count;
    else while (this.nf < count) this.list[this.nf++] = '';
    this.nf = count;
    this.dirty = true;
  }

  private rebuild(): void {
    const { ofs, convfmt } = this.settings;
    let text = '';
    for (let i = 0; i < this.nf; i++) {
      const v = this.list[i];
      if (i > 0) text += ofs;
      text += typeof v === 'string' ? v : toStr(v, convfmt);
    }
    this.text = text;
    this.dirty = false;
  }
}

function negativeField(i: number): never {
  throw new AwkFatal(`attempt to access field ${i}`);
}
