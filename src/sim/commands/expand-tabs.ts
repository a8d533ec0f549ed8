// expand's tab stop list (-t 4, -t 4,8,12, -t 2,/8, -t 2,+8), parsed and validated as coreutils'
// expand-common.c does, and the next-stop computation.

import { quoteLocale } from '../text/quote.ts';

export class TabStopError extends Error {
  /** Messages printed before exiting 1 (parsing may report several). */
  constructor(readonly messages: string[]) {
    super(messages.join('\n'));
  }
}

export class TabStops {
  readonly list: number[] = [];
  extendSize = 0;
  incrementSize = 0;
  /** Non-zero when every stop is a multiple of one size. */
  size = 0;

  /** parse_tab_stops: adds a comma or blank separated list. */
  parse(stops: string): void {
    const errors: string[] = [];
    let have = false;
    let value = 0;
    let extend = false;
    let increment = false;
    let numberStart = 0;
    const commit = (): boolean => {
      if (extend) return this.setSize('extend', value, errors);
      if (increment) return this.setSize('increment', value, errors);
      this.list.push(value);
      return true;
    };
    let i = 0;
    for (; i < stops.length; i++) {
      const c = stops[i];
      if (c === ',' || c === ' ' || c === '\t') {
        if (have && !commit()) break;
        have = false;
      } else if (c === '/' || c === '+') {
        if (have) errors.push(`'${c}' specifier not at start of number: ${quoteLocale(stops.slice(i))}`);
        extend = c === '/';
        increment = c === '+';
      } else if (c >= '0' && c <= '9') {
        if (!have) {
          value = 0;
          have = true;
          numberStart = i;
        }
        value = value * 10 + (c.charCodeAt(0) - 48);
        if (value > 18446744073709551615) {
          const digits = /^[0-9]+/.exec(stops.slice(numberStart))![0];
          errors.push(`tab stop is too large ${quoteLocale(digits)}`);
          i = numberStart + digits.length - 1;
        }
      } else {
        errors.push(`tab size contains invalid character(s): ${quoteLocale(stops.slice(i))}`);
        break;
      }
    }
    if (errors.length === 0 && have) commit();
    if (errors.length > 0) throw new TabStopError(errors);
  }

  private setSize(which: 'extend' | 'increment', value: number, errors: string[]): boolean {
    const current = which === 'extend' ? this.extendSize : this.incrementSize;
    if (current) {
      errors.push(`'${which === 'extend' ? '/' : '+'}' specifier only allowed with the last value`);
      return false;
    }
    if (which === 'extend') this.extendSize = value;
    else this.incrementSize = value;
    return true;
  }

  /** validate_tab_stops and finalize_tab_stops. */
  finish(): void {
    let previous = 0;
    for (const tab of this.list) {
      if (tab === 0) throw new TabStopError(['tab size cannot be 0']);
      if (tab <= previous) throw new TabStopError(['tab sizes must be ascending']);
      previous = tab;
    }
    if (this.incrementSize && this.extendSize) throw new TabStopError(["'/' specifier is mutually exclusive with '+'"]);
    if (this.list.length === 0) this.size = this.extendSize || this.incrementSize || 8;
    else if (this.list.length === 1 && !this.extendSize && !this.incrementSize) this.size = this.list[0];
    else this.size = 0;
  }

  /** The column of the next tab stop after `column`; -1 when past the last one. */
  next(column: number, state: { index: number }): number {
    if (this.size) return column + (this.size - (column % this.size));
    for (; state.index < this.list.length; state.index++) {
      if (column < this.list[state.index]) return this.list[state.index];
    }
    if (this.extendSize) return column + (this.extendSize - (column % this.extendSize));
    if (this.incrementSize) {
      const last = this.list[this.list.length - 1];
      return column + (this.incrementSize - ((column - last) % this.incrementSize));
    }
    return -1;
  }
}
