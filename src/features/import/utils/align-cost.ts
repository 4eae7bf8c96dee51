import type { AlignOptions, Bead } from './align';

/**
 * The cost of a bead, in nats (−log probability, constants dropped):
 *
 *   cost = prior(shape) + δ²/2 + r²/(2σ²) − bonus(shared anchors) + penalty(unmatched anchors)
 *   δ = (ℓ_en − c·ℓ_ru) / √(s² · (c·ℓ_ru + ℓ_en)/2),   r = ln(ℓ_en / (c·ℓ_ru))
 *
 * ℓ are lengths in non-space characters and c the English/Russian length ratio of the whole text.
 * δ is Gale & Church's: translation lengths are roughly normal around c·ℓ with variance s²·ℓ. It
 * is lenient with short units (a 17-character byline "matches" a 48-character heading), so the
 * log-ratio term r adds a penalty for lengths that differ by a large factor whatever their size.
 * A bead with an empty side (1–0, 0–1) has no length term: it costs its prior plus the penalty for
 * the anchors it leaves unmatched, so a long missing paragraph is not punished for its length.
 * Anchors (numbers, names, Latin words, glossary terms) shared by both sides lower the cost;
 * numbers missing from one side raise it more than names do, because a translation may say "she"
 * for "Stufft" but rarely drops a number. Two shape rules: a bead that joins a heading-like unit
 * (short, no final punctuation) to another pays `headingMerge`; one that joins a unit stopping
 * mid-sentence to the next earns `brokenJoin` (extraction damage, as in the curated source).
 */
export type CostModel = {
  priors: ReadonlyMap<string, number>;
  /** s² of δ, per character. */
  variance: number;
  /** 2σ² of the log length ratio. */
  logVariance: number;
  /** Bonus per shared anchor (numbers weigh 1, other anchors `wordWeight`), and its cap. */
  match: number;
  maxBonus: number;
  /** Penalty per unmatched anchor (same weights), and its cap. */
  miss: number;
  maxPenalty: number;
  wordWeight: number;
  /** Weight of a non-number anchor left unmatched (names are often paraphrased). */
  missWordWeight: number;
  headingMerge: number;
  brokenJoin: number;
  /** A 1–1 bead pairing different kinds of unit (heading, byline, body text). */
  kindMismatch: number;
  /** Cap on the log-ratio term, so a translator's added sentence does not break a pair apart. */
  maxRatioCost: number;
  /** Per question more on one side of a bead than the other. */
  questionMismatch: number;
};

const shapes = (entries: [string, number][]) => new Map(entries);

export const paragraphModel: CostModel = {
  priors: shapes([
    ['1:1', 0],
    ['2:1', 2.5],
    ['1:2', 2.5],
    ['1:0', 4],
    ['0:1', 4],
  ]),
  variance: 8,
  logVariance: 0.2,
  match: 1.5,
  maxBonus: 8,
  miss: 0.6,
  maxPenalty: 4,
  wordWeight: 0.5,
  missWordWeight: 0.15,
  headingMerge: 4,
  brokenJoin: 3,
  kindMismatch: 4,
  maxRatioCost: 4,
  questionMismatch: 1.5,
};

export const sentenceModel: CostModel = {
  ...paragraphModel,
  priors: shapes([
    ['1:1', 0],
    ['2:1', 2.3],
    ['1:2', 2.3],
    ['2:2', 4.5],
    ['1:0', 3.5],
    ['0:1', 3.5],
  ]),
};

const beadsByModel = new WeakMap<CostModel, Bead[]>();
/** The bead shapes a model allows (computed once per model: each paragraph pair asks). */
export function beadsOf(model: CostModel): Bead[] {
  let beads = beadsByModel.get(model);
  if (!beads) {
    beads = [...model.priors.keys()].map(
      (shape) => shape.split(':').map(Number) as [number, number],
    );
    beadsByModel.set(model, beads);
  }
  return beads;
}

/** One side's units prepared for costing (see `unitSequence`). */
export type UnitSequence = {
  /** prefix[k] is the length of units [0, k). */
  prefix: Float64Array;
  anchors: Int32Array[];
  /** pairs[k] is the union of the anchors of units k − 1 and k. */
  pairs: Int32Array[];
  /** Anchor counts per unit and per pair, packed as numbers · 2¹⁶ + other anchors. */
  anchorCounts: Uint32Array;
  pairCounts: Uint32Array;
  /** `unitShape` flags per unit. */
  shapes: Uint8Array;
  /** questions[k] is the number of question marks in units [0, k). */
  questions: Float64Array;
};

const HEADING = 1;
const BROKEN = 2;
const BYLINE = 4;
const kindOf = (shape: number) => shape & (HEADING | BYLINE);

/**
 * Shared anchors of two sorted id arrays, split by kind: numbers (even ids) and others (odd ids).
 * Written into `shared` rather than returned, so the innermost loop of the search allocates nothing.
 */
const shared = { numbers: 0, others: 0 };
function countShared(a: Int32Array, b: Int32Array) {
  let i = 0;
  let j = 0;
  shared.numbers = 0;
  shared.others = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number; // in range: checked by the loop condition
    const y = b[j] as number;
    if (x === y) {
      if (x & 1) shared.others++;
      else shared.numbers++;
    }
    if (x <= y) i++;
    if (y <= x) j++;
  }
}

/** The English/Russian length ratio of two sequences, kept within sane bounds. */
export function lengthRatio(source: UnitSequence, target: UnitSequence): number {
  const ru = source.prefix[source.prefix.length - 1] ?? 0;
  const en = target.prefix[target.prefix.length - 1] ?? 0;
  return ru > 0 && en > 0 ? Math.min(2, Math.max(0.5, en / ru)) : 1;
}

/** Cost adjustment for the shapes of the units a 2-unit side joins ([end − 2, end)). */
function joinCost(units: UnitSequence, end: number, count: number, model: CostModel) {
  if (count < 2) return 0;
  const first = units.shapes[end - 2] ?? 0;
  const second = units.shapes[end - 1] ?? 0;
  const heading = kindOf(first | second) ? model.headingMerge : 0;
  return heading - (first & BROKEN ? model.brokenJoin : 0);
}

/** The cost function `align` calls, for one model and one pair of unit sequences. */
export function beadCost(
  model: CostModel,
  source: UnitSequence,
  target: UnitSequence,
  ratio = lengthRatio(source, target),
): AlignOptions['cost'] {
  const { match, maxBonus, miss, maxPenalty, wordWeight, missWordWeight } = model;
  const { variance, logVariance, maxRatioCost, kindMismatch } = model;
  const priors = new Float64Array(9).fill(Infinity); // indexed by di·3 + dj
  for (const [di, dj] of beadsOf(model)) {
    priors[di * 3 + dj] = model.priors.get(`${di}:${dj}`) ?? Infinity;
  }
  const anchorsOf = (units: UnitSequence, end: number, count: number) =>
    (count === 1 ? units.anchors[end - 1] : units.pairs[end - 1]) ?? new Int32Array();
  const countsOf = (units: UnitSequence, end: number, count: number) =>
    (count === 1 ? units.anchorCounts[end - 1] : units.pairCounts[end - 1]) ?? 0;
  const lengthOf = (units: UnitSequence, end: number, count: number) =>
    (units.prefix[end] as number) - (units.prefix[end - count] as number);
  // Anchor counts are packed as numbers · 2¹⁶ + others (see `unitSequence`).
  const missOf = (packed: number) => miss * ((packed >>> 16) + missWordWeight * (packed & 0xffff));

  return (i, j, di, dj, bound) => {
    const prior = priors[di * 3 + dj] ?? Infinity;
    if (di === 0 || dj === 0) {
      const left = di === 0 ? countsOf(target, j, dj) : countsOf(source, i, di);
      return prior + Math.min(maxPenalty, missOf(left));
    }
    const ru = ratio * lengthOf(source, i, di);
    const en = lengthOf(target, j, dj);
    const delta = (en - ru) / Math.sqrt(variance * Math.max(1, (ru + en) / 2));
    let base = prior + (delta * delta) / 2;
    if (base - maxBonus >= bound) return Infinity; // cannot beat the cell's best bead
    const r = Math.log(Math.max(1, en) / Math.max(1, ru));
    base += Math.min(maxRatioCost, (r * r) / logVariance);
    if (di === 1 && dj === 1) {
      const mismatch = kindOf(source.shapes[i - 1] ?? 0) !== kindOf(target.shapes[j - 1] ?? 0);
      if (mismatch) base += kindMismatch;
    } else {
      base += joinCost(source, i, di, model) + joinCost(target, j, dj, model);
    }
    const questions =
      (source.questions[i] as number) -
      (source.questions[i - di] as number) -
      ((target.questions[j] as number) - (target.questions[j - dj] as number));
    base += model.questionMismatch * Math.abs(questions);
    if (base - maxBonus >= bound) return Infinity; // cannot beat the cell's best bead
    countShared(anchorsOf(source, i, di), anchorsOf(target, j, dj));
    const a = countsOf(source, i, di);
    const b = countsOf(target, j, dj);
    const bonus = match * (shared.numbers + wordWeight * shared.others);
    const unmatched =
      missOf(a) + missOf(b) - 2 * miss * (shared.numbers + missWordWeight * shared.others);
    return base - Math.min(maxBonus, bonus) + Math.min(maxPenalty, unmatched);
  };
}

/** A bead's cost mapped to [0, 1]: 0.5 at `pivot` nats, near 1 for a clean 1–1 pair. */
export function confidenceOf(cost: number, pivot = 4): number {
  return 1 / (1 + Math.exp(cost - pivot));
}
