/** The CLI commands measured for one size, as a user runs them, each repeated and summarised. */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measure } from './measure.js';

/** The built CLI, as `npx edumentor` would run it. */
export const CLI = fileURLToPath(new URL('../../bin/edumentor.js', import.meta.url));

/** The commands for one data set; a step runs only when the step it `needs` succeeded. */
export function cliSteps(dataset) {
  return [
    { name: 'import csv', args: ['import', dataset.csv, '-o', 'people.xlsx'] },
    { name: 'import csv to csv', args: ['import', dataset.csv, '-o', 'people.csv'] },
    { name: 'import xlsx', args: ['import', dataset.xlsx, '-o', 'people-from-xlsx.xlsx'] },
    { name: 'match', args: ['match', dataset.csv, '-o', 'matches.xlsx'] },
    {
      name: 'schedule',
      needs: 'match',
      args: ['schedule', 'matches.xlsx', '--start', '2027-01-04', '--today', '2027-01-01', '-o', 'rota.csv', '--ics', 'rota.ics'],
    },
    { name: 'report', needs: 'schedule', args: ['report', '--matches', 'matches.xlsx', '--rota', 'rota.csv', '-o', 'report.html'] },
  ];
}

/**
 * Runs every step for one data set in `workDir`: a warm-up run (unless `warmup` is false), then
 * `runs` measured ones. A failure or timeout ends that step (and the steps needing it), not the bench.
 */
export async function runCliSteps({ dataset, workDir, runs, warmup, timeoutMs, log }) {
  mkdirSync(workDir, { recursive: true });
  const results = [];
  for (const step of cliSteps(dataset)) {
    const needed = step.needs && results.find((r) => r.step === step.needs);
    if (needed && needed.status !== 'ok') {
      results.push({ step: step.name, command: commandLine(step), status: `skipped: needs ${step.needs}`, runs: [] });
      continue;
    }
    results.push(await repeatStep({ step, workDir, runs, warmup, timeoutMs, log }));
  }
  return results;
}

async function repeatStep({ step, workDir, runs, warmup, timeoutMs, log }) {
  const labels = [...(warmup ? ['warm-up'] : []), ...Array.from({ length: runs }, (_, i) => `run ${i + 1}/${runs}`)];
  const measured = [];
  let stderrTail = '';
  for (const label of labels) {
    log(`  ${step.name}: ${label}…`);
    const run = await measure({ command: process.execPath, args: [CLI, ...step.args], cwd: workDir, timeoutMs });
    const status = runStatus(run, timeoutMs);
    log(`  ${step.name}: ${label} ${status === 'ok' ? '' : `${status} `}${seconds(run.wallMs)}, ${megabytes(run.maxRssKb)}`);
    if (status !== 'ok') {
      const lastWords = run.stderrTail.trim().split('\n').pop();
      if (lastWords) log(`  ${step.name}: it said: ${lastWords}`);
      const failed = { failedAfterMs: run.wallMs, failedMaxRssKb: run.maxRssKb, stderrTail: run.stderrTail };
      return { step: step.name, command: commandLine(step), status, runs: measured, ...failed };
    }
    if (label !== 'warm-up') measured.push({ wallMs: run.wallMs, maxRssKb: run.maxRssKb });
    stderrTail = run.stderrTail;
  }
  return summarise(step, measured, stderrTail);
}

function summarise(step, measured, stderrTail) {
  const result = {
    step: step.name,
    command: commandLine(step),
    status: 'ok',
    runs: measured,
    medianMs: median(measured.map((r) => r.wallMs)),
    medianMaxRssKb: median(measured.map((r) => r.maxRssKb).filter((kb) => kb !== null)),
    summary: stderrTail.trim().split('\n').slice(-8),
  };
  const pairs = /(\d+) candidate pairs/.exec(stderrTail);
  if (pairs) result.candidatePairs = Number(pairs[1]);
  return result;
}

/** 'ok', 'timeout after 10 min', 'exit 3' or 'killed by SIGKILL'. */
export function runStatus(run, timeoutMs) {
  if (run.timedOut) return `timeout after ${Math.round(timeoutMs / 60_000)} min`;
  if (run.exitCode === 0) return 'ok';
  // GNU time exits 128 + n when the command died of signal n.
  if (run.signal || run.exitCode > 128) return `killed by ${run.signal ?? `signal ${run.exitCode - 128}`}`;
  return run.exitCode === null ? 'could not start' : `exit ${run.exitCode}`;
}

/** The command as a user would type it (the data file by its name only). */
function commandLine(step) {
  return ['edumentor', ...step.args.map((a) => a.split('/').pop())].join(' ');
}

/** The median, or null for no values. */
export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const seconds = (ms) => (ms === null || ms === undefined ? '–' : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`);
export const megabytes = (kb) => (kb === null || kb === undefined ? '– MB' : `${Math.round(kb / 1024)} MB`);
