/**
 * A python3 that can import SciPy, for the solver comparison. When none can, Debian's python3-scipy
 * is installed with apt-get, as root or through passwordless sudo (`sudo -n`); when that cannot be
 * done, the answer says why and what to run by hand.
 */
import { spawnSync } from 'node:child_process';

const PACKAGE = 'python3-scipy';
/** Debian's python3 is the one python3-scipy serves; a pyenv python3 on the PATH may lack it. */
const SYSTEM_PYTHONS = ['/usr/bin/python3', 'python3'];
/** apt-get's words when its package lists are missing or stale (a fresh container has none). */
const NO_LISTS = /Unable to locate package|has no installation candidate/;
const BY_HAND = `sudo apt-get update && sudo apt-get install -y ${PACKAGE}`;

/** Runs a command to its end: { status (null when it could not start), output (stdout then stderr) }. */
export function runCommand(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  if (result.error) return { status: null, output: result.error.message };
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * { python } for a python3 that imports SciPy (installing python3-scipy when allowed), or
 * { skipped } saying why there is none and what to run by hand. `run` and `isRoot` are for tests.
 */
export function ensureScipy({ log, run = runCommand, isRoot = process.getuid?.() === 0, benchPython = process.env.BENCH_PYTHON }) {
  if (benchPython) {
    if (importsScipy(run, benchPython)) return { python: benchPython };
    return { skipped: `BENCH_PYTHON=${benchPython} cannot import scipy: install SciPy for it (${benchPython} -m pip install scipy) or unset BENCH_PYTHON` };
  }
  const found = SYSTEM_PYTHONS.find((python) => importsScipy(run, python));
  if (found) return { python: found };

  const missing = `no python3 with SciPy (${SYSTEM_PYTHONS.join(', ')} cannot import scipy)`;
  if (run('apt-get', ['--version']).status !== 0) {
    return { skipped: `${missing} and no apt-get to install it: install SciPy for python3 (python3 -m pip install scipy) and set BENCH_PYTHON=/path/to/that/python3` };
  }
  const prefix = isRoot ? [] : run('sudo', ['-n', 'true']).status === 0 ? ['sudo', '-n'] : undefined;
  if (!prefix) return { skipped: `${missing}; installing ${PACKAGE} needs root, and this is not root and \`sudo -n true\` failed (no sudo, or it asks for a password): run ${BY_HAND}` };

  const apt = (args) => {
    // env sets DEBIAN_FRONTEND for apt-get itself, also through sudo (which resets the environment).
    const argv = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args];
    const line = argv.join(' ');
    log(`  solver: ${missing}; running ${line}`);
    return { line, ...run(argv[0], argv.slice(1)) };
  };
  let install = apt(['install', '-y', PACKAGE]);
  if (install.status !== 0 && NO_LISTS.test(install.output)) {
    const update = apt(['update']);
    if (update.status !== 0) return { skipped: failed(update) };
    install = apt(['install', '-y', PACKAGE]);
  }
  if (install.status !== 0) return { skipped: failed(install) };

  const installed = SYSTEM_PYTHONS.find((python) => importsScipy(run, python));
  if (installed) return { python: installed };
  return { skipped: `${PACKAGE} is installed but ${SYSTEM_PYTHONS.join(', ')} still cannot import scipy: set BENCH_PYTHON to a python3 that can` };
}

function importsScipy(run, python) {
  return run(python, ['-c', 'import scipy']).status === 0;
}

/** Why an apt-get step failed, with its last line of output (apt-get's own reason), and what to run by hand. */
function failed({ line, status, output }) {
  const lastLine = output.trim().split('\n').at(-1) ?? '';
  const exit = status === null ? 'could not start' : `exit ${status}`;
  return `\`${line}\` failed (${exit}${lastLine ? `: ${lastLine.trim()}` : ''}): run ${BY_HAND}, or set BENCH_PYTHON to a python3 with SciPy`;
}
