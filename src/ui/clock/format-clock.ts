// The clock as the UI shows it: the simulated machine runs on UTC.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const two = (n: number): string => String(n).padStart(2, '0');

/** The header's clock: "Wed 25 Nov 2026 10:01:07 UTC". */
export function formatClock(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC`;
}

/** A moment within the coming days, to the minute ("Wed 25 Nov 10:01") or the second. */
export function formatDayTime(ms: number, seconds = false): string {
  const d = new Date(ms);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}${seconds ? `:${two(d.getUTCSeconds())}` : ''}`;
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${time}`;
}

/** How fast the clock runs, in words a student can check against the header: "1 h per second". */
export function describeSpeed(speed: number): string {
  if (speed === 1) return 'real time';
  const perSecond = speed >= 3600 && speed % 3600 === 0 ? `${speed / 3600} h` : speed >= 60 && speed % 60 === 0 ? `${speed / 60} min` : `${speed} s`;
  return `${perSecond} per second`;
}

/** A length of virtual time, short: "120 ms", "4.2 s", "3 min 20 s", "1 h 5 min", "2 days". */
export function formatSpan(us: number): string {
  const ms = us / 1000;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 10) return `${s.toFixed(1)} s`;
  if (s < 60) return `${Math.round(s)} s`;
  const totalS = Math.round(s);
  if (totalS < 3600) return `${Math.floor(totalS / 60)} min${totalS % 60 ? ` ${totalS % 60} s` : ''}`;
  const totalMin = Math.round(totalS / 60);
  if (totalMin < 24 * 60) return `${Math.floor(totalMin / 60)} h${totalMin % 60 ? ` ${totalMin % 60} min` : ''}`;
  const days = Math.floor(totalMin / (24 * 60));
  const hours = Math.round((totalMin % (24 * 60)) / 60);
  return `${days} day${days === 1 ? '' : 's'}${hours ? ` ${hours} h` : ''}`;
}
