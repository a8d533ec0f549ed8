// A cron job's standard streams. Its input is what follows the first % of the entry, written into a
// pipe by cron; its output and errors go to one temporary file cron reads when the job ends (Debian's
// cron uses tmpfile()), which becomes the mail. Neither is in the filesystem, so they are modelled
// as descriptions of their own that never block.

import { EOF_BYTES, FileDescription } from '../kernel/file-description.ts';
import type { Process } from '../kernel/process.ts';
import { Errno } from '../kernel/errors.ts';

/** The read end of cron's stdin pipe, already holding all of the job's input and closed by cron. */
export class CronJobInput extends FileDescription {
  readonly kind = 'pipe';
  readonly readable = true;
  readonly writable = false;
  private offset = 0;

  constructor(private readonly bytes: Uint8Array) {
    super();
  }

  read(_proc: Process, max: number): Promise<Uint8Array> {
    if (this.offset >= this.bytes.length) return Promise.resolve(EOF_BYTES);
    const chunk = this.bytes.subarray(this.offset, this.offset + max);
    this.offset += chunk.length;
    return Promise.resolve(chunk);
  }

  write(): Promise<void> {
    return Promise.reject(new Errno('EBADF'));
  }

  override unread(bytes: Uint8Array): boolean {
    this.offset -= bytes.length;
    return true;
  }
}

/** What a job writes; kept in memory up to a bound, like a temporary file cron mails afterwards. */
export class CronJobOutput extends FileDescription {
  // A temporary file, to the job; 'pipe' keeps commands from treating it as a named regular file.
  readonly kind = 'pipe';
  readonly readable = false;
  readonly writable = true;
  private readonly chunks: Uint8Array[] = [];
  size = 0;

  constructor(private readonly limit: number) {
    super();
  }

  read(): Promise<Uint8Array> {
    return Promise.reject(new Errno('EBADF'));
  }

  write(_proc: Process, data: Uint8Array): Promise<void> {
    return this.writeWithoutBlocking(data) ? Promise.resolve() : Promise.reject(new Errno('ENOSPC'));
  }

  override writeWithoutBlocking(data: Uint8Array): boolean {
    if (this.size + data.length > this.limit) return false;
    this.chunks.push(data);
    this.size += data.length;
    return true;
  }

  bytes(): Uint8Array {
    const all = new Uint8Array(this.size);
    let at = 0;
    for (const chunk of this.chunks) {
      all.set(chunk, at);
      at += chunk.length;
    }
    return all;
  }
}

/**
 * Splits an entry's command at its first unescaped % (the rest is the job's input, further %s
 * becoming newlines, with a final newline added), as cron's child_process does.
 */
export function splitCommand(entry: string): { command: string; input: string } {
  let command = '';
  let escaped = false;
  let i = 0;
  for (; i < entry.length; i++) {
    const ch = entry[i];
    if (escaped) {
      escaped = false;
      // \% and \\ lose their backslash in the command; any other \x stays.
      if (ch === '%' || ch === '\\') command = command.slice(0, -1);
      command += ch;
      continue;
    }
    if (ch === '\\') escaped = true;
    else if (ch === '%') break;
    command += ch;
  }
  if (i >= entry.length) return { command, input: '' };
  let input = '';
  escaped = false;
  let needNewline = false;
  for (const raw of entry.slice(i + 1)) {
    let ch = raw;
    if (escaped) {
      if (ch !== '%') input += '\\';
    } else if (ch === '%') ch = '\n';
    escaped = ch === '\\';
    if (!escaped) {
      input += ch;
      needNewline = ch !== '\n';
    }
  }
  if (escaped) input += '\\';
  if (needNewline) input += '\n';
  return { command, input };
}
