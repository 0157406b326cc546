import { NodeHeap } from '../../../src/core/match/heap.js';
import type { SolverGraph } from '../../../src/core/match/solver-graph.js';

/** A mentee's edge when it has no mentor. */
export const UNMATCHED = -1;
const PARKED = -2;

/** A pair's cost is −(a·tenths + b). */
export interface PairCost {
  a: number;
  b: number;
}

/** An optimal assignment and the node potentials that prove it (mentees 0…n−1, mentors n…n+m−1, sink n+m). */
export interface Assignment {
  edgeOf: Int32Array;
  potential: Float64Array;
}

/**
 * Min-cost flow by successive shortest paths, one mentee at a time (the Hungarian method with
 * capacities): each mentee may also stay unmatched at cost 0, and Dijkstra on reduced costs
 * (potentials kept feasible after every path) finds the cheapest way to fit the next mentee in.
 */
export function shortestPathAssignment(
  graph: SolverGraph,
  capacity: Int32Array,
  { a, b }: PairCost,
  onProgress?: (done: number, total: number) => void,
): Assignment {
  const { rowStart, mentor, tenths } = graph;
  const n = rowStart.length - 1;
  const m = capacity.length;
  const sink = n + m;
  const potential = new Float64Array(sink + 1);
  const dist = new Float64Array(sink + 1).fill(Infinity);
  const done = new Uint8Array(sink + 1);
  const predNode = new Int32Array(sink + 1);
  const predEdge = new Int32Array(sink + 1);
  const heap = new NodeHeap(sink + 1, dist);
  const touched: number[] = [];
  const edgeOf = new Int32Array(n).fill(UNMATCHED);
  const lists = new MentorLists(n, m);

  const relax = (v: number, d: number, from: number, edge: number) => {
    if (done[v] || d >= dist[v]!) return;
    if (dist[v] === Infinity) touched.push(v);
    dist[v] = d;
    predNode[v] = from;
    predEdge[v] = edge;
    heap.push(v);
  };

  for (let e0 = 0; e0 < n; e0 += 1) {
    if ((e0 & 1023) === 0) onProgress?.(e0, n);
    if (rowStart[e0] === rowStart[e0 + 1]) {
      edgeOf[e0] = PARKED;
      continue;
    }
    let start = potential[sink]!;
    for (let k = rowStart[e0]!; k < rowStart[e0 + 1]!; k += 1) {
      start = Math.max(start, potential[n + mentor[k]!]! + a * tenths[k]! + b);
    }
    potential[e0] = start;
    relax(e0, 0, -1, -1);
    while (!heap.empty) {
      const u = heap.pop();
      done[u] = 1;
      if (u === sink) break;
      const du = dist[u]! + potential[u]!;
      if (u < n) {
        for (let k = rowStart[u]!; k < rowStart[u + 1]!; k += 1) {
          if (k === edgeOf[u]) continue;
          const v = n + mentor[k]!;
          relax(v, du - a * tenths[k]! - b - potential[v]!, u, k);
        }
        if (edgeOf[u] !== PARKED) relax(sink, du - potential[sink]!, u, -1);
      } else {
        const j = u - n;
        for (let e = lists.head[j]!; e >= 0; e = lists.next[e]!) {
          relax(e, du + a * tenths[edgeOf[e]!]! + b - potential[e]!, u, -1);
        }
        if (lists.load[j]! < capacity[j]!) relax(sink, du - potential[sink]!, u, -1);
      }
    }
    augment(e0, sink, n, predNode, predEdge, edgeOf, lists);
    const total = dist[sink]!;
    for (const v of touched) {
      if (done[v] && dist[v]! < total) potential[v] = potential[v]! + dist[v]! - total;
      dist[v] = Infinity;
      done[v] = 0;
    }
    touched.length = 0;
    heap.clear();
  }
  onProgress?.(n, n);
  return { edgeOf: edgeOf.map((k) => (k < 0 ? UNMATCHED : k)), potential };
}

/** Walks the shortest path back from the sink, moving each mentee on it to its new mentor. */
function augment(
  e0: number,
  sink: number,
  n: number,
  predNode: Int32Array,
  predEdge: Int32Array,
  edgeOf: Int32Array,
  lists: MentorLists,
): void {
  let v = predNode[sink]!;
  if (v < n) {
    if (edgeOf[v]! >= 0) lists.remove(v);
    edgeOf[v] = PARKED;
  }
  while (v !== e0) {
    const u = predNode[v]!;
    if (v >= n) {
      if (edgeOf[u]! >= 0) lists.remove(u);
      edgeOf[u] = predEdge[v]!;
      lists.add(u, v - n);
    }
    v = u;
  }
}

/** Each mentor's mentees as a doubly linked list over mentee numbers, with the count. */
class MentorLists {
  readonly head: Int32Array;
  readonly next: Int32Array;
  readonly load: Int32Array;
  private readonly prev: Int32Array;
  private readonly owner: Int32Array;

  constructor(mentees: number, mentors: number) {
    this.head = new Int32Array(mentors).fill(-1);
    this.load = new Int32Array(mentors);
    this.next = new Int32Array(mentees).fill(-1);
    this.prev = new Int32Array(mentees).fill(-1);
    this.owner = new Int32Array(mentees).fill(-1);
  }

  add(e: number, j: number): void {
    const first = this.head[j]!;
    this.next[e] = first;
    this.prev[e] = -1;
    if (first >= 0) this.prev[first] = e;
    this.head[j] = e;
    this.owner[e] = j;
    this.load[j]! += 1;
  }

  remove(e: number): void {
    const j = this.owner[e]!;
    const before = this.prev[e]!;
    const after = this.next[e]!;
    if (before >= 0) this.next[before] = after;
    else this.head[j] = after;
    if (after >= 0) this.prev[after] = before;
    this.owner[e] = -1;
    this.load[j]! -= 1;
  }
}
