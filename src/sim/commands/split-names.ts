// split's output file names (GNU's next_file_name): PREFIX + suffix + --additional-suffix, the
// suffix counting in its alphabet (a-z, 0-9 or 0-9a-f). With the default automatic length the
// names widen instead of running out: xaa ... xyz, then xzaaa ... xzzyz, then xzzzaaaa ...

import { SplitFailure } from './split-options.ts';
import { quoteName } from '../text/quote.ts';

/** Linux's NAME_MAX: longer file names are refused before any file is created. */
const NAME_MAX = 255;

export class FileNames {
  private base: string;
  private length: number;
  private indexes: number[] | null = null;

  constructor(
    prefix: string,
    suffixLength: number,
    private readonly alphabet: string,
    private readonly auto: boolean,
    private readonly additional: string,
    private readonly numericStart: string | null,
  ) {
    this.base = prefix;
    this.length = suffixLength;
  }

  private current(): string {
    return this.base + this.indexes!.map((i) => this.alphabet[i]).join('') + this.additional;
  }

  private start(): string {
    this.indexes = new Array<number>(this.length).fill(0);
    if (this.numericStart !== null) {
      const digits = this.numericStart;
      for (let i = 0; i < digits.length; i++) this.indexes[this.length - digits.length + i] = this.alphabet.indexOf(digits[i]);
    }
    const name = this.current();
    const last = name.slice(name.lastIndexOf('/') + 1);
    if (new TextEncoder().encode(last).length > NAME_MAX) throw new SplitFailure(`${quoteName(name)}: File name too long`);
    return name;
  }

  next(): string {
    const indexes = this.indexes;
    if (indexes === null) return this.start();
    for (let i = this.length - 1; i >= 0; i--) {
      indexes[i]++;
      if (this.auto && i === 0 && indexes[0] + 1 >= this.alphabet.length) {
        // Widen: the first suffix character becomes part of the prefix.
        this.base += this.alphabet[indexes[0]];
        this.length++;
        this.indexes = new Array<number>(this.length).fill(0);
        return this.current();
      }
      if (indexes[i] < this.alphabet.length) return this.current();
      indexes[i] = 0;
    }
    throw new SplitFailure('output file suffixes exhausted');
  }
}
