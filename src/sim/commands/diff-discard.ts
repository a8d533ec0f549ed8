// GNU diff's discard_confusing_lines (analyze.c): a line that matches nothing in the other file is
// certainly a change, so it is marked at once and left out of the search; so is a line matching
// very many others when it sits in a run of such lines. This both speeds diff up and decides how
// some ties come out, so it is ported as it is.

/**
 * Lines that match nothing in the other file are changes for certain; they are left out of the
 * search (as are lines matching very many, when they sit among such lines).
 */
export function discardConfusingLines(equivs: Int32Array[], equivMax: number, changed: Uint8Array[], minimal: boolean): { undiscarded: Int32Array; realIndexes: Int32Array }[] {
  const counts = equivs.map((eq) => {
    const count = new Int32Array(equivMax);
    for (let i = 0; i < eq.length; i++) count[eq[i]]++;
    return count;
  });
  const discarded = equivs.map((eq, f) => {
    const discards = new Uint8Array(eq.length);
    const other = counts[1 - f];
    let many = 5;
    let tem = Math.floor(eq.length / 64);
    // MANY is 5 times the approximate square root of the number of lines.
    while ((tem >>= 2) > 0) many *= 2;
    for (let i = 0; i < eq.length; i++) {
      if (eq[i] === 0) continue;
      const matches = other[eq[i]];
      if (matches === 0) discards[i] = 1;
      else if (matches > many) discards[i] = 2;
    }
    return discards;
  });
  for (const discards of discarded) cancelProvisional(discards);
  return equivs.map((eq, f) => {
    const undiscarded = new Int32Array(eq.length);
    const realIndexes = new Int32Array(eq.length);
    let j = 0;
    for (let i = 0; i < eq.length; i++) {
      if (minimal || discarded[f][i] === 0) {
        undiscarded[j] = eq[i];
        realIndexes[j++] = i;
      } else changed[f][i + 1] = 1;
    }
    return { undiscarded: undiscarded.subarray(0, j), realIndexes };
  });
}

/** Provisional discards (2) stand only inside runs of real discards, as analyze.c decides. */
function cancelProvisional(discards: Uint8Array): void {
  const end = discards.length;
  for (let i = 0; i < end; i++) {
    if (discards[i] === 2) {
      discards[i] = 0;
      continue;
    }
    if (discards[i] === 0) continue;
    let j: number;
    let provisional = 0;
    for (j = i; j < end; j++) {
      if (discards[j] === 0) break;
      if (discards[j] === 2) ++provisional;
    }
    while (j > i && discards[j - 1] === 2) {
      discards[--j] = 0;
      --provisional;
    }
    const length = j - i;
    if (provisional * 4 > length) {
      while (j > i) if (discards[--j] === 2) discards[j] = 0;
    } else {
      let minimum = 1;
      let tem = length >> 2;
      while (0 < (tem >>= 2)) minimum <<= 1;
      minimum++;
      let consec = 0;
      for (j = 0; j < length; j++) {
        if (discards[i + j] !== 2) consec = 0;
        else if (minimum === ++consec) j -= consec;
        else if (minimum < consec) discards[i + j] = 0;
      }
      consec = 0;
      for (j = 0; j < length; j++) {
        if (j >= 8 && discards[i + j] === 1) break;
        if (discards[i + j] === 2) {
          consec = 0;
          discards[i + j] = 0;
        } else if (discards[i + j] === 0) consec = 0;
        else consec++;
        if (consec === 3) break;
      }
      i += length - 1;
      consec = 0;
      for (j = 0; j < length; j++) {
        if (j >= 8 && discards[i - j] === 1) break;
        if (discards[i - j] === 2) {
          consec = 0;
          discards[i - j] = 0;
        } else if (discards[i - j] === 0) consec = 0;
        else consec++;
        if (consec === 3) break;
      }
    }
  }
}
