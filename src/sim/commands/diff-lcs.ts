// The search at the heart of GNU diff: discard_confusing_lines (analyze.c), then gnulib's
// diffseq.h, Myers' O(ND) "middle snake" search with GNU's heuristics for expensive inputs
// (SNAKE_LIMIT, too_expensive), ported line for line so that ties are broken as GNU breaks them.

import { discardConfusingLines } from './diff-discard.ts';

const SNAKE_LIMIT = 20;

interface Context {
  xv: Int32Array;
  yv: Int32Array;
  fd: Int32Array;
  bd: Int32Array;
  /** Index of diagonal 0 in fd and bd (diagonals may be negative). */
  zero: number;
  heuristic: boolean;
  tooExpensive: number;
  noteDelete(x: number): void;
  noteInsert(y: number): void;
}

interface Partition {
  xmid: number;
  ymid: number;
  loMinimal: boolean;
  hiMinimal: boolean;
}

/**
 * Marks in changed[f] (line i at index i + 1) the lines of each sequence of equivalence classes
 * that are not part of the common subsequence GNU diff chooses.
 */
export function compareSequences(x: Int32Array, y: Int32Array, equivMax: number, changed: Uint8Array[], minimal: boolean, heuristic: boolean): void {
  const kept = discardConfusingLines([x, y], equivMax, changed, minimal);
  const [xv, yv] = kept.map((k) => k.undiscarded);
  let diags = xv.length + yv.length + 3;
  const zero = yv.length + 1;
  // Edit scripts longer than about the square root of the input size are too expensive (at least 4096).
  let tooExpensive = 1;
  for (; diags !== 0; diags >>= 2) tooExpensive <<= 1;
  const ctx: Context = {
    xv, yv, zero, heuristic,
    fd: new Int32Array(xv.length + yv.length + 3),
    bd: new Int32Array(xv.length + yv.length + 3),
    tooExpensive: Math.max(4096, tooExpensive),
    noteDelete: (i) => (changed[0][kept[0].realIndexes[i] + 1] = 1),
    noteInsert: (i) => (changed[1][kept[1].realIndexes[i] + 1] = 1),
  };
  compareSeq(0, xv.length, 0, yv.length, minimal, ctx);
}

const OFFSET_MAX = 0x7fffffff;

/** diag(): the midpoint of the shortest edit script of x[xoff, xlim) and y[yoff, ylim). */
function diag(xoff: number, xlim: number, yoff: number, ylim: number, findMinimal: boolean, part: Partition, ctx: Context): void {
  const { fd, bd, xv, yv, zero: z } = ctx;
  const dmin = xoff - ylim;
  const dmax = xlim - yoff;
  const fmid = xoff - yoff;
  const bmid = xlim - ylim;
  let fmin = fmid;
  let fmax = fmid;
  let bmin = bmid;
  let bmax = bmid;
  const odd = ((fmid - bmid) & 1) !== 0;
  fd[z + fmid] = xoff;
  bd[z + bmid] = xlim;
  for (let c = 1; ; ++c) {
    let bigSnake = false;
    if (fmin > dmin) fd[z + --fmin - 1] = -1;
    else ++fmin;
    if (fmax < dmax) fd[z + ++fmax + 1] = -1;
    else --fmax;
    for (let d = fmax; d >= fmin; d -= 2) {
      const tlo = fd[z + d - 1];
      const thi = fd[z + d + 1];
      const x0 = tlo < thi ? thi : tlo + 1;
      let x = x0;
      let y = x0 - d;
      while (x < xlim && y < ylim && xv[x] === yv[y]) {
        x++;
        y++;
      }
      if (x - x0 > SNAKE_LIMIT) bigSnake = true;
      fd[z + d] = x;
      if (odd && bmin <= d && d <= bmax && bd[z + d] <= x) {
        part.xmid = x;
        part.ymid = y;
        part.loMinimal = part.hiMinimal = true;
        return;
      }
    }
    if (bmin > dmin) bd[z + --bmin - 1] = OFFSET_MAX;
    else ++bmin;
    if (bmax < dmax) bd[z + ++bmax + 1] = OFFSET_MAX;
    else --bmax;
    for (let d = bmax; d >= bmin; d -= 2) {
      const tlo = bd[z + d - 1];
      const thi = bd[z + d + 1];
      const x0 = tlo < thi ? tlo : thi - 1;
      let x = x0;
      let y = x0 - d;
      while (xoff < x && yoff < y && xv[x - 1] === yv[y - 1]) {
        x--;
        y--;
      }
      if (x0 - x > SNAKE_LIMIT) bigSnake = true;
      bd[z + d] = x;
      if (!odd && fmin <= d && d <= fmax && x <= fd[z + d]) {
        part.xmid = x;
        part.ymid = y;
        part.loMinimal = part.hiMinimal = true;
        return;
      }
    }
    if (findMinimal) continue;
    // With --speed-large-files: settle for a diagonal that has made lots of progress.
    if (200 < c && bigSnake && ctx.heuristic) {
      let best = 0;
      for (let d = fmax; d >= fmin; d -= 2) {
        const dd = d - fmid;
        const x = fd[z + d];
        const y = x - d;
        const v = (x - xoff) * 2 - dd;
        if (v > 12 * (c + (dd < 0 ? -dd : dd)) && v > best && xoff + SNAKE_LIMIT <= x && x < xlim && yoff + SNAKE_LIMIT <= y && y < ylim) {
          for (let k = 1; xv[x - k] === yv[y - k]; k++) {
            if (k === SNAKE_LIMIT) {
              best = v;
              part.xmid = x;
              part.ymid = y;
              break;
            }
          }
        }
      }
      if (best > 0) {
        part.loMinimal = true;
        part.hiMinimal = false;
        return;
      }
      best = 0;
      for (let d = bmax; d >= bmin; d -= 2) {
        const dd = d - bmid;
        const x = bd[z + d];
        const y = x - d;
        const v = (xlim - x) * 2 + dd;
        if (v > 12 * (c + (dd < 0 ? -dd : dd)) && v > best && xoff < x && x <= xlim - SNAKE_LIMIT && yoff < y && y <= ylim - SNAKE_LIMIT) {
          for (let k = 0; xv[x + k] === yv[y + k]; k++) {
            if (k === SNAKE_LIMIT - 1) {
              best = v;
              part.xmid = x;
              part.ymid = y;
              break;
            }
          }
        }
      }
      if (best > 0) {
        part.loMinimal = false;
        part.hiMinimal = true;
        return;
      }
    }
    // Gone well beyond the call of duty: report halfway between the best results so far.
    if (c >= ctx.tooExpensive) {
      let fxybest = -1;
      let fxbest = 0;
      for (let d = fmax; d >= fmin; d -= 2) {
        let x = Math.min(fd[z + d], xlim);
        let y = x - d;
        if (ylim < y) {
          x = ylim + d;
          y = ylim;
        }
        if (fxybest < x + y) {
          fxybest = x + y;
          fxbest = x;
        }
      }
      let bxybest = OFFSET_MAX;
      let bxbest = 0;
      for (let d = bmax; d >= bmin; d -= 2) {
        let x = Math.max(xoff, bd[z + d]);
        let y = x - d;
        if (y < yoff) {
          x = yoff + d;
          y = yoff;
        }
        if (x + y < bxybest) {
          bxybest = x + y;
          bxbest = x;
        }
      }
      if (xlim + ylim - bxybest < fxybest - (xoff + yoff)) {
        part.xmid = fxbest;
        part.ymid = fxybest - fxbest;
        part.loMinimal = true;
        part.hiMinimal = false;
      } else {
        part.xmid = bxbest;
        part.ymid = bxybest - bxbest;
        part.loMinimal = false;
        part.hiMinimal = true;
      }
      return;
    }
  }
}

/** compareseq(): records the changes between x[xoff, xlim) and y[yoff, ylim). */
function compareSeq(xoff: number, xlim: number, yoff: number, ylim: number, findMinimal: boolean, ctx: Context): void {
  const { xv, yv } = ctx;
  const part: Partition = { xmid: 0, ymid: 0, loMinimal: false, hiMinimal: false };
  for (;;) {
    while (xoff < xlim && yoff < ylim && xv[xoff] === yv[yoff]) {
      xoff++;
      yoff++;
    }
    while (xoff < xlim && yoff < ylim && xv[xlim - 1] === yv[ylim - 1]) {
      xlim--;
      ylim--;
    }
    if (xoff === xlim) {
      while (yoff < ylim) ctx.noteInsert(yoff++);
      return;
    }
    if (yoff === ylim) {
      while (xoff < xlim) ctx.noteDelete(xoff++);
      return;
    }
    diag(xoff, xlim, yoff, ylim, findMinimal, part, ctx);
    const { xmid, ymid, loMinimal, hiMinimal } = part;
    // Recurse into the smaller half and iterate on the other, as GNU does.
    if (xlim + ylim - (xmid + ymid) < xmid + ymid - (xoff + yoff)) {
      compareSeq(xmid, xlim, ymid, ylim, hiMinimal, ctx);
      xlim = xmid;
      ylim = ymid;
      findMinimal = loMinimal;
    } else {
      compareSeq(xoff, xmid, yoff, ymid, loMinimal, ctx);
      xoff = xmid;
      yoff = ymid;
      findMinimal = hiMinimal;
    }
  }
}
