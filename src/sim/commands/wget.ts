// wget: downloads URLs from the simulated web into files named after them (index.html for a
// directory, NAME.1 when NAME exists), or into -O FILE ("-" for stdout). Its log goes to stderr in
// the form wget 1.21.3 uses when stderr is not a terminal (dot progress), or one line with -nv,
// or nothing with -q. Exit status: 4 network failure, 8 server error, 3 file error, 1 other.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { FileDescription } from '../kernel/file-description.ts';
import { webOf, headerValue, type HttpResponse } from '../net/web.ts';
import { isAddress, parseUrl, resolveLocation, type WebUrl } from '../net/url.ts';
import { isRedirect } from '../net/http.ts';
import { BYTES_PER_SECOND, LATENCY_US, transferUs } from '../net/transfer.ts';
import { zoneFromTz } from './date-zone.ts';
import { WGET_HELP, WGET_VERSION } from './wget-help.ts';
import { parseWgetArgs, WgetUsage, type WgetSettings } from './wget-options.ts';
import { dotRows, lengthLine, longRate } from './wget-progress.ts';

const USAGE_TAIL = "Usage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n";
const MAX_REDIRECTS = 20;

export const wget = defineCommand({
  name: 'wget',
  summary: 'The non-interactive network downloader.',
  help: WGET_HELP,
  answersHelp: false,
  async run(ctx) {
    let s: WgetSettings;
    try {
      s = parseWgetArgs(ctx.args);
    } catch (error) {
      if (!(error instanceof WgetUsage)) throw error;
      await ctx.stderr.write(`wget: ${error.message}\n${USAGE_TAIL}`);
      return error.status;
    }
    if (s.help) {
      await ctx.stdout.write(WGET_HELP);
      return 0;
    }
    if (s.version) {
      await ctx.stdout.write(WGET_VERSION);
      return 0;
    }
    if (s.urls.length === 0) {
      await ctx.stderr.write(`wget: missing URL\n${USAGE_TAIL}`);
      return 1;
    }
    const run = new WgetRun(ctx, s);
    if (s.output !== undefined && s.output !== '-') {
      try {
        run.document = await ctx.open(s.output, { write: true, create: true, truncate: true }, 0o666);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.stderr.write(`${s.output}: ${error.message}\n`);
        return 1;
      }
    }
    const codes: number[] = [];
    try {
      for (const url of s.urls) codes.push(await run.retrieve(url));
    } finally {
      run.document?.release();
    }
    const failures = codes.filter((c) => c !== 0);
    const specific = failures.filter((c) => c !== 1);
    return specific.length > 0 ? Math.min(...specific) : failures.length > 0 ? 1 : 0;
  },
});

class WgetRun {
  document: FileDescription | undefined;
  private connected: string | undefined;

  constructor(
    private readonly ctx: CommandContext,
    private readonly s: WgetSettings,
  ) {}

  private async log(text: string): Promise<void> {
    if (this.s.verbosity === 'verbose') await this.ctx.stderr.write(text);
  }

  private stamp(): string {
    const ms = this.ctx.kernel.clock.nowMs;
    const seconds = Math.floor(ms / 1000);
    const local = new Date((seconds + zoneFromTz(this.ctx.getenv('TZ')).at(seconds).offset) * 1000);
    return local.toISOString().slice(0, 19).replace('T', ' ');
  }

  async retrieve(text: string): Promise<number> {
    const ctx = this.ctx;
    const s = this.s;
    const first = parseUrl(text);
    if (first === undefined || (first.scheme !== 'http' && first.scheme !== 'https' && first.scheme !== 'ftp')) {
      if (s.verbosity !== 'quiet') await ctx.stderr.write(`${text}: Unsupported scheme ‘${first?.scheme ?? text}’.\n`);
      return 1;
    }
    const name = s.output === undefined ? this.fileName(first) : undefined;
    if (name !== undefined && s.noClobber && this.exists(name)) {
      await this.log(`File ‘${name}’ already there; not retrieving.\n\n`);
      return 0;
    }
    let url: WebUrl = first;
    let response: HttpResponse;
    for (let hops = 0; ; hops++) {
      await this.log(`--${this.stamp()}--  ${url.href}\n`);
      const sent = await this.request(url);
      if (typeof sent === 'number') return sent;
      response = sent;
      const location = headerValue(response, 'Location');
      if (!isRedirect(response.status) || location === undefined) break;
      await this.log(`Location: ${location} [following]\n`);
      const next = resolveLocation(url, location);
      if (next === undefined || hops + 1 >= MAX_REDIRECTS) {
        if (next !== undefined) await ctx.stderr.write(`${MAX_REDIRECTS} redirections exceeded.\n`);
        return 1;
      }
      url = next;
    }
    if (response.status >= 400) {
      if (s.verbosity === 'nv') await ctx.stderr.write(`${url.href}:\n`);
      if (s.verbosity !== 'quiet') await ctx.stderr.write(`${this.stamp()} ERROR ${response.status}: ${response.reason}.\n${s.verbosity === 'verbose' ? '\n' : ''}`);
      return 8;
    }
    const length = Number(headerValue(response, 'Content-Length') ?? response.body.length);
    await this.log(lengthLine(length, headerValue(response, 'Content-Type') ?? ''));
    const target = s.output === '-' ? 'STDOUT' : (s.output ?? this.unique(name!));
    await this.log(`Saving to: ‘${target}’\n`);
    if (s.output === undefined) {
      try {
        if (s.prefix !== undefined) this.makeDirectories(s.prefix);
        const description = await ctx.open(target, { write: true, create: true, truncate: true }, 0o666);
        await description.write(ctx.proc, response.body.slice());
        description.release();
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        if (s.verbosity !== 'quiet') await ctx.stderr.write(`${target}: ${error.message}\n`);
        return 3;
      }
    } else if (this.document) await this.document.write(ctx.proc, response.body.slice());
    else await ctx.stdout.write(response.body.slice());
    await this.log(dotRows(response.body.length, length));
    const size = `[${response.body.length}/${length}]`;
    const where = s.output === '-' ? 'written to stdout' : `‘${target}’ saved`;
    await this.log(`${this.stamp()} (${longRate(BYTES_PER_SECOND)}) - ${where} ${size}\n\n`);
    if (s.verbosity === 'nv') await ctx.stderr.write(`${this.stamp()} URL:${url.href} ${size} -> "${s.output === '-' ? '-' : target}" [1]\n`);
    return 0;
  }

  /** Resolving, connecting, the request and its response; a number is a failure's exit status. */
  private async request(url: WebUrl): Promise<HttpResponse | number> {
    const ctx = this.ctx;
    const web = webOf(ctx.system);
    const endpoint = `${url.host}:${url.port}`;
    if (this.connected === endpoint) await this.log(`Reusing existing connection to ${endpoint}.\n`);
    else if (isAddress(url.host)) {
      await this.log(`Connecting to ${endpoint}... `);
      if (web.resolve(url.host) === undefined) {
        await ctx.proc.sleep(LATENCY_US);
        await this.log('failed: Connection refused.\n');
        return 4;
      }
      await this.log('connected.\n');
    } else {
      await this.log(`Resolving ${url.host} (${url.host})... `);
      const addresses = web.resolve(url.host);
      await ctx.proc.sleep(LATENCY_US / 2);
      if (addresses === undefined) {
        await this.log('failed: Name or service not known.\n');
        if (this.s.verbosity !== 'quiet') await ctx.stderr.write(`wget: unable to resolve host address ‘${url.host}’\n`);
        return 4;
      }
      await this.log(`${addresses.join(', ')}\nConnecting to ${url.host} (${url.host})|${addresses[0]}|:${url.port}... connected.\n`);
    }
    this.connected = endpoint;
    const response = web.request({ method: 'GET', url, nowMs: ctx.kernel.clock.nowMs });
    await ctx.proc.sleep(transferUs(response.body.length));
    if (this.s.serverResponse) {
      const lines = [`HTTP/1.1 ${response.status} ${response.reason}`, ...response.headers.map(([k, v]) => `${k}: ${v}`)];
      await this.log(`HTTP request sent, awaiting response... \n${lines.map((l) => `  ${l}\n`).join('')}`);
      if (this.s.verbosity === 'nv') await ctx.stderr.write(lines.map((l) => `  ${l}\n`).join(''));
    } else await this.log(`HTTP request sent, awaiting response... ${response.status} ${response.reason}\n`);
    return response;
  }

  /** The local name wget derives from a URL: its last path part, index.html for a directory. */
  private fileName(url: WebUrl): string {
    const last = url.path.slice(url.path.lastIndexOf('/', url.path.indexOf('?') < 0 ? undefined : url.path.indexOf('?')) + 1);
    const base = last === '' || last.startsWith('?') ? `index.html${last}` : last;
    return this.s.prefix === undefined ? base : `${this.s.prefix.replace(/\/+$/, '')}/${base}`;
  }

  /** -P DIR: created with its parents when missing. */
  private makeDirectories(dir: string): void {
    let path = dir.startsWith('/') ? '' : '.';
    for (const part of dir.split('/').filter((p) => p !== '')) {
      path += `/${part}`;
      if (!this.exists(path)) this.ctx.fs.mkdir(this.ctx.proc.cred, this.ctx.proc.cwd, path, 0o777 & ~this.ctx.proc.umask);
    }
  }

  private exists(path: string): boolean {
    try {
      this.ctx.lookup(path, false);
      return true;
    } catch (error) {
      if (error instanceof Errno) return false;
      throw error;
    }
  }

  /** NAME, or NAME.1, NAME.2... when taken (wget never overwrites without -O). */
  private unique(name: string): string {
    if (!this.exists(name)) return name;
    for (let n = 1; ; n++) if (!this.exists(`${name}.${n}`)) return `${name}.${n}`;
  }
}
