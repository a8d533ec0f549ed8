// Teaching datasets served by data.pipeline-playground.example, generated from fixed seeds so
// every world (and every test) downloads the very same bytes.

import { Prng } from '../kernel/prng.ts';

const REGIONS = ['north', 'south', 'east', 'west'];
const PRODUCTS: [string, number][] = [
  ['widget', 2.5], ['gadget', 12.99], ['gizmo', 7.25], ['doohickey', 4.1], ['sprocket', 0.85], ['thingamajig', 19.5],
];
const FIRST_NAMES = ['Ada', 'Alan', 'Grace', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Frances', 'Edsger', 'Radia', 'Donald'];
const LAST_NAMES = ['Lovelace', 'Turing', 'Hopper', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson', 'Allen', 'Dijkstra', 'Perlman', 'Knuth'];
const CITIES = ['Lyon', 'Leeds', 'Porto', 'Gent', 'Graz', 'Turku', 'Brno', 'Cork'];

/** sales.csv: one order per line for 2026, with a header. */
export function salesCsv(rows = 1000): string {
  const prng = new Prng(2026);
  const lines = ['order_id,date,region,product,quantity,unit_price'];
  const start = Date.UTC(2026, 0, 1);
  for (let i = 1; i <= rows; i++) {
    const day = new Date(start + prng.int(365) * 86_400_000).toISOString().slice(0, 10);
    const [product, price] = PRODUCTS[prng.int(PRODUCTS.length)];
    lines.push(`${1000 + i},${day},${REGIONS[prng.int(REGIONS.length)]},${product},${1 + prng.int(20)},${price.toFixed(2)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** customers.csv: id, name, city, signup date; a few cities are left empty, as real data has gaps. */
export function customersCsv(rows = 200): string {
  const prng = new Prng(1969);
  const lines = ['customer_id,first_name,last_name,city,signup_date'];
  for (let i = 1; i <= rows; i++) {
    const city = prng.int(25) === 0 ? '' : CITIES[prng.int(CITIES.length)];
    const signup = new Date(Date.UTC(2020, 0, 1) + prng.int(6 * 365) * 86_400_000).toISOString().slice(0, 10);
    lines.push(`${i},${FIRST_NAMES[prng.int(FIRST_NAMES.length)]},${LAST_NAMES[prng.int(LAST_NAMES.length)]},${city},${signup}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The daily swing, in tenths of a degree by hour (integers, so every engine computes the same). */
const DAILY_TENTHS = [-35, -38, -40, -40, -38, -35, -28, -20, -10, 0, 10, 20, 28, 35, 38, 40, 40, 38, 35, 28, 20, 10, 0, -20];

/** weather.tsv: hourly temperatures of three stations for one week (tab-separated). */
export function weatherTsv(): string {
  const prng = new Prng(42);
  const lines = ['station\ttimestamp\ttemp_c'];
  for (const [station, base] of [['LYS', 8], ['LBA', 6], ['OPO', 13]] as [string, number][]) {
    for (let hour = 0; hour < 7 * 24; hour++) {
      const time = new Date(Date.UTC(2026, 10, 16) + hour * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
      const tenths = base * 10 + DAILY_TENTHS[hour % 24] + prng.int(31) - 15;
      lines.push(`${station}\t${time}\t${(tenths / 10).toFixed(1)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
