// The simulated web that curl and wget reach: a registry of hosts and of URLs with their responses.
// Lessons add their own with `webOf(world.system).register(url, response)`; a response has a status
// (200 by default), a content type, extra headers and a body given as text, bytes, or a function
// of the request (computed on each request, so it must be deterministic: use the request's time
// or a fixed-seed Prng, never the host's clock). Hosts that are not registered do not resolve;
// unknown paths on a known host answer 404.

import type { System } from '../system.ts';
import { encodeUtf8 } from '../io/input-reader.ts';
import { parseUrl, type WebUrl } from './url.ts';
import { httpDate, reasonPhrase } from './http.ts';
import { installBuiltinSites } from './sites.ts';

export interface WebRequest {
  method: 'GET' | 'HEAD';
  url: WebUrl;
  /** Virtual time of the request, in milliseconds since the epoch. */
  nowMs: number;
}

export type Body = string | Uint8Array | ((request: WebRequest) => string | Uint8Array);

export interface WebResponse {
  /** HTTP status; 200 when omitted. */
  status?: number;
  /** Content-Type; "text/plain; charset=utf-8" when omitted. */
  contentType?: string;
  /** More headers, e.g. { Location: '/new' } for a redirect. */
  headers?: Record<string, string>;
  body?: Body;
}

/** A fixed response, or a function choosing one per request (undefined: not found). */
export type Handler = WebResponse | ((request: WebRequest) => WebResponse | undefined);

export interface HostOptions {
  /** Addresses the name resolves to, as wget prints them. */
  addresses?: string[];
  /** The Server header. */
  server?: string;
  /** What unknown paths answer; a plain 404 page by default. */
  notFound?: WebResponse;
}

/** A response as it goes over the wire: status line, headers and body bytes. */
export interface HttpResponse {
  status: number;
  reason: string;
  headers: [string, string][];
  body: Uint8Array;
}

interface Host {
  addresses: string[];
  server: string;
  notFound?: WebResponse;
}

const NOT_FOUND_PAGE = '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

export class Web {
  private readonly hosts = new Map<string, Host>();
  private readonly routes = new Map<string, Handler>();
  private nextAddress = 10;

  /** Declares a host (and how it resolves); register() does this for the hosts it sees. */
  host(name: string, options: HostOptions = {}): void {
    const key = name.toLowerCase();
    const existing = this.hosts.get(key);
    this.hosts.set(key, {
      addresses: options.addresses ?? existing?.addresses ?? [`192.0.2.${this.nextAddress++}`],
      server: options.server ?? existing?.server ?? 'nginx',
      notFound: options.notFound ?? existing?.notFound,
    });
  }

  /** Serves `response` at `url` (http and https alike; the query string, if given, must match too). */
  register(url: string, response: Handler): void {
    const parsed = parseUrl(url);
    if (parsed === undefined) throw new Error(`not a URL: ${url}`);
    if (!this.hosts.has(parsed.host)) this.host(parsed.host);
    this.routes.set(routeKey(parsed.host, parsed.path), response);
  }

  /** The addresses of a host name, or undefined when it does not resolve. */
  resolve(host: string): string[] | undefined {
    return this.hosts.get(host.toLowerCase())?.addresses;
  }

  /** Answers a request to a resolvable host. */
  request(request: WebRequest): HttpResponse {
    const host = this.hosts.get(request.url.host);
    const path = request.url.path;
    const route = this.routes.get(routeKey(request.url.host, path)) ?? this.routes.get(routeKey(request.url.host, path.replace(/\?.*$/, '')));
    let response = typeof route === 'function' ? route(request) : route;
    response ??= host?.notFound ?? { status: 404, contentType: 'text/html', body: NOT_FOUND_PAGE };
    const status = response.status ?? 200;
    const raw = response.body ?? '';
    const produced = typeof raw === 'function' ? raw(request) : raw;
    const body = typeof produced === 'string' ? encodeUtf8(produced) : produced;
    const headers: [string, string][] = [
      ['Date', httpDate(request.nowMs)],
      ['Server', host?.server ?? 'nginx'],
      ['Content-Type', response.contentType ?? 'text/plain; charset=utf-8'],
      ['Content-Length', String(body.length)],
    ];
    for (const [name, value] of Object.entries(response.headers ?? {})) headers.push([name, value]);
    return { status, reason: reasonPhrase(status), headers, body: request.method === 'HEAD' ? new Uint8Array(0) : body };
  }
}

function routeKey(host: string, path: string): string {
  return `${host.toLowerCase()}${path}`;
}

/** The machine's web: created with the built-in sites on first use. */
export function webOf(system: System): Web {
  let web = system.service<Web>('web');
  if (web === undefined) {
    web = new Web();
    installBuiltinSites(web);
    system.register('web', web);
  }
  return web;
}

/** A header's value (case-insensitive name). */
export function headerValue(response: HttpResponse, name: string): string | undefined {
  return response.headers.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
}
