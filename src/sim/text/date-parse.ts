// GNU date's free-form date strings (date -d, touch -d), for the forms people use: "@SECONDS",
// ISO dates and times ("2024-03-01 14:30:00", "2024-03-01T14:30Z"), "MM/DD/YYYY", month names
// ("Mar 1 2024", "1 March 2024"), times ("14:30", "2pm"), and relative items ("now", "yesterday",
// "tomorrow", "3 days ago", "+2 hours", "next monday", "last week"). Times are UTC, the machine's zone.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const UNITS: Record<string, number> = {
  second: 1000, sec: 1000, minute: 60_000, min: 60_000, hour: 3_600_000, day: 86_400_000,
  week: 604_800_000, fortnight: 1_209_600_000,
};

/** Milliseconds since the epoch, or undefined when the string is not understood. */
export function parseDateString(input: string, nowMs: number): number | undefined {
  let text = input.trim().toLowerCase().replace(/,/g, ' ');
  if (text === '') return startOfDay(nowMs);
  const epoch = /^@(-?\d+(?:\.\d+)?)$/.exec(text);
  if (epoch) return Math.round(Number(epoch[1]) * 1000);

  const now = new Date(nowMs);
  let year = now.getUTCFullYear();
  let month = now.getUTCMonth();
  let day = now.getUTCDate();
  let hour = now.getUTCHours();
  let minute = now.getUTCMinutes();
  let second = now.getUTCSeconds();
  let millis = now.getUTCMilliseconds();
  let dateGiven = false;
  let timeGiven = false;
  let offsetMs = 0;
  let relativeMs = 0;
  let relativeMonths = 0;
  let weekday: { day: number; next: number } | undefined;

  const take = (regex: RegExp): RegExpExecArray | null => {
    const match = regex.exec(text);
    if (match) text = (text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length)).trim();
    return match;
  };

  const iso = take(/(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(z|[+-]\d{2}:?\d{2})?/);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])];
    dateGiven = true;
    if (iso[4] !== undefined) {
      [hour, minute, second] = [Number(iso[4]), Number(iso[5]), Number(iso[6] ?? '0')];
      millis = iso[7] ? Math.round(Number(`0.${iso[7]}`) * 1000) : 0;
      timeGiven = true;
    }
    if (iso[8] && iso[8] !== 'z') {
      const sign = iso[8][0] === '-' ? -1 : 1;
      const digits = iso[8].slice(1).replace(':', '');
      offsetMs = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
    }
  }
  const slashed = !dateGiven && take(/(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?/);
  if (slashed) {
    month = Number(slashed[1]) - 1;
    day = Number(slashed[2]);
    if (slashed[3]) year = normalizeYear(Number(slashed[3]));
    dateGiven = true;
  }
  const named = !dateGiven && (take(/\b([a-z]{3})[a-z]*\.? +(\d{1,2})(?: +(\d{4}))?\b/) ?? take(/\b(\d{1,2}) +([a-z]{3})[a-z]*\.?(?: +(\d{4}))?\b/));
  if (named) {
    const [a, b] = [named[1], named[2]];
    const monthName = /^\d/.test(a) ? b : a;
    const dayText = /^\d/.test(a) ? a : b;
    const index = MONTHS.indexOf(monthName.slice(0, 3));
    if (index < 0) return undefined;
    month = index;
    day = Number(dayText);
    if (named[3]) year = Number(named[3]);
    dateGiven = true;
  }
  const clock = take(/\b(\d{1,2}):(\d{2})(?::(\d{2}))?(?: *([ap])\.?m\.?)?\b/) ?? take(/\b(\d{1,2})()() *([ap])\.?m\.?\b/);
  if (clock) {
    hour = Number(clock[1]);
    minute = clock[2] ? Number(clock[2]) : 0;
    second = clock[3] ? Number(clock[3]) : 0;
    if (clock[4] === 'p' && hour < 12) hour += 12;
    if (clock[4] === 'a' && hour === 12) hour = 0;
    millis = 0;
    timeGiven = true;
  }
  const zone = take(/\b(utc|gmt|z)\b/);
  void zone;

  for (;;) {
    const word = take(/^(now|today|yesterday|tomorrow|noon|midnight)\b/);
    if (word) {
      if (word[1] === 'yesterday') relativeMs -= UNITS.day;
      if (word[1] === 'tomorrow') relativeMs += UNITS.day;
      if (word[1] === 'noon') [hour, minute, second, millis, timeGiven] = [12, 0, 0, 0, true];
      if (word[1] === 'midnight') [hour, minute, second, millis, timeGiven] = [0, 0, 0, 0, true];
      continue;
    }
    const relative = take(/^([+-]?\d+)? *(year|month|fortnight|week|day|hour|minute|min|second|sec)s? *(ago)?\b/);
    if (relative) {
      let n = relative[1] === undefined ? 1 : Number(relative[1]);
      if (relative[3]) n = -n;
      if (relative[2] === 'year') relativeMonths += 12 * n;
      else if (relative[2] === 'month') relativeMonths += n;
      else relativeMs += n * UNITS[relative[2]];
      continue;
    }
    const step = take(/^(next|last|this) +([a-z]+)\b/);
    if (step) {
      const n = step[1] === 'next' ? 1 : step[1] === 'last' ? -1 : 0;
      const unit = step[2].replace(/s$/, '');
      const dayIndex = WEEKDAYS.indexOf(unit.slice(0, 3));
      if (dayIndex >= 0 && unit.length >= 3) weekday = { day: dayIndex, next: n };
      else if (unit === 'year') relativeMonths += 12 * n;
      else if (unit === 'month') relativeMonths += n;
      else if (UNITS[unit] !== undefined) relativeMs += n * UNITS[unit];
      else return undefined;
      continue;
    }
    const dayName = take(/^([a-z]+)\b/);
    if (dayName && WEEKDAYS.includes(dayName[1].slice(0, 3)) && dayName[1].length >= 3) {
      weekday = { day: WEEKDAYS.indexOf(dayName[1].slice(0, 3)), next: 0 };
      continue;
    }
    if (dayName) return undefined;
    break;
  }
  if (text !== '') return undefined;
  if ((dateGiven || weekday) && !timeGiven) [hour, minute, second, millis] = [0, 0, 0, 0];
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return undefined;
  let ms = Date.UTC(year, month + relativeMonths, day, hour, minute, second, millis) - offsetMs;
  if (weekday) {
    const current = new Date(ms).getUTCDay();
    let delta = (weekday.day - current + 7) % 7;
    if (weekday.next > 0 && delta === 0) delta = 7;
    if (weekday.next < 0) delta = delta === 0 ? -7 : delta - 7;
    ms += delta * UNITS.day;
  }
  return ms + relativeMs;
}

function normalizeYear(year: number): number {
  if (year < 100) return year + (year < 69 ? 2000 : 1900);
  return year;
}

function startOfDay(nowMs: number): number {
  return nowMs - (nowMs % UNITS.day);
}
