import { NodeHeap } from './heap.js';
import type { SolverGraph } from './solver-graph.js';

/** An optimal assignment with the prices (LP duals) that prove it. */
export interface PricedAssignment {
  /** By mentee: its edge, -1 for none. */
  edgeOf: Int32Array;
  /** By mentee: its share (value minus price of its pair, 0 when unmatched). */
  share: Float64Array;
  /** By mentor: its price; 0 for a mentor with a free place. */
  price: Float64Array;
}

const NONE = -1;

/**
 * The assignment of mentees to mentors' places with the greatest total value (edge values are
 * whole numbers), with exact prices: successive shortest paths. Shares and prices stay dual
 * feasible (share + price ≥ value on every edge, both ≥ 0) and tight on chosen edges; each
 * mentee left over after a greedy start is fitted in by Dijkstra over the slack (share + price −
 * value), ending at a mentor with a free place or by someone on the way staying unmatched (the
 * end that costs their share). Mentors with free places keep price 0, so the result is optimal.
 */
export function shortestPathsAssignment(
  graph: SolverGraph,
  value: Float64Array,
  capacity: Int32Array,
  onProgress?: (done: number, total: number) => void,
): PricedAssignment {
  const { rowStart, mentor } = graph;
  const n = rowStart.length - 1;
  const m = capacity.length;
  const slots = new Slots(capacity, n);
  const edgeOf = new Int32Array(n).fill(NONE);
  const share = new Float64Array(n);
  const price = new Float64Array(m);
  const waiting: number[] = [];
  for (let i = 0; i < n; i += 1) {
    let best = NONE;
    for (let k = rowStart[i]!; k < rowStart[i + 1]!; k += 1) if (best < 0 || value[k]! > value[best]!) best = k;
    if (best < 0 || value[best]! <= 0) continue;
    share[i] = value[best]!;
    const slot = slots.free(mentor[best]!);
    if (slot < 0) waiting.push(i);
    else slots.take(slot, i, edgeOf, best);
  }

  const distMentor = new Float64Array(m).fill(Infinity);
  const distRow = new Float64Array(n).fill(Infinity);
  const viaRow = new Int32Array(m);
  const viaEdge = new Int32Array(m);
  const heap = new NodeHeap(m, distMentor);
  const rows: number[] = [];
  const mentors: number[] = [];
  waiting.forEach((start, done) => {
    let endCost = Infinity;
    let endRow = NONE;
    let endMentor = NONE;
    const reachRow = (r: number, d: number) => {
      distRow[r] = d;
      rows.push(r);
      // Ending here: r stays unmatched, which costs its share.
      if (d + share[r]! < endCost) {
        endCost = d + share[r]!;
        endRow = r;
        endMentor = NONE;
      }
      const own = edgeOf[r]!;
      for (let k = rowStart[r]!; k < rowStart[r + 1]!; k += 1) {
        if (k === own) continue;
        const j = mentor[k]!;
        const d2 = d + share[r]! + price[j]! - value[k]!;
        if (d2 >= distMentor[j]! || d2 >= endCost) continue;
        if (distMentor[j] === Infinity) mentors.push(j);
        distMentor[j] = d2;
        viaRow[j] = r;
        viaEdge[j] = k;
        // A mentor with a free place ends the search: it need not wait in the heap, and it bounds the rest.
        if (slots.free(j) >= 0) {
          endCost = d2;
          endMentor = j;
          endRow = NONE;
        } else {
          heap.push(j);
        }
      }
    };
    reachRow(start, 0);
    const finished: number[] = [];
    while (!heap.empty) {
      const j = heap.peek();
      const d = distMentor[j]!;
      if (d >= endCost) break;
      heap.pop();
      finished.push(j);
      for (let s = slots.start[j]!; s < slots.start[j + 1]!; s += 1) reachRow(slots.occupant[s]!, d);
    }
    for (const j of finished) price[j] = price[j]! + endCost - distMentor[j]!;
    for (const r of rows) share[r] = share[r]! - (endCost - distRow[r]!);
    augment(endMentor >= 0 ? slots.free(endMentor) : slots.leave(endRow, edgeOf), endMentor >= 0 ? endMentor : NONE);
    for (const r of rows) distRow[r] = Infinity;
    for (const j of mentors) distMentor[j] = Infinity;
    rows.length = 0;
    mentors.length = 0;
    heap.clear();
    if (onProgress && (done + 1) % 256 === 0) onProgress(done + 1, waiting.length);

    /** Moves mentees along the path found, back to `start`: each takes the place the one after it left. */
    function augment(slot: number, into: number): void {
      let j = into >= 0 ? into : slots.mentorOf[slot]!;
      let place = slot;
      for (;;) {
        if (place < 0) return;
        const r = viaRow[j]!;
        const left = edgeOf[r]! >= 0 ? slots.slotOf[r]! : NONE;
        slots.take(place, r, edgeOf, viaEdge[j]!);
        if (r === start || left < 0) return;
        place = left;
        j = slots.mentorOf[left]!;
      }
    }
  });
  onProgress?.(waiting.length, waiting.length);
  return { edgeOf, share, price };
}

/** Every mentor's places and who holds them. */
class Slots {
  readonly start: Int32Array;
  readonly mentorOf: Int32Array;
  readonly occupant: Int32Array;
  /** By mentee: the place it holds. */
  readonly slotOf: Int32Array;

  constructor(capacity: Int32Array, mentees: number) {
    const m = capacity.length;
    this.start = new Int32Array(m + 1);
    for (let j = 0; j < m; j += 1) this.start[j + 1] = this.start[j]! + Math.max(0, capacity[j]!);
    this.mentorOf = new Int32Array(this.start[m]!);
    for (let j = 0; j < m; j += 1) this.mentorOf.fill(j, this.start[j]!, this.start[j + 1]!);
    this.occupant = new Int32Array(this.start[m]!).fill(NONE);
    this.slotOf = new Int32Array(mentees).fill(NONE);
  }

  /** A free place of mentor `j`, or -1. */
  free(j: number): number {
    for (let s = this.start[j]!; s < this.start[j + 1]!; s += 1) if (this.occupant[s] === NONE) return s;
    return NONE;
  }

  /** Mentee `r` takes place `s` by edge `k` (leaving any place it held to whoever takes it next). */
  take(s: number, r: number, edgeOf: Int32Array, k: number): void {
    this.occupant[s] = r;
    this.slotOf[r] = s;
    edgeOf[r] = k;
  }

  /** Mentee `r` leaves its place, unmatched; returns the place. */
  leave(r: number, edgeOf: Int32Array): number {
    const s = this.slotOf[r]!;
    if (s >= 0) this.occupant[s] = NONE;
    this.slotOf[r] = NONE;
    edgeOf[r] = NONE;
    return s;
  }
}
