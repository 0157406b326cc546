import type { SolverGraph } from './solver-graph.js';

/** Deeper augmenting searches give up (the result is only a starting point, see below). */
const MAX_DEPTH = 2000;

/**
 * By mentor: 1 when it is over-demanded, i.e. on the mentor side of the König cover of a maximum
 * matching (Hopcroft–Karp with capacities): every maximum matching fills it and an unmatched mentee
 * could use it. These are the mentors whose places are worth a whole pair to the count, so the
 * auction can start them at that price instead of finding it out by bidding. A search cut short
 * only makes the start worse, never the answer.
 */
export function overDemandedMentors(graph: SolverGraph, capacity: Int32Array): Uint8Array {
  const { rowStart, mentor } = graph;
  const n = rowStart.length - 1;
  const members: number[][] = Array.from(capacity, () => []);
  const mentorOf = new Int32Array(n).fill(-1);
  const move = (e: number, j: number) => {
    const old = mentorOf[e]!;
    if (old >= 0) {
      const list = members[old]!;
      list.splice(list.indexOf(e), 1);
    }
    members[j]!.push(e);
    mentorOf[e] = j;
  };
  const hasRoom = (j: number) => members[j]!.length < capacity[j]!;
  for (let e = 0; e < n; e += 1) {
    for (let k = rowStart[e]!; k < rowStart[e + 1]! && mentorOf[e]! < 0; k += 1) if (hasRoom(mentor[k]!)) move(e, mentor[k]!);
  }

  const layer = new Int32Array(n);
  const next = new Int32Array(n);
  const augment = (e: number, depth: number): boolean => {
    for (; next[e]! < rowStart[e + 1]!; next[e]! += 1) {
      const j = mentor[next[e]!]!;
      if (j === mentorOf[e]) continue;
      if (hasRoom(j)) {
        move(e, j);
        return true;
      }
      if (depth >= MAX_DEPTH) continue;
      for (const other of [...members[j]!]) {
        if (layer[other] === layer[e]! + 1 && augment(other, depth + 1)) {
          move(e, j);
          return true;
        }
      }
    }
    layer[e] = -1;
    return false;
  };
  while (alternatingLayers(graph, members, mentorOf, capacity, layer)) {
    next.set(rowStart.subarray(0, n));
    let grown = false;
    for (let e = 0; e < n; e += 1) if (mentorOf[e]! < 0 && layer[e] === 0 && augment(e, 0)) grown = true;
    if (!grown) break;
  }
  return reachableMentors(graph, members, mentorOf);
}

/** Breadth-first layers of mentees from the unmatched ones; true when a mentor with room is reachable. */
function alternatingLayers(
  graph: SolverGraph,
  members: number[][],
  mentorOf: Int32Array,
  capacity: Int32Array,
  layer: Int32Array,
): boolean {
  const { rowStart, mentor } = graph;
  layer.fill(-1);
  const queue: number[] = [];
  for (let e = 0; e < mentorOf.length; e += 1) {
    if (mentorOf[e]! < 0 && rowStart[e + 1]! > rowStart[e]!) {
      layer[e] = 0;
      queue.push(e);
    }
  }
  let found = false;
  for (let q = 0; q < queue.length; q += 1) {
    const e = queue[q]!;
    for (let k = rowStart[e]!; k < rowStart[e + 1]!; k += 1) {
      const j = mentor[k]!;
      if (members[j]!.length < capacity[j]!) found = true;
      else if (!found) {
        for (const other of members[j]!) {
          if (layer[other]! < 0) {
            layer[other] = layer[e]! + 1;
            queue.push(other);
          }
        }
      }
    }
  }
  return found;
}

/** Mentors reachable from unmatched mentees by alternating paths. */
function reachableMentors(graph: SolverGraph, members: number[][], mentorOf: Int32Array): Uint8Array {
  const { rowStart, mentor } = graph;
  const reached = new Uint8Array(members.length);
  const seen = new Uint8Array(mentorOf.length);
  const queue: number[] = [];
  for (let e = 0; e < mentorOf.length; e += 1) {
    if (mentorOf[e]! < 0) {
      seen[e] = 1;
      queue.push(e);
    }
  }
  for (let q = 0; q < queue.length; q += 1) {
    const e = queue[q]!;
    for (let k = rowStart[e]!; k < rowStart[e + 1]!; k += 1) {
      const j = mentor[k]!;
      if (reached[j]) continue;
      reached[j] = 1;
      for (const other of members[j]!) {
        if (!seen[other]) {
          seen[other] = 1;
          queue.push(other);
        }
      }
    }
  }
  return reached;
}
