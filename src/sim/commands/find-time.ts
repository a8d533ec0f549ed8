// Times in find -printf: %t/%a/%c ("Mon Jan  5 03:04:05.5000000000 2026") and the %Tk, %Ak, %Ck
// parts (strftime letters, with seconds and @ carrying findutils' ten-digit fraction). The
// machine's clock is UTC.

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatTimePart(us: number, part: string): string {
  const seconds = Math.floor(us / 1_000_000);
  const date = new Date(seconds * 1000);
  const fraction = `${String((us - seconds * 1_000_000) * 1000).padStart(9, '0')}0`;
  const two = (n: number): string => String(n).padStart(2, '0');
  const Y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  const H = date.getUTCHours();
  const M = date.getUTCMinutes();
  const S = date.getUTCSeconds();
  const w = date.getUTCDay();
  const hour12 = H % 12 === 0 ? 12 : H % 12;
  const yday = Math.floor((Date.UTC(Y, m, d) - Date.UTC(Y, 0, 1)) / 86_400_000) + 1;
  switch (part) {
    case 'ctime': return `${DAYS[w].slice(0, 3)} ${MONTHS[m].slice(0, 3)} ${String(d).padStart(2)} ${two(H)}:${two(M)}:${two(S)}.${fraction} ${Y}`;
    case '@': return `${seconds}.${fraction}`;
    case 'a': return DAYS[w].slice(0, 3);
    case 'A': return DAYS[w];
    case 'b': case 'h': return MONTHS[m].slice(0, 3);
    case 'B': return MONTHS[m];
    case 'c': return `${DAYS[w].slice(0, 3)} ${MONTHS[m].slice(0, 3)} ${String(d).padStart(2)} ${two(H)}:${two(M)}:${two(S)} ${Y}`;
    case 'd': return two(d);
    case 'D': return `${two(m + 1)}/${two(d)}/${two(Y % 100)}`;
    case 'e': return String(d).padStart(2);
    case 'F': return `${Y}-${two(m + 1)}-${two(d)}`;
    case 'H': return two(H);
    case 'I': return two(hour12);
    case 'j': return String(yday).padStart(3, '0');
    case 'k': return String(H).padStart(2);
    case 'l': return String(hour12).padStart(2);
    case 'm': return two(m + 1);
    case 'M': return two(M);
    case 'p': return H < 12 ? 'AM' : 'PM';
    case 'r': return `${two(hour12)}:${two(M)}:${two(S)} ${H < 12 ? 'AM' : 'PM'}`;
    case 'R': return `${two(H)}:${two(M)}`;
    case 's': return String(seconds);
    case 'S': return `${two(S)}.${fraction}`;
    case 'T': case 'X': return `${two(H)}:${two(M)}:${two(S)}.${fraction}`;
    case '+': return `${Y}-${two(m + 1)}-${two(d)}+${two(H)}:${two(M)}:${two(S)}.${fraction}`;
    case 'u': return String(w === 0 ? 7 : w);
    case 'U': return two(Math.floor((yday + 6 - w) / 7));
    case 'w': return String(w);
    case 'W': return two(Math.floor((yday + 6 - ((w + 6) % 7)) / 7));
    case 'x': return `${two(m + 1)}/${two(d)}/${two(Y % 100)}`;
    case 'y': return two(Y % 100);
    case 'Y': return String(Y);
    case 'z': return '+0000';
    case 'Z': return 'UTC';
    case '%': return '%';
    default: return `%${part}`;
  }
}
