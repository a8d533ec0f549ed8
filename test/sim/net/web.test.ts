// The simulated web's API, as lessons use it: hosts, fixed and computed responses, redirects and
// the built-in sites, seen through curl and wget.

import { describe, expect, test } from 'vitest';
import { bootWorld, runBashCommand } from '../../support/world.ts';
import { webOf, Web } from '../../../src/sim/net/web.ts';
import { parseUrl } from '../../../src/sim/net/url.ts';
import { salesCsv } from '../../../src/sim/net/datasets.ts';

describe('the simulated web', () => {
  test('a lesson registers a URL with text, and its host resolves', async () => {
    const world = bootWorld();
    webOf(world.system).register('https://api.lesson.example/v1/users.json', { contentType: 'application/json', body: '[{"id":1},{"id":2}]\n' });
    expect(await runBashCommand(world, 'curl -s https://api.lesson.example/v1/users.json; curl -s -o /dev/null -w "%{http_code}\\n" https://api.lesson.example/other')).toEqual({
      stdout: '[{"id":1},{"id":2}]\n404\n',
      stderr: '',
      status: 0,
    });
  });

  test('a body computed per request sees the virtual clock and the query string', async () => {
    const world = bootWorld();
    webOf(world.system).register('https://clock.lesson.example/now', (request) => ({
      body: `${new Date(request.nowMs).toISOString().slice(0, 19)} ${request.url.path}\n`,
    }));
    expect(await runBashCommand(world, 'curl -s "https://clock.lesson.example/now?tz=utc"; sleep 60; curl -s https://clock.lesson.example/now')).toEqual({
      stdout: '2026-11-25T10:00:00 /now?tz=utc\n2026-11-25T10:01:00 /now\n',
      stderr: '',
      status: 0,
    });
  });

  test('bytes, statuses, headers and redirects', async () => {
    const world = bootWorld();
    const web = webOf(world.system);
    web.host('files.lesson.example', { addresses: ['198.51.100.7'] });
    web.register('http://files.lesson.example/blob', { contentType: 'application/octet-stream', body: new Uint8Array([0, 1, 2, 255]) });
    web.register('http://files.lesson.example/old', { status: 301, headers: { Location: '/blob' } });
    web.register('http://files.lesson.example/teapot', { status: 418, body: 'short and stout\n' });
    expect(await runBashCommand(world, 'curl -sL http://files.lesson.example/old | od -An -tx1; curl -s -w " %{http_code}\\n" http://files.lesson.example/teapot; wget -nv http://files.lesson.example/teapot; echo $?')).toEqual({
      stdout: ' 00 01 02 ff\nshort and stout\n 418\n8\n',
      stderr: "http://files.lesson.example/teapot:\n2026-11-25 10:00:00 ERROR 418: I'm a teapot.\n",
      status: 0,
    });
  });

  test('unknown hosts do not resolve; the built-in sites exist in every world', () => {
    const web = new Web();
    expect(web.resolve('example.com')).toBeUndefined();
    const world = bootWorld();
    expect(webOf(world.system).resolve('example.com')).toEqual(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c']);
    expect(webOf(world.system).resolve('nohost.invalid')).toBeUndefined();
  });

  test('datasets are the same bytes every time', () => {
    const sales = salesCsv();
    expect(sales).toBe(salesCsv());
    expect(sales.split('\n').slice(0, 3)).toEqual(['order_id,date,region,product,quantity,unit_price', '1001,2026-05-16,west,widget,4,2.50', '1002,2026-01-13,east,sprocket,20,0.85']);
  });

  test('URLs as the tools read them', () => {
    expect(parseUrl('example.com')).toEqual({ scheme: 'http', host: 'example.com', port: 80, path: '/', href: 'http://example.com/' });
    expect(parseUrl('HTTPS://Example.COM:8443/a?b=1')).toEqual({ scheme: 'https', host: 'example.com', port: 8443, path: '/a?b=1', href: 'https://example.com:8443/a?b=1' });
    expect(parseUrl('http://')).toBeUndefined();
  });
});
