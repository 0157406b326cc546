/**
 * The solver-only comparison: `match --scores` writes the candidate graph, then edumentor's solver
 * and SciPy's solve it; their solve times are compared and their totals checked against each other.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI, megabytes, runStatus, seconds } from './cli-steps.js';
import { ensureScipy } from './ensure-scipy.js';
import { measure } from './measure.js';

const BENCH = fileURLToPath(new URL('..', import.meta.url));

/** Runs the comparison on one data set (each solver `runs` times); resolves to a record with statuses, never throws. */
export async function compareSolvers({ dataset, people, workDir, runs, timeoutMs, log }) {
  const dir = join(workDir, 'solver');
  mkdirSync(dir, { recursive: true });
  const record = { people };

  log(`  solver: writing the candidate graph (match --scores)…`);
  const match = await measure({
    command: process.execPath,
    args: [CLI, 'match', dataset.csv, '-o', 'matches.csv', '--scores', 'scores.csv', '--mentors', 'mentors.csv', '--json'],
    cwd: dir,
    timeoutMs,
    captureStdout: true,
  });
  record.matchWithScores = { status: runStatus(match, timeoutMs), wallMs: match.wallMs, maxRssKb: match.maxRssKb };
  if (record.matchWithScores.status !== 'ok') return { ...record, status: `match --scores: ${record.matchWithScores.status}` };
  const cli = JSON.parse(match.stdout);
  record.cli = { matched: cli.matched, totalTenths: Math.round(cli.totalScore * 10), candidatePairs: cli.candidatePairs };
  log(`  solver: ${cli.candidatePairs.toLocaleString('en-GB')} candidate pairs (${seconds(match.wallMs)}, ${megabytes(match.maxRssKb)})`);

  log(`  solver: edumentor's solveOptimal…`);
  record.edumentor = await runSolver(process.execPath, [join(BENCH, 'solve-edumentor.js'), 'scores.csv', 'mentors.csv', String(runs)], dir, timeoutMs);
  const { python, skipped } = ensureScipy({ log });
  if (python) {
    log(`  solver: SciPy's min_weight_full_bipartite_matching (${python})…`);
    record.scipy = await runSolver(python, [join(BENCH, 'scipy_solve.py'), 'scores.csv', 'mentors.csv', String(runs)], dir, timeoutMs);
  } else {
    log(`  solver: SciPy comparison skipped: ${skipped}`);
    record.scipy = { status: `skipped: ${skipped}` };
  }
  return { ...record, ...verdict(record) };
}

async function runSolver(command, args, cwd, timeoutMs) {
  const run = await measure({ command, args, cwd, timeoutMs, captureStdout: true });
  const status = runStatus(run, timeoutMs);
  if (status !== 'ok') return { status, wallMs: run.wallMs, stderrTail: run.stderrTail };
  return { status, ...JSON.parse(run.stdout), maxRssKb: run.maxRssKb };
}

/** edumentor's solve time over SciPy's, and whether all three totals agree. */
function verdict({ cli, edumentor, scipy }) {
  if (edumentor.status !== 'ok') return { status: `edumentor solver: ${edumentor.status}` };
  const agreeWithCli = edumentor.matched === cli.matched && edumentor.totalTenths === cli.totalTenths;
  if (scipy.status !== 'ok') return { status: `scipy ${scipy.status}`, agreeWithCli };
  return {
    status: 'ok',
    agreeWithCli,
    agree: edumentor.matched === scipy.matched && edumentor.totalTenths === scipy.totalTenths,
    edumentorOverScipy: edumentor.solveMs / scipy.solveMs,
  };
}
