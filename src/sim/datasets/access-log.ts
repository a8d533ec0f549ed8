// `access-log`: a web shop's access log, one request per line, no header line (like a real log),
// eight fields separated by `#` — a safe delimiter, since browsers never send a URL's #fragment:
//
//   timestamp#client ip#method#path#status#bytes#response ms#user agent
//   2026-01-15T06:06:36Z#10.0.0.7#HEAD#/health#200#0#1#Python-urllib/3.11
//
// Requests arrive about 20 seconds apart (a small shop: 500 lines span about three hours) and end
// just before the lesson starts. Each client (browser, crawler or script) keeps one IP address and
// one user agent, and a few clients make most of the requests. Some user agents differ only in case (python-requests/Python-urllib, Wget/wget) and two
// in-house scripts send doubled spaces, so upper-casing and squeezing with `tr` have real work.

import type { Prng } from '../kernel/prng.ts';
import type { DatasetGenerator } from './index.ts';
import { LineChunks } from './line-chunks.ts';
import { skewedInt, WeightedChoice } from './weighted-choice.ts';

export const accessLog: DatasetGenerator = {
  name: 'access-log',
  description: "a web shop's access log: 8 fields delimited by '#', no header line",
  generate(rows, prng, startMs) {
    const clients = makeClients(prng);
    const popularity = new WeightedChoice(clients.map((client, rank) => [client, 1 / (rank + 2)] as const));
    const seconds = requestTimes(rows, prng, startMs);
    const out = new LineChunks();
    let lastSecond = -1;
    let stamp = '';
    for (let i = 0; i < rows; i++) {
      if (seconds[i] !== lastSecond) {
        lastSecond = seconds[i]!;
        stamp = `${new Date(lastSecond * 1000).toISOString().slice(0, 19)}Z`;
      }
      const client = popularity.pick(prng);
      const request = REQUESTS[client.kind].pick(prng)(prng);
      const { status, bytes, ms } = respond(request, prng);
      out.line(`${stamp}#${client.ip}#${request.method}#${request.path}#${status}#${bytes}#${ms}#${client.agent}`);
    }
    return out.bytes();
  },
};

// --- clients -------------------------------------------------------------------------------------

type ClientKind = 'browser' | 'crawler' | 'script';

interface Client {
  kind: ClientKind;
  ip: string;
  agent: string;
}

const BROWSER_AGENTS = new WeightedChoice([
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36', 30],
  ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1', 18],
  ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15', 12],
  ['Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0', 10],
  ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36', 12],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0', 8],
] as const);

const CRAWLERS: readonly (readonly [string, string])[] = [
  ['66.249.66.', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'],
  ['40.77.167.', 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)'],
];

/** Scripts on the shop's own network (10.0.0.x): tools spell their names in different cases. */
const SCRIPT_AGENTS = [
  'python-requests/2.31.0',
  'Python-urllib/3.11',
  'curl/8.5.0',
  'Wget/1.21.4',
  'wget/1.20.3 (linux-gnu)',
  'stock-sync/2.3  (internal;  ops team)',
  'price-check/0.9  (cron)',
];

const BROWSER_NETWORKS = ['203.0.113.', '198.51.100.', '192.0.2.'];

function makeClients(prng: Prng): Client[] {
  const clients: Client[] = [];
  const used = new Set<string>();
  const address = (prefix: string): string => {
    let ip: string;
    do ip = `${prefix}${1 + prng.int(254)}`;
    while (used.has(ip));
    used.add(ip);
    return ip;
  };
  for (let i = 0; i < 40; i++) clients.push({ kind: 'browser', ip: address(BROWSER_NETWORKS[prng.int(BROWSER_NETWORKS.length)]!), agent: BROWSER_AGENTS.pick(prng) });
  for (const [prefix, agent] of CRAWLERS) clients.push({ kind: 'crawler', ip: address(prefix), agent });
  for (const agent of SCRIPT_AGENTS) clients.push({ kind: 'script', ip: address('10.0.0.'), agent });
  // Shuffle (Fisher–Yates) so which clients are the busy ones depends on the seed.
  for (let i = clients.length - 1; i > 0; i--) {
    const j = prng.int(i + 1);
    [clients[i], clients[j]] = [clients[j]!, clients[i]!];
  }
  return clients;
}

// --- timestamps ----------------------------------------------------------------------------------

/** Whole seconds since the epoch, non-decreasing, the last one a second before the lesson starts. */
function requestTimes(rows: number, prng: Prng, startMs: number): Float64Array {
  const gaps = new Float64Array(rows);
  let total = 0;
  for (let i = 1; i < rows; i++) {
    gaps[i] = Math.floor(-Math.log(1 - prng.next()) * MEAN_GAP_SECONDS); // arrivals of a Poisson process
    total += gaps[i]!;
  }
  let second = Math.floor(startMs / 1000) - 1 - total;
  for (let i = 0; i < rows; i++) gaps[i] = second += gaps[i]!;
  return gaps;
}

const MEAN_GAP_SECONDS = 20;

// --- requests ------------------------------------------------------------------------------------

type RequestKind = 'page' | 'search' | 'cart' | 'form' | 'checkout' | 'product' | 'static' | 'image' | 'tiny' | 'redirect' | 'probe' | 'api' | 'health';

interface Request {
  method: 'GET' | 'POST' | 'HEAD';
  path: string;
  kind: RequestKind;
}

type RequestMaker = (prng: Prng) => Request;

/** Product ids 1001–1200 exist; the draw reaches 1209, so a few product pages are 404s. */
const productId = (prng: Prng): number => 1001 + prng.int(209);
const get = (path: string, kind: RequestKind): RequestMaker => () => ({ method: 'GET', path, kind });
const SEARCH_WORDS = ['kettle', 'toaster', 'blender', 'coffee', 'mixer', 'air+fryer', 'vacuum', 'iron'];

const REQUESTS: Record<ClientKind, WeightedChoice<RequestMaker>> = {
  browser: new WeightedChoice<RequestMaker>([
    [get('/', 'page'), 8],
    [(prng) => ({ method: 'GET', path: `/products?page=${1 + prng.int(12)}`, kind: 'page' }), 6],
    [(prng) => ({ method: 'GET', path: `/products/${productId(prng)}`, kind: 'product' }), 22],
    [(prng) => ({ method: 'GET', path: `/search?q=${SEARCH_WORDS[prng.int(SEARCH_WORDS.length)]}`, kind: 'search' }), 4],
    [get('/cart', 'cart'), 5],
    [() => ({ method: 'POST', path: '/cart/items', kind: 'form' }), 4],
    [get('/checkout', 'page'), 3],
    [() => ({ method: 'POST', path: '/checkout', kind: 'checkout' }), 2],
    [get('/login', 'page'), 2],
    [() => ({ method: 'POST', path: '/login', kind: 'redirect' }), 2],
    [get('/static/css/site.css', 'static'), 6],
    [get('/static/js/app.js', 'static'), 6],
    [(prng) => ({ method: 'GET', path: `/images/products/${productId(prng)}.jpg`, kind: 'image' }), 14],
    [get('/favicon.ico', 'tiny'), 2],
    [get('/home', 'redirect'), 1],
    [(prng) => ({ method: 'GET', path: ['/wp-login.php', '/.env', '/admin.php'][prng.int(3)]!, kind: 'probe' }), 1],
  ]),
  crawler: new WeightedChoice<RequestMaker>([
    [get('/robots.txt', 'tiny'), 1],
    [get('/', 'page'), 1],
    [(prng) => ({ method: 'GET', path: `/products?page=${1 + prng.int(12)}`, kind: 'page' }), 2],
    [(prng) => ({ method: 'GET', path: `/products/${productId(prng)}`, kind: 'product' }), 6],
  ]),
  script: new WeightedChoice<RequestMaker>([
    [(prng) => ({ method: 'GET', path: `/api/orders?since=${prng.int(24) * 3600}`, kind: 'api' }), 5],
    [(prng) => ({ method: 'GET', path: `/api/stock/${productId(prng)}`, kind: 'api' }), 4],
    [() => ({ method: 'HEAD', path: '/health', kind: 'health' }), 1],
  ]),
};

// --- responses -----------------------------------------------------------------------------------

const FIXED_SIZES: Record<string, number> = {
  '/static/css/site.css': 24817,
  '/static/js/app.js': 88412,
  '/favicon.ico': 1150,
  '/robots.txt': 67,
};

function respond(request: Request, prng: Prng): { status: number; bytes: number; ms: number } {
  const notModified = { status: 304, bytes: 0, ms: skewedInt(prng, 1, 3) };
  const serverError = { status: 500, bytes: 291, ms: skewedInt(prng, 1000, 3000) };
  switch (request.kind) {
    case 'page':
      return { status: 200, bytes: 6000 + prng.int(12000), ms: skewedInt(prng, 20, 180) };
    case 'search':
      return { status: 200, bytes: 4000 + prng.int(8000), ms: skewedInt(prng, 40, 400) };
    case 'cart':
      return { status: 200, bytes: 3000 + prng.int(3000), ms: skewedInt(prng, 20, 120) };
    case 'form':
      return { status: 200, bytes: 120 + prng.int(80), ms: skewedInt(prng, 30, 200) };
    case 'checkout':
      return prng.next() < 0.05 ? serverError : { status: 200, bytes: 5000 + prng.int(2000), ms: skewedInt(prng, 150, 900) };
    case 'product': {
      const id = Number(request.path.slice(request.path.lastIndexOf('/') + 1));
      if (id > 1200) return { status: 404, bytes: 3120, ms: skewedInt(prng, 5, 20) };
      return { status: 200, bytes: 8000 + prng.int(10000), ms: skewedInt(prng, 20, 180) };
    }
    case 'static':
      return prng.next() < 0.35 ? notModified : { status: 200, bytes: FIXED_SIZES[request.path]!, ms: skewedInt(prng, 1, 8) };
    case 'image':
      return prng.next() < 0.2 ? notModified : { status: 200, bytes: 15000 + prng.int(105000), ms: skewedInt(prng, 2, 35) };
    case 'tiny':
      return { status: 200, bytes: FIXED_SIZES[request.path]!, ms: skewedInt(prng, 1, 4) };
    case 'redirect':
      return request.method === 'POST' ? { status: 302, bytes: 0, ms: skewedInt(prng, 40, 250) } : { status: 301, bytes: 162, ms: skewedInt(prng, 1, 4) };
    case 'probe':
      return { status: 404, bytes: 153, ms: skewedInt(prng, 1, 6) };
    case 'api':
      return prng.next() < 0.02 ? serverError : { status: 200, bytes: 300 + prng.int(3700), ms: skewedInt(prng, 30, 400) };
    case 'health':
      return { status: 200, bytes: 0, ms: skewedInt(prng, 1, 3) };
  }
}
