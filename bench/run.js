/**
 * `npm run bench`: generates sign-up exports of 1,250, 10,000 and 100,000 people, runs the built
 * CLI on them as a user would (import, match, schedule, report), measures wall time and peak
 * memory, compares the exact solver with SciPy's, prints a table and saves JSON in bench/results/.
 * Options: see USAGE below or bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runCliSteps } from './lib/cli-steps.js';
import { ensureDataset } from './lib/datasets.js';
import { RSS_METHOD, stopAll } from './lib/measure.js';
import { renderResults } from './lib/report-table.js';
import { compareSolvers } from './lib/solver-compare.js';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(BENCH, '..');
const SOLVER_MAX_PEOPLE = 10_000;
const USAGE = `usage: npm run bench -- [options]   (or: node bench/run.js [options] after npm run build)
  --sizes 1250,10000,100000   numbers of people to generate and measure (default: all three)
  --runs N                    measured runs per command, after a warm-up; the median is reported (default 3)
  --quick                     1,250 people, one run, no warm-up: a quick try
  --no-warmup                 no warm-up run
  --timeout MINUTES           per command (default 10); a timeout is reported, not fatal
  --seed N                    the generator's seed (default 2026)
  --no-solver                 skip the solver-only comparison with SciPy`;

const log = (message) => process.stderr.write(`${message}\n`);

const options = readOptions(process.argv.slice(2));
if (options) await main(options);

async function main(opts) {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
    log('dist/cli.js is missing: build first (npm run build, or use npm run bench, which builds)');
    process.exitCode = 1;
    return;
  }
  process.on('SIGINT', () => {
    stopAll();
    process.exit(130);
  });
  const dataDir = join(BENCH, 'data');
  const results = {
    date: new Date().toISOString(),
    machine: machineInfo(),
    options: opts,
    sizes: [],
  };
  const resultsFile = resultsPath(join(BENCH, 'results'), results.date);
  const save = () => writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);

  for (const people of opts.sizes) {
    log(`\n${people.toLocaleString('en-GB')} people`);
    const dataset = await ensureDataset({ dataDir, people, seed: opts.seed, log });
    const workDir = join(dataDir, `work-${people}`);
    const steps = await runCliSteps({ dataset, workDir, runs: opts.runs, warmup: opts.warmup, timeoutMs: opts.timeoutMs, log });
    results.sizes.push({ people, counts: dataset.counts, steps });
    save();
  }

  const solverPeople = Math.max(...opts.sizes.filter((s) => s <= SOLVER_MAX_PEOPLE));
  if (opts.solver && Number.isFinite(solverPeople)) {
    log(`\nsolver only, ${solverPeople.toLocaleString('en-GB')} people`);
    const dataset = await ensureDataset({ dataDir, people: solverPeople, seed: opts.seed, log });
    const workDir = join(dataDir, `work-${solverPeople}`);
    results.solver = await compareSolvers({ dataset, people: solverPeople, workDir, runs: opts.runs, timeoutMs: opts.timeoutMs, log });
    save();
  }
  log('');
  process.stdout.write(renderResults(results));
  log(`saved ${resultsFile}`);
}

/** The options, or undefined after printing usage (--help or a mistake). */
function readOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        sizes: { type: 'string', default: '1250,10000,100000' },
        runs: { type: 'string', default: '3' },
        quick: { type: 'boolean', default: false },
        'no-warmup': { type: 'boolean', default: false },
        timeout: { type: 'string', default: '10' },
        seed: { type: 'string', default: '2026' },
        'no-solver': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return usageError(error.message);
  }
  if (values.help) {
    log(USAGE);
    return undefined;
  }
  const sizes = values.quick ? [1250] : values.sizes.split(',').map((s) => Number(s.trim().replaceAll('_', '')));
  const runs = values.quick ? 1 : Number(values.runs);
  const timeoutMinutes = Number(values.timeout);
  const seed = Number(values.seed);
  if (sizes.some((s) => !Number.isInteger(s) || s < 10)) return usageError(`--sizes: expected whole numbers of people (10 or more), found "${values.sizes}"`);
  if (!Number.isInteger(runs) || runs < 1) return usageError(`--runs: expected a whole number of 1 or more, found "${values.runs}"`);
  if (!(timeoutMinutes > 0)) return usageError(`--timeout: expected minutes above 0, found "${values.timeout}"`);
  if (!Number.isInteger(seed)) return usageError(`--seed: expected a whole number, found "${values.seed}"`);
  return {
    sizes,
    runs,
    warmup: !values.quick && !values['no-warmup'],
    timeoutMs: timeoutMinutes * 60_000,
    seed,
    solver: !values['no-solver'],
  };
}

function usageError(message) {
  log(`${message}\n${USAGE}`);
  process.exitCode = 2;
  return undefined;
}

function machineInfo() {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    rssMethod: RSS_METHOD === 'gnu-time' ? '/usr/bin/time' : 'process.resourceUsage() at exit',
    commit: gitCommit(),
  };
}

function gitCommit() {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** bench/results/<date>.json, or <date>-2.json… when that day already has results. */
function resultsPath(dir, isoDate) {
  mkdirSync(dir, { recursive: true });
  const day = isoDate.slice(0, 10);
  let file = join(dir, `${day}.json`);
  for (let i = 2; existsSync(file); i += 1) file = join(dir, `${day}-${i}.json`);
  return file;
}
