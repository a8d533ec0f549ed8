// The sites every world starts with: example.com (the IANA example page, byte for byte) and the
// playground's data host with a few datasets to practise pipelines on (plain, gzipped and as a
// tar archive), plus a small JSON endpoint whose answer follows the virtual clock.

import type { Web } from './web.ts';
import { customersCsv, salesCsv, weatherTsv } from './datasets.ts';
import { gzipMember } from '../commands/gzip-format.ts';
import { encodeUtf8 } from '../io/input-reader.ts';

export const DATA_HOST = 'data.pipeline-playground.example';

const EXAMPLE_PAGE = `<!doctype html>
<html>
<head>
    <title>Example Domain</title>

    <meta charset="utf-8" />
    <meta http-equiv="Content-type" content="text/html; charset=utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <style type="text/css">
    body {
        background-color: #f0f0f2;
        margin: 0;
        padding: 0;
        font-family: -apple-system, system-ui, BlinkMacSystemFont, "Segoe UI", "Open Sans", "Helvetica Neue", Helvetica, Arial, sans-serif;
        
    }
    div {
        width: 600px;
        margin: 5em auto;
        padding: 2em;
        background-color: #fdfdff;
        border-radius: 0.5em;
        box-shadow: 2px 3px 7px 2px rgba(0,0,0,0.02);
    }
    a:link, a:visited {
        color: #38488f;
        text-decoration: none;
    }
    @media (max-width: 700px) {
        div {
            margin: 0 auto;
            width: auto;
        }
    }
    </style>    
</head>

<body>
<div>
    <h1>Example Domain</h1>
    <p>This domain is for use in illustrative examples in documents. You may use this
    domain in literature without prior coordination or asking for permission.</p>
    <p><a href="https://www.iana.org/domains/example">More information...</a></p>
</div>
</body>
</html>
`;

const DATA_INDEX = `<!doctype html>
<html>
<head><title>Pipeline Playground datasets</title></head>
<body>
<h1>Datasets</h1>
<ul>
<li><a href="sales.csv">sales.csv</a> - 1000 orders of 2026 (CSV)</li>
<li><a href="sales.csv.gz">sales.csv.gz</a> - the same, gzipped</li>
<li><a href="customers.csv">customers.csv</a> - 200 customers (CSV, some cities missing)</li>
<li><a href="weather.tsv">weather.tsv</a> - hourly temperatures, one week, three stations (TSV)</li>
<li><a href="latest.csv">latest.csv</a> - a redirect to the newest export</li>
<li><a href="api/time">api/time</a> - the server's clock (JSON)</li>
</ul>
</body>
</html>
`;

export function installBuiltinSites(web: Web): void {
  const exampleAddresses = ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'];
  const examplePage = { contentType: 'text/html; charset=UTF-8', body: EXAMPLE_PAGE };
  for (const host of ['example.com', 'www.example.com']) {
    // example.com answers every path with its page, with status 404 for the unknown ones.
    web.host(host, { addresses: exampleAddresses, server: 'ECS (nyd/D184)', notFound: { ...examplePage, status: 404 } });
    web.register(`https://${host}/`, examplePage);
    web.register(`https://${host}/index.html`, examplePage);
  }
  web.host(DATA_HOST, { addresses: ['192.0.2.80'], server: 'nginx/1.22.1' });
  const csv = 'text/csv; charset=utf-8';
  let sales: string | undefined;
  const salesText = (): string => (sales ??= salesCsv());
  web.register(`https://${DATA_HOST}/`, { contentType: 'text/html; charset=utf-8', body: DATA_INDEX });
  web.register(`https://${DATA_HOST}/sales.csv`, { contentType: csv, body: salesText });
  web.register(`https://${DATA_HOST}/sales.csv.gz`, { contentType: 'application/gzip', body: () => gzipMember(encodeUtf8(salesText()), { name: 'sales.csv', mtime: Date.UTC(2026, 10, 1) / 1000, level: 6 }) });
  // The newest export, as a redirect: what `curl -L` and wget's "[following]" are about.
  web.register(`https://${DATA_HOST}/latest.csv`, { status: 302, contentType: 'text/html', headers: { Location: '/sales.csv' }, body: '' });
  web.register(`https://${DATA_HOST}/customers.csv`, { contentType: csv, body: () => customersCsv() });
  web.register(`https://${DATA_HOST}/weather.tsv`, { contentType: 'text/tab-separated-values; charset=utf-8', body: () => weatherTsv() });
  web.register(`https://${DATA_HOST}/api/time`, {
    contentType: 'application/json',
    body: (request) => `{"now": "${new Date(request.nowMs).toISOString().replace(/\.\d+Z$/, 'Z')}", "epoch": ${Math.floor(request.nowMs / 1000)}}\n`,
  });
}
