// ls --color: the LS_COLORS database (Debian's default, as `dircolors -b` prints it, when the
// variable is unset; GNU's built-in defaults under whatever LS_COLORS sets) and GNU's choice of
// color for a file: by type, special mode bits, then by case-insensitive file-name suffix.

import type { Inode } from '../fs/inode.ts';
import { matchPattern } from '../shell/pattern.ts';

/** `dircolors -b` of coreutils 9.1 (Debian's ~/.bashrc evaluates it). */
const DEBIAN_LS_COLORS =
  'rs=0:di=01;34:ln=01;36:mh=00:pi=40;33:so=01;35:do=01;35:bd=40;33;01:cd=40;33;01:or=40;31;01:' +
  'mi=00:su=37;41:sg=30;43:ca=00:tw=30;42:ow=34;42:st=37;44:ex=01;32:*.tar=01;31:*.tgz=01;31:' +
  '*.arc=01;31:*.arj=01;31:*.taz=01;31:*.lha=01;31:*.lz4=01;31:*.lzh=01;31:*.lzma=01;31:' +
  '*.tlz=01;31:*.txz=01;31:*.tzo=01;31:*.t7z=01;31:*.zip=01;31:*.z=01;31:*.dz=01;31:*.gz=01;31:' +
  '*.lrz=01;31:*.lz=01;31:*.lzo=01;31:*.xz=01;31:*.zst=01;31:*.tzst=01;31:*.bz2=01;31:*.bz=01;31:' +
  '*.tbz=01;31:*.tbz2=01;31:*.tz=01;31:*.deb=01;31:*.rpm=01;31:*.jar=01;31:*.war=01;31:*.ear=01;31:' +
  '*.sar=01;31:*.rar=01;31:*.alz=01;31:*.ace=01;31:*.zoo=01;31:*.cpio=01;31:*.7z=01;31:*.rz=01;31:' +
  '*.cab=01;31:*.wim=01;31:*.swm=01;31:*.dwm=01;31:*.esd=01;31:*.avif=01;35:*.jpg=01;35:' +
  '*.jpeg=01;35:*.mjpg=01;35:*.mjpeg=01;35:*.gif=01;35:*.bmp=01;35:*.pbm=01;35:*.pgm=01;35:' +
  '*.ppm=01;35:*.tga=01;35:*.xbm=01;35:*.xpm=01;35:*.tif=01;35:*.tiff=01;35:*.png=01;35:' +
  '*.svg=01;35:*.svgz=01;35:*.mng=01;35:*.pcx=01;35:*.mov=01;35:*.mpg=01;35:*.mpeg=01;35:' +
  '*.m2v=01;35:*.mkv=01;35:*.webm=01;35:*.webp=01;35:*.ogm=01;35:*.mp4=01;35:*.m4v=01;35:' +
  '*.mp4v=01;35:*.vob=01;35:*.qt=01;35:*.nuv=01;35:*.wmv=01;35:*.asf=01;35:*.rm=01;35:*.rmvb=01;35:' +
  '*.flc=01;35:*.avi=01;35:*.fli=01;35:*.flv=01;35:*.gl=01;35:*.dl=01;35:*.xcf=01;35:*.xwd=01;35:' +
  '*.yuv=01;35:*.cgm=01;35:*.emf=01;35:*.ogv=01;35:*.ogx=01;35:*.aac=00;36:*.au=00;36:*.flac=00;36:' +
  '*.m4a=00;36:*.mid=00;36:*.midi=00;36:*.mka=00;36:*.mp3=00;36:*.mpc=00;36:*.ogg=00;36:*.ra=00;36:' +
  '*.wav=00;36:*.oga=00;36:*.opus=00;36:*.spx=00;36:*.xspf=00;36:*~=00;90:*#=00;90:*.bak=00;90:' +
  '*.old=00;90:*.orig=00;90:*.part=00;90:*.rej=00;90:*.swp=00;90:*.tmp=00;90:*.dpkg-dist=00;90:' +
  '*.dpkg-old=00;90:*.ucf-dist=00;90:*.ucf-new=00;90:*.ucf-old=00;90:*.rpmnew=00;90:' +
  '*.rpmorig=00;90:*.rpmsave=00;90:';

/** GNU ls's compiled-in indicators, used under an LS_COLORS that does not set them. */
const BUILTIN: Record<string, string> = {
  lc: '\x1b[', rc: 'm', rs: '0', di: '01;34', ln: '01;36', pi: '33', so: '01;35', bd: '01;33', cd: '01;33',
  ex: '01;32', do: '01;35', su: '37;41', sg: '30;43', st: '37;44', ow: '34;42', tw: '30;42', cl: '\x1b[K',
};

export interface ColorDatabase {
  indicators: Map<string, string>;
  /** Suffix rules, latest first (GNU checks the last definition first). */
  suffixes: { suffix: string; sequence: string }[];
  /** A color has been written: GNU resets the terminal once, before the first one. */
  used: boolean;
}

/** The TERM patterns of dircolors' database: with LS_COLORS empty, only these get colors. */
const COLOR_TERMS = ['Eterm', 'ansi', '*color*', 'con[0-9]*x[0-9]*', 'cons25', 'console', 'cygwin', '*direct*', 'dtterm', 'gnome', 'hurd', 'jfbterm', 'konsole', 'kterm', 'linux', 'linux-c', 'mlterm', 'putty', 'rxvt*', 'screen*', 'st', 'terminator', 'tmux*', 'vt100', 'xterm*'];

/**
 * The database for --color, or undefined when GNU ls would print no colors after all: LS_COLORS set
 * but empty, no COLORTERM, and a TERM it does not know.
 */
export function loadColors(lsColors: string | undefined, term: string | undefined, colorTerm: string | undefined): ColorDatabase | undefined {
  if (lsColors === '' && !colorTerm && !COLOR_TERMS.some((pattern) => matchPattern(pattern, term ?? ''))) return undefined;
  const indicators = new Map(Object.entries(BUILTIN));
  const suffixes: ColorDatabase['suffixes'] = [];
  for (const item of (lsColors ?? DEBIAN_LS_COLORS).split(':')) {
    const eq = item.indexOf('=');
    if (eq < 0) continue;
    const key = item.slice(0, eq);
    const value = unescape(item.slice(eq + 1));
    if (key.startsWith('*')) suffixes.unshift({ suffix: key.slice(1).toLowerCase(), sequence: value });
    else indicators.set(key, value);
  }
  return { indicators, suffixes, used: false };
}

/** dircolors' escapes in values: \e, ^[ and octal. */
function unescape(value: string): string {
  return value
    .replace(/\\(e|[0-7]{1,3}|.)/g, (_, c: string) => (c === 'e' ? '\x1b' : /^[0-7]+$/.test(c) ? String.fromCharCode(parseInt(c, 8)) : c))
    .replace(/\^\[/g, '\x1b');
}

/** Whether an indicator produces a color (unset, "0" and "00" do not). */
export function isColored(db: ColorDatabase, key: string): boolean {
  const value = db.indicators.get(key);
  return value !== undefined && value !== '' && value !== '0' && value !== '00';
}

/** What the color choice needs to know about a name (or a symlink's target). */
export interface ColorSubject {
  name: string;
  /** The file itself, undefined when it could not be examined (stat failed). */
  inode: Inode | undefined;
  /** Its type from the directory entry, when `inode` is unknown. */
  type: Inode['type'];
  /** false for a symlink whose target does not exist; -1 for a missing file (a dangling target). */
  linkOk: boolean | -1;
}

/** The SGR sequence for a name, or undefined to print it uncolored. */
export function colorOf(db: ColorDatabase, subject: ColorSubject): string | undefined {
  let key: string;
  const inode = subject.inode;
  if (subject.linkOk === -1 && isColored(db, 'mi')) key = 'mi';
  else if (inode === undefined) key = subject.linkOk === -1 ? 'or' : typeKey(subject.type);
  else if (inode.type === 'file') {
    key = 'fi';
    const mode = inode.mode;
    if (mode & 0o4000 && isColored(db, 'su')) key = 'su';
    else if (mode & 0o2000 && isColored(db, 'sg')) key = 'sg';
    else if (mode & 0o111 && isColored(db, 'ex')) key = 'ex';
    else if (inode.nlink > 1 && isColored(db, 'mh')) key = 'mh';
  } else if (inode.type === 'dir') {
    key = 'di';
    const mode = inode.mode;
    if (mode & 0o1000 && mode & 0o002 && isColored(db, 'tw')) key = 'tw';
    else if (mode & 0o002 && isColored(db, 'ow')) key = 'ow';
    else if (mode & 0o1000 && isColored(db, 'st')) key = 'st';
  } else key = typeKey(inode.type);
  if (key === 'fi') {
    const lower = subject.name.toLowerCase();
    const rule = db.suffixes.find((s) => lower.endsWith(s.suffix));
    if (rule) return rule.sequence;
  }
  if (key === 'ln' && subject.linkOk === false && (db.indicators.get('ln') === 'target' || isColored(db, 'or'))) key = 'or';
  return db.indicators.get(key);
}

function typeKey(type: Inode['type']): string {
  switch (type) {
    case 'file': return 'fi';
    case 'dir': return 'di';
    case 'symlink': return 'ln';
    case 'fifo': return 'pi';
    case 'device': return 'cd';
  }
}

/** How a colored name is written: start, name, and the end sequence. */
export function paint(db: ColorDatabase, sequence: string, text: string): string {
  const start = `${db.indicators.get('lc')}${sequence}${db.indicators.get('rc')}`;
  return `${start}${text}${resetSequence(db)}`;
}

export function resetSequence(db: ColorDatabase): string {
  return db.indicators.get('ec') ?? `${db.indicators.get('lc')}${db.indicators.get('rs')}${db.indicators.get('rc')}`;
}
