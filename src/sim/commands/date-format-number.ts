// Numbers in date +FORMAT, as nstrftime pads them: the field's natural width in digits, zeros by
// default ('_' spaces with the sign moved next to the digits, '-' none), '+' signs for years wider
// than four digits, and the numeric zone offsets (%z %:z %::z %:::z) with their colons.

import type { BrokenDown, ZoneInfo } from '../text/date-calendar.ts';

export interface NumberSpec {
  pad: string;
  width: number;
}

/** Pads `text` on the left to `width`: zeros for the '0' and '+' flags, otherwise spaces; '-' never. */
export function padField(text: string, pad: string, width: number): string {
  const target = pad === '-' || width < 0 ? 0 : width;
  if (text.length >= target) return text;
  return (pad === '0' || pad === '+' ? '0' : ' ').repeat(target - text.length) + text;
}

/** do_number_sign_and_padding: sign, then the digits padded to the width. */
function signAndPad(digitsText: string, negative: boolean, alwaysSign: boolean, digits: number, padFlag: string, fieldWidth: number): string {
  const pad = padFlag === '' ? '0' : padFlag;
  let width = fieldWidth < 0 ? digits : fieldWidth;
  const sign = negative ? '-' : alwaysSign ? '+' : '';
  const shortage = width - (sign ? 1 : 0) - digitsText.length;
  const padding = pad === '-' || shortage <= 0 ? 0 : shortage;
  let out = '';
  if (sign) {
    if (pad === '_') {
      out += ' '.repeat(padding);
      width -= padding;
    }
    out += sign;
    width--;
  }
  return out + padField(digitsText, pad, width);
}

export function formatNumber(
  magnitude: number,
  negative: boolean,
  digits: number,
  spec: NumberSpec,
  options: { spacePad?: boolean; yearish?: boolean },
  yearPad: string,
): string {
  let pad = spec.pad;
  let alwaysSign = false;
  if (options.yearish) {
    if (pad === '') pad = yearPad;
    alwaysSign = pad === '+' && ((digits === 2 ? 99 : 9999) < magnitude || digits < spec.width);
  } else if (options.spacePad && pad === '') pad = '_';
  return signAndPad(String(magnitude), negative, alwaysSign, digits, pad, spec.width);
}

/** %z (+hhmm), %:z (+hh:mm), %::z (+hh:mm:ss), %:::z (as few parts as needed). */
export function formatZoneOffset(zone: ZoneInfo, colons: number, spec: NumberSpec): string {
  const diff = zone.offset;
  const negative = diff < 0 || (diff === 0 && zone.abbreviation.startsWith('-'));
  const abs = Math.abs(diff);
  const hours = Math.floor(abs / 3600);
  const minutes = Math.floor(abs / 60) % 60;
  const seconds = abs % 60;
  let style = colons;
  if (style === 3) style = seconds !== 0 ? 2 : minutes !== 0 ? 1 : 3;
  const [digits, mask, value] =
    style === 0 ? [5, 0, hours * 100 + minutes]
      : style === 1 ? [6, 0o4, hours * 100 + minutes]
        : style === 2 ? [9, 0o24, hours * 10000 + minutes * 100 + seconds]
          : [3, 0, hours];
  return signAndPad(withColons(value, mask), negative, true, digits, spec.pad, spec.width);
}

/** The digits of `value` with ':' inserted where `mask` has bits (bit i: before the i-th digit from the right). */
function withColons(value: number, colonMask: number): string {
  let out = '';
  let v = value;
  let mask = colonMask;
  do {
    if (mask & 1) out = ':' + out;
    mask >>= 1;
    out = String(v % 10) + out;
    v = Math.floor(v / 10);
  } while (v !== 0 || mask !== 0);
  return out;
}

/** ISO 8601 week-numbering year and week (%G, %V). */
export function isoWeek(f: BrokenDown): { year: number; week: number } {
  let year = f.year;
  let days = isoWeekDays(f.yearDay, f.weekday);
  if (days < 0) {
    year--;
    days = isoWeekDays(f.yearDay + 365 + (isLeap(year) ? 1 : 0), f.weekday);
  } else {
    const next = isoWeekDays(f.yearDay - 365 - (isLeap(year) ? 1 : 0), f.weekday);
    if (next >= 0) {
      year++;
      days = next;
    }
  }
  return { year, week: Math.floor(days / 7) + 1 };
}

/** Days from the first day of the first ISO week of the year to `yearDay` (negative: last year's). */
function isoWeekDays(yearDay: number, weekday: number): number {
  const bigEnoughMultipleOf7 = (Math.floor(366 / 7) + 2) * 7;
  return yearDay - ((yearDay - weekday + 4 + bigEnoughMultipleOf7) % 7) + 4 - 1;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
