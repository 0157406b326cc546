import { rowBuffers, type PairSource } from './pair-source.js';
import { TopRow } from './pool.js';
import type { SolverGraph } from './solver-graph.js';

/** A pair's value is a·tenths + b (both set so the objective's priorities come out right). */
export interface PairValue {
  a: number;
  b: number;
}

/** What pricing checks: an assignment on the solver graph, its exact mentor prices, and every pair. */
export interface PricingInput {
  source: PairSource;
  graph: SolverGraph;
  /** By mentee: the best eligible score not in the pool the graph grew from (-1: none). */
  restBest: Int16Array;
  minTenths: number;
  pairValue: PairValue;
  /** By mentor: its price (dual); 0 or more. */
  price: Float64Array;
  capacity: Int32Array;
  /** By mentee: the chosen edge of `graph`, -1 for none. */
  edgeOf: Int32Array;
  /** Most pairs to add per mentee. */
  perMentee: number;
  onProgress?: (phase: string, done: number, total: number) => void;
}

/** Pairs worth more to a mentee than what it has at the current prices, and how far from proven the assignment is. */
export interface Pricing {
  /** Pairs to add to the graph, by mentee (mentee, mentor, tenths). */
  added: { mentee: number[]; mentor: number[]; tenths: number[] };
  /** The dual bound minus the assignment's value (0: proven optimal over every pair). */
  gap: number;
  /** Mentees whose every pair was looked at (the others are settled by a bound). */
  scanned: number;
}

/**
 * Prices every pair against the mentors' prices: the assignment is optimal over all pairs when no
 * pair is worth more to its mentee than the mentee's own share (value minus price). Pairs outside
 * the graph score at most the best score left out, so only mentors priced below that pair's value
 * minus the share can beat the share: a mentee looks only at mentors in the cheapest price tier
 * holding them all, and at none when even the cheapest mentor cannot.
 */
export function pricePairs(input: PricingInput): Pricing {
  const { source, graph, pairValue, price, capacity, minTenths } = input;
  const { a, b } = pairValue;
  const n = graph.rowStart.length - 1;
  let lowestPrice = Infinity;
  let dual = 0;
  for (let j = 0; j < capacity.length; j += 1) {
    if (capacity[j]! <= 0) continue;
    lowestPrice = Math.min(lowestPrice, price[j]!);
    dual += capacity[j]! * price[j]!;
  }
  const tiers = new PriceTiers(source, price, capacity, pairValue);
  const buffer = rowBuffers(source);
  const top = new TopRow(Math.max(1, input.perMentee), source.mentorCount);
  const added: Pricing['added'] = { mentee: [], mentor: [], tenths: [] };
  const found = new Int32Array(input.perMentee);
  const worth = new Float64Array(input.perMentee);
  let primal = 0;
  let scanned = 0;
  for (let i = 0; i < n; i += 1) {
    let share = 0;
    for (let k = graph.rowStart[i]!; k < graph.rowStart[i + 1]!; k += 1) {
      share = Math.max(share, a * graph.tenths[k]! + b - price[graph.mentor[k]!]!);
    }
    const chosen = input.edgeOf[i]!;
    if (chosen >= 0) primal += a * graph.tenths[chosen]! + b;
    const rest = input.restBest[i]!;
    let best = share;
    const cutoff = a * rest + b - share;
    if (rest >= 0 && cutoff > lowestPrice) {
      scanned += 1;
      top.reset();
      const count = tiers.below(cutoff).row(i, buffer.mentor, buffer.tenths);
      for (let x = 0; x < count; x += 1) {
        const t = buffer.tenths[x]!;
        if (t < minTenths) continue;
        const j = buffer.mentor[x]!;
        const gain = a * t + b - price[j]!;
        if (gain <= share) continue;
        best = Math.max(best, gain);
        top.offer(j, gain);
      }
      const kept = top.writeTo(found, worth, 0);
      for (let x = 0; x < kept; x += 1) {
        const j = found[x]!;
        added.mentee.push(i);
        added.mentor.push(j);
        added.tenths.push((worth[x]! + price[j]! - b) / a);
      }
    }
    dual += best;
    if (input.onProgress && ((i + 1) % 1024 === 0 || i + 1 === n)) input.onProgress('pricing', i + 1, n);
  }
  return { added, gap: dual - primal, scanned };
}

/**
 * The pairs of mentors priced below a few thresholds (tenths of a point up to the value of a pair),
 * each made the first time a mentee needs it.
 */
class PriceTiers {
  private readonly thresholds: number[];
  private readonly sources: (PairSource | undefined)[];

  constructor(
    private readonly source: PairSource,
    private readonly price: Float64Array,
    private readonly capacity: Int32Array,
    { a, b }: PairValue,
  ) {
    const steps = [1, 10 * a, 50 * a, 200 * a, 1001 * a, b, b + 200 * a, b + 1001 * a];
    this.thresholds = [...new Set(steps)].sort((x, y) => x - y);
    this.sources = this.thresholds.map(() => undefined);
  }

  /** A source with at least every mentor priced below `cutoff`. */
  below(cutoff: number): PairSource {
    const tier = this.thresholds.findIndex((t) => t >= cutoff);
    if (tier < 0) return this.source;
    const threshold = this.thresholds[tier]!;
    this.sources[tier] ??= this.source.restrict(Uint8Array.from(this.price, (p, j) => (p < threshold && this.capacity[j]! > 0 ? 1 : 0)));
    return this.sources[tier];
  }
}
