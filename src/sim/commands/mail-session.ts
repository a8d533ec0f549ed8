// Reading mail (bsd-mailx 8.1.2, lex.c/cmd1-3.c/list.c/quit.c): a mailbox loaded into memory, the
// header summary, the "& " command loop on standard input, and what `quit` writes back: read
// messages appended to ~/mbox, the rest held in the system mailbox with their Status: updated.

import { Errno } from '../kernel/errors.ts';
import { W_OK } from '../fs/filesystem.ts';
import { decodeBytes, encodeText } from '../text/byte-text.ts';
import type { CommandContext } from './context.ts';
import {
  MBOX, MDELETED, MMARK, MNEW, MODIFY, MPRESERVE, MREAD, MSAVED, MSTATUS, MTOUCH,
  cutBytes, fitBytes, hfield, newIgnoreTable, parseHeadLine, parseMailbox, renderMessage, senderName, skin, vis,
  type IgnoreTable, type MailMessage,
} from './mail-mbox.ts';
import { EXIT, F, I, M, MMNORM, MSGLIST, NDMLIST, NOLIST, P, R, RAWLIST, STRLIST, T, W, lex, type MailCmd } from './mail-commands.ts';

/** Settings shared by the reader and the sender: variables, ignored fields, who we are. */
export interface MailState {
  vars: Map<string, string>;
  ignore: IgnoreTable;
  saveIgnore: IgnoreTable;
  aliases: Map<string, string[]>;
  altnames: string[];
  myname: string;
  homedir: string;
  program: string;
}

export function newMailState(program: string, myname: string, homedir: string): MailState {
  return { vars: new Map(), ignore: newIgnoreTable(), saveIgnore: newIgnoreTable(), aliases: new Map(), altnames: [], myname, homedir, program };
}

export class MailSession {
  messages: MailMessage[] = [];
  dot = 0;
  sawcom = false;
  edit = false;
  readonly = false;
  mailname = '';
  prevfile = '';
  mailsize = 0;
  private loaded = false;
  private screen = 0;
  private lastcolmod = 0;
  private lastscan = '';
  sourcing = 0;
  private loading = false;
  private cond: 'none' | 'rcv' | 'send' = 'none';
  private currentCommand: MailCmd | undefined;

  constructor(
    readonly ctx: CommandContext,
    readonly state: MailState,
  ) {}

  // --- variables and small helpers ------------------------------------------------------------------

  value(name: string): string | undefined {
    const own = this.state.vars.get(name);
    if (own !== undefined) return own;
    const env = this.ctx.getenv(name);
    if (env !== undefined) return env;
    if (name === 'SHELL') return '/bin/sh';
    if (name === 'LISTER') return 'ls';
    if (name === 'PAGER') return 'more';
    return undefined;
  }

  get interactive(): boolean {
    return this.state.vars.has('interactive');
  }

  async out(text: string): Promise<void> {
    if (text) await this.ctx.stdout.write(text);
  }

  async warn(message: string): Promise<void> {
    await this.ctx.flush();
    await this.ctx.stderr.write(`${this.state.program}: ${message}\n`);
  }

  async warnErrno(path: string, error: unknown): Promise<void> {
    if (!(error instanceof Errno)) throw error;
    await this.warn(`${path}: ${error.message}`);
  }

  get msgCount(): number {
    return this.messages.length;
  }

  private get stdoutIsTerminal(): boolean {
    return this.ctx.proc.fds.find(1)?.isTerminal() ?? false;
  }

  private screenWidth(): number {
    return this.stdoutIsTerminal ? this.ctx.kernel.tty.size.cols : 80;
  }

  private screenHeight(): number {
    return this.stdoutIsTerminal ? this.ctx.kernel.tty.size.rows : 24;
  }

  // --- file names -------------------------------------------------------------------------------------

  /** findmail(): $MAIL when it is ours (or missing), else /var/mail/USER. */
  findmail(user: string): string {
    const mail = this.ctx.getenv('MAIL');
    if (mail !== undefined) {
      try {
        const inode = this.ctx.lookup(mail);
        if (inode.uid === this.ctx.proc.cred.uid) return mail;
      } catch {
        return mail;
      }
    }
    return `/var/mail/${user}`;
  }

  /** expand(): %, %user, #, &, +folder and ~/. */
  async expand(name: string): Promise<string | undefined> {
    if (name.startsWith('%')) return this.findmail(name.length > 1 ? name.slice(1) : this.state.myname);
    if (name === '#') {
      if (this.prevfile === '') {
        await this.out('No previous file\n');
        return undefined;
      }
      return this.prevfile;
    }
    if (name === '&') name = this.value('MBOX') ?? '~/mbox';
    if (name.startsWith('+')) {
      const folder = this.folderDir();
      if (folder !== undefined) name = `${folder}/${name.slice(1)}`;
    }
    if (name.startsWith('~') && (name[1] === '/' || name.length === 1)) name = this.state.homedir + name.slice(1);
    return name;
  }

  private folderDir(): string | undefined {
    const folder = this.value('folder');
    if (folder === undefined) return undefined;
    return folder.startsWith('/') ? folder : `${this.state.homedir}/${folder}`;
  }

  private async readBytes(path: string): Promise<Uint8Array> {
    const description = await this.ctx.open(path, { read: true });
    try {
      const chunks: Uint8Array[] = [];
      let total = 0;
      for (;;) {
        const chunk = await description.read(this.ctx.proc, 65536);
        if (chunk.length === 0) break;
        chunks.push(chunk);
        total += chunk.length;
      }
      const bytes = new Uint8Array(total);
      let at = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, at);
        at += chunk.length;
      }
      return bytes;
    } finally {
      description.release();
    }
  }

  private async writeText(path: string, text: string, flags: { append?: boolean; create?: boolean }, mode = 0o666): Promise<void> {
    const description = await this.ctx.open(
      path,
      flags.append ? { write: true, append: true, create: flags.create ?? false } : { write: true, truncate: true, create: flags.create ?? false },
      mode,
    );
    try {
      const bytes = encodeText(text);
      if (bytes.length > 0) await description.write(this.ctx.proc, bytes);
    } finally {
      description.release();
    }
  }

  private fileSize(path: string): number | undefined {
    try {
      const inode = this.ctx.lookup(path);
      return this.ctx.fs.stat(inode).size;
    } catch {
      return undefined;
    }
  }

  /** alter(): the access time one second ahead, so "You have new mail" checks see it as read. */
  private alter(path: string): void {
    try {
      const inode = this.ctx.lookup(path);
      this.ctx.fs.utimes(this.ctx.proc.cred, inode, this.ctx.kernel.clock.nowMs * 1000 + 1_000_000, inode.mtimeUs);
    } catch {
      // as utimensat's failure is ignored
    }
  }

  // --- opening a mailbox ----------------------------------------------------------------------------

  /** setfile(): loads a mailbox ("%..." is the system mailbox, anything else is edited). */
  async setfile(spec: string): Promise<number> {
    const isedit = !spec.startsWith('%');
    const who = spec.length > 1 && spec.startsWith('%') ? spec.slice(1) : this.state.myname;
    const name = await this.expand(spec);
    if (name === undefined) return -1;
    let bytes: Uint8Array;
    try {
      const inode = this.ctx.lookup(name);
      if (inode.type === 'dir') {
        await this.warn(`${name}: Is a directory`);
        return -1;
      }
      if (inode.type !== 'file') {
        await this.warn(`${name}: Invalid argument`);
        return -1;
      }
      bytes = await this.readBytes(name);
    } catch (error) {
      if (!isedit && error instanceof Errno && error.code === 'ENOENT') {
        await this.ctx.flush();
        await this.ctx.stderr.write(`No mail for ${who}\n`);
        return -1;
      }
      await this.warnErrno(name, error);
      return -1;
    }
    if (this.loaded) await this.quit();
    let writable = true;
    try {
      writable = this.ctx.fs.canAccess(this.ctx.proc.cred, this.ctx.lookup(name), W_OK);
    } catch {
      writable = false;
    }
    this.readonly = !writable;
    this.loaded = true;
    this.edit = isedit;
    this.prevfile = this.mailname;
    this.mailname = name;
    this.mailsize = bytes.length;
    this.messages = parseMailbox(decodeBytes(bytes).text);
    await this.ctx.tick(bytes.length * 0.01);
    this.dot = 0;
    this.sawcom = false;
    if (!this.edit && this.msgCount === 0) {
      await this.ctx.flush();
      await this.ctx.stderr.write(`No mail for ${who}\n`);
      return -1;
    }
    return 0;
  }

  /** announce(): the "file": N messages line and the first screenful of headers. */
  async announce(): Promise<void> {
    const mdot = await this.newfileinfo(0);
    this.dot = mdot - 1;
    if (this.msgCount > 0 && !this.state.vars.has('noheader')) await this.headers([mdot]);
  }

  async newfileinfo(omsgCount: number): Promise<number> {
    const list = this.messages;
    let found = list.findIndex((m, i) => i >= omsgCount && (m.flag & MNEW) !== 0);
    if (found < 0) found = list.findIndex((m, i) => i >= omsgCount && (m.flag & MREAD) === 0);
    const mdot = found >= 0 ? found + 1 : omsgCount + 1;
    let n = 0;
    let u = 0;
    let d = 0;
    let s = 0;
    for (const m of list) {
      if (m.flag & MNEW) n++;
      if ((m.flag & MREAD) === 0) u++;
      if (m.flag & MDELETED) d++;
      if (m.flag & MSAVED) s++;
    }
    let ename = this.mailname;
    const folder = this.folderDir();
    if (folder !== undefined && this.mailname.startsWith(`${folder}/`)) ename = `+${this.mailname.slice(folder.length + 1)}`;
    let line = `"${ename}": ${this.msgCount === 1 ? '1 message' : `${this.msgCount} messages`}`;
    if (n > 0) line += ` ${n} new`;
    if (u - n > 0) line += ` ${u} unread`;
    if (d > 0) line += ` ${d} deleted`;
    if (s > 0) line += ` ${s} saved`;
    if (this.readonly) line += ' [Read only]';
    await this.out(`${line}\n`);
    return mdot;
  }

  // --- the command loop -----------------------------------------------------------------------------

  /** commands(): reads and runs commands until EOF or quit; false when `exit` ended the program. */
  async commands(input: { nextLine(): Promise<string | null> }): Promise<'quit' | 'exit'> {
    let eofloop = 0;
    for (;;) {
      if (this.sourcing === 0 && this.interactive) await this.out('& ');
      await this.ctx.stdout.flush();
      let line = await input.nextLine();
      if (line === null) {
        if (this.interactive && this.value('ignoreeof') !== undefined && ++eofloop < 25) {
          await this.out('Use "quit" to quit.\n');
          continue;
        }
        return 'quit';
      }
      eofloop = 0;
      while (line.endsWith('\\')) {
        const more: string | null = await input.nextLine();
        if (more === null) break;
        line = `${line.slice(0, -1)} ${more}`;
      }
      const result = await this.execute(line);
      if (result === 'quit' || result === 'exit') return result;
    }
  }

  /** Runs commands from a file (~/.mailrc, `source`): errors abort it, quit is refused. */
  async source(text: string, loading: boolean): Promise<void> {
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    this.sourcing++;
    const wasLoading = this.loading;
    this.loading = loading;
    try {
      for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        while (line.endsWith('\\') && i + 1 < lines.length) line = `${line.slice(0, -1)} ${lines[++i]}`;
        const result = await this.execute(line);
        if (result !== 'ok') break;
      }
    } finally {
      this.sourcing--;
      this.loading = wasLoading;
    }
  }

  /** execute(): one command line. 'error' aborts a sourced file; 'quit'/'exit' end the loop. */
  async execute(linebuf: string, rcvmode = true): Promise<'ok' | 'error' | 'quit' | 'exit'> {
    let cp = linebuf.replace(/^[ \t\n\r\f\v]+/, '');
    this.currentCommand = undefined;
    if (cp.startsWith('!')) {
      if (this.sourcing) {
        await this.out('Can\'t "!" while sourcing\n');
        return 'error';
      }
      await this.shellEscape(cp.slice(1));
      return 'ok';
    }
    let word = '';
    while (cp.length > 0 && !' \t0123456789$^.:/-+*\'"'.includes(cp[0])) {
      word += cp[0];
      cp = cp.slice(1);
    }
    if (this.sourcing && word === '') return 'ok';
    const com = lex(word);
    if (com === undefined) {
      await this.out(`Unknown command: "${word}"\n`);
      return this.sourcing ? 'error' : 'ok';
    }
    this.currentCommand = com;
    if ((com.argtype & F) === 0 && ((this.cond === 'rcv' && !rcvmode) || (this.cond === 'send' && rcvmode))) return 'ok';
    let e = 1;
    const fail = async (message: string): Promise<void> => {
      await this.out(`${message}\n`);
    };
    if (!rcvmode && (com.argtype & M) === 0) await fail(`May not execute "${com.name}" while sending`);
    else if (this.sourcing && com.argtype & I) await fail(`May not execute "${com.name}" while sourcing`);
    else if (this.readonly && com.argtype & W) await fail(`May not execute "${com.name}" -- message file is read only`);
    else {
      const kind = com.argtype & ~(F | P | I | M | T | W | R);
      if (kind === MSGLIST) {
        const list = await this.getmsglist(cp, com.msgflag);
        if (list !== null) {
          if (list.length === 0) {
            const n = this.first(com.msgflag, com.msgmask);
            if (n !== 0) list.push(n);
          }
          if (list.length === 0) await fail('No applicable messages');
          else e = await (com.run as (s: MailSession, a: number[]) => Promise<number>)(this, list);
        }
      } else if (kind === NDMLIST) {
        const list = await this.getmsglist(cp, com.msgflag);
        if (list !== null) e = await (com.run as (s: MailSession, a: number[]) => Promise<number>)(this, list);
      } else if (kind === STRLIST) {
        e = await (com.run as (s: MailSession, a: string) => Promise<number>)(this, cp.replace(/^[ \t\n\r\f\v]+/, ''));
      } else if (kind === RAWLIST) {
        const args = await this.getrawlist(cp);
        if (args !== null) {
          if (args.length < com.msgflag) await fail(`${com.name} requires at least ${com.msgflag} arg(s)`);
          else if (args.length > com.msgmask) await fail(`${com.name} takes no more than ${com.msgmask} arg(s)`);
          else e = await (com.run as (s: MailSession, a: string[]) => Promise<number>)(this, args);
        }
      } else if (kind === NOLIST) {
        e = await (com.run as (s: MailSession, a: null) => Promise<number>)(this, null);
      } else if (kind === (MSGLIST | STRLIST)) {
        e = await (com.run as (s: MailSession, a: string) => Promise<number>)(this, cp);
      }
    }
    if (e !== 0) {
      if (e === EXIT) return 'exit';
      if (e < 0) return 'quit';
      if (this.loading || this.sourcing) return 'error';
      return 'ok';
    }
    if (this.value('autoprint') !== undefined && com.argtype & P && this.msgCount > 0) {
      if ((this.messages[this.dot].flag & MDELETED) === 0) await this.type1([this.dot + 1], true, false);
    }
    if (!this.sourcing && (com.argtype & T) === 0) this.sawcom = true;
    return 'ok';
  }

  // --- message lists (list.c) -----------------------------------------------------------------------

  first(f: number, m: number): number {
    if (this.msgCount === 0) return 0;
    f &= MDELETED;
    m &= MDELETED;
    for (let i = this.dot; i < this.msgCount; i++) if ((this.messages[i].flag & m) === f) return i + 1;
    for (let i = this.dot - 1; i >= 0; i--) if ((this.messages[i].flag & m) === f) return i + 1;
    return 0;
  }

  /** getmsglist(): the marked message numbers, or null after an error (already reported). */
  async getmsglist(buf: string, f: number, names = true): Promise<number[] | null> {
    if (this.msgCount === 0) return [];
    if (!(await this.markall(buf, f, names))) return null;
    const list: number[] = [];
    this.messages.forEach((m, i) => {
      if (m.flag & MMARK) list.push(i + 1);
    });
    return list;
  }

  private async markall(buf: string, f: number, names: boolean): Promise<boolean> {
    const msgs = this.messages;
    const valdot = this.dot + 1;
    let colmod = 0;
    for (const m of msgs) m.flag &= ~MMARK;
    const mark = (n: number): void => {
      msgs[n - 1].flag |= MMARK;
    };
    const namelist: string[] = [];
    const scanner = new Scanner(buf);
    let star = false;
    let other = false;
    let beg = 0;
    let mc = 0;
    let tok = await scanner.scan(this);
    while (tok !== 'eol') {
      let number: number | undefined;
      switch (tok) {
        case 'number':
          number = scanner.number;
          break;
        case 'plus': {
          if (beg !== 0) {
            await this.out('Non-numeric second argument\n');
            return false;
          }
          let i = valdot;
          do {
            i++;
            if (i > this.msgCount) {
              await this.out('Referencing beyond EOF\n');
              return false;
            }
          } while ((msgs[i - 1].flag & MDELETED) !== f);
          mark(i);
          break;
        }
        case 'dash':
          if (beg === 0) {
            let i = valdot;
            do {
              i--;
              if (i <= 0) {
                await this.out('Referencing before 1\n');
                return false;
              }
            } while ((msgs[i - 1].flag & MDELETED) !== f);
            mark(i);
          }
          break;
        case 'string':
          if (beg !== 0) {
            await this.out('Non-numeric second argument\n');
            return false;
          }
          other = true;
          if (scanner.string.startsWith(':')) {
            const bit = this.evalcol(scanner.string[1]);
            if (bit === 0) {
              await this.out(`Unknown colon modifier "${scanner.string}"\n`);
              return false;
            }
            colmod |= bit;
          } else if (names) namelist.push(scanner.string);
          break;
        case 'dollar':
        case 'up':
        case 'dot': {
          const n = await this.metamess(scanner.string[0], f);
          if (n === -1) return false;
          number = n;
          break;
        }
        case 'star':
          if (other) {
            await this.out('Can\'t mix "*" with anything\n');
            return false;
          }
          star = true;
          break;
        case 'error':
          return false;
      }
      if (number !== undefined) {
        if (star) {
          await this.out('No numbers mixed with *\n');
          return false;
        }
        other = true;
        mc++;
        if (beg !== 0) {
          if (!(await this.check(number, f))) return false;
          for (let i = beg; i <= number; i++) if (f === MDELETED || (msgs[i - 1].flag & MDELETED) === 0) mark(i);
          beg = 0;
        } else {
          beg = number;
          if (!(await this.check(beg, f))) return false;
          const next = await scanner.scan(this);
          scanner.regret(next);
          if (next !== 'dash') {
            mark(beg);
            beg = 0;
          }
        }
      }
      tok = await scanner.scan(this);
    }
    this.lastcolmod = colmod;
    if (star) {
      let mc = 0;
      msgs.forEach((m, i) => {
        if ((m.flag & MDELETED) === f) {
          mark(i + 1);
          mc++;
        }
      });
      if (mc === 0) {
        await this.out('No applicable messages.\n');
        return false;
      }
      return true;
    }
    if ((namelist.length > 0 || colmod !== 0) && mc === 0) {
      msgs.forEach((m, i) => {
        if ((m.flag & MDELETED) === f) mark(i + 1);
      });
    }
    if (namelist.length > 0) {
      msgs.forEach((m, i) => {
        const hit = namelist.some((name) => (name.startsWith('/') ? this.matchsubj(name, i) : this.matchsender(name, i)));
        if (!hit) m.flag &= ~MMARK;
      });
      if (!msgs.some((m) => m.flag & MMARK)) {
        await this.out(`No applicable messages from {${namelist.join(', ')}}\n`);
        return false;
      }
    }
    if (colmod !== 0) {
      for (const m of msgs) {
        for (const col of COLTAB) if (col.bit & colmod && (m.flag & col.mask) !== col.equal) m.flag &= ~MMARK;
      }
      if (!msgs.some((m) => m.flag & MMARK)) {
        await this.out(`No messages satisfy${COLTAB.filter((c) => c.bit & colmod).map((c) => ` :${c.char}`).join('')}\n`);
        return false;
      }
    }
    return true;
  }

  private evalcol(col: string | undefined): number {
    if (col === undefined) return this.lastcolmod;
    return COLTAB.find((c) => c.char === col)?.bit ?? 0;
  }

  private async check(mesg: number, f: number): Promise<boolean> {
    if (mesg < 1 || mesg > this.msgCount) {
      await this.out(`${mesg}: Invalid message number\n`);
      return false;
    }
    if (f !== MDELETED && (this.messages[mesg - 1].flag & MDELETED) !== 0) {
      await this.out(`${mesg}: Inappropriate message\n`);
      return false;
    }
    return true;
  }

  private async metamess(meta: string, f: number): Promise<number> {
    const msgs = this.messages;
    if (meta === '^' || meta === '$') {
      const order = msgs.map((_, i) => i);
      if (meta === '$') order.reverse();
      const hit = order.find((i) => (msgs[i].flag & MDELETED) === f);
      if (hit !== undefined) return hit + 1;
      await this.out('No applicable messages\n');
      return -1;
    }
    const m = this.dot + 1;
    if ((msgs[this.dot].flag & MDELETED) !== f) {
      await this.out(`${m}: Inappropriate message\n`);
      return -1;
    }
    return m;
  }

  private matchsender(str: string, index: number): boolean {
    if (str === '') return false;
    return senderName(this.messages[index]).toLowerCase().includes(str.toLowerCase());
  }

  private matchsubj(str: string, index: number): boolean {
    let wanted = str.slice(1);
    if (wanted === '') wanted = this.lastscan;
    else this.lastscan = wanted;
    const message = this.messages[index];
    let field = 'subject';
    if (this.value('searchheaders') !== undefined && wanted.includes(':')) {
      const colon = wanted.indexOf(':');
      if (wanted.toLowerCase().startsWith('to:')) {
        const needle = wanted.slice(colon + 1).toLowerCase();
        if (needle === '') return false;
        return ['to', 'cc', 'bcc'].some((name) => hfield(message, name)?.toLowerCase().includes(needle));
      }
      field = wanted.slice(0, colon) || 'subject';
      wanted = wanted.slice(colon + 1);
    }
    const value = hfield(message, field);
    return value !== undefined && value.toLowerCase().includes(wanted.toLowerCase());
  }

  /** getrawlist(): shell-like words with quotes and backslash escapes inside quotes. */
  async getrawlist(line: string): Promise<string[] | null> {
    const args: string[] = [];
    let i = 0;
    for (;;) {
      while (line[i] === ' ' || line[i] === '\t') i++;
      if (i >= line.length) break;
      let word = '';
      let quote = '';
      while (i < line.length) {
        let c = line[i++];
        if (quote) {
          if (c === quote) quote = '';
          else if (c === '\\') {
            c = line[i++] ?? '';
            const escapes: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
            if (c === '') {
              word += '\\';
              i--;
            } else if (/[0-7]/.test(c)) {
              let value = Number(c);
              for (let k = 0; k < 2 && /[0-7]/.test(line[i] ?? ''); k++) value = value * 8 + Number(line[i++]);
              word += String.fromCharCode(value);
            } else word += escapes[c] ?? c;
          } else if (c === '^') {
            c = line[i++] ?? '';
            if (c === '?') word += '\x7f';
            else if (/[A-Z[\\\]^_a-z]/.test(c) && c !== '') word += String.fromCharCode(c.charCodeAt(0) & 0o37);
            else {
              word += '^';
              i--;
            }
          } else word += c;
        } else if (c === '"' || c === "'") quote = c;
        else if (c === ' ' || c === '\t') break;
        else word += c;
      }
      args.push(word);
    }
    return args;
  }

  // --- showing messages -----------------------------------------------------------------------------

  touch(index: number): void {
    const m = this.messages[index];
    m.flag |= MTOUCH;
    if ((m.flag & MREAD) === 0) m.flag |= MREAD | MSTATUS;
  }

  /** printhead(): one line of the header summary. */
  headerLine(mesg: number): string {
    const mp = this.messages[mesg - 1];
    const subject = hfield(mp, 'subject') ?? hfield(mp, 'subj') ?? '';
    const curind = this.dot === mesg - 1 ? '>' : ' ';
    let dispc = ' ';
    if (mp.flag & MSAVED) dispc = '*';
    if (mp.flag & MPRESERVE) dispc = 'P';
    if ((mp.flag & (MREAD | MNEW)) === MNEW) dispc = 'N';
    if ((mp.flag & (MREAD | MNEW)) === 0) dispc = 'U';
    if (mp.flag & MBOX) dispc = 'M';
    const head = parseHeadLine(mp.lines[0] ?? '');
    const from = senderName(mp);
    const toField = hfield(mp, 'to');
    const to = toField === undefined ? undefined : skin(toField);
    const others = from.split(/[\s,]+/).filter((n) => n !== '' && n.toLowerCase() !== this.state.myname.toLowerCase() && !this.state.altnames.includes(n));
    let name: string;
    let showsTo = false;
    if (others.length > 0) showsTo = this.value('show-rcpt') !== undefined && to !== undefined;
    else showsTo = this.value('showto') !== undefined && to !== undefined;
    if (showsTo) name = to!;
    else name = from;
    const date = fitBytes(head.date ?? '', 16, 16, false);
    const counts = `${String(mp.lines.length).padStart(4)}/${String(mp.size).padEnd(5)}`;
    const number = String(mesg).padStart(3);
    const line = showsTo
      ? `${curind}${dispc}${number} TO ${fitBytes(vis(name), 14, 14, true)}  ${date} ${counts} ${vis(subject)}`
      : `${curind}${dispc}${number} ${fitBytes(vis(name), 17, 17, true)}  ${date} ${counts} ${vis(subject)}`;
    return `${cutBytes(line, this.screenWidth())}\n`;
  }

  screensize(): number {
    const screen = Number.parseInt(this.value('screen') ?? '', 10);
    if (screen > 0) return screen;
    return this.screenHeight() - 4;
  }

  async headers(msgvec: number[]): Promise<number> {
    const size = this.screensize();
    const n = msgvec[0] ?? 0;
    if (n !== 0 && size > 0) this.screen = Math.floor((n - 1) / size);
    if (this.screen < 0) this.screen = 0;
    let mp = this.screen * size;
    if (mp >= this.msgCount) mp = this.msgCount - size;
    if (mp < 0) mp = 0;
    let flag = 0;
    let mesg = mp;
    if (this.dot !== n - 1) this.dot = mp;
    let text = '';
    for (; mp < this.msgCount; mp++) {
      mesg++;
      if (this.messages[mp].flag & MDELETED) continue;
      if (flag++ >= size) break;
      text += this.headerLine(mesg);
    }
    await this.out(text);
    if (flag === 0) {
      await this.out('No more mail.\n');
      return 1;
    }
    return 0;
  }

  async scroll(arg: string): Promise<number> {
    const size = this.screensize();
    const maxscreen = size > 0 ? Math.floor((this.msgCount - 1) / size) : 0;
    if (arg === '' || arg.startsWith('+')) {
      if (this.screen >= maxscreen) {
        await this.out('On last screenful of messages\n');
        return 0;
      }
      this.screen++;
    } else if (arg.startsWith('-')) {
      if (this.screen <= 0) {
        await this.out('On first screenful of messages\n');
        return 0;
      }
      this.screen--;
    } else {
      await this.out(`Unrecognized scrolling command "${arg}"\n`);
      return 1;
    }
    return this.headers([0]);
  }

  /** type1(): prints messages (doign: leave out ignored fields). */
  async type1(msgvec: number[], doign: boolean, _page: boolean): Promise<number> {
    const visual = this.stdoutIsTerminal;
    for (const n of msgvec) {
      this.touch(n - 1);
      this.dot = n - 1;
      let text = this.value('quiet') === undefined ? `Message ${n}:\n` : '';
      text += renderMessage(this.messages[n - 1], doign ? this.state.ignore : null, visual);
      await this.ctx.tick(text.length * 0.01);
      await this.out(text);
    }
    return 0;
  }

  async shellEscape(command: string): Promise<void> {
    const shell = this.value('SHELL') ?? '/bin/sh';
    try {
      await this.ctx.runProgram([shell, '-c', command]);
    } catch (error) {
      await this.warnErrno(shell, error);
    }
    await this.out('!\n');
  }

  async runShell(): Promise<void> {
    const shell = this.value('SHELL') ?? '/bin/sh';
    try {
      await this.ctx.runProgram([shell]);
    } catch (error) {
      await this.warnErrno(shell, error);
    }
    await this.out('\n');
  }

  // --- saving ---------------------------------------------------------------------------------------

  /** save1(): appends messages to a file; `mark` makes them saved (left out of mbox at quit). */
  async save1(str: string, mark: boolean, cmd: string, ignore: IgnoreTable | 'all'): Promise<number> {
    const trimmed = str.replace(/[ \t\n\r\f\v]+$/, '');
    const at = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\t'));
    if (trimmed === '') {
      await this.out('No file specified.\n');
      return 1;
    }
    let msgvec: number[];
    let file: string;
    if (at < 0) {
      file = trimmed;
      const n = this.first(0, MMNORM);
      if (n === 0) {
        await this.out(`No messages to ${cmd}.\n`);
        return 1;
      }
      msgvec = [n];
    } else {
      file = trimmed.slice(at + 1);
      const list = await this.getmsglist(trimmed.slice(0, at), 0);
      if (list === null) return 1;
      msgvec = list;
    }
    const path = await this.expand(file);
    if (path === undefined) return 1;
    await this.out(`"${path}" `);
    const exists = this.fileSize(path) !== undefined;
    let description;
    try {
      description = await this.ctx.open(path, { write: true, append: true, create: true });
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await this.warn(`fopen: ${error.message}`);
      return 1;
    }
    let text = '';
    for (const n of msgvec) {
      this.touch(n - 1);
      text += renderMessage(this.messages[n - 1], ignore, false);
    }
    try {
      await description.write(this.ctx.proc, encodeText(text));
    } catch (error) {
      await this.warnErrno(path, error);
      return 1;
    } finally {
      description.release();
    }
    if (mark) for (const n of msgvec) this.messages[n - 1].flag |= MSAVED;
    await this.out(`${exists ? '[Appended]' : '[New file]'}\n`);
    return 0;
  }

  // --- quitting (quit.c) ----------------------------------------------------------------------------

  /** quit(): the end of a session with `quit` or end of input. */
  async quit(): Promise<number> {
    if (this.readonly) return 0;
    if (this.edit) return this.edstop();
    const msgs = this.messages;
    let current: Uint8Array;
    try {
      if (!this.ctx.fs.canAccess(this.ctx.proc.cred, this.ctx.lookup(this.mailname), W_OK)) throw new Errno('EACCES');
      current = await this.readBytes(this.mailname);
    } catch {
      await this.out('Thou hast new mail.\n');
      return 0;
    }
    let newMail: string | undefined;
    if (current.length > this.mailsize) {
      await this.out('New mail has arrived.\n');
      newMail = decodeBytes(current.subarray(this.mailsize)).text;
    }
    let anystat = 0;
    const autohold = this.value('hold') !== undefined;
    const holdbit = autohold ? MPRESERVE : MBOX;
    let nohold = MBOX | MSAVED | MDELETED | MPRESERVE;
    if (this.value('keepsave') !== undefined) nohold &= ~MSAVED;
    for (const mp of msgs) {
      if (mp.flag & MNEW) {
        mp.flag &= ~MNEW;
        mp.flag |= MSTATUS;
      }
      if (mp.flag & MSTATUS) anystat++;
      if ((mp.flag & MTOUCH) === 0) mp.flag |= MPRESERVE;
      if ((mp.flag & nohold) === 0) mp.flag |= holdbit;
    }
    let c = 0;
    let p = 0;
    let modify = 0;
    for (const mp of msgs) {
      if (mp.flag & MBOX) c++;
      if (mp.flag & MPRESERVE) p++;
      if (mp.flag & MODIFY) modify++;
    }
    if (p === this.msgCount && !modify && !anystat) {
      await this.out(`Held ${p} message${p === 1 ? '' : 's'} in ${this.mailname}\n`);
      return 0;
    }
    if (c === 0) {
      if (p !== 0) return this.writeback(newMail);
      return this.cream(newMail);
    }
    const mbox = (await this.expand('&'))!;
    let saved = '';
    for (const mp of msgs) if (mp.flag & MBOX) saved += renderMessage(mp, this.state.saveIgnore, false);
    try {
      if (this.value('append') === undefined) {
        let old = '';
        try {
          old = decodeBytes(await this.readBytes(mbox)).text;
        } catch {
          // no mbox yet
        }
        await this.writeText(mbox, saved + old, { create: true }, 0o600);
      } else {
        await this.writeText(mbox, saved, { append: true, create: true }, 0o666);
        try {
          this.ctx.fs.chmod(this.ctx.proc.cred, this.ctx.lookup(mbox), 0o600);
        } catch {
          // fchmod's failure is ignored
        }
      }
    } catch (error) {
      await this.warnErrno(mbox, error);
      return -1;
    }
    await this.out(c === 1 ? `Saved 1 message in ${mbox}\n` : `Saved ${c} messages in ${mbox}\n`);
    if (p !== 0) return this.writeback(newMail);
    return this.cream(newMail);
  }

  /** The system mailbox emptied (Debian truncates it rather than removing it), new mail kept. */
  private async cream(newMail: string | undefined): Promise<number> {
    try {
      await this.writeText(this.mailname, newMail ?? '', {});
      if (newMail !== undefined) this.alter(this.mailname);
    } catch (error) {
      if (newMail !== undefined) await this.out('Thou hast new mail.\n');
      else if (!(error instanceof Errno)) throw error;
    }
    return 0;
  }

  /** writeback(): preserved and untouched messages back into the system mailbox. */
  private async writeback(newMail: string | undefined): Promise<number> {
    let p = 0;
    let text = '';
    for (const mp of this.messages) {
      if (mp.flag & MPRESERVE || (mp.flag & MTOUCH) === 0) {
        p++;
        text += renderMessage(mp, null, false);
      }
    }
    try {
      await this.writeText(this.mailname, text + (newMail ?? ''), {});
    } catch (error) {
      await this.warnErrno(this.mailname, error);
      return -1;
    }
    this.alter(this.mailname);
    await this.out(p === 1 ? `Held 1 message in ${this.mailname}\n` : `Held ${p} messages in ${this.mailname}\n`);
    return 0;
  }

  /** edstop(): a file given with -f written back without its deleted messages. */
  private async edstop(): Promise<number> {
    if (this.readonly) return 0;
    let gotcha = 0;
    for (const mp of this.messages) {
      if (mp.flag & MNEW) {
        mp.flag &= ~MNEW;
        mp.flag |= MSTATUS;
      }
      if (mp.flag & (MODIFY | MDELETED | MSTATUS)) gotcha++;
    }
    if (!gotcha) return 0;
    let extra: string | undefined;
    const size = this.fileSize(this.mailname);
    if (size !== undefined && size > this.mailsize) {
      try {
        extra = decodeBytes((await this.readBytes(this.mailname)).subarray(this.mailsize)).text;
      } catch (error) {
        await this.warnErrno(this.mailname, error);
        return -1;
      }
    }
    await this.out(`"${this.mailname}" `);
    let text = '';
    let c = 0;
    for (const mp of this.messages) {
      if (mp.flag & MDELETED) continue;
      c++;
      text += renderMessage(mp, null, false);
    }
    const empty = c === 0 && extra === undefined;
    try {
      await this.writeText(this.mailname, text + (extra ?? ''), {});
    } catch (error) {
      await this.ctx.stdout.flush();
      await this.warnErrno(this.mailname, error);
      return -1;
    }
    await this.out(empty ? 'truncated\n' : 'complete\n');
    return 0;
  }

  /** incfile(): messages that arrived since the mailbox was read; -1 when it cannot tell. */
  async incfile(): Promise<number> {
    let bytes: Uint8Array;
    try {
      bytes = await this.readBytes(this.mailname);
    } catch {
      return -1;
    }
    if (bytes.length === 0 || bytes.length <= this.mailsize) return bytes.length === this.mailsize ? 0 : -1;
    const added = parseMailbox(decodeBytes(bytes.subarray(this.mailsize)).text);
    this.messages.push(...added);
    this.mailsize = bytes.length;
    return added.length;
  }

  // --- variables ------------------------------------------------------------------------------------

  async set(args: string[]): Promise<number> {
    if (args.length === 0) {
      const names = [...this.state.vars.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      await this.out(names.map((name) => `${name}\t${this.state.vars.get(name)}\n`).join(''));
      return 0;
    }
    let errs = 0;
    for (const arg of args) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg : arg.slice(0, eq);
      const value = eq < 0 ? '' : arg.slice(eq + 1);
      if (name === '') {
        await this.out(`Non-null variable name required\n`);
        errs++;
        continue;
      }
      this.state.vars.set(name, value);
    }
    return errs;
  }

  async unset(args: string[]): Promise<number> {
    let errs = 0;
    for (const name of args) {
      if (!this.state.vars.has(name)) {
        if (this.ctx.getenv(name) === undefined) {
          await this.out(`"${name}": undefined variable\n`);
          errs++;
        }
        continue;
      }
      this.state.vars.delete(name);
    }
    return errs;
  }

  async ignoreFields(args: string[], table: IgnoreTable, which: 'ignored' | 'retained'): Promise<number> {
    const set = which === 'ignored' ? table.ignore : table.retain;
    if (args.length === 0) {
      if (set.size === 0) await this.out(`No fields currently being ${which}.\n`);
      else await this.out([...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((f) => `${f}\n`).join(''));
      return 0;
    }
    for (const field of args) set.add(field.toLowerCase());
    return 0;
  }

  async alias(args: string[]): Promise<number> {
    const aliases = this.state.aliases;
    if (args.length === 0) {
      for (const [name, members] of aliases) await this.out(`${name}\t${members.map((m) => ` ${m}`).join('')}\n`);
      return 0;
    }
    if (args.length === 1) {
      const members = aliases.get(args[0]);
      if (members === undefined) await this.out(`"${args[0]}": not a group\n`);
      else await this.out(`${args[0]}\t${members.map((m) => ` ${m}`).join('')}\n`);
      return 0;
    }
    const existing = aliases.get(args[0]) ?? [];
    for (const member of args.slice(1)) existing.unshift(member);
    aliases.set(args[0], existing);
    return 0;
  }

  ifcmd(args: string[]): number {
    if (this.cond !== 'none') {
      void this.out('Illegal nested "if"\n');
      return 1;
    }
    const test = args[0] ?? '';
    if (test[0] === 'r' || test[0] === 'R') this.cond = 'rcv';
    else if (test[0] === 's' || test[0] === 'S') this.cond = 'send';
    else {
      void this.out(`Unrecognized if-keyword: "${test}"\n`);
      return 1;
    }
    return 0;
  }

  async elsecmd(): Promise<number> {
    if (this.cond === 'none') {
      await this.out('"Else" without matching "if"\n');
      return 1;
    }
    this.cond = this.cond === 'rcv' ? 'send' : 'rcv';
    return 0;
  }

  async endifcmd(): Promise<number> {
    if (this.cond === 'none') {
      await this.out('"Endif" without matching "if"\n');
      return 1;
    }
    this.cond = 'none';
    return 0;
  }

  async notSupported(name: string): Promise<number> {
    await this.warn(`${name}: not supported in this playground`);
    return 1;
  }

  /** The name of the command being run (for messages). */
  get commandName(): string {
    return this.currentCommand?.name ?? '';
  }
}

const COLTAB = [
  { char: 'n', bit: 0o1, mask: MNEW, equal: MNEW },
  { char: 'o', bit: 0o2, mask: MNEW, equal: 0 },
  { char: 'u', bit: 0o4, mask: MREAD, equal: 0 },
  { char: 'd', bit: 0o10, mask: MDELETED, equal: MDELETED },
  { char: 'r', bit: 0o20, mask: MREAD, equal: MREAD },
];

type Token = 'eol' | 'number' | 'string' | 'dollar' | 'dot' | 'up' | 'star' | 'dash' | 'plus' | 'open' | 'close' | 'error';

const SINGLES: Record<string, Token> = { $: 'dollar', '.': 'dot', '^': 'up', '*': 'star', '-': 'dash', '+': 'plus', '(': 'open', ')': 'close' };

class Scanner {
  number = 0;
  string = '';
  private at = 0;
  private regretted: { token: Token; string: string; number: number } | undefined;

  constructor(private readonly text: string) {}

  regret(token: Token): void {
    this.regretted = { token, string: this.string, number: this.number };
  }

  async scan(session: MailSession): Promise<Token> {
    if (this.regretted) {
      const { token, string, number } = this.regretted;
      this.regretted = undefined;
      this.string = string;
      this.number = number;
      return token;
    }
    const text = this.text;
    while (text[this.at] === ' ' || text[this.at] === '\t') this.at++;
    if (this.at >= text.length) return 'eol';
    let c = text[this.at];
    if (c >= '0' && c <= '9') {
      let digits = '';
      while (this.at < text.length && text[this.at] >= '0' && text[this.at] <= '9') digits += text[this.at++];
      this.string = digits;
      this.number = Number.parseInt(digits, 10) | 0;
      return 'number';
    }
    const single = SINGLES[c];
    if (single !== undefined) {
      this.at++;
      this.string = c;
      return single;
    }
    let quote = '';
    if (c === "'" || c === '"') {
      quote = c;
      this.at++;
    }
    let word = '';
    let closed = false;
    while (this.at < text.length) {
      c = text[this.at];
      if (quote && c === quote) {
        this.at++;
        closed = true;
        break;
      }
      if (!quote && (c === ' ' || c === '\t')) break;
      word += c;
      this.at++;
    }
    if (quote && !closed) {
      await session.ctx.flush();
      await session.ctx.stderr.write(`Missing ${quote}\n`);
      return 'error';
    }
    this.string = word;
    return 'string';
  }
}

