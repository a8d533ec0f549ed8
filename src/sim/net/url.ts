// URLs as curl and wget take them on the command line: a scheme (http:// assumed when missing),
// a host, an optional port, and the path with its query. Only what the simulated web needs.

export interface WebUrl {
  scheme: string;
  host: string;
  port: number;
  /** Path and query, starting with '/'. */
  path: string;
  /** The URL written out in full, as the tools print it. */
  href: string;
}

const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443, ftp: 21 };

/** Parses a command-line URL; undefined when there is no host. */
export function parseUrl(text: string): WebUrl | undefined {
  const match = /^(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/)?([^/?#:]*)(?::(\d*))?([^#]*)/.exec(text.trim());
  if (!match) return undefined;
  const scheme = (match[1] ?? 'http').toLowerCase();
  const host = match[2].toLowerCase();
  if (host === '') return undefined;
  let path = match[4] ?? '';
  if (path === '' || path.startsWith('?')) path = `/${path}`;
  const port = match[3] ? Number(match[3]) : (DEFAULT_PORTS[scheme] ?? 0);
  const explicitPort = match[3] && port !== DEFAULT_PORTS[scheme] ? `:${port}` : '';
  return { scheme, host, port, path, href: `${scheme}://${host}${explicitPort}${path}` };
}

/** Resolves a Location header against the URL that sent it. */
export function resolveLocation(base: WebUrl, location: string): WebUrl | undefined {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(location)) return parseUrl(location);
  if (location.startsWith('//')) return parseUrl(`${base.scheme}:${location}`);
  const origin = base.href.slice(0, base.href.length - base.path.length);
  if (location.startsWith('/')) return parseUrl(origin + location);
  const dir = base.path.replace(/[?].*$/, '').replace(/[^/]*$/, '');
  return parseUrl(origin + dir + location);
}

/** Whether the host is written as an IP address (no name to resolve). */
export function isAddress(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':');
}
