import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { generateDataset } from '../../../src/sim/datasets/index.ts';

const text = (rows: number, seed = 1, startMs?: number): string => new TextDecoder().decode(generateDataset('access-log', { rows, seed, startMs }));
const fields = (line: string): string[] => line.split('#');

describe('the access-log generator', () => {
  it('gives the same bytes for the same seed, pinned so an accidental change to the generator fails here', () => {
    const bytes = generateDataset('access-log', { rows: 1000, seed: 1 });
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('f728ccb6e4214b99e016a189cc4198c2244854abff38069ad276202811b1e51b');
    expect(text(2)).toBe(
      [
        '2026-01-15T08:59:27Z#203.0.113.50#GET#/static/css/site.css#304#0#1#Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
        '2026-01-15T08:59:59Z#192.0.2.60#GET#/#200#7692#75#Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
        '',
      ].join('\n'),
    );
  });

  it('gives different bytes for a different seed', () => {
    expect(text(50, 2)).not.toBe(text(50, 1));
  });

  it('writes exactly `rows` lines, no header, each ending in a newline', () => {
    const log = text(777);
    expect(log.endsWith('\n')).toBe(true);
    expect(log.split('\n').slice(0, -1)).toHaveLength(777);
    expect(log.startsWith('2026-')).toBe(true);
  });

  it('has eight #-separated fields on every line: timestamp#client ip#method#path#status#bytes#response ms#user agent', () => {
    for (const line of text(2000).trimEnd().split('\n')) {
      const [timestamp, ip, method, path, status, bytes, ms, agent] = fields(line);
      expect(fields(line), line).toHaveLength(8);
      expect(timestamp, line).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(ip, line).toMatch(/^\d{1,3}(\.\d{1,3}){3}$/);
      expect(['GET', 'POST', 'HEAD'], line).toContain(method);
      expect(path, line).toMatch(/^\/\S*$/);
      expect(['200', '301', '302', '304', '404', '500'], line).toContain(status);
      expect(bytes, line).toMatch(/^\d+$/);
      expect(ms, line).toMatch(/^\d+$/);
      expect(agent, line).not.toBe('');
    }
  });

  it('is in time order and ends just before the lesson starts', () => {
    const startMs = Date.UTC(2026, 4, 20, 14, 30);
    const stamps = text(500, 3, startMs).trimEnd().split('\n').map((line) => Date.parse(fields(line)[0]!));
    expect(stamps.every((t, i) => i === 0 || t >= stamps[i - 1]!)).toBe(true);
    expect(stamps.at(-1)).toBe(startMs - 1000);
  });

  it('has mostly GET and 200, some other statuses, agents differing only in case, and doubled spaces for tr to squeeze', () => {
    const lines = text(5000).trimEnd().split('\n').map(fields);
    const share = (test: (f: string[]) => boolean): number => lines.filter(test).length / lines.length;
    expect(share((f) => f[2] === 'GET')).toBeGreaterThan(0.75);
    expect(share((f) => f[4] === '200')).toBeGreaterThan(0.75);
    for (const status of ['301', '304', '404', '500']) expect(share((f) => f[4] === status), status).toBeGreaterThan(0);
    const agents = new Set(lines.map((f) => f[7]!));
    expect(agents).toContain('python-requests/2.31.0');
    expect(agents).toContain('Python-urllib/3.11');
    expect([...agents].some((agent) => agent.includes('  '))).toBe(true);
  });
});
