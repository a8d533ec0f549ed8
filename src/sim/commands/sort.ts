// sort: sort lines of text files. GNU sort 9.1 in C.UTF-8: byte order, keys (-k) with per-key
// options, -n/-h/-g/-M/-V/-R, the last-resort whole-line comparison unless -s or -u, -c/-C checks,
// -m merges and -o (which may name an input: everything is read before the output is truncated).

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { COMPARE_US } from '../kernel/cost-model.ts';
import { RegularFileDescription } from '../fs/open-file.ts';
import { R_OK } from '../fs/filesystem.ts';
import { WriteError } from '../io/output-writer.ts';
import { quoteAlways, quoteName } from '../text/quote.ts';
import { ArgmatchFailure } from './sort-argmatch.ts';
import { ByteLineReader, ByteTextWriter, stringToBytes, utf8ToByteString } from './sort-byte-lines.ts';
import { prepareComparator, type CompareSettings, type IndexComparator } from './sort-compare.ts';
import { SortFailure } from './sort-keys.ts';
import { LineCollector } from './sort-collect.ts';
import { parseSortOptions, type SortConfig } from './sort-options.ts';
import { HELP } from './sort-help.ts';

/** GNU sort's exit status for trouble (1 is reserved for "not sorted" under -c). */
const SORT_FAILURE = 2;

export const sort = defineCommand({
  name: 'sort',
  summary: 'sort lines of text files',
  help: HELP,
  usageStatus: SORT_FAILURE,
  async run(ctx) {
    try {
      const config = await parseSortOptions(ctx);
      return await runSort(ctx, config);
    } catch (error) {
      if (error instanceof SortFailure) {
        await ctx.error(error.message);
        return SORT_FAILURE;
      }
      if (error instanceof ArgmatchFailure) return error.status;
      throw error;
    }
  },
});

function settingsOf(ctx: CommandContext, config: SortConfig): CompareSettings {
  return {
    keys: config.keys,
    tab: config.tab,
    reverse: config.reverse,
    keysOnly: config.stable || config.unique,
    randomSalt: config.random ? ctx.kernel.prng.nextU32() : 0,
  };
}

/** "sort: MESSAGE: FILE: strerror", GNU's sort_die. */
function failure(message: string, file: string, error: unknown): SortFailure {
  if (!(error instanceof Errno)) throw error;
  return new SortFailure(`${message}: ${quoteName(file)}: ${error.message}`);
}

async function runSort(ctx: CommandContext, config: SortConfig): Promise<number> {
  const settings = settingsOf(ctx, config);
  if (config.check !== null) {
    if (config.files.length > 1) throw new SortFailure(`extra operand ${quoteAlways(config.files[1])} not allowed with -${config.check}`);
    if (config.output !== null) throw new SortFailure(`options '-${config.check}o' are incompatible`);
    return (await check(ctx, config, settings)) ? 0 : 1;
  }
  for (const file of config.files) {
    if (file === '-') continue;
    try {
      if (!ctx.fs.canAccess(ctx.proc.cred, ctx.lookup(file), R_OK)) throw new Errno('EACCES');
    } catch (error) {
      throw failure('cannot read', file, error);
    }
  }
  let output: RegularFileDescription | null = null;
  if (config.output !== null) {
    try {
      const description = await ctx.open(config.output, { write: true, create: true });
      if (description instanceof RegularFileDescription) output = description;
      ctx.proc.fds.setAdopted(1, description);
    } catch (error) {
      throw failure('open failed', config.output, error);
    }
  }
  const collected = new LineCollector(config.keys.length === 0 && !config.merge);
  let ascii = true;
  for (const file of config.files) {
    collected.startInput();
    let input;
    try {
      input = await ctx.openInput(file);
    } catch (error) {
      throw failure('open failed', file, error);
    }
    try {
      const reader = new ByteLineReader(input, ctx, config.eol, collected.wantsFlatLines);
      for (let batch = await reader.next(); batch !== null; batch = await reader.next()) {
        collected.add(batch);
        reader.flat = collected.wantsFlatLines;
      }
      ascii &&= reader.ascii;
    } catch (error) {
      throw failure('read failed', file, error);
    } finally {
      ctx.closeInput(input);
    }
  }
  const { lines, starts, counts } = collected;
  starts.push(lines.length);
  const sorted = counts !== null ? [] : config.merge ? mergeOrder(lines, starts, prepareComparator(lines, settings), config.unique) : await sortLines(ctx, lines, config, settings);
  // Like GNU, truncate the output only now, after every input (which may be the output) was read.
  if (output !== null) ctx.fs.truncate(output.inode, 0);
  const writer = new ByteTextWriter(ctx.stdout, !ascii);
  try {
    if (counts !== null) await writeCounted(ctx, writer, counts, config);
    for (let at = 0; at < sorted.length; at += 4096) {
      await writer.writeLines(sorted.slice(at, at + 4096), config.eol);
    }
    await writer.flush();
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    // stdio reports the failure from fwrite once its 4 KiB buffer has filled, else from fflush.
    const what = writer.written + ctx.stdout.buffered > 4096 ? 'write failed' : 'fflush failed';
    await ctx.error(`${what}: ${quoteName(config.output ?? 'standard output')}: ${error.errno.message}`);
    await ctx.error('write error');
    return SORT_FAILURE;
  }
  return 0;
}

/** Writes counted lines (see LineCollector) in order, each as often as it occurred. */
async function writeCounted(ctx: CommandContext, writer: ByteTextWriter, counts: Map<string, number>, config: SortConfig): Promise<void> {
  const distinct = [...counts.keys()];
  let total = 0;
  for (const count of counts.values()) total += count;
  // Charge what sorting every line costs, which is what the real sort does.
  await ctx.tick(total * Math.log2(total + 1) * COMPARE_US);
  distinct.sort();
  if (config.reverse) distinct.reverse();
  for (const line of distinct) {
    const text = line + config.eol;
    const perWrite = Math.max(1, Math.floor(65536 / text.length));
    for (let left = config.unique ? 1 : counts.get(line)!; left > 0; left -= perWrite) {
      await writer.write(text.repeat(Math.min(left, perWrite)));
    }
  }
}

/** The lines in sorted order (with -u, only the first of each run of equal ones). */
async function sortLines(ctx: CommandContext, lines: string[], config: SortConfig, settings: CompareSettings): Promise<string[]> {
  const n = lines.length;
  await ctx.tick(n * Math.log2(n + 1) * COMPARE_US);
  if (config.keys.length === 0) {
    // Whole lines in byte order: the engine's own string sort is exactly that.
    lines.sort();
    if (config.reverse) lines.reverse();
    return config.unique ? lines.filter((line, i) => i === 0 || line !== lines[i - 1]) : lines;
  }
  const compare = prepareComparator(lines, settings);
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort(compare);
  const out: string[] = [];
  let kept = -1;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    if (config.unique && kept >= 0 && compare(kept, i) === 0) continue;
    out.push(lines[i]);
    kept = i;
  }
  return out;
}

/** GNU's mergefps: repeatedly takes the smallest current line, the earliest input on ties. */
function mergeOrder(lines: readonly string[], starts: readonly number[], compare: IndexComparator, unique: boolean): string[] {
  const cur: number[] = [];
  const end: number[] = [];
  for (let f = 0; f + 1 < starts.length; f++) {
    if (starts[f] === starts[f + 1]) continue;
    cur.push(starts[f]);
    end.push(starts[f + 1]);
  }
  const ord = cur.map((_, i) => i);
  for (let i = 1; i < ord.length; ++i) {
    if (compare(cur[ord[i - 1]], cur[ord[i]]) > 0) {
      [ord[i - 1], ord[i]] = [ord[i], ord[i - 1]];
      i = 0;
    }
  }
  const out: string[] = [];
  let saved = -1;
  while (ord.length > 0) {
    const smallest = cur[ord[0]];
    if (unique) {
      if (saved >= 0 && compare(saved, smallest) !== 0) {
        out.push(lines[saved]);
        saved = -1;
      }
      if (saved < 0) saved = smallest;
    } else out.push(lines[smallest]);
    const ord0 = ord[0];
    if (++cur[ord0] === end[ord0]) {
      ord.shift();
      continue;
    }
    // Put the input back in order: after every input whose line is smaller (or equal and earlier).
    let lo = 1;
    let hi = ord.length;
    let probe = lo;
    while (lo < hi) {
      const cmp = compare(cur[ord0], cur[ord[probe]]);
      if (cmp < 0 || (cmp === 0 && ord0 < ord[probe])) hi = probe;
      else lo = probe + 1;
      probe = (lo + hi) >> 1;
    }
    ord.splice(0, 1);
    ord.splice(lo - 1, 0, ord0);
  }
  if (unique && saved >= 0) out.push(lines[saved]);
  return out;
}

/** -c / -C: whether the input is in order; -c reports the first line out of order. */
async function check(ctx: CommandContext, config: SortConfig, settings: CompareSettings): Promise<boolean> {
  const file = config.files[0];
  let input;
  try {
    input = await ctx.openInput(file);
  } catch (error) {
    throw failure('open failed', file, error);
  }
  try {
    const reader = new ByteLineReader(input, ctx, config.eol);
    let previous: string | null = null;
    let number = 0;
    for (let batch = await reader.next(); batch !== null; batch = await reader.next()) {
      const lines = previous === null ? batch : [previous].concat(batch);
      const compare = prepareComparator(lines, settings);
      await ctx.tick(lines.length * COMPARE_US);
      for (let i = 1; i < lines.length; i++) {
        const diff = compare(i - 1, i);
        if (config.unique ? diff < 0 : diff <= 0) continue;
        if (config.check === 'c') {
          const line = number + i + (previous === null ? 1 : 0);
          await ctx.stderr.write(stringToBytes(`${utf8ToByteString(`${ctx.name}: ${file}:${line}: disorder: `)}${lines[i]}${config.eol}`));
        }
        return false;
      }
      number += batch.length;
      previous = batch[batch.length - 1];
    }
    return true;
  } catch (error) {
    throw failure('read failed', file, error);
  } finally {
    ctx.closeInput(input);
  }
}
