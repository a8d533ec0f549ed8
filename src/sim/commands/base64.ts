// base64: RFC 4648 encoding with line wrapping, and decoding the way gnulib's base64_decode_ctx
// does it: newlines are skipped, input is taken four characters at a time, and the first bad group
// ends the output with "invalid input" (bytes decoded before it are still written).

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { SCAN_US_PER_BYTE, SYSCALL_US } from '../kernel/cost-model.ts';
import { quoteLocale } from '../text/quote.ts';
import type { InputReader } from '../io/input-reader.ts';

const HELP = `Usage: base64 [OPTION]... [FILE]
Base64 encode or decode FILE, or standard input, to standard output.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -d, --decode          decode data
  -i, --ignore-garbage  when decoding, ignore non-alphabet characters
  -w, --wrap=COLS       wrap encoded lines after COLS character (default 76).
                          Use 0 to disable line wrapping
      --help        display this help and exit
      --version     output version information and exit

The data are encoded as described for the base64 alphabet in RFC 4648.
When decoding, the input may contain newlines in addition to the bytes of
the formal base64 alphabet.  Use --ignore-garbage to attempt to recover
from any other non-alphabet bytes in the encoded stream.
`;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENCODE = new TextEncoder().encode(ALPHABET);
const DECODE = new Int16Array(256).fill(-1);
for (let i = 0; i < ENCODE.length; i++) DECODE[ENCODE[i]] = i;
const PAD = 0x3d;
const NEWLINE = 0x0a;

export const base64 = defineCommand({
  name: 'base64',
  summary: 'base64 encode/decode data and print to standard output',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'd', long: 'decode' },
      { short: 'i', long: 'ignore-garbage' },
      { short: 'w', long: 'wrap', arg: 'required' },
    ]);
    let decode = false;
    let ignoreGarbage = false;
    let wrap = 76;
    for (const { key, value } of options) {
      if (key === 'decode') decode = true;
      else if (key === 'ignore-garbage') ignoreGarbage = true;
      else if (key === 'wrap') {
        if (!/^\s*\+?\d+$/.test(value!)) {
          await ctx.error(`invalid wrap size: ${quoteLocale(value!)}`);
          return 1;
        }
        wrap = Number(value!.trim());
      }
    }
    if (operands.length > 1) return ctx.usageError(`extra operand ${quoteLocale(operands[1])}`);
    const file = operands[0] ?? '-';
    let input: InputReader;
    try {
      input = await ctx.openInput(file);
    } catch (error) {
      await ctx.fileError(file, error);
      return 1;
    }
    try {
      return decode ? await decodeStream(ctx, input, ignoreGarbage) : await encodeStream(ctx, input, wrap);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.error(`read error: ${error.message}`);
      return 1;
    } finally {
      ctx.closeInput(input);
    }
  },
});

async function encodeStream(ctx: CommandContext, input: InputReader, wrap: number): Promise<number> {
  let carry = new Uint8Array(0);
  let column = 0;
  for (;;) {
    const chunk = await input.read();
    const end = chunk.length === 0;
    await ctx.tick(SYSCALL_US + chunk.length * SCAN_US_PER_BYTE);
    const bytes = carry.length === 0 ? chunk : join(carry, chunk);
    const whole = end ? bytes.length : bytes.length - (bytes.length % 3);
    const text = encode(bytes.subarray(0, whole));
    carry = bytes.slice(whole);
    let out = '';
    if (wrap === 0) out = text;
    else {
      for (let at = 0; at < text.length; ) {
        const take = Math.min(wrap - column, text.length - at);
        out += text.slice(at, at + take);
        at += take;
        column += take;
        if (column === wrap) {
          out += '\n';
          column = 0;
        }
      }
      if (end && column > 0) out += '\n';
    }
    await ctx.stdout.write(out);
    if (end) return 0;
  }
}

function encode(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) out += `${ALPHABET[bytes[i] >> 2]}${ALPHABET[(bytes[i] & 3) << 4]}==`;
  else if (rest === 2) {
    const n = (bytes[i] << 8) | bytes[i + 1];
    out += `${ALPHABET[n >> 10]}${ALPHABET[(n >> 4) & 63]}${ALPHABET[(n << 2) & 63]}=`;
  }
  return out;
}

async function decodeStream(ctx: CommandContext, input: InputReader, ignoreGarbage: boolean): Promise<number> {
  const group = new Uint8Array(4);
  let filled = 0;
  for (;;) {
    const chunk = await input.read();
    await ctx.tick(SYSCALL_US + chunk.length * SCAN_US_PER_BYTE);
    if (chunk.length === 0) {
      if (filled === 0) return 0;
      const { bytes } = decodeGroup(group, filled);
      await ctx.stdout.write(Uint8Array.from(bytes));
      return invalidInput(ctx);
    }
    const out: number[] = [];
    for (const byte of chunk) {
      if (byte === NEWLINE || (ignoreGarbage && DECODE[byte] < 0 && byte !== PAD)) continue;
      group[filled++] = byte;
      if (filled < 4) continue;
      filled = 0;
      const { bytes, ok } = decodeGroup(group, 4);
      out.push(...bytes);
      if (!ok) {
        await ctx.stdout.write(Uint8Array.from(out));
        return invalidInput(ctx);
      }
    }
    await ctx.stdout.write(Uint8Array.from(out));
  }
}

async function invalidInput(ctx: CommandContext): Promise<number> {
  await ctx.stdout.flush();
  await ctx.error('invalid input');
  return 1;
}

/** gnulib's decode_4: up to three bytes; a bad or short group still yields what came before. */
function decodeGroup(c: Uint8Array, length: number): { bytes: number[]; ok: boolean } {
  const bytes: number[] = [];
  const v = (i: number): number => DECODE[c[i]];
  if (length < 2 || v(0) < 0 || v(1) < 0) return { bytes, ok: false };
  bytes.push(((v(0) << 2) | (v(1) >> 4)) & 0xff);
  if (length === 2) return { bytes, ok: false };
  if (c[2] === PAD) return { bytes, ok: length === 4 && c[3] === PAD };
  if (v(2) < 0) return { bytes, ok: false };
  bytes.push(((v(1) << 4) | (v(2) >> 2)) & 0xff);
  if (length === 3) return { bytes, ok: false };
  if (c[3] === PAD) return { bytes, ok: true };
  if (v(3) < 0) return { bytes, ok: false };
  bytes.push(((v(2) << 6) | v(3)) & 0xff);
  return { bytes, ok: true };
}

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
