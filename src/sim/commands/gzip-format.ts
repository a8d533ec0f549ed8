// The gzip file format (RFC 1952) around fflate's DEFLATE: members with a header (name, mtime,
// XFL, OS = 3 for Unix, as GNU gzip writes them), the deflated data and a CRC-32/length trailer.
// Reading walks every member of a multi-member file and reports problems in gzip's own words.

import { deflateSync, Inflate } from 'fflate';
import { crc32 } from '../fs/crc32.ts';
import { concat, decodeUtf8, encodeUtf8 } from '../io/input-reader.ts';

const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;

export interface MemberOptions {
  /** Stored as the original name (FNAME); omitted when undefined. */
  name?: string;
  /** Seconds since the epoch, 0 for none. */
  mtime: number;
  level: number;
}

/** One gzip member, byte for byte as GNU gzip lays it out (the deflate stream is fflate's). */
export function gzipMember(data: Uint8Array, options: MemberOptions): Uint8Array {
  const name = options.name === undefined ? undefined : encodeUtf8(options.name);
  const header = new Uint8Array(10 + (name ? name.length + 1 : 0));
  header.set([0x1f, 0x8b, 8, name ? FNAME : 0]);
  writeU32(header, 4, options.mtime >>> 0);
  header[8] = options.level === 9 ? 2 : options.level === 1 ? 4 : 0;
  header[9] = 3;
  if (name) header.set(name, 10);
  const body = deflateSync(data, { level: options.level as 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 });
  const trailer = new Uint8Array(8);
  writeU32(trailer, 0, crc32(data));
  writeU32(trailer, 4, data.length >>> 0);
  return concat([header, body, trailer]);
}

export interface MemberHeader {
  name: string | undefined;
  mtime: number;
  /** Header bytes plus the 8-byte trailer: what gzip's ratios leave out. */
  overhead: number;
}

/** What went wrong: the tail of gzip's message ("gzip: FILE: " + text). */
export interface GunzipProblem {
  text: string;
  /** gzip's decoding errors start with a newline (they may interrupt a line of output). */
  newline: boolean;
  /** Unrecoverable: gzip removes its output and exits at once. */
  fatal: boolean;
}

export interface GunzipResult {
  /** Everything decoded, up to any problem. */
  output: Uint8Array;
  members: MemberHeader[];
  /** CRC and length from the last member's trailer (what gzip -l shows). */
  crc: number;
  problems: GunzipProblem[];
  /** Bytes after the last member: zero padding (ignored) or anything else (a warning). */
  trailing: 'none' | 'zeros' | 'garbage';
  /** With -f -c, input that is not gzip data is copied through: this is it. */
  passthrough?: Uint8Array;
}

const EOF_PROBLEM: GunzipProblem = { text: 'unexpected end of file', newline: true, fatal: true };

export function isGzip(data: Uint8Array): boolean {
  return data.length >= 2 && data[0] === 0x1f && (data[1] === 0x8b || data[1] === 0x9e);
}

/** Decompresses every member, as gzip's get_method/unzip loop does. */
export function gunzip(data: Uint8Array, passThrough = false): GunzipResult {
  const outputs: Uint8Array[] = [];
  const members: MemberHeader[] = [];
  let crc = 0;
  const result = (extra: Partial<GunzipResult>): GunzipResult => ({ output: concat(outputs), members, crc, problems: [], trailing: 'none', ...extra });
  const problem = (text: string, newline = true, fatal = true): GunzipResult => result({ problems: [{ text, newline, fatal }] });
  let at = 0;
  for (;;) {
    const rest = data.subarray(at);
    if (members.length > 0 && rest.length === 0) return result({});
    // gzip reads the second magic byte only after a non-zero first one (and never fails with -cf).
    if (passThrough && !isGzip(rest)) return result({ passthrough: rest });
    if ((members.length === 0 && rest.length === 0) || (rest.length === 1 && rest[0] !== 0)) return result({ problems: [EOF_PROBLEM] });
    if (!isGzip(rest)) {
      if (members.length === 0) return problem('not in gzip format', true, false);
      return result({ trailing: rest.every((b) => b === 0) ? 'zeros' : 'garbage' });
    }
    if (rest.length < 3) return result({ problems: [EOF_PROBLEM] });
    if (rest[2] !== 8) return problem(`unknown method ${rest[2]} -- not supported`, false, false);
    if (rest.length >= 4 && rest[3] & 0x20) return problem('is encrypted -- not supported', false, false);
    if (rest.length >= 4 && rest[3] & 0xc0) return problem(`has flags 0x${rest[3].toString(16)} -- not supported`, false, false);
    const header = memberHeader(rest);
    if (header === undefined) return result({ problems: [EOF_PROBLEM] });
    const inflated = inflateRaw(rest.subarray(header.length));
    outputs.push(inflated.output);
    if (inflated.error !== undefined) {
      return result({ problems: [inflated.error === 'eof' ? EOF_PROBLEM : { text: 'invalid compressed data--format violated', newline: true, fatal: true }] });
    }
    if (inflated.rest.length < 8) return result({ problems: [EOF_PROBLEM] });
    crc = readU32(inflated.rest, 0);
    const problems: GunzipProblem[] = [];
    if (crc !== crc32(inflated.output)) problems.push({ text: 'invalid compressed data--crc error', newline: true, fatal: true });
    if (readU32(inflated.rest, 4) !== inflated.output.length >>> 0) problems.push({ text: 'invalid compressed data--length error', newline: true, fatal: true });
    if (problems.length > 0) return result({ problems });
    members.push({ name: header.name, mtime: header.mtime, overhead: header.length + 8 });
    at = data.length - inflated.rest.length + 8;
  }
}

/** The first member's header: its length, stored name and time; undefined when cut short. */
export function memberHeader(data: Uint8Array): { length: number; name: string | undefined; mtime: number } | undefined {
  if (data.length < 10) return undefined;
  const flags = data[3];
  const mtime = readU32(data, 4);
  let at = 10;
  if (flags & FEXTRA) {
    if (data.length < at + 2) return undefined;
    at += 2 + (data[at] | (data[at + 1] << 8));
  }
  let name: string | undefined;
  for (const field of [FNAME, FCOMMENT]) {
    if (!(flags & field)) continue;
    const end = data.indexOf(0, at);
    if (end < 0) return undefined;
    if (field === FNAME) name = decodeUtf8(data.subarray(at, end));
    at = end + 1;
  }
  if (flags & FHCRC) at += 2;
  return at > data.length ? undefined : { length: at, name, mtime };
}

/**
 * Inflates one raw DEFLATE stream and returns what follows it. fflate does not report where a
 * stream ends, so this reads its streaming inflater's buffer and bit position (fflate 0.8). Input
 * goes in slices so that a damaged stream still yields what came before the damage, as with gzip.
 */
function inflateRaw(data: Uint8Array): { output: Uint8Array; rest: Uint8Array; error?: 'eof' | 'format' } {
  const chunks: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => {
    chunks.push(chunk);
  });
  const state = inflater as unknown as { p?: Uint8Array; s?: { p?: number; f?: number; l?: unknown } };
  const finished = (): boolean => Boolean(state.s?.f) && !state.s?.l;
  const remaining = (after: Uint8Array): Uint8Array => {
    if (!(state.p instanceof Uint8Array) || typeof state.s?.p !== 'number') throw new Error('fflate internals changed: cannot find the end of a deflate stream');
    return concat([state.p.subarray(state.s.p > 0 ? 1 : 0), after]);
  };
  try {
    for (let at = 0; at < data.length; at += INFLATE_SLICE) {
      inflater.push(data.subarray(at, at + INFLATE_SLICE), false);
      if (finished()) return { output: concat(chunks), rest: remaining(data.subarray(at + INFLATE_SLICE)) };
    }
    inflater.push(new Uint8Array(0), true);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    return { output: concat(chunks), rest: new Uint8Array(0), error: /EOF/i.test(message) ? 'eof' : 'format' };
  }
  return { output: concat(chunks), rest: remaining(new Uint8Array(0)) };
}

const INFLATE_SLICE = 1 << 16;

function writeU32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value & 0xff;
  bytes[at + 1] = (value >>> 8) & 0xff;
  bytes[at + 2] = (value >>> 16) & 0xff;
  bytes[at + 3] = (value >>> 24) & 0xff;
}

export function readU32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}
