// Reading a crontab as Debian's cron (3.0pl1, Vixie cron with Debian's patches) reads it, with its
// exact verdicts: which lines set the environment, what each entry's five fields select, and the
// first error with the line number crontab(1) prints. Written here rather than taken from a library
// because cron's own grammar has quirks no general cron parser reproduces and students meet them:
// anything after a valid list element up to the next blank is ignored ("5;" means 5), "MAILTO=" with
// nothing after it is not an assignment (the line is read as a job and fails as "bad minute"), a
// field starting with "*" (even "*/2") makes the day fields combine with AND, "1/5" is an error,
// names are three letters only, and the error line is counted from 0. Turning the selected minutes
// into fire times is left to croner (schedule.ts).

import { parseAssignment } from './crontab-env.ts';

/** What a field selects, one flag per value (minute 0-59, hour 0-23, day 1-31, month 1-12, weekday 0-6). */
export interface CronFields {
  minute: boolean[];
  hour: boolean[];
  dayOfMonth: boolean[];
  month: boolean[];
  /** Index 0 is Sunday; cron's 7 is folded into it. */
  dayOfWeek: boolean[];
  /** The day-of-month field starts with "*": the day fields combine with AND instead of OR. */
  dayOfMonthStar: boolean;
  /** The day-of-week field starts with "*" (likewise). */
  dayOfWeekStar: boolean;
}

export interface CrontabEntry {
  /** 1-based line of the crontab the entry is on. */
  line: number;
  /** The time fields as written ("*\/5 * * * *", "@hourly"). */
  schedule: string;
  /** null for @reboot. */
  fields: CronFields | null;
  /** Everything after the time fields, up to the end of the line (% and \ still in it). */
  command: string;
  /** The job's environment: the crontab's settings above the entry, then cron's defaults. */
  environment: [string, string][];
}

export type CrontabVerdict =
  | { ok: true; entries: CrontabEntry[] }
  /** `message` is what crontab(1) prints, e.g. `"-":0: bad minute` (without the file name part). */
  | { ok: false; line: number; message: string }
  | { ok: false; line: null; message: 'missing newline' | 'too long' };

export const MAX_COMMAND = 1000;
const MAX_TAB_LINES = 10000;
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const EOF = -1;

/** cron's defaults, added after the crontab's own settings unless it set them. */
export interface CronUser {
  name: string;
  home: string;
}

/** The field errors, in the order cron checks the fields. */
const FIELD_ERRORS = ['bad minute', 'bad hour', 'bad day-of-month', 'bad month', 'bad day-of-week'] as const;

/**
 * Checks and reads a crontab as `crontab FILE` does before installing it. `headerLines` is how many
 * lines precede the user's text (crontab checks its copy with the 3-line "DO NOT EDIT" header, and
 * the daemon reads the installed file), so reported lines count from the user's first line as 0.
 */
export function readCrontab(text: string, user: CronUser, headerLines = 0): CrontabVerdict {
  const reader = new CharReader(text, 1 - headerLines);
  const environment: [string, string][] = [];
  const entries: CrontabEntry[] = [];
  let sawFinalNewline = false;
  for (;;) {
    if (reader.lineNumber >= MAX_TAB_LINES + 2) return { ok: false, line: null, message: 'too long' };
    const assignment = readAssignment(reader);
    if (assignment === 'eof') {
      sawFinalNewline = reader.lastString === '';
      break;
    }
    if (assignment) {
      const [name, value] = assignment;
      const existing = environment.findIndex(([key]) => key === name);
      if (existing >= 0) environment[existing] = [name, value];
      else environment.push([name, value]);
      continue;
    }
    const entry = readEntry(reader, environment, user);
    if (typeof entry === 'string') return { ok: false, line: reader.lineNumber - 1, message: entry };
    if (entry) entries.push(entry);
  }
  if (!sawFinalNewline) return { ok: false, line: null, message: 'missing newline' };
  return { ok: true, entries };
}

/** cron's get_char/unget_char over the text, counting newlines as they are read. */
class CharReader {
  private position = 0;
  /** What the last readString collected (load_env's envstr). */
  lastString = '';

  constructor(
    private readonly text: string,
    public lineNumber: number,
  ) {}

  get(): number {
    if (this.position >= this.text.length) {
      // Reading past the end still moves on, so an unget after EOF puts nothing back.
      this.position = this.text.length + 1;
      return EOF;
    }
    const ch = this.text.charCodeAt(this.position++);
    if (ch === 10) this.lineNumber++;
    return ch;
  }

  unget(ch: number): void {
    if (ch === EOF) return;
    this.position--;
    if (ch === 10) this.lineNumber--;
  }

  slice(from: number, to: number): string {
    return this.text.slice(from, to);
  }

  mark(): { position: number; lineNumber: number } {
    return { position: this.position, lineNumber: this.lineNumber };
  }

  reset(mark: { position: number; lineNumber: number }): void {
    this.position = mark.position;
    this.lineNumber = mark.lineNumber;
  }

  /** Reads up to one of `terms` (which is consumed and returned) or EOF, keeping `size - 1` characters at most. */
  readString(terms: string, size: number): { ch: number; text: string } {
    let text = '';
    let ch: number;
    while ((ch = this.get()) !== EOF && !terms.includes(String.fromCharCode(ch))) {
      if (text.length < size - 1) text += String.fromCharCode(ch);
    }
    this.lastString = text;
    return { ch, text };
  }

  /** skip_comments: past blank lines and lines whose first non-blank is '#'. */
  skipComments(): void {
    let ch: number;
    while ((ch = this.get()) !== EOF) {
      while (ch === 32 || ch === 9) ch = this.get();
      if (ch === EOF) break;
      if (ch !== 10 && ch !== 35) break;
      while (ch !== 10 && ch !== EOF) ch = this.get();
    }
    this.unget(ch);
  }
}

/**
 * load_env: a NAME=VALUE line (quotes around either part allowed), false when the line is not one
 * (the reader is put back for readEntry), 'eof' at the end of the text.
 */
function readAssignment(reader: CharReader): [string, string] | false | 'eof' {
  const mark = reader.mark();
  reader.skipComments();
  const { ch, text } = reader.readString('\n', MAX_COMMAND - 1);
  if (ch === EOF) return 'eof';
  const parsed = parseAssignment(text);
  if (!parsed) reader.reset(mark);
  return parsed;
}

/** load_entry: one job line, or the message of its first error. */
function readEntry(reader: CharReader, environment: [string, string][], user: CronUser): CrontabEntry | string | null {
  reader.skipComments();
  const start = reader.mark();
  let ch = reader.get();
  if (ch === EOF) return null;
  const line = start.lineNumber;
  let fields: CronFields | null;
  let error: string | null = null;
  if (ch === 64 /* @ */) {
    const special = reader.readString(' \t\n', MAX_COMMAND);
    ch = special.ch;
    const preset = specialSchedule(special.text);
    if (preset === undefined) error = 'bad time specifier';
    fields = preset ?? null;
  } else {
    const lists: boolean[][] = [];
    const ranges: [number, number, string[] | null][] = [
      [0, 59, null],
      [0, 23, null],
      [1, 31, null],
      [1, 12, MONTH_NAMES],
      [0, 7, DAY_NAMES],
    ];
    let dayOfMonthStar = false;
    let dayOfWeekStar = false;
    for (let f = 0; f < 5; f++) {
      if (f === 2) dayOfMonthStar = ch === 42;
      if (f === 4) dayOfWeekStar = ch === 42;
      const [low, high, names] = ranges[f];
      const bits = new Array<boolean>(high + 1).fill(false);
      ch = readList(reader, bits, low, high, names, ch);
      if (ch === EOF) {
        error = FIELD_ERRORS[f];
        break;
      }
      lists.push(bits);
    }
    fields = error ? null : { minute: lists[0], hour: lists[1], dayOfMonth: lists[2], month: lists[3], dayOfWeek: lists[4], dayOfMonthStar, dayOfWeekStar };
  }
  if (!error) {
    if (fields) {
      // "make sundays equivalent"
      const dow = fields.dayOfWeek;
      if (dow[0] || dow[7]) dow[0] = dow[7] = true;
      fields.dayOfWeek = dow.slice(0, 7);
    }
    while (ch === 32 || ch === 9) ch = reader.get();
    reader.unget(ch);
    if (ch === 42 /* * */) error = 'bad command';
  }
  // cron reports the error where it noticed it, before skipping the rest of the line.
  if (error) return error;
  const scheduleEnd = reader.mark().position;
  const command = reader.readString('\n', MAX_COMMAND);
  if (command.text.length >= MAX_COMMAND - 1) return 'command too long';
  if (command.ch === EOF) return 'bad command';
  return {
    line,
    schedule: reader.slice(start.position, scheduleEnd).replace(/[ \t]+$/, ''),
    fields,
    command: command.text,
    environment: jobEnvironment(environment, user),
  };
}

/** The @nicknames, as cron sets their fields (case matters: "@Daily" is an error). */
function specialSchedule(name: string): CronFields | null | undefined {
  const all = (n: number, from = 0): boolean[] => Array.from({ length: n }, (_, i) => i >= from);
  const only = (n: number, value: number): boolean[] => Array.from({ length: n }, (_, i) => i === value);
  const minute = only(60, 0);
  switch (name) {
    case 'reboot':
      return null;
    case 'yearly':
    case 'annually':
      return { minute, hour: only(24, 0), dayOfMonth: only(32, 1), month: only(13, 1), dayOfWeek: all(8), dayOfMonthStar: false, dayOfWeekStar: true };
    case 'monthly':
      return { minute, hour: only(24, 0), dayOfMonth: only(32, 1), month: all(13, 1), dayOfWeek: all(8), dayOfMonthStar: false, dayOfWeekStar: true };
    case 'weekly':
      return { minute, hour: only(24, 0), dayOfMonth: all(32, 1), month: all(13, 1), dayOfWeek: only(8, 0), dayOfMonthStar: true, dayOfWeekStar: false };
    case 'daily':
    case 'midnight':
      return { minute, hour: only(24, 0), dayOfMonth: all(32, 1), month: all(13, 1), dayOfWeek: all(8), dayOfMonthStar: false, dayOfWeekStar: false };
    case 'hourly':
      return { minute, hour: all(24), dayOfMonth: all(32, 1), month: all(13, 1), dayOfWeek: all(8), dayOfMonthStar: false, dayOfWeekStar: false };
    default:
      return undefined;
  }
}

/** get_list: ranges separated by commas; anything after the last one up to a blank is skipped. */
function readList(reader: CharReader, bits: boolean[], low: number, high: number, names: string[] | null, first: number): number {
  let ch = first;
  for (;;) {
    ch = readRange(reader, bits, low, high, names, ch);
    if (ch !== 44 /* , */) break;
    ch = reader.get();
  }
  while (ch !== 9 && ch !== 32 && ch !== 10 && ch !== EOF) ch = reader.get();
  while (ch === 9 || ch === 32) ch = reader.get();
  return ch;
}

/** get_range: "*", N, N-M, each with an optional /STEP; EOF on any error. */
function readRange(reader: CharReader, bits: boolean[], low: number, high: number, names: string[] | null, first: number): number {
  let ch = first;
  let from: number;
  let to: number;
  if (ch === 42 /* * */) {
    from = low;
    to = high;
    ch = reader.get();
    if (ch === EOF) return EOF;
  } else {
    const start = readNumber(reader, low, names, ch);
    if (start.ch === EOF) return EOF;
    from = start.value;
    ch = start.ch;
    if (ch !== 45 /* - */) {
      // A single number; a step needs a range ("1/5" is an error).
      if (ch === 47 /* / */) return EOF;
      if (from < low || from > high) return EOF;
      bits[from] = true;
      return ch;
    }
    ch = reader.get();
    if (ch === EOF) return EOF;
    const end = readNumber(reader, low, names, ch);
    if (end.ch === EOF) return EOF;
    to = end.value;
    ch = end.ch;
  }
  let step = 1;
  if (ch === 47 /* / */) {
    ch = reader.get();
    if (ch === EOF) return EOF;
    const parsed = readNumber(reader, 0, null, ch);
    if (parsed.ch === EOF || parsed.value <= 0) return EOF;
    step = parsed.value;
    ch = parsed.ch;
  }
  if (from < low || from > high || to < low || to > high) return EOF;
  // A reversed range ("10-5") selects nothing, and cron accepts it.
  for (let i = from; i <= to; i += step) bits[i] = true;
  return ch;
}

/** get_number: alphanumerics read as a three-letter name (any case) or a decimal number. */
function readNumber(reader: CharReader, low: number, names: string[] | null, first: number): { ch: number; value: number } {
  let ch = first;
  let token = '';
  while (isAlnum(ch)) {
    if (token.length + 1 >= MAX_COMMAND) return { ch: EOF, value: 0 };
    token += String.fromCharCode(ch);
    ch = reader.get();
  }
  if (token === '') return { ch: EOF, value: 0 };
  if (names) {
    const index = names.indexOf(token.toLowerCase());
    if (index >= 0) return { ch, value: index + low };
  }
  if (/^[0-9]+$/.test(token)) return { ch, value: atoi(token) };
  return { ch: EOF, value: 0 };
}

function isAlnum(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
}

/** atoi of a digit string, saturating like glibc's strtol into an int. */
function atoi(digits: string): number {
  const value = Number(digits);
  return value > 2147483647 ? 2147483647 : value;
}

/** The crontab's settings, then SHELL, HOME and PATH unless it set them, and LOGNAME always. */
function jobEnvironment(settings: [string, string][], user: CronUser): [string, string][] {
  const environment = settings.map(([k, v]): [string, string] => [k, v]);
  const set = (name: string, value: string, override: boolean): void => {
    const index = environment.findIndex(([key]) => key === name);
    if (index < 0) environment.push([name, value]);
    else if (override) environment[index] = [name, value];
  };
  set('SHELL', '/bin/sh', false);
  set('HOME', user.home, false);
  set('PATH', '/usr/bin:/bin', false);
  set('LOGNAME', user.name, true);
  return environment;
}
