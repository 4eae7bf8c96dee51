/**
 * Monotone alignment of two sequences by dynamic programming over "beads" (Gale & Church 1993):
 * a bead takes `di` units from the source and `dj` from the target (1–1, 2–1, 1–0, …), and the
 * best alignment is the chain of beads from (0, 0) to (N, M) with the least total cost. The cost
 * model is the caller's (see `align-cost.ts`), so the same search serves paragraphs and sentences.
 *
 * Memory stays linear: only cells within `band` of the diagonal j = i·M/N are searched. Costs are
 * kept for the last three rows and one byte of back-pointer per cell, so memory is
 * O((N + M) · band). If the best path touches the edge of the band, the band may have cut off a
 * better path, so the search runs again with the band doubled, up to the full matrix.
 */
export type Bead = readonly [di: number, dj: number];

export type AlignmentLink = {
  /** Half-open ranges of unit indexes: source [sourceStart, sourceEnd), target likewise. */
  sourceStart: number;
  sourceEnd: number;
  targetStart: number;
  targetEnd: number;
  /** The bead's own cost (lower is better), for confidence scores. */
  cost: number;
};

export type AlignOptions = {
  sourceCount: number;
  targetCount: number;
  beads: readonly Bead[];
  /**
   * Cost of the bead that ends at cell (i, j) and takes source [i − di, i), target [j − dj, j).
   * `bound` is the best cost known for the cell so far, minus the path cost before the bead: a
   * cost function may return any value ≥ `bound` (e.g. Infinity) once it knows it cannot win.
   */
  cost: (i: number, j: number, di: number, dj: number, bound: number) => number;
  /** Initial half-width of the band around the diagonal; default ½√length, at least 16. */
  band?: number;
};

type Pass = { links: AlignmentLink[]; touchedEdge: boolean };

export function align(options: AlignOptions): AlignmentLink[] {
  const { sourceCount: n, targetCount: m } = options;
  const full = Math.max(n, m) + 2;
  let band = options.band ?? Math.max(16, Math.ceil(Math.sqrt(Math.max(n, m)) / 2));
  for (;;) {
    const pass = alignInBand(options, Math.min(band, full));
    if (!pass.touchedEdge || band >= full) return pass.links;
    band *= 2;
  }
}

function alignInBand(options: AlignOptions, band: number): Pass {
  const { sourceCount: n, targetCount: m, beads, cost } = options;
  const slope = n === 0 ? 0 : m / n;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) {
    const centre = i * slope;
    lo[i] = i === 0 ? 0 : Math.max(0, Math.floor(centre - band));
    hi[i] = i === n ? m : Math.min(m, Math.ceil(centre + band));
    if (i === 0) hi[i] = Math.min(m, Math.ceil(band));
    rowStart[i + 1] = (rowStart[i] as number) + (hi[i] as number) - (lo[i] as number) + 1;
  }
  // Bead shapes as plain numbers: the innermost loop runs millions of times on long texts.
  const beadDi = Int32Array.from(beads, ([di]) => di);
  const beadDj = Int32Array.from(beads, ([, dj]) => dj);
  const maxDi = Math.max(...beadDi);
  const back = new Uint8Array(rowStart[n + 1] as number).fill(255);
  const rows = Array.from({ length: maxDi + 1 }, () => new Float64Array(2 * band + 4));
  const rowOf = (i: number) => rows[i % rows.length] as Float64Array;

  for (let i = 0; i <= n; i++) {
    const row = rowOf(i);
    const rowLo = lo[i] as number;
    const rowHi = hi[i] as number;
    for (let j = rowLo; j <= rowHi; j++) {
      if (i === 0 && j === 0) {
        row[0] = 0;
        continue;
      }
      let best = Infinity;
      let bestBead = 255;
      for (let index = 0; index < beadDi.length; index++) {
        const di = beadDi[index] as number;
        const dj = beadDj[index] as number;
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < (lo[pi] as number) || pj > (hi[pi] as number)) continue;
        const before = rowOf(pi)[pj - (lo[pi] as number)] as number;
        if (before === Infinity) continue;
        const total = before + cost(i, j, di, dj, best - before);
        if (total < best) {
          best = total;
          bestBead = index;
        }
      }
      row[j - rowLo] = best;
      back[(rowStart[i] as number) + j - rowLo] = bestBead;
    }
  }
  return traceBack(options, { lo, hi, rowStart, back });
}

type Table = { lo: Int32Array; hi: Int32Array; rowStart: Int32Array; back: Uint8Array };

function traceBack(options: AlignOptions, table: Table): Pass {
  const { sourceCount: n, targetCount: m, beads, cost } = options;
  const { lo, hi, rowStart, back } = table;
  const links: AlignmentLink[] = [];
  let touchedEdge = false;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const rowLo = lo[i] as number;
    const rowHi = hi[i] as number;
    if ((j === rowLo && rowLo > 0) || (j === rowHi && rowHi < m)) touchedEdge = true;
    const bead = beads[back[(rowStart[i] as number) + j - rowLo] as number];
    if (!bead) throw new Error(`alignment: no path reaches (${i}, ${j})`);
    const [di, dj] = bead;
    links.push({
      sourceStart: i - di,
      sourceEnd: i,
      targetStart: j - dj,
      targetEnd: j,
      cost: cost(i, j, di, dj, Infinity),
    });
    i -= di;
    j -= dj;
  }
  return { links: links.reverse(), touchedEdge };
}
