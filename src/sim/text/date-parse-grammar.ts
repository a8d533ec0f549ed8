// The grammar of GNU date strings (gnulib parse-datetime.y), as a hand-written parser over the
// lexer's tokens. Each item (a date, a time, a zone, a weekday, a relative offset, a bare number)
// fills in the parts and counts what was seen; where the yacc grammar has a shift/reduce conflict,
// bison shifts, so the longest form wins here too ("10:00 -5" is a time with a zone).

import { MERIDIAN_24, type Token, type TokenType } from './date-parse-lexer.ts';
import { addRelative, digitsToDateTime, timeZoneHhmm, unitTimes, zeroRelative, type DateParts, type Relative } from './date-parse-parts.ts';

export type { DateParts };
export { zeroRelative };

const UNIT_TYPES: TokenType[] = ['YEAR_UNIT', 'MONTH_UNIT', 'DAY_UNIT', 'HOUR_UNIT', 'MINUTE_UNIT', 'SEC_UNIT'];

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly pc: DateParts,
  ) {}

  private peek(k = 0): Token {
    return this.tokens[Math.min(this.i + k, this.tokens.length - 1)];
  }

  private is(k: number, type: TokenType, char?: string): boolean {
    const t = this.peek(k);
    return t.type === type && (char === undefined || t.char === char);
  }

  private isUnit(k: number): boolean {
    return UNIT_TYPES.includes(this.peek(k).type);
  }

  private next(): Token {
    return this.tokens[this.i++];
  }

  /** spec: '@' seconds | items. */
  parseSpec(): boolean {
    if (this.is(0, 'CHAR', '@')) {
      const t = this.peek(1);
      if (!['SNUMBER', 'UNUMBER', 'SDECIMAL', 'UDECIMAL'].includes(t.type) || !this.is(2, 'END')) return false;
      const decimal = t.type.endsWith('DECIMAL');
      this.pc.seconds = decimal ? t.seconds : t.value;
      this.pc.ns = decimal ? t.nanoseconds : 0;
      this.pc.timespecSeen = true;
      return true;
    }
    while (!this.is(0, 'END')) if (!this.item()) return false;
    return true;
  }

  private item(): boolean {
    const pc = this.pc;
    const t = this.peek();
    switch (t.type) {
      case 'UNUMBER':
        return this.numberItem();
      case 'SNUMBER':
      case 'SDECIMAL':
      case 'UDECIMAL':
      case 'ORDINAL':
        if (t.type === 'ORDINAL' && this.is(1, 'DAY')) {
          this.next();
          this.setDay(t.value, this.next().value);
          return true;
        }
        return this.relative();
      case 'YEAR_UNIT':
      case 'MONTH_UNIT':
      case 'DAY_UNIT':
      case 'HOUR_UNIT':
      case 'MINUTE_UNIT':
      case 'SEC_UNIT':
        return this.relative();
      case 'DAY_SHIFT':
        this.next();
        return addRelative(this.pc, { ...zeroRelative(), day: t.value }, 1);
      case 'MONTH':
        return this.monthDate();
      case 'DAY':
        this.next();
        if (this.is(0, 'CHAR', ',')) this.next();
        this.setDay(0, t.value);
        return true;
      case 'ZONE':
      case 'T':
        return this.zone();
      case 'DAYZONE':
        this.next();
        pc.timeZone = t.value + 3600;
        pc.zonesSeen++;
        return true;
      case 'LOCAL_ZONE':
        this.next();
        if (this.is(0, 'DST')) {
          this.next();
          pc.localIsDst = 1;
          pc.dstsSeen++;
        } else pc.localIsDst = t.value;
        pc.localZonesSeen++;
        return true;
      default:
        return false;
    }
  }

  private setDay(ordinal: number, day: number): void {
    this.pc.dayOrdinal = ordinal;
    this.pc.dayNumber = day;
    this.pc.daysSeen++;
  }

  /** Items starting with an unsigned number. */
  private numberItem(): boolean {
    const pc = this.pc;
    const first = this.peek();
    if (this.is(1, 'MERIDIAN') || this.is(1, 'CHAR', ':')) {
      if (!this.time()) return false;
      pc.timesSeen++;
      return true;
    }
    if (this.is(1, 'SNUMBER')) {
      if (this.is(2, 'SNUMBER')) {
        this.next();
        const month = this.next();
        const day = this.next();
        pc.year = { value: first.value, digits: first.digits };
        pc.month = -month.value;
        pc.day = -day.value;
        if (this.is(0, 'T')) {
          this.next();
          if (!this.is(0, 'UNUMBER') || !this.isoTime()) return false;
          pc.timesSeen++;
        }
        pc.datesSeen++;
        return true;
      }
      if (this.isUnit(2)) {
        this.next();
        digitsToDateTime(this.pc, first);
        return addRelative(this.pc, this.relunitSnumber(), 1);
      }
      if (!this.isoTime()) return false;
      pc.timesSeen++;
      return true;
    }
    if (this.is(1, 'CHAR', '/')) {
      this.next();
      this.next();
      const second = this.next();
      if (second.type !== 'UNUMBER') return false;
      if (this.is(0, 'CHAR', '/')) {
        this.next();
        const third = this.next();
        if (third.type !== 'UNUMBER') return false;
        if (first.digits >= 4) Object.assign(pc, { year: { value: first.value, digits: first.digits }, month: second.value, day: third.value });
        else Object.assign(pc, { month: first.value, day: second.value, year: { value: third.value, digits: third.digits } });
      } else Object.assign(pc, { month: first.value, day: second.value });
      pc.datesSeen++;
      return true;
    }
    if (this.is(1, 'MONTH')) {
      this.next();
      pc.day = first.value;
      pc.month = this.next().value;
      const year = this.peek();
      if (year.type === 'SNUMBER' || year.type === 'UNUMBER') {
        this.next();
        // "17-JUN-1992": the year's '-' is a separator, so its value is negated back.
        pc.year = { value: year.type === 'SNUMBER' ? -year.value : year.value, digits: year.digits };
      }
      pc.datesSeen++;
      return true;
    }
    if (this.is(1, 'DAY')) {
      this.next();
      this.setDay(first.value, this.next().value);
      return true;
    }
    if (this.isUnit(1)) return this.relative();
    this.next();
    digitsToDateTime(this.pc, first);
    return true;
  }

  /** time: H meridian | H:M meridian | H:M:S meridian | iso_8601_time. */
  private time(): boolean {
    if (!this.is(1, 'MERIDIAN')) return this.isoTime(true);
    this.setTime(this.next().value, 0, 0, 0);
    this.pc.meridian = this.next().value;
    return true;
  }

  /** iso_8601_time: H zone_offset | H:M [zone_offset] | H:M:S [zone_offset]; with `meridian`, H:M[:S] am|pm too. */
  private isoTime(meridianAllowed = false): boolean {
    const pc = this.pc;
    const hour = this.next();
    if (hour.type !== 'UNUMBER') return false;
    if (!this.is(0, 'CHAR', ':')) {
      this.setTime(hour.value, 0, 0, 0);
      pc.meridian = MERIDIAN_24;
      return this.zoneOffset();
    }
    this.next();
    const minutes = this.next();
    if (minutes.type !== 'UNUMBER') return false;
    let seconds = 0;
    let ns = 0;
    if (this.is(0, 'CHAR', ':')) {
      this.next();
      const s = this.next();
      if (s.type === 'UNUMBER') seconds = s.value;
      else if (s.type === 'UDECIMAL') [seconds, ns] = [s.seconds, s.nanoseconds];
      else return false;
    }
    this.setTime(hour.value, minutes.value, seconds, ns);
    if (meridianAllowed && this.is(0, 'MERIDIAN')) {
      pc.meridian = this.next().value;
      return true;
    }
    pc.meridian = MERIDIAN_24;
    return this.is(0, 'SNUMBER') ? this.zoneOffset() : true;
  }

  private setTime(hour: number, minutes: number, seconds: number, ns: number): void {
    Object.assign(this.pc, { hour, minutes, seconds, ns });
  }

  /** zone_offset: SNUMBER [':' UNUMBER]. */
  private zoneOffset(): boolean {
    const s = this.next();
    if (s.type !== 'SNUMBER') return false;
    let minutes = -1;
    if (this.is(0, 'CHAR', ':')) {
      this.next();
      const m = this.next();
      if (m.type !== 'UNUMBER') return false;
      minutes = m.value;
    }
    this.pc.zonesSeen++;
    return timeZoneHhmm(this.pc, s, minutes);
  }

  private monthDate(): boolean {
    const pc = this.pc;
    const month = this.next();
    const a = this.peek();
    if (a.type === 'SNUMBER' && this.is(1, 'SNUMBER')) {
      this.next();
      const year = this.next();
      Object.assign(pc, { month: month.value, day: -a.value, year: { value: -year.value, digits: year.digits } });
    } else if (a.type === 'UNUMBER') {
      this.next();
      Object.assign(pc, { month: month.value, day: a.value });
      if (this.is(0, 'CHAR', ',')) {
        this.next();
        const year = this.next();
        if (year.type !== 'UNUMBER') return false;
        pc.year = { value: year.value, digits: year.digits };
      }
    } else return false;
    pc.datesSeen++;
    return true;
  }

  private zone(): boolean {
    const pc = this.pc;
    const t = this.next();
    pc.timeZone = t.type === 'T' ? -7 * 3600 : t.value;
    pc.zonesSeen++;
    if (this.is(0, 'SNUMBER') && this.isUnit(1)) return addRelative(this.pc, this.relunitSnumber(), 1);
    if (t.type === 'ZONE' && this.is(0, 'SNUMBER')) {
      const s = this.next();
      let minutes = -1;
      if (this.is(0, 'CHAR', ':')) {
        this.next();
        const m = this.next();
        if (m.type !== 'UNUMBER') return false;
        minutes = m.value;
      }
      const base = t.value;
      if (!timeZoneHhmm(this.pc, s, minutes)) return false;
      pc.timeZone += base;
      return true;
    }
    if (t.type === 'ZONE' && this.is(0, 'DST')) {
      this.next();
      pc.timeZone = t.value + 3600;
    }
    return true;
  }

  /** rel: relunit [ago]. */
  private relative(): boolean {
    const unit = this.relunit();
    if (unit === undefined) return false;
    let factor = 1;
    if (this.is(0, 'AGO')) factor = this.next().value;
    return addRelative(this.pc, unit, factor);
  }

  private relunit(): Relative | undefined {
    const t = this.peek();
    if (t.type === 'SNUMBER') return this.isUnit(1) ? this.relunitSnumber() : undefined;
    if (t.type === 'SDECIMAL' || t.type === 'UDECIMAL') {
      if (!this.is(1, 'SEC_UNIT')) return undefined;
      this.i += 2;
      return { ...zeroRelative(), seconds: t.seconds, ns: t.nanoseconds };
    }
    let count = 1;
    if (t.type === 'ORDINAL' || t.type === 'UNUMBER') {
      if (!this.isUnit(1)) return undefined;
      this.next();
      count = t.value;
    }
    return unitTimes(this.next(), count);
  }

  private relunitSnumber(): Relative | undefined {
    const count = this.next().value;
    return unitTimes(this.next(), count);
  }

}

/** Fills `parts` from the tokens; false when the string does not follow the grammar. */
export function parseTokens(tokens: Token[], parts: DateParts): boolean {
  return new Parser(tokens, parts).parseSpec();
}
