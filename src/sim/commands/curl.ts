// curl: fetches URLs from the simulated web (src/sim/net) and writes the bodies to standard output
// or files (-o, -O), with curl 7.88's progress meter, error lines "curl: (N) ..." and exit codes
// (6 unknown host, 22 HTTP error with -f, 23 write error, 47 too many redirects).

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { FileDescription } from '../kernel/file-description.ts';
import { encodeUtf8 } from '../io/input-reader.ts';
import { webOf, headerValue, type HttpResponse } from '../net/web.ts';
import { isAddress, parseUrl, resolveLocation, type WebUrl } from '../net/url.ts';
import { isRedirect } from '../net/http.ts';
import { LATENCY_US, transferUs } from '../net/transfer.ts';
import { CURL_HELP, CURL_HELP_ALL, CURL_VERSION } from './curl-help.ts';
import { CurlUsage, parseCurlArgs, type CurlSettings, type CurlTarget } from './curl-options.ts';
import { Meter } from './curl-meter.ts';
import { writeOut, type TransferFacts } from './curl-write-out.ts';
import { Unsupported } from './context.ts';

const HINT = "curl: try 'curl --help' or 'curl --manual' for more information\n";

export const curl = defineCommand({
  name: 'curl',
  summary: 'transfer a URL',
  help: CURL_HELP,
  answersHelp: false,
  async run(ctx) {
    let settings: CurlSettings;
    try {
      settings = parseCurlArgs(ctx.args);
    } catch (error) {
      if (!(error instanceof CurlUsage)) throw error;
      await ctx.stderr.write(`curl: ${error.message}\n${HINT}`);
      return 2;
    }
    if (settings.help !== undefined) {
      if (settings.help !== '' && settings.help !== 'all') throw new Unsupported(`--help ${settings.help}`);
      await ctx.stdout.write(settings.help === 'all' ? CURL_HELP_ALL : CURL_HELP);
      return 0;
    }
    if (settings.version) {
      await ctx.stdout.write(CURL_VERSION);
      return 0;
    }
    if (settings.targets.length === 0) {
      await ctx.stderr.write(HINT);
      return 2;
    }
    let status = 0;
    for (const target of settings.targets) {
      const result = await fetchOne(ctx, settings, target);
      if (result !== 0) status = result;
    }
    return status;
  },
});

class CurlError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

async function fetchOne(ctx: CommandContext, s: CurlSettings, target: CurlTarget): Promise<number> {
  const toTerminal = target.output === undefined && ctx.stdout.mode === 'line';
  const meter = new Meter(ctx, !s.silent && !s.noProgressMeter && !toTerminal);
  const facts: TransferFacts = {
    httpCode: 0, sizeDownload: 0, sizeHeader: 0, contentType: '', urlEffective: target.url, numRedirects: 0, redirectUrl: '',
    exitCode: 0, errorMessage: '', method: s.head ? 'HEAD' : 'GET', scheme: '', filenameEffective: '', timeTotalUs: 0,
    timeStartUs: 0, remoteIp: '', remotePort: 0,
  };
  let output: FileDescription | undefined;
  try {
    let url = parseUrl(target.url);
    if (url === undefined) throw new CurlError(3, 'URL using bad/illegal format or missing URL');
    if (target.output === 'remote') {
      const name = url.path.replace(/[?#].*$/, '').replace(/.*\//, '');
      if (name === '') {
        if (!s.silent || s.showError) await ctx.stderr.write('curl: Remote file name has no length!\n');
        throw new CurlError(23, 'Failed writing received data to disk/application');
      }
      target = { ...target, output: name };
    }
    facts.urlEffective = url.href;
    let response = await request(ctx, s, url, meter, facts);
    while (isRedirect(response.status) && s.location && headerValue(response, 'Location')) {
      if (s.include || s.head) await writeHeaders(ctx, undefined, response);
      await meter.update(0, 0, facts.timeTotalUs, true);
      if (facts.numRedirects >= s.maxRedirs) throw new CurlError(47, `Maximum (${s.maxRedirs}) redirects followed`);
      const next = resolveLocation(url, headerValue(response, 'Location')!);
      if (next === undefined) throw new CurlError(3, 'URL using bad/illegal format or missing URL');
      url = next;
      facts.numRedirects++;
      facts.urlEffective = url.href;
      response = await request(ctx, s, url, meter, facts);
    }
    if (isRedirect(response.status)) facts.redirectUrl = resolveLocation(url, headerValue(response, 'Location') ?? '')?.href ?? '';
    const expected = Number(headerValue(response, 'Content-Length') ?? 0);
    if ((s.fail || s.failWithBody) && response.status >= 400) {
      if (s.include || s.head) await writeHeaders(ctx, undefined, response);
      if (s.failWithBody && !s.head) await ctx.stdout.write(response.body);
      await meter.update(expected, 0, facts.timeTotalUs, true);
      throw new CurlError(22, `The requested URL returned error: ${response.status}`);
    }
    if (target.output !== undefined && target.output !== '-') {
      facts.filenameEffective = target.output;
      try {
        output = await ctx.open(target.output, { write: true, create: true, truncate: true }, 0o666);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        if (!s.silent) await ctx.stderr.write(`Warning: Failed to open the file ${target.output}: ${error.message}\n`);
        await meter.update(expected, response.body.length, facts.timeTotalUs, true);
        throw new CurlError(23, 'Failure writing output to destination');
      }
    }
    if (s.include || s.head) await writeHeaders(ctx, output, response);
    if (!s.head) await write(ctx, output, response.body);
    await meter.update(s.head ? 0 : expected, response.body.length, facts.timeTotalUs, true);
  } catch (error) {
    if (!(error instanceof CurlError)) throw error;
    facts.exitCode = error.code;
    facts.errorMessage = error.message;
    if (error.message !== '' && (!s.silent || s.showError)) {
      await ctx.stdout.flush();
      await ctx.stderr.write(`curl: (${error.code}) ${error.message}\n`);
    }
  } finally {
    output?.release();
  }
  if (s.writeOut !== undefined) {
    const { text, unknown } = writeOut(s.writeOut, facts);
    for (const name of unknown) await ctx.stderr.write(`curl: unknown --write-out variable: '${name}'\n`);
    await ctx.stdout.write(text);
  }
  return facts.exitCode;
}

/** One request and its (virtual) time on the wire. */
async function request(ctx: CommandContext, s: CurlSettings, url: WebUrl, meter: Meter, facts: TransferFacts): Promise<HttpResponse> {
  facts.scheme = url.scheme;
  await meter.start();
  if (url.scheme !== 'http' && url.scheme !== 'https') {
    if (['ftp', 'ftps', 'sftp', 'scp', 'file', 'dict', 'gopher', 'imap', 'pop3', 'smtp', 'tftp', 'telnet', 'ldap', 'smb', 'rtsp', 'mqtt'].includes(url.scheme)) {
      throw new Unsupported(`${url.scheme}://`);
    }
    throw new CurlError(1, `Protocol "${url.scheme}" not supported or disabled in libcurl`);
  }
  const web = webOf(ctx.system);
  const addresses = isAddress(url.host) ? undefined : web.resolve(url.host);
  if (addresses === undefined) {
    await ctx.proc.sleep(LATENCY_US);
    facts.timeTotalUs += LATENCY_US;
    if (isAddress(url.host)) throw new CurlError(7, `Failed to connect to ${url.host} port ${url.port} after ${Math.round(LATENCY_US / 1000)} ms: Couldn't connect to server`);
    throw new CurlError(6, `Could not resolve host: ${url.host}`);
  }
  const response = web.request({ method: s.head ? 'HEAD' : 'GET', url, nowMs: ctx.kernel.clock.nowMs });
  const us = transferUs(response.body.length);
  await ctx.proc.sleep(us);
  facts.timeStartUs = facts.timeTotalUs + LATENCY_US;
  facts.timeTotalUs += us;
  facts.httpCode = response.status;
  facts.contentType = headerValue(response, 'Content-Type') ?? '';
  facts.sizeDownload = response.body.length;
  facts.sizeHeader += headerText(response).length;
  facts.remoteIp = addresses[0];
  facts.remotePort = url.port;
  return response;
}

function headerText(response: HttpResponse): string {
  return `HTTP/1.1 ${response.status} ${response.reason}\r\n${response.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
}

async function writeHeaders(ctx: CommandContext, output: FileDescription | undefined, response: HttpResponse): Promise<void> {
  await write(ctx, output, encodeUtf8(headerText(response)));
}

async function write(ctx: CommandContext, output: FileDescription | undefined, bytes: Uint8Array): Promise<void> {
  if (output) await output.write(ctx.proc, bytes.slice());
  else await ctx.stdout.write(bytes.slice());
}
