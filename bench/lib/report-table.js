/** The bench results as a plain-text table for the terminal. */
import { megabytes, seconds } from './cli-steps.js';

const n = (value) => (value === undefined || value === null ? '–' : value.toLocaleString('en-GB'));

/** The whole results record as text: machine, one row per size and step, then the solver comparison. */
export function renderResults(results) {
  const { machine } = results;
  const lines = [
    `edumentor bench ${results.date.slice(0, 16).replace('T', ' ')} UTC: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}` +
      ` (peak memory via ${machine.rssMethod}; median of ${results.options.runs} run(s)${results.options.warmup ? ' after a warm-up' : ''})`,
    '',
  ];
  const rows = [['people', 'rows', 'step', 'wall', 'peak RSS', 'status / notes']];
  for (const size of results.sizes) {
    for (const step of size.steps) {
      rows.push([
        n(size.people),
        n(size.counts?.rows),
        step.step,
        step.status === 'ok' ? seconds(step.medianMs) : step.failedAfterMs ? `(${seconds(step.failedAfterMs)})` : '',
        step.status === 'ok' ? megabytes(step.medianMaxRssKb) : step.failedMaxRssKb ? `(${megabytes(step.failedMaxRssKb)})` : '',
        step.status === 'ok' ? stepNotes(step, size.counts) : step.status,
      ]);
    }
  }
  lines.push(...alignColumns(rows), '');
  if (results.solver) lines.push(...renderSolver(results.solver));
  return `${lines.join('\n')}\n`;
}

/** What else a step's row says: the candidate pairs of a match, the CSV read per second of a CSV import. */
export function stepNotes(step, counts) {
  if (step.candidatePairs) return `${n(step.candidatePairs)} candidate pairs`;
  if (step.step.startsWith('import csv') && counts?.csvBytes && step.medianMs > 0) {
    return `${(counts.csvBytes / 1e6 / (step.medianMs / 1000)).toFixed(1)} MB/s of CSV (${(counts.csvBytes / 1e6).toFixed(1)} MB)`;
  }
  return '';
}

function renderSolver(solver) {
  const head = `Solver only, ${n(solver.people)} people`;
  if (!solver.cli) return [`${head}: ${solver.status}`];
  const { cli, edumentor, scipy } = solver;
  const lines = [
    `${head}: ${n(cli.candidatePairs)} candidate pairs; match --scores took ${seconds(solver.matchWithScores.wallMs)}`,
    `  edumentor solveOptimal                      ${solveText(edumentor)}`,
    `  SciPy min_weight_full_bipartite_matching    ${solveText(scipy)}`,
  ];
  if (edumentor.status === 'ok' && scipy.status === 'ok') {
    lines.push(`  solve time, edumentor / SciPy: ${solver.edumentorOverScipy.toFixed(2)} (SciPy's graph: ${n(scipy.edges)} edges, mentors split into ${n(scipy.slots)} places)`);
    lines.push(
      `  matched ${n(edumentor.matched)} / ${n(scipy.matched)}, total score ${edumentor.totalTenths / 10} / ${scipy.totalTenths / 10}: ` +
        (solver.agree ? 'agree' : 'DIFFER'),
    );
  }
  if (edumentor.status === 'ok') {
    lines.push(`  the same graph through match: matched ${n(cli.matched)}, total ${cli.totalTenths / 10}: ${solver.agreeWithCli ? 'agree' : 'DIFFER'}`);
  }
  return [...lines, ''];
}

function solveText(run) {
  return run.status === 'ok' ? `${seconds(run.solveMs)} (process peak RSS ${megabytes(run.maxRssKb)}, reading included)` : run.status;
}

function alignColumns(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());
}
