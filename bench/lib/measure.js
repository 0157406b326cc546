/**
 * Runs one command as a child process and measures its wall time and peak memory (max RSS).
 * GNU time (`/usr/bin/time -f %M`) reports the child's max RSS; without it (or with
 * BENCH_RSS_METHOD=preload) a module preloaded with `node --import` records
 * `process.resourceUsage().maxRSS` at exit. Either way worker threads count: they share the process.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const PRELOAD = fileURLToPath(new URL('./maxrss-preload.mjs', import.meta.url));
const TAIL_CHARS = 4000;
/** Process groups still running, so an interrupted bench can stop them. */
const running = new Set();

/** How peak memory is measured on this machine: 'gnu-time' or 'preload'. */
export const RSS_METHOD = process.env.BENCH_RSS_METHOD !== 'preload' && hasGnuTime() ? 'gnu-time' : 'preload';

function hasGnuTime() {
  return spawnSync(GNU_TIME, ['-f', '%M', '-o', '/dev/null', 'true'], { stdio: 'ignore' }).status === 0;
}

/**
 * Runs `command args` in `cwd`, killing it (and its children) after `timeoutMs`. Resolves, never
 * rejects: { exitCode, signal, timedOut, wallMs, maxRssKb, stdout, stderrTail }. Node scripts
 * (`command` = process.execPath) get the preload when GNU time is missing.
 */
export function measure({ command, args, cwd, timeoutMs, captureStdout = false }) {
  const dir = mkdtempSync(join(tmpdir(), 'edumentor-bench-'));
  const rssFile = join(dir, 'maxrss');
  const isNode = command === process.execPath;
  const [file, argv, env] =
    RSS_METHOD === 'gnu-time'
      ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args], process.env]
      : [command, isNode ? ['--import', pathToFileURL(PRELOAD).href, ...args] : args, { ...process.env, BENCH_MAXRSS_FILE: rssFile }];

  return new Promise((resolve) => {
    const started = performance.now();
    // Detached: the child leads its own process group, so a timeout can kill time, node and all.
    const child = spawn(file, argv, { cwd, env, detached: true, stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'] });
    running.add(child.pid);
    let stdout = '';
    let stderrTail = '';
    let timedOut = false;
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderrTail = (stderrTail + chunk).slice(-TAIL_CHARS)));
    const timer = setTimeout(() => {
      timedOut = true;
      stopOnTimeout(child.pid);
    }, timeoutMs);
    const finish = (exitCode, signal, error) => {
      clearTimeout(timer);
      running.delete(child.pid);
      const wallMs = performance.now() - started;
      const maxRssKb = readMaxRss(rssFile);
      rmSync(dir, { recursive: true, force: true });
      resolve({ exitCode, signal, timedOut, wallMs, maxRssKb, stdout, stderrTail: error ? String(error) : stderrTail });
    };
    child.on('error', (error) => finish(null, null, error));
    child.on('close', (code, signal) => finish(code, signal));
  });
}

/** Kills every command still running (on Ctrl-C: they lead their own process groups). */
export function stopAll() {
  for (const pid of running) killGroup(pid);
}

/** The last number GNU time or the preload wrote (GNU time puts "Command exited with…" above it). */
function readMaxRss(file) {
  try {
    const numbers = readFileSync(file, 'utf8').trim().split('\n').filter((line) => /^\d+$/.test(line));
    return numbers.length > 0 ? Number(numbers[numbers.length - 1]) : null;
  } catch {
    return null;
  }
}

/**
 * Kills the measured command. Under GNU time, its children go first so that time still reports
 * the peak memory they reached; the whole group follows a moment later in any case.
 */
function stopOnTimeout(pid) {
  if (RSS_METHOD === 'gnu-time') {
    for (const child of childrenOf(pid)) killProcess(child);
  }
  setTimeout(() => killGroup(pid), 2000).unref();
}

/** Child process ids from Linux's /proc (none elsewhere). */
function childrenOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function killProcess(pid) {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
