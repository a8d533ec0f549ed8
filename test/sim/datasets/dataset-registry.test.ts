import { describe, expect, it } from 'vitest';
import { datasetGenerators, datasetSeed, generateDataset, MAX_DATASET_ROWS } from '../../../src/sim/datasets/index.ts';

describe('the dataset registry', () => {
  it('lists each generator with a one-line description', () => {
    expect(datasetGenerators().map((g) => g.name)).toEqual(['access-log', 'orders-csv']);
    for (const generator of datasetGenerators()) expect(generator.description).toMatch(/^[^\n]{10,80}$/);
  });

  it('refuses an unknown generator and a row count out of range (callers validate first: these are bugs)', () => {
    expect(() => generateDataset('weather', { rows: 1, seed: 1 })).toThrow("unknown dataset generator 'weather'");
    expect(() => generateDataset('access-log', { rows: 0, seed: 1 })).toThrow('rows out of range');
    expect(() => generateDataset('access-log', { rows: MAX_DATASET_ROWS + 1, seed: 1 })).toThrow('rows out of range');
  });

  it('seeds a lesson’s dataset from the lesson seed and the path: another path or seed gives other bytes', () => {
    expect(datasetSeed(1, 'data/access.log')).toBe(datasetSeed(1, 'data/access.log'));
    expect(datasetSeed(1, 'data/access.log')).not.toBe(datasetSeed(1, 'data/other.log'));
    expect(datasetSeed(1, 'data/access.log')).not.toBe(datasetSeed(2, 'data/access.log'));
    const seeds = new Set(Array.from({ length: 1000 }, (_, seed) => datasetSeed(seed, 'data/access.log')));
    expect(seeds.size).toBe(1000);
  });
});
