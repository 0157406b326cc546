import type { Places } from './places.js';
import type { SolverGraph } from './solver-graph.js';

/** A mentee's best option now and the value of the next best. `edge` -1: staying unmatched is best. */
export interface Offer {
  best: number;
  edge: number;
  second: number;
}

/** Mentors remembered per mentee between bids. */
const REMEMBERED = 6;

/**
 * Finds a mentee's two best options at the current prices. Prices only rise, so values only
 * fall: after a full scan it remembers the mentee's best few edges and the value of the next
 * one, and later looks only at those while the second best of them still beats that value.
 */
export class OfferFinder {
  private readonly remembered: Int32Array;
  private readonly rememberedCount: Int32Array;
  private readonly bound: Float64Array;
  private readonly topValue = new Float64Array(REMEMBERED + 1);
  private readonly topEdge = new Int32Array(REMEMBERED + 1);

  constructor(
    private readonly graph: SolverGraph,
    private readonly places: Places,
    private readonly value: Float64Array,
  ) {
    const n = graph.rowStart.length - 1;
    this.remembered = new Int32Array(n * REMEMBERED);
    this.rememberedCount = new Int32Array(n).fill(-1);
    this.bound = new Float64Array(n);
  }

  /** Fills `offer` for mentee `i`, whose own option of staying unmatched is worth `stay`. */
  find(i: number, stay: number, offer: Offer): void {
    const { mentor } = this.graph;
    const { cheapest, cheapestPrice } = this.places;
    const count = this.rememberedCount[i]!;
    if (count >= 0) {
      offer.best = stay;
      offer.edge = -1;
      offer.second = -Infinity;
      for (let c = i * REMEMBERED; c < i * REMEMBERED + count; c += 1) {
        const k = this.remembered[c]!;
        const j = mentor[k]!;
        if (cheapest[j]! >= 0) consider(offer, this.value[k]! - cheapestPrice[j]!, k);
      }
      if (offer.second >= this.bound[i]!) return;
    }
    this.scan(i, stay, offer);
  }

  private scan(i: number, stay: number, offer: Offer): void {
    const { rowStart, mentor } = this.graph;
    const { cheapest, cheapestPrice } = this.places;
    const { topValue, topEdge } = this;
    offer.best = stay;
    offer.edge = -1;
    offer.second = -Infinity;
    let kept = 0;
    for (let k = rowStart[i]!; k < rowStart[i + 1]!; k += 1) {
      const j = mentor[k]!;
      if (cheapest[j]! < 0) continue;
      const v = this.value[k]! - cheapestPrice[j]!;
      consider(offer, v, k);
      if (kept <= REMEMBERED || v > topValue[REMEMBERED]!) {
        let at = kept <= REMEMBERED ? kept++ : REMEMBERED;
        while (at > 0 && topValue[at - 1]! < v) {
          topValue[at] = topValue[at - 1]!;
          topEdge[at] = topEdge[at - 1]!;
          at -= 1;
        }
        topValue[at] = v;
        topEdge[at] = k;
      }
    }
    const count = Math.min(kept, REMEMBERED);
    this.remembered.set(topEdge.subarray(0, count), i * REMEMBERED);
    this.rememberedCount[i] = count;
    this.bound[i] = kept > REMEMBERED ? topValue[REMEMBERED]! : -Infinity;
  }
}

function consider(offer: Offer, v: number, k: number): void {
  if (v > offer.best) {
    offer.second = offer.best;
    offer.best = v;
    offer.edge = k;
  } else if (v > offer.second) {
    offer.second = v;
  }
}
