// date +FORMAT: gnulib's nstrftime in the C locale, conversion by conversion. Flags (- _ 0 + ^ #),
// a width and the E/O modifiers follow the same rules: numbers pad with zeros unless told
// otherwise, names with spaces; composite conversions (%c %D %F %r %R %T %x %X) format their parts
// and pad the whole; an unknown conversion is copied out as written.

import type { BrokenDown, ZoneInfo } from '../text/date-calendar.ts';
import { formatNumber, formatZoneOffset, isoWeek, padField } from './date-format-number.ts';

export interface FormatTime {
  fields: BrokenDown;
  epochSeconds: number;
  nanoseconds: number;
  zone: ZoneInfo;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Composite conversions gnulib expands itself (flags reach their parts). */
const SUBFORMATS: Record<string, string> = { D: '%m/%d/%y', R: '%H:%M', T: '%H:%M:%S' };
const WIDTH_LIMIT = 1_000_000;

export function strftime(format: string, time: FormatTime): string {
  return formatInternal(format, time, false, '', -1);
}

/** date's own tweak: "%-N" prints as many digits as the clock resolves (nanoseconds on Linux). */
export function adjustResolution(format: string): string {
  return format.replace(/%-N/g, '%9N');
}

interface Spec {
  pad: string;
  width: number;
  upcase: boolean;
  changeCase: boolean;
  modifier: string;
  /** The conversion as written, from '%' on, for unknown conversions. */
  text: string;
}

function formatInternal(format: string, time: FormatTime, upcase: boolean, yearPad: string, firstWidth: number): string {
  let out = '';
  let width = firstWidth;
  for (let i = 0; i < format.length; i++, width = -1) {
    if (format[i] !== '%') {
      out += padField(format[i], '', width);
      continue;
    }
    const start = i;
    const spec: Spec = { pad: '', width, upcase, changeCase: false, modifier: '', text: '' };
    for (;;) {
      const c = format[++i];
      if (c === '_' || c === '-' || c === '+' || c === '0') spec.pad = c;
      else if (c === '^') spec.upcase = true;
      else if (c === '#') spec.changeCase = true;
      else break;
    }
    if (/[0-9]/.test(format[i] ?? '')) {
      let w = 0;
      while (/[0-9]/.test(format[i] ?? '')) w = Math.min(WIDTH_LIMIT, w * 10 + Number(format[i++]));
      spec.width = w;
    }
    if (format[i] === 'E' || format[i] === 'O') spec.modifier = format[i++];
    let conversion = format[i] ?? '';
    if (conversion === '') i--; // GNU extension: a lone '%' at the end is copied.
    let colons = 0;
    if (conversion === ':') {
      while (format[i + colons + 1] === ':') colons++;
      colons++;
      if (format[i + colons] === 'z') {
        i += colons;
        conversion = 'z';
      }
    }
    spec.text = format.slice(start, i + 1);
    out += convert(conversion, spec, colons, time, yearPad);
  }
  return out;
}

function convert(conversion: string, spec: Spec, colons: number, time: FormatTime, yearPad: string): string {
  const f = time.fields;
  const { modifier } = spec;
  const number = (digits: number, value: number, options: { spacePad?: boolean; yearish?: boolean; negative?: boolean } = {}): string =>
    formatNumber(Math.abs(value), options.negative ?? value < 0, digits, spec, options, yearPad);
  const name = (text: string, lower = false): string => {
    let value = text;
    if (lower) value = value.toLowerCase();
    else if (spec.upcase) value = value.toUpperCase();
    return padField(value, spec.pad, spec.width);
  };
  const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
  const bad = (): string => badFormat(spec, conversion === '%');
  switch (conversion) {
    case '%':
      return modifier || spec.pad || spec.width >= 0 || spec.upcase || spec.changeCase ? bad() : '%';
    case 'a':
    case 'A':
      if (modifier) return bad();
      if (spec.changeCase) spec.upcase = true;
      return name(conversion === 'a' ? DAYS[f.weekday].slice(0, 3) : DAYS[f.weekday]);
    case 'b':
    case 'h':
    case 'B':
      if (modifier === 'E') return bad();
      if (spec.changeCase) spec.upcase = true;
      return name(conversion === 'B' ? MONTHS[f.month] : MONTHS[f.month].slice(0, 3));
    case 'c':
    case 'x':
    case 'X':
      return modifier === 'O' ? bad() : name(cLocale(conversion, f));
    case 'r':
      return name(cLocale(conversion, f));
    case 'D':
      return modifier ? bad() : subformat(SUBFORMATS.D, spec, time, -1);
    case 'R':
    case 'T':
      return subformat(SUBFORMATS[conversion], spec, time, -1);
    case 'F': {
      if (modifier) return bad();
      if (spec.pad === '' && spec.width < 0) return subformat('%Y-%m-%d', { ...spec, pad: '+' }, time, 4);
      return subformat('%Y-%m-%d', spec, time, Math.max(0, spec.width - 6));
    }
    case 'C': {
      if (modifier === 'E') return name(glibcNumber(Math.floor(f.year / 100), 2));
      const tmYear = f.year - 1900;
      let century = Math.trunc(tmYear / 100) + 19;
      if (tmYear % 100 < 0 && 0 < century) century--;
      return number(2, Math.abs(century), { yearish: true, negative: tmYear < -1900 });
    }
    case 'y': {
      if (modifier === 'E') return name(glibcNumber((((f.year - 1900) % 100) + 100) % 100, 2));
      const tmYear = f.year - 1900;
      let yy = tmYear % 100;
      if (yy < 0) yy = tmYear < -1900 ? -yy : yy + 100;
      return number(2, yy, { yearish: true, negative: false });
    }
    case 'Y':
      if (modifier === 'O') return bad();
      if (modifier === 'E') return name(String(f.year));
      return number(4, Math.abs(f.year), { yearish: true, negative: f.year < 0 });
    case 'G':
    case 'g':
    case 'V': {
      if (modifier === 'E') return bad();
      const week = isoWeek(f);
      if (conversion === 'V') return number(2, week.week);
      if (conversion === 'G') return number(4, Math.abs(week.year), { yearish: true, negative: week.year < 0 });
      const tmYear = f.year - 1900;
      const adjust = week.year - f.year;
      const yy = (tmYear % 100 + adjust) % 100;
      return number(2, 0 <= yy ? yy : tmYear < -1900 - adjust ? -yy : yy + 100, { yearish: true, negative: false });
    }
    case 'd':
    case 'e':
    case 'H':
    case 'I':
    case 'k':
    case 'l':
    case 'M':
    case 'S':
    case 'U':
    case 'W':
    case 'w':
    case 'j':
    case 'm': {
      if (modifier === 'E') return bad();
      const values: Record<string, [number, number, boolean]> = {
        d: [2, f.day, false], e: [2, f.day, true], H: [2, f.hour, false], I: [2, hour12, false],
        k: [2, f.hour, true], l: [2, hour12, true], M: [2, f.minute, false], S: [2, f.second, false],
        U: [2, Math.floor((f.yearDay - f.weekday + 7) / 7), false],
        W: [2, Math.floor((f.yearDay - ((f.weekday - 1 + 7) % 7) + 7) / 7), false],
        w: [1, f.weekday, false], j: [3, f.yearDay + 1, false], m: [2, f.month + 1, false],
      };
      const [digits, value, spacePad] = values[conversion];
      return number(digits, value, { spacePad });
    }
    case 'u':
      return number(1, ((f.weekday + 6) % 7) + 1);
    case 'q':
      return number(1, ((f.month * 11) >> 5) + 1);
    case 's':
      return formatNumber(Math.abs(time.epochSeconds), time.epochSeconds < 0, 1, spec, {}, yearPad);
    case 'N':
      return modifier === 'E' ? bad() : nanoseconds(time.nanoseconds, spec);
    case 'n':
      return padField('\n', '', spec.width);
    case 't':
      return padField('\t', '', spec.width);
    case 'p':
    case 'P': {
      const text = f.hour > 11 ? 'PM' : 'AM';
      return name(text, conversion === 'P' || spec.changeCase);
    }
    case 'Z':
      return name(time.zone.abbreviation, spec.changeCase);
    case 'z':
      if (colons > 3) return bad();
      return formatZoneOffset(time.zone, colons, spec);
    default:
      return bad();
  }
}

/**
 * %c %x %X %r come from the C library's own strftime in the C locale (gnulib defers to it), which
 * prints years unpadded and %y as the year modulo 100; gnulib then pads the whole.
 */
function cLocale(conversion: string, f: BrokenDown): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  const time = `${two(f.hour)}:${two(f.minute)}:${two(f.second)}`;
  switch (conversion) {
    case 'c':
      return `${DAYS[f.weekday].slice(0, 3)} ${MONTHS[f.month].slice(0, 3)} ${String(f.day).padStart(2)} ${time} ${f.year}`;
    case 'x':
      return `${two(f.month + 1)}/${two(f.day)}/${two((((f.year - 1900) % 100) + 100) % 100)}`;
    case 'X':
      return time;
    default:
      return `${two(f.hour % 12 === 0 ? 12 : f.hour % 12)}:${two(f.minute)}:${two(f.second)} ${f.hour > 11 ? 'PM' : 'AM'}`;
  }
}

/** A number as the C library prints it for the E-modified conversions gnulib hands over. */
function glibcNumber(value: number, digits: number): string {
  return value < 0 ? `-${String(-value).padStart(digits - 1, '0')}` : String(value).padStart(digits, '0');
}

function subformat(format: string, spec: Spec, time: FormatTime, subWidth: number): string {
  const text = formatInternal(format, time, spec.upcase, spec.pad, subWidth);
  return padField(text, spec.pad, spec.width);
}

/** %N: the first WIDTH digits of the nanoseconds (9 by default); '_' or '-' drop trailing zeros. */
function nanoseconds(ns: number, spec: Spec): string {
  const width = spec.width <= 0 ? 9 : spec.width;
  let n = ns;
  let digits = 9;
  while (width < digits || (1 < digits && n % 10 === 0)) {
    digits--;
    n = Math.floor(n / 10);
  }
  const text = String(n).padStart(digits, '0');
  const pad = spec.pad === '' ? '0' : spec.pad;
  if (pad === '-' || width <= digits) return text;
  return text + (pad === '0' || pad === '+' ? '0' : ' ').repeat(width - digits);
}

/** An unknown conversion is copied as written; a flagged or sized %% counts one character less. */
function badFormat(spec: Spec, percent: boolean): string {
  const text = spec.upcase ? spec.text.toUpperCase() : spec.text;
  if (!percent || spec.width < 0 || spec.pad === '-') return padField(text, spec.pad, spec.width);
  const fill = spec.pad === '0' || spec.pad === '+' ? '0' : ' ';
  return fill.repeat(Math.max(0, spec.width - text.length + 1)) + text;
}
