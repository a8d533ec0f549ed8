// gnulib's argmatch, as cp, ls, du and stat check a WORD argument: the exact word or a unique
// abbreviation; otherwise "invalid (or ambiguous) argument", the valid words (synonyms grouped on
// one line), "Try ... --help", and exit status 1.

import type { CommandContext } from './context.ts';
import { quoteLocale } from '../text/quote.ts';

/** `valid` lists words, or groups of synonyms. Returns the word matched, or the exit status. */
export async function argmatch(ctx: CommandContext, value: string, valid: readonly (string | readonly string[])[], option: string): Promise<string | number> {
  const groups = valid.map((v) => (typeof v === 'string' ? [v] : [...v]));
  const words = groups.flat();
  const exact = words.find((w) => w === value);
  if (exact !== undefined) return exact;
  const matches = words.filter((w) => w.startsWith(value));
  const meanings = new Set(matches.map((m) => groups.findIndex((g) => g.includes(m))));
  if (value !== '' && meanings.size === 1) return matches[0];
  await ctx.error(`${meanings.size > 1 ? 'ambiguous' : 'invalid'} argument ${quoteLocale(value)} for ${quoteLocale(option)}`);
  await ctx.stderr.write(`Valid arguments are:\n${groups.map((g) => `  - ${g.map(quoteLocale).join(', ')}\n`).join('')}`);
  await ctx.usageError('');
  return 1;
}
