// The order `for (k in a)` visits an array's subscripts in, as gawk 5.2.1 does: it mirrors gawk's
// internal layout (array.c, str_array.c, int_array.c, cint_array.c) so that students see the same
// order as with the real gawk. The first subscript of an empty array picks its kind of table, as
// gawk's null_lookup does: a non-negative integer a cint table, a negative one an integer table,
// anything else a string table.
//
// The layout follows from the sequence of inserts and deletes alone. Until an array has its first
// delete, the elements' Map holds its subscripts in insertion order, so new subscripts need no
// record of their own: they are filed the first time the order is needed (a for-in, or the
// delete, which must see the table as it then is), and arrays never walked cost almost nothing
// more. After a delete, subscripts are filed as they come.

import { CintTable } from './array-cint-table.ts';
import { IntTable } from './array-int-table.ts';
import { StrTable } from './array-str-table.ts';
import { integerSubscript, type OrderTable } from './array-table.ts';
import { looksNumeric, StrNum, strToNum, type Value } from './values.ts';

export class ArrayOrder {
  private table: OrderTable | null;
  /** Until the first delete: how many of the Map's subscripts (a prefix) are filed. */
  private filed = 0;
  /** Until the first delete: by position in the Map, 1 for a subscript that came from input text. */
  private fromInput = new Uint8Array(0);
  /** File subscripts as they come (after a delete, when the Map's order is no longer the record). */
  private eager = false;

  /**
   * `elements`: the array's Map, which holds the subscripts by the time they reach insert().
   * `stringTable`: ENVIRON, which gawk creates as a string table whatever its first name.
   */
  constructor(
    private readonly elements: Map<string, Value>,
    private readonly stringTable = false,
  ) {
    this.table = stringTable ? new StrTable() : null;
  }

  /** A new subscript, just added to the Map, and whether it came from input text (see KeyOrigin). */
  insert(key: string, fromInput: boolean): void {
    if (this.eager) this.fileOne(key, fromInput);
    else if (fromInput) this.markInput(this.elements.size - 1);
  }

  /** Called before a subscript is deleted from the Map (whether or not it is there). */
  beforeDelete(): void {
    if (this.eager) return;
    this.file();
    this.eager = true;
    this.fromInput = new Uint8Array(0);
  }

  /** A subscript just deleted from the Map. */
  remove(key: string): void {
    if (this.table !== null) this.table = this.table.remove(key, integerSubscript(key));
  }

  /** `delete a`: gawk frees the table; the array is untyped again (ENVIRON stays a string table). */
  clear(): void {
    this.filed = 0;
    this.fromInput.fill(0);
    this.table = this.stringTable ? new StrTable() : null;
  }

  /** The subscripts in gawk's `for (k in a)` order. */
  list(): Value[] {
    if (!this.eager) this.file();
    const out: Value[] = [];
    this.table?.list(out);
    return out;
  }

  private markInput(position: number): void {
    if (position >= this.fromInput.length) {
      const wider = new Uint8Array(Math.max(64, position * 2));
      wider.set(this.fromInput);
      this.fromInput = wider;
    }
    this.fromInput[position] = 1;
  }

  /** Files the Map's subscripts past the filed prefix, in insertion order. */
  private file(): void {
    const elements = this.elements;
    if (this.filed === elements.size) return;
    const fromInput = this.fromInput;
    let position = 0;
    for (const key of elements.keys()) {
      if (position >= this.filed) this.fileOne(key, position < fromInput.length && fromInput[position] === 1);
      position++;
    }
    this.filed = position;
  }

  private fileOne(key: string, fromInput: boolean): void {
    const int = integerSubscript(key);
    const subscript = fromInput ? this.inputSubscript(key) : key;
    this.table ??= int >= 0 ? new CintTable() : int === int ? new IntTable() : new StrTable();
    this.table.insert(key, int, subscript);
  }

  /**
   * What gawk gives back for an input subscript: a strnum when it looks numeric. But an untyped
   * array and the integer tables test every subscript with strtol, which turns input holding a
   * whole integer into a plain number, and a string table receiving that files it as text.
   */
  private inputSubscript(key: string): Value {
    if (!looksNumeric(key)) return key;
    if (!(this.table instanceof StrTable) && isLongInteger(key)) return key;
    return new StrNum(key, strToNum(key));
  }
}

/** Whether text is an integer as C's strtol reads it whole, without overflow. */
function isLongInteger(key: string): boolean {
  if (!/^(?:0|-?[1-9][0-9]*)$/.test(key)) return false;
  const digits = key.charCodeAt(0) === 0x2d ? key.length - 1 : key.length;
  if (digits < 19) return true;
  if (digits > 19) return false;
  const n = BigInt(key);
  return n <= 9223372036854775807n && n >= -9223372036854775808n;
}
