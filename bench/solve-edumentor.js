/**
 * edumentor's exact solver alone on a `match --scores` graph, for comparing with SciPy:
 *   node bench/solve-edumentor.js scores.csv mentors.csv [repeat]
 * Prints JSON: the graph's size, the matched count, the total score in tenths and the median solve
 * time of `repeat` solves (reading the files is not timed). Objective: most-matched, then the best
 * total score.
 */
import { performance } from 'node:perf_hooks';
import { median } from './lib/cli-steps.js';
import { readCandidateTable } from './lib/read-scores.js';
import { solveOptimal } from '../dist/core/match/solve.js';

const [scoresFile, mentorsFile, repeat = '1'] = process.argv.slice(2);
if (!scoresFile || !mentorsFile) {
  console.error('usage: node bench/solve-edumentor.js scores.csv mentors.csv [repeat]');
  process.exitCode = 2;
} else {
  const readStart = performance.now();
  const { table, capacity } = await readCandidateTable(scoresFile, mentorsFile);
  const readMs = performance.now() - readStart;
  const solveRunsMs = [];
  let edgeOf;
  for (let run = 0; run < Number(repeat); run += 1) {
    const solveStart = performance.now();
    edgeOf = solveOptimal({ table, capacity, objective: 'most-matched' });
    solveRunsMs.push(performance.now() - solveStart);
  }
  let matched = 0;
  let totalTenths = 0;
  for (const k of edgeOf) {
    if (k < 0) continue; // unmatched
    matched += 1;
    totalTenths += table.tenths[k];
  }
  const places = capacity.reduce((sum, c) => sum + c, 0);
  const solveMs = median(solveRunsMs);
  const graph = { mentees: table.menteeIds.length, mentors: table.mentorIds.length, places, pairs: table.tenths.length };
  process.stdout.write(`${JSON.stringify({ ...graph, matched, totalTenths, readMs, solveMs, solveRunsMs })}\n`);
}
