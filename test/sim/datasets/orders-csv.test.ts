import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { generateDataset } from '../../../src/sim/datasets/index.ts';

const text = (rows: number, seed = 1, startMs?: number): string => new TextDecoder().decode(generateDataset('orders-csv', { rows, seed, startMs }));

describe('the orders-csv generator', () => {
  it('gives the same bytes for the same seed, pinned so an accidental change to the generator fails here', () => {
    const bytes = generateDataset('orders-csv', { rows: 1000, seed: 1 });
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('60244140b61fff1d394977c1ce68d5226d4dd99c61ef1857dfe7225cc94d30f7');
    expect(text(3)).toBe(
      [
        'order_id,date,region,product,quantity,unit_price',
        '100001,2025-01-15,west,coffee-maker,5,89.00',
        '100002,2025-05-16,central,coffee-maker,9,89.00',
        '100003,2025-09-15,west,air-fryer,1,99.00',
        '',
      ].join('\n'),
    );
  });

  it('gives different bytes for a different seed', () => {
    expect(text(50, 2)).not.toBe(text(50, 1));
  });

  it('is well-formed CSV: a header, then `rows` lines of six unquoted fields', () => {
    const lines = text(2000).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('order_id,date,region,product,quantity,unit_price');
    expect(lines).toHaveLength(2001);
    lines.slice(1).forEach((line, i) => {
      const [id, date, region, product, quantity, price, ...rest] = line.split(',');
      expect(rest, line).toEqual([]);
      expect(id, line).toBe(String(100001 + i));
      expect(date, line).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(['north', 'south', 'east', 'west', 'central'], line).toContain(region);
      expect(product, line).toMatch(/^[a-z-]+$/);
      expect(Number(quantity), line).toBeGreaterThanOrEqual(1);
      expect(Number(quantity), line).toBeLessThanOrEqual(10);
      expect(price, line).toMatch(/^\d+\.\d\d$/);
    });
  });

  it('spans the year before the lesson starts, oldest first, one price per product', () => {
    const rows = text(2000, 1, Date.UTC(2026, 0, 15, 9)).trimEnd().split('\n').slice(1).map((line) => line.split(','));
    const dates = rows.map((row) => row[1]!);
    expect(dates[0]).toBe('2025-01-15');
    expect(dates.at(-1)).toBe('2026-01-14');
    expect(dates.every((date, i) => i === 0 || date >= dates[i - 1]!)).toBe(true);
    const prices = new Map<string, Set<string>>();
    for (const row of rows) prices.set(row[3]!, (prices.get(row[3]!) ?? new Set()).add(row[5]!));
    expect([...prices.values()].every((set) => set.size === 1)).toBe(true);
    expect([...prices.get('kettle')!]).toEqual(['24.90']);
  });

  it('generates 200,000 rows quickly', () => {
    const started = performance.now();
    expect(generateDataset('orders-csv', { rows: 200_000, seed: 5 }).length).toBeGreaterThan(7_000_000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
