// `orders-csv`: a shop's orders over the year before the lesson starts, as CSV with a header line
// (not counted in `rows`), oldest first, no quoting (no field holds a comma):
//
//   order_id,date,region,product,quantity,unit_price
//   100001,2025-01-15,north,kettle,1,24.90
//
// Order ids count up from 100001; each product has one price (the products and prices of lesson
// 1's sales.csv are among them); a few regions and products sell far more than others, so counts
// per group are worth sorting. Built to be large and fast: lesson 5 times pipelines over it.

import type { DatasetGenerator } from './index.ts';
import { LineChunks } from './line-chunks.ts';
import { skewedInt, WeightedChoice } from './weighted-choice.ts';

export const ordersCsv: DatasetGenerator = {
  name: 'orders-csv',
  description: "a shop's orders over the past year as CSV, with a header line",
  generate(rows, prng, startMs) {
    const days = pastYear(startMs);
    const out = new LineChunks();
    out.line('order_id,date,region,product,quantity,unit_price');
    for (let i = 0; i < rows; i++) {
      const product = PRODUCTS.pick(prng);
      const day = days[Math.floor((i * days.length) / rows)];
      out.line(`${100001 + i},${day},${REGIONS.pick(prng)},${product.name},${skewedInt(prng, 1, 10)},${product.price}`);
    }
    return out.bytes();
  },
};

const REGIONS = new WeightedChoice([
  ['north', 30],
  ['south', 25],
  ['east', 20],
  ['west', 15],
  ['central', 10],
] as const);

const PRODUCTS = new WeightedChoice(
  (
    [
      ['kettle', '24.90', 18],
      ['toaster', '39.00', 14],
      ['blender', '79.50', 9],
      ['coffee-maker', '89.00', 12],
      ['grinder', '34.50', 8],
      ['mixer', '119.00', 5],
      ['juicer', '64.90', 4],
      ['air-fryer', '99.00', 10],
      ['microwave', '149.00', 6],
      ['iron', '29.90', 7],
      ['fan', '45.00', 4],
      ['vacuum', '189.00', 3],
    ] as const
  ).map(([name, price, weight]) => [{ name, price }, weight] as const),
);

/** The 365 dates (YYYY-MM-DD) before the lesson's start day, oldest first. */
function pastYear(startMs: number): string[] {
  const DAY_MS = 86_400_000;
  const today = Math.floor(startMs / DAY_MS) * DAY_MS;
  return Array.from({ length: 365 }, (_, i) => new Date(today - (365 - i) * DAY_MS).toISOString().slice(0, 10));
}
