// The timestamp column of ls -l (and find -ls): "Nov 25 10:00" for the last six months, "Nov 25  2025"
// otherwise, including any time in the future.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Half of an average Gregorian year (31556952 s / 2), as coreutils counts six months. */
const SIX_MONTHS_MS = 15_778_476_000;

export function formatLsTime(ms: number, nowMs: number): string {
  const date = new Date(ms);
  const month = MONTHS[date.getUTCMonth()];
  const day = String(date.getUTCDate()).padStart(2);
  const recent = ms > nowMs - SIX_MONTHS_MS && ms <= nowMs;
  if (recent) {
    const hh = String(date.getUTCHours()).padStart(2, '0');
    const mm = String(date.getUTCMinutes()).padStart(2, '0');
    return `${month} ${day} ${hh}:${mm}`;
  }
  return `${month} ${day}  ${date.getUTCFullYear()}`;
}
