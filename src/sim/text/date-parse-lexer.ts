// The tokens of GNU date strings, as gnulib's parse-datetime.y reads them: numbers (signed when a
// '+' or '-' precedes them, with their digit count, since "2026" and "26" mean different years),
// decimals ("1.5", to nanoseconds), words looked up in the same tables and order (month and day
// names, zones, units, "ago", "next"...), parenthesised comments skipped, other characters as is.

export type TokenType =
  | 'UNUMBER' | 'SNUMBER' | 'UDECIMAL' | 'SDECIMAL'
  | 'MERIDIAN' | 'MONTH' | 'DAY' | 'ORDINAL' | 'AGO' | 'DST' | 'DAY_SHIFT'
  | 'YEAR_UNIT' | 'MONTH_UNIT' | 'DAY_UNIT' | 'HOUR_UNIT' | 'MINUTE_UNIT' | 'SEC_UNIT'
  | 'ZONE' | 'DAYZONE' | 'LOCAL_ZONE' | 'T' | 'CHAR' | 'ERROR' | 'END';

export interface Token {
  type: TokenType;
  /** Numbers: the value (negative for "-5"); words: the table value; CHAR: the char code. */
  value: number;
  /** Numbers: how many digits were written. */
  digits: number;
  negative: boolean;
  /** Decimals: whole seconds (floor) and nanoseconds (0..999999999). */
  seconds: number;
  nanoseconds: number;
  char: string;
}

export const MERIDIAN_AM = 0;
export const MERIDIAN_PM = 1;
export const MERIDIAN_24 = 2;

const HOUR = 3600;

type Entry = [string, TokenType, number];

const MERIDIANS: Entry[] = [['AM', 'MERIDIAN', MERIDIAN_AM], ['A.M.', 'MERIDIAN', MERIDIAN_AM], ['PM', 'MERIDIAN', MERIDIAN_PM], ['P.M.', 'MERIDIAN', MERIDIAN_PM]];

const MONTHS_AND_DAYS: Entry[] = [
  ['JANUARY', 'MONTH', 1], ['FEBRUARY', 'MONTH', 2], ['MARCH', 'MONTH', 3], ['APRIL', 'MONTH', 4],
  ['MAY', 'MONTH', 5], ['JUNE', 'MONTH', 6], ['JULY', 'MONTH', 7], ['AUGUST', 'MONTH', 8],
  ['SEPTEMBER', 'MONTH', 9], ['SEPT', 'MONTH', 9], ['OCTOBER', 'MONTH', 10], ['NOVEMBER', 'MONTH', 11],
  ['DECEMBER', 'MONTH', 12], ['SUNDAY', 'DAY', 0], ['MONDAY', 'DAY', 1], ['TUESDAY', 'DAY', 2],
  ['TUES', 'DAY', 2], ['WEDNESDAY', 'DAY', 3], ['WEDNES', 'DAY', 3], ['THURSDAY', 'DAY', 4],
  ['THUR', 'DAY', 4], ['THURS', 'DAY', 4], ['FRIDAY', 'DAY', 5], ['SATURDAY', 'DAY', 6],
];

const UNITS: Entry[] = [
  ['YEAR', 'YEAR_UNIT', 1], ['MONTH', 'MONTH_UNIT', 1], ['FORTNIGHT', 'DAY_UNIT', 14], ['WEEK', 'DAY_UNIT', 7],
  ['DAY', 'DAY_UNIT', 1], ['HOUR', 'HOUR_UNIT', 1], ['MINUTE', 'MINUTE_UNIT', 1], ['MIN', 'MINUTE_UNIT', 1],
  ['SECOND', 'SEC_UNIT', 1], ['SEC', 'SEC_UNIT', 1],
];

const RELATIVE: Entry[] = [
  ['TOMORROW', 'DAY_SHIFT', 1], ['YESTERDAY', 'DAY_SHIFT', -1], ['TODAY', 'DAY_SHIFT', 0], ['NOW', 'DAY_SHIFT', 0],
  ['LAST', 'ORDINAL', -1], ['THIS', 'ORDINAL', 0], ['NEXT', 'ORDINAL', 1], ['FIRST', 'ORDINAL', 1],
  ['THIRD', 'ORDINAL', 3], ['FOURTH', 'ORDINAL', 4], ['FIFTH', 'ORDINAL', 5], ['SIXTH', 'ORDINAL', 6],
  ['SEVENTH', 'ORDINAL', 7], ['EIGHTH', 'ORDINAL', 8], ['NINTH', 'ORDINAL', 9], ['TENTH', 'ORDINAL', 10],
  ['ELEVENTH', 'ORDINAL', 11], ['TWELFTH', 'ORDINAL', 12], ['AGO', 'AGO', -1], ['HENCE', 'AGO', 1],
];

const UNIVERSAL_ZONES: Entry[] = [['GMT', 'ZONE', 0], ['UT', 'ZONE', 0], ['UTC', 'ZONE', 0]];

const ZONES: Entry[] = [
  ['WET', 'ZONE', 0], ['WEST', 'DAYZONE', 0], ['BST', 'DAYZONE', 0], ['ART', 'ZONE', -3 * HOUR],
  ['BRT', 'ZONE', -3 * HOUR], ['BRST', 'DAYZONE', -3 * HOUR], ['NST', 'ZONE', -(3 * HOUR + 1800)],
  ['NDT', 'DAYZONE', -(3 * HOUR + 1800)], ['AST', 'ZONE', -4 * HOUR], ['ADT', 'DAYZONE', -4 * HOUR],
  ['CLT', 'ZONE', -4 * HOUR], ['CLST', 'DAYZONE', -4 * HOUR], ['EST', 'ZONE', -5 * HOUR], ['EDT', 'DAYZONE', -5 * HOUR],
  ['CST', 'ZONE', -6 * HOUR], ['CDT', 'DAYZONE', -6 * HOUR], ['MST', 'ZONE', -7 * HOUR], ['MDT', 'DAYZONE', -7 * HOUR],
  ['PST', 'ZONE', -8 * HOUR], ['PDT', 'DAYZONE', -8 * HOUR], ['AKST', 'ZONE', -9 * HOUR], ['AKDT', 'DAYZONE', -9 * HOUR],
  ['HST', 'ZONE', -10 * HOUR], ['HAST', 'ZONE', -10 * HOUR], ['HADT', 'DAYZONE', -10 * HOUR], ['SST', 'ZONE', -12 * HOUR],
  ['WAT', 'ZONE', HOUR], ['CET', 'ZONE', HOUR], ['CEST', 'DAYZONE', HOUR], ['MET', 'ZONE', HOUR],
  ['MEZ', 'ZONE', HOUR], ['MEST', 'DAYZONE', HOUR], ['MESZ', 'DAYZONE', HOUR], ['EET', 'ZONE', 2 * HOUR],
  ['EEST', 'DAYZONE', 2 * HOUR], ['CAT', 'ZONE', 2 * HOUR], ['SAST', 'ZONE', 2 * HOUR], ['EAT', 'ZONE', 3 * HOUR],
  ['MSK', 'ZONE', 3 * HOUR], ['MSD', 'DAYZONE', 3 * HOUR], ['IST', 'ZONE', 5 * HOUR + 1800], ['SGT', 'ZONE', 8 * HOUR],
  ['KST', 'ZONE', 9 * HOUR], ['JST', 'ZONE', 9 * HOUR], ['GST', 'ZONE', 10 * HOUR], ['NZST', 'ZONE', 12 * HOUR],
  ['NZDT', 'DAYZONE', 12 * HOUR],
];

/** Military letters: A..M east, N..Y west, Z is UTC; T is also the ISO separator; J is unknown. */
function military(letter: string): Entry | undefined {
  if (letter === 'J') return undefined;
  if (letter === 'T') return ['T', 'T', 0];
  if (letter === 'Z') return ['Z', 'ZONE', 0];
  const code = letter.charCodeAt(0) - 65;
  if (code <= 12) return [letter, 'ZONE', (code < 9 ? code + 1 : code) * HOUR];
  return [letter, 'ZONE', -(code - 12) * HOUR];
}

/** The local zone's own abbreviations ("CET" and "CEST" under Europe/Paris), isdst as value. */
export type LocalZoneNames = readonly { name: string; isDst: number }[];

function find(table: Entry[], word: string): Entry | undefined {
  return table.find((entry) => entry[0] === word);
}

function lookupZone(word: string, local: LocalZoneNames): Entry | undefined {
  const universal = find(UNIVERSAL_ZONES, word);
  if (universal) return universal;
  const own = local.find((entry) => entry.name === word);
  if (own) return [word, 'LOCAL_ZONE', own.isDst];
  return find(ZONES, word);
}

function lookupWord(raw: string, local: LocalZoneNames): Entry | undefined {
  const word = raw.toUpperCase();
  const meridian = find(MERIDIANS, word);
  if (meridian) return meridian;
  const abbreviated = word.length === 3 || (word.length === 4 && word[3] === '.');
  const named = MONTHS_AND_DAYS.find((entry) => (abbreviated ? entry[0].startsWith(word.slice(0, 3)) : entry[0] === word));
  if (named) return named;
  const zone = lookupZone(word, local);
  if (zone) return zone;
  if (word === 'DST') return ['DST', 'DST', 0];
  const unit = find(UNITS, word) ?? (word.endsWith('S') ? find(UNITS, word.slice(0, -1)) : undefined);
  if (unit) return unit;
  const relative = find(RELATIVE, word);
  if (relative) return relative;
  if (word.length === 1) return military(word);
  if (word.includes('.')) return lookupZone(word.replace(/\./g, ''), local);
  return undefined;
}

const isSpace = (c: string): boolean => c === ' ' || (c >= '\t' && c <= '\r');
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isAlpha = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

function token(type: TokenType, fields: Partial<Token> = {}): Token {
  return { type, value: 0, digits: 0, negative: false, seconds: 0, nanoseconds: 0, char: '', ...fields };
}

/** Splits a date string into tokens, ending with an END (or at the first ERROR). */
export function tokenize(input: string, local: LocalZoneNames): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const at = (k: number): string => input[k] ?? '';
  for (;;) {
    while (isSpace(at(i))) i++;
    const c = at(i);
    if (c === '') break;
    if (isDigit(c) || c === '-' || c === '+') {
      let sign = 0;
      if (c === '-' || c === '+') {
        sign = c === '-' ? -1 : 1;
        i++;
        while (isSpace(at(i))) i++;
        // A sign not followed by digits is skipped.
        if (!isDigit(at(i))) continue;
      }
      const start = i;
      while (isDigit(at(i))) i++;
      const magnitude = Number(input.slice(start, i));
      if ((at(i) === '.' || at(i) === ',') && isDigit(at(i + 1))) {
        i++;
        const fractionStart = i;
        while (isDigit(at(i))) i++;
        const fraction = input.slice(fractionStart, i);
        let ns = Number(fraction.slice(0, 9).padEnd(9, '0'));
        // Excess digits truncate toward minus infinity.
        if (sign < 0 && /[1-9]/.test(fraction.slice(9))) ns++;
        let seconds = sign < 0 ? -magnitude : magnitude;
        if (sign < 0 && ns !== 0) {
          seconds -= 1;
          ns = 1_000_000_000 - ns;
        }
        tokens.push(token(sign ? 'SDECIMAL' : 'UDECIMAL', { seconds, nanoseconds: ns }));
        continue;
      }
      const value = sign < 0 ? -magnitude : magnitude;
      tokens.push(token(sign ? 'SNUMBER' : 'UNUMBER', { value, digits: i - start, negative: sign < 0 }));
      continue;
    }
    if (isAlpha(c)) {
      const start = i;
      while (isAlpha(at(i)) || at(i) === '.') i++;
      const entry = lookupWord(input.slice(start, Math.min(i, start + 19)), local);
      if (!entry) {
        tokens.push(token('ERROR'));
        return tokens;
      }
      tokens.push(token(entry[1], { value: entry[2] }));
      continue;
    }
    if (c !== '(') {
      tokens.push(token('CHAR', { char: c, value: c.charCodeAt(0) }));
      i++;
      continue;
    }
    let depth = 0;
    do {
      const d = at(i++);
      if (d === '') {
        tokens.push(token('END'));
        return tokens;
      }
      if (d === '(') depth++;
      else if (d === ')') depth--;
    } while (depth !== 0);
  }
  tokens.push(token('END'));
  return tokens;
}
