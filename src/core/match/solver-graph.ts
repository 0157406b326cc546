/** A sparse bipartite graph, CSR by mentee: mentee e's edges are rowStart[e] ≤ k < rowStart[e+1]. */
export interface SolverGraph {
  rowStart: Int32Array;
  mentor: Int32Array;
  tenths: Uint16Array;
}

/** For each of `m` mentors: the mentees with an edge to it, and the edge numbers. */
export function transpose(
  graph: Pick<SolverGraph, 'rowStart' | 'mentor'>,
  m: number,
): { start: Int32Array; mentee: Int32Array; edge: Int32Array } {
  const { rowStart, mentor } = graph;
  const start = new Int32Array(m + 1);
  for (const j of mentor) start[j + 1]! += 1;
  for (let j = 0; j < m; j += 1) start[j + 1]! += start[j]!;
  const fill = start.slice(0, m);
  const mentee = new Int32Array(mentor.length);
  const edge = new Int32Array(mentor.length);
  for (let e = 0; e + 1 < rowStart.length; e += 1) {
    for (let k = rowStart[e]!; k < rowStart[e + 1]!; k += 1) {
      const at = fill[mentor[k]!]!;
      fill[mentor[k]!] = at + 1;
      mentee[at] = e;
      edge[at] = k;
    }
  }
  return { start, mentee, edge };
}

/**
 * Each row's edge numbers sorted by score, best first, ties by edge number (a counting sort over
 * the 1001 possible scores): row e's are at rowStart[e] ≤ x < rowStart[e+1].
 */
export function edgesByScore(graph: Pick<SolverGraph, 'rowStart' | 'tenths'>): Int32Array {
  const { rowStart, tenths } = graph;
  const edges = tenths.length;
  const bucketStart = new Int32Array(1002);
  for (let k = 0; k < edges; k += 1) bucketStart[1000 - tenths[k]! + 1]! += 1;
  for (let b = 0; b < 1001; b += 1) bucketStart[b + 1]! += bucketStart[b]!;
  const byScore = new Int32Array(edges);
  for (let k = 0; k < edges; k += 1) byScore[bucketStart[1000 - tenths[k]!]!++] = k;
  const rowOf = new Int32Array(edges);
  for (let e = 0; e + 1 < rowStart.length; e += 1) rowOf.fill(e, rowStart[e]!, rowStart[e + 1]!);
  const next = rowStart.slice(0, rowStart.length - 1);
  const order = new Int32Array(edges);
  for (const k of byScore) order[next[rowOf[k]!]!++] = k;
  return order;
}
