// bash's printf %(fmt)T: localtime() of the argument in the zone the shell's TZ names, then the C
// library's strftime into a 128-byte buffer (a longer result prints nothing). That strftime is
// glibc's, not the gnulib one date uses: it knows fewer conversions (%N %q %:z %+4Y are copied as
// written), pads %C %Y %G to one digit only, lets a '-' field still be space-filled to its width,
// gives %z's width to its sign and to its digits alike, and pads %D %T ... as a whole. So each
// value comes from date's strftime (date-format.ts) and only the padding glibc adds is done here.

import { strftime, type FormatTime } from '../../commands/date-format.ts';
import { brokenDown, type TimeZone } from '../../text/date-calendar.ts';

const TIMELEN_MAX = 128;
/** 400 Gregorian years: dates and weekdays repeat, so a far year is computed 400·k years nearer. */
const CYCLE_SECONDS = 146_097n * 86_400n;
const CYCLE_YEARS = 400;
/** Within JavaScript's Date range (±8.64e12 s) with room for any zone offset. */
const NEAR_LIMIT = 8_000_000_000_000n;
/** localtime() fails when tm_year (year - 1900) does not fit in an int. */
const YEAR_MAX = 2_147_483_647 + 1900;
const YEAR_MIN = -2_147_483_648 + 1900;

interface LocalTime {
  time: FormatTime;
  seconds: bigint;
}

/** The text bash prints for %(format)T at `seconds` (already -1/-2 resolved) in `zone`. */
export function printfTime(format: string, seconds: bigint, zone: TimeZone): string {
  // bash falls back to the epoch when localtime() fails (a year beyond an int).
  const local = localtime(seconds, zone) ?? localtime(0n, zone)!;
  const text = glibcStrftime(format, local);
  return new TextEncoder().encode(text).length < TIMELEN_MAX ? text : '';
}

function localtime(seconds: bigint, zone: TimeZone): LocalTime | undefined {
  let cycles = 0n;
  if (seconds > NEAR_LIMIT) cycles = (seconds - NEAR_LIMIT) / CYCLE_SECONDS + 1n;
  else if (seconds < -NEAR_LIMIT) cycles = -((-NEAR_LIMIT - seconds) / CYCLE_SECONDS + 1n);
  const near = Number(seconds - cycles * CYCLE_SECONDS);
  const info = zone.at(near);
  const fields = brokenDown(near + info.offset);
  const utc = brokenDown(near);
  if (fields === undefined || utc === undefined) return undefined;
  const shift = Number(cycles) * CYCLE_YEARS;
  fields.year += shift;
  // glibc works out the zone's rules for the UTC year first: that year must fit as well.
  if (!fitsTmYear(fields.year) || !fitsTmYear(utc.year + shift)) return undefined;
  return { time: { fields, epochSeconds: Number(seconds), nanoseconds: 0, zone: info }, seconds };
}

function fitsTmYear(year: number): boolean {
  return year >= YEAR_MIN && year <= YEAR_MAX;
}

/** One conversion as written: flags, width, E/O modifier. */
interface Field {
  /** '_' spaces, '-' no padding of the digits, '0' zeros, '' the conversion's own. */
  pad: string;
  upcase: boolean;
  changeCase: boolean;
  /** -1 when none was given. */
  width: number;
  modifier: string;
}

/** Numbers: their natural digit count, space padding (%e %k %l), and the modifiers glibc refuses. */
const NUMBERS: Record<string, { digits: number; spaces?: boolean; rejects: string }> = {
  C: { digits: 1, rejects: '' }, d: { digits: 2, rejects: 'E' }, e: { digits: 2, spaces: true, rejects: 'E' },
  g: { digits: 2, rejects: 'E' }, G: { digits: 1, rejects: 'E' }, H: { digits: 2, rejects: 'E' },
  I: { digits: 2, rejects: 'E' }, j: { digits: 3, rejects: 'E' }, k: { digits: 2, spaces: true, rejects: 'E' },
  l: { digits: 2, spaces: true, rejects: 'E' }, m: { digits: 2, rejects: 'E' }, M: { digits: 2, rejects: 'E' },
  S: { digits: 2, rejects: 'E' }, u: { digits: 1, rejects: '' }, U: { digits: 2, rejects: 'E' },
  V: { digits: 2, rejects: 'E' }, w: { digits: 1, rejects: 'E' }, W: { digits: 2, rejects: 'E' },
  y: { digits: 2, rejects: '' }, Y: { digits: 1, rejects: 'O' },
};

/** The C locale's composite conversions, formatted bare and then padded as one field. */
const SUBFORMATS: Record<string, { format: string; rejects: string }> = {
  c: { format: '%a %b %e %H:%M:%S %Y', rejects: 'O' }, D: { format: '%m/%d/%y', rejects: 'EO' },
  F: { format: '%Y-%m-%d', rejects: 'EO' }, r: { format: '%I:%M:%S %p', rejects: '' },
  R: { format: '%H:%M', rejects: '' }, T: { format: '%H:%M:%S', rejects: '' },
  x: { format: '%m/%d/%y', rejects: 'O' }, X: { format: '%H:%M:%S', rejects: 'O' },
};

const NAME_REJECTS: Record<string, string> = { a: 'EO', A: 'EO', b: 'E', B: 'E', h: 'E', p: '', P: '', Z: '' };

function glibcStrftime(format: string, local: LocalTime): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== '%') {
      out += format[i];
      continue;
    }
    const start = i;
    const field: Field = { pad: '', upcase: false, changeCase: false, width: -1, modifier: '' };
    for (;;) {
      const c = format[++i];
      if (c === '_' || c === '-' || c === '0') field.pad = c;
      else if (c === '^') field.upcase = true;
      else if (c === '#') field.changeCase = true;
      else break;
    }
    if (isDigit(format[i])) {
      // Any width past the buffer's size overflows it anyway: no need to build such a string.
      field.width = 0;
      while (isDigit(format[i])) field.width = Math.min(TIMELEN_MAX, field.width * 10 + Number(format[i++]));
    }
    if (format[i] === 'E' || format[i] === 'O') field.modifier = format[i++];
    const conversion = format[i] ?? '';
    if (conversion === '') i--; // a '%' (with flags) at the very end is copied
    const copied = (): string => add(field.upcase ? format.slice(start, i + 1).toUpperCase() : format.slice(start, i + 1), field);
    out += convert(conversion, field, local) ?? copied();
    if (out.length >= TIMELEN_MAX) return out;
  }
  return out;
}

/** One conversion's text; undefined when glibc does not know it (it is then copied as written). */
function convert(conversion: string, field: Field, local: LocalTime): string | undefined {
  const { time } = local;
  const refused = (rejects: string): boolean => field.modifier !== '' && rejects.includes(field.modifier);
  const number = NUMBERS[conversion];
  if (number !== undefined) {
    if (refused(number.rejects)) return undefined;
    const raw = yearish(conversion, time) ?? strftime(`%-${conversion}`, time);
    return digits(raw, Math.max(number.digits, field.width), number.spaces ?? false, field);
  }
  const sub = SUBFORMATS[conversion];
  if (sub !== undefined) {
    if (refused(sub.rejects)) return undefined;
    const text = glibcStrftime(sub.format, local);
    return add(field.upcase ? text.toUpperCase() : text, field);
  }
  const rejects = NAME_REJECTS[conversion];
  if (rejects !== undefined) {
    // glibc's %b (and %h) take up '#' before looking at the modifier: a refused %#Eb copies as "%#EB".
    if ((conversion === 'b' || conversion === 'h') && field.changeCase) field.upcase = true;
    if (refused(rejects)) return undefined;
    const text = strftime(`%${conversion}`, time);
    const names = conversion === 'a' || conversion === 'A' || conversion === 'b' || conversion === 'B' || conversion === 'h';
    // '#' upcases names but lowercases %p and %Z; %P is always lowercase, whatever '^' says.
    const lower = conversion === 'P' || (!names && field.changeCase);
    const upper = field.upcase || (names && field.changeCase);
    return add(lower ? text.toLowerCase() : upper ? text.toUpperCase() : text, field);
  }
  switch (conversion) {
    case '%':
      return add('%', field);
    case 'n':
      return add('\n', field);
    case 't':
      return add('\t', field);
    case 's':
      // Only the width pads %s: its digit count is 1, whatever the width.
      return digits(String(local.seconds), 1, false, field);
    case 'z': {
      const offset = time.zone.offset;
      const minutes = Math.trunc(Math.abs(offset) / 60);
      return add(offset < 0 ? '-' : '+', field) + digits(String(Math.trunc(minutes / 60) * 100 + (minutes % 60)), Math.max(4, field.width), false, field);
    }
    default:
      return undefined;
  }
}

/**
 * The year conversions as glibc computes them: the year is tm_year + 1900 in an int (so the last
 * years before localtime's limit wrap around), %C and %g round towards minus infinity, and %y is
 * tm_year modulo 100 made positive.
 */
function yearish(conversion: string, time: FormatTime): string | undefined {
  const year = time.fields.year | 0;
  const isoYear = Number(strftime('%-G', time)) | 0;
  const twoDigits = (n: number): number => ((n % 100) + 100) % 100;
  switch (conversion) {
    case 'Y': return String(year);
    case 'C': return String(Math.trunc(year / 100) - (year % 100 < 0 ? 1 : 0));
    case 'y': return String(twoDigits(time.fields.year - 1900));
    case 'G': return String(isoYear);
    case 'g': return String(twoDigits(isoYear));
    default: return undefined;
  }
}

/** glibc's do_number: zeros (or spaces with '_') up to `count` digits, then the width as a field. */
function digits(raw: string, count: number, spaces: boolean, field: Field): string {
  const pad = spaces && field.pad !== '0' && field.pad !== '-' ? '_' : field.pad;
  const padding = count - raw.length;
  if (pad === '-' || padding <= 0) return add(raw, { ...field, pad });
  if (pad === '_') return ' '.repeat(padding) + add(raw, { ...field, pad, width: field.width > padding ? field.width - padding : 0 });
  const negative = raw.startsWith('-');
  return (negative ? '-' : '') + '0'.repeat(padding) + (negative ? raw.slice(1) : raw);
}

/** glibc's add(): text right-aligned in the field's width, with zeros under '0', else spaces. */
function add(text: string, field: Field): string {
  const fill = field.width - text.length;
  return fill > 0 ? (field.pad === '0' ? '0' : ' ').repeat(fill) + text : text;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
