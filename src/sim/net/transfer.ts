// How long the simulated network takes: a fixed round trip before the first byte, then a steady
// bandwidth. Downloads spend this virtual time (the tools sleep through it), and their progress
// displays compute their speeds from it, so they read the same on every run.

/** Time to the first byte: name lookup, connection and request. */
export const LATENCY_US = 50_000;
/** 10 MiB per second. */
export const BYTES_PER_SECOND = 10 * 1024 * 1024;

/** Microseconds from the request to the last byte of a body of `bytes`. */
export function transferUs(bytes: number): number {
  return LATENCY_US + dataUs(bytes);
}

/** Microseconds to receive `bytes` once the data flows. */
export function dataUs(bytes: number): number {
  return Math.ceil((bytes / BYTES_PER_SECOND) * 1e6);
}
