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
