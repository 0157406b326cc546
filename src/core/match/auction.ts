import { NodeHeap } from './heap.js';
import { OfferFinder, type Offer } from './offers.js';
import { Places } from './places.js';
import type { SolverGraph } from './solver-graph.js';

/** A pair's value is a·tenths + b (both set so the objective's priorities come out right). */
export interface PairValue {
  a: number;
  b: number;
}

/** Where the auction may start (in pair-value units); any start gives the same optimum, a good one sooner. */
export interface AuctionStart {
  /** By mentor: the first price of each of its places. */
  price: Float64Array;
  /** ε of the first round. */
  epsilon: number;
}

const NONE = -1;
/** How much ε shrinks from one round to the next. */
const SHRINK = 8;

/**
 * The assignment of mentees to mentors' places with the greatest total value, exactly: the
 * auction algorithm with ε-scaling. The problem is made square so every bidder ends a round with
 * exactly one object: each mentee also has a "stay unmatched" object (value 0), and each place a
 * keeper who holds it empty or holds any mentee's stay object (value 0). Values are multiplied by
 * the number of bidders + 1, so ε-complementary slackness in the last round (ε = 1) is exact
 * optimality. Returns each mentee's edge, or -1 for none.
 */
export function auctionAssignment(
  graph: SolverGraph,
  capacity: Int32Array,
  pairValue: PairValue,
  start?: AuctionStart,
  onProgress?: (done: number, total: number) => void,
): Int32Array {
  const { rowStart, mentor, tenths } = graph;
  const n = rowStart.length - 1;
  const places = new Places(capacity);
  const active: number[] = [];
  for (let i = 0; i < n; i += 1) if (rowStart[i + 1]! > rowStart[i]!) active.push(i);
  const scale = active.length + places.count + 1;
  if (start) places.setPrices((j) => start.price[j]! * scale);
  const value = new Float64Array(tenths.length);
  for (let k = 0; k < tenths.length; k += 1) value[k] = (pairValue.a * tenths[k]! + pairValue.b) * scale;
  const offers = new OfferFinder(graph, places, value);
  const offer: Offer = { best: 0, edge: -1, second: 0 };
  const stayPrice = new Float64Array(n);
  const stayOwner = new Int32Array(n).fill(NONE);
  const stays = new NodeHeap(n, stayPrice);
  for (const i of active) stays.push(i);
  /** By mentee: the edge of its last bid for a place, NONE (-1) when it chose to stay unmatched. */
  const edgeOf = new Int32Array(n).fill(NONE);
  const waiting = new Int32Array(active.length + places.count);
  let top = 0;
  let epsilon = 1;

  const unseat = (bidder: number) => {
    if (bidder !== NONE) waiting[top++] = bidder;
  };
  const menteeBids = (i: number) => {
    offers.find(i, -stayPrice[i]!, offer);
    if (offer.edge < 0) {
      stayPrice[i] = stayPrice[i]! + raise(offer.best, offer.second, epsilon);
      stays.push(i);
      unseat(stayOwner[i]!);
      stayOwner[i] = i;
      edgeOf[i] = NONE;
      return;
    }
    const k = offer.edge;
    const j = mentor[k]!;
    const s = places.cheapest[j]!;
    const second = Math.max(offer.second, value[k]! - places.nextPrice[j]!);
    unseat(places.owner[s]!);
    places.owner[s] = i;
    places.raise(s, raise(offer.best, second, epsilon));
    edgeOf[i] = k;
  };
  const keeperBids = (s: number) => {
    const own = -places.price[s]!;
    const d = stays.peek();
    const stay = d < 0 ? -Infinity : -stayPrice[d]!;
    if (own >= stay) {
      unseat(places.owner[s]!);
      places.owner[s] = n + s;
      places.raise(s, raise(own, stay, epsilon));
      return;
    }
    stayPrice[d] = stayPrice[d]! + raise(stay, Math.max(own, -stays.secondKey()), epsilon);
    stays.push(d);
    unseat(stayOwner[d]!);
    stayOwner[d] = n + s;
  };
  const rounds = epsilonRounds(start ? start.epsilon * scale * SHRINK : largestOf(value));
  rounds.forEach((eps, round) => {
    epsilon = eps;
    onProgress?.(round, rounds.length);
    places.owner.fill(NONE);
    stayOwner.fill(NONE);
    top = 0;
    for (let s = places.count - 1; s >= 0; s -= 1) waiting[top++] = n + s;
    for (let a = active.length - 1; a >= 0; a -= 1) waiting[top++] = active[a]!;
    while (top > 0) {
      const bidder = waiting[--top]!;
      if (bidder < n) menteeBids(bidder);
      else keeperBids(bidder - n);
    }
  });
  onProgress?.(rounds.length, rounds.length);
  return edgeOf;
}

/** The price rise of a bid: the margin over the second-best option plus ε. */
function raise(best: number, second: number, epsilon: number): number {
  return second === -Infinity ? epsilon : best - second + epsilon;
}

function largestOf(value: Float64Array): number {
  let largest = 1;
  for (const v of value) largest = Math.max(largest, v);
  return largest;
}

/** ε for each round: from an eighth of `largest` down to 1. */
function epsilonRounds(largest: number): number[] {
  const rounds: number[] = [];
  let eps = Math.max(1, Math.floor(largest / SHRINK));
  for (;;) {
    rounds.push(eps);
    if (eps === 1) return rounds;
    eps = Math.max(1, Math.floor(eps / SHRINK));
  }
}
