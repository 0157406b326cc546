import { describe, expect, it } from 'vitest';
import { ensureScipy, runCommand, type CommandRun } from '../../bench/lib/ensure-scipy.js';

const INSTALL = 'env DEBIAN_FRONTEND=noninteractive apt-get install -y python3-scipy';
const UPDATE = 'env DEBIAN_FRONTEND=noninteractive apt-get update';

interface MachineSetup {
  /** Pythons that import scipy before anything is installed. */
  scipyIn?: string[];
  apt?: boolean;
  sudo?: boolean;
  /** Whether apt-get has package lists (a fresh container has none until apt-get update). */
  lists?: boolean;
  installFails?: string;
  updateFails?: string;
  /** Whether installing python3-scipy makes /usr/bin/python3 import scipy. */
  installHelps?: boolean;
}

/** A pretend machine answering the commands ensureScipy runs, and the command lines it was asked to run. */
function machine(setup: MachineSetup) {
  const { apt = true, sudo = false, installHelps = true } = setup;
  const scipyIn = new Set(setup.scipyIn ?? []);
  let lists = setup.lists ?? true;
  const ran: string[] = [];
  const run = (command: string, args: string[]): CommandRun => {
    ran.push([command, ...args].join(' '));
    const aptAt = args.indexOf('apt-get');
    if (args[0] === '-c' && args[1] === 'import scipy') return scipyIn.has(command) ? ok() : fail(1, "ModuleNotFoundError: No module named 'scipy'");
    if (command === 'apt-get') return apt ? ok('apt 2.6.1 (amd64)') : fail(null, 'spawnSync apt-get ENOENT');
    if (command === 'sudo' && args.join(' ') === '-n true') return sudo ? ok() : fail(1, 'sudo: a password is required');
    if (aptAt >= 0 && args[aptAt + 1] === 'update') {
      if (setup.updateFails) return fail(100, `Reading package lists...\n${setup.updateFails}\n`);
      lists = true;
      return ok('Reading package lists... Done');
    }
    if (aptAt >= 0 && args[aptAt + 1] === 'install') {
      if (!lists) return fail(100, 'Reading package lists...\nE: Unable to locate package python3-scipy\n');
      if (setup.installFails) return fail(100, `Reading package lists...\n${setup.installFails}\n`);
      if (installHelps) scipyIn.add('/usr/bin/python3');
      return ok('Setting up python3-scipy (1.10.1-2) ...');
    }
    throw new Error(`unexpected command: ${command} ${args.join(' ')}`);
  };
  const logged: string[] = [];
  return { run, ran, logged, log: (message: string) => logged.push(message) };
}

function ok(output = ''): CommandRun {
  return { status: 0, output };
}

function fail(status: number | null, output: string): CommandRun {
  return { status, output };
}

describe('ensureScipy', () => {
  it("uses Debian's python3 when it imports scipy, and installs nothing", () => {
    const m = machine({ scipyIn: ['/usr/bin/python3', 'python3'] });
    expect(ensureScipy({ ...m, isRoot: true, benchPython: undefined })).toEqual({ python: '/usr/bin/python3' });
    expect(m.ran).toEqual(['/usr/bin/python3 -c import scipy']);
    expect(m.logged).toEqual([]);
  });

  it('falls back to the python3 on the PATH', () => {
    const m = machine({ scipyIn: ['python3'] });
    expect(ensureScipy({ ...m, isRoot: true, benchPython: undefined })).toEqual({ python: 'python3' });
  });

  it('uses BENCH_PYTHON when it imports scipy, and skips (installing nothing) when it does not', () => {
    const works = machine({ scipyIn: ['/opt/py/bin/python'] });
    expect(ensureScipy({ ...works, isRoot: true, benchPython: '/opt/py/bin/python' })).toEqual({ python: '/opt/py/bin/python' });
    const broken = machine({ scipyIn: ['/usr/bin/python3'] });
    const answer = ensureScipy({ ...broken, isRoot: true, benchPython: '/opt/py/bin/python' });
    expect(answer.skipped).toContain('BENCH_PYTHON=/opt/py/bin/python cannot import scipy');
    expect(answer.skipped).toContain('/opt/py/bin/python -m pip install scipy');
    expect(broken.ran).toEqual(['/opt/py/bin/python -c import scipy']);
  });

  it('installs python3-scipy with apt-get as root, saying so on the log', () => {
    const m = machine({});
    expect(ensureScipy({ ...m, isRoot: true, benchPython: undefined })).toEqual({ python: '/usr/bin/python3' });
    expect(m.ran.filter((line) => line.includes('DEBIAN_FRONTEND'))).toEqual([INSTALL]);
    expect(m.ran).not.toContain('sudo -n true');
    expect(m.logged).toEqual([expect.stringContaining(`running ${INSTALL}`)]);
  });

  it('installs through sudo -n when not root and sudo needs no password', () => {
    const m = machine({ sudo: true });
    expect(ensureScipy({ ...m, isRoot: false, benchPython: undefined })).toEqual({ python: '/usr/bin/python3' });
    expect(m.ran).toContain('sudo -n true');
    expect(m.ran).toContain(`sudo -n ${INSTALL}`);
    expect(m.logged).toEqual([expect.stringContaining(`running sudo -n ${INSTALL}`)]);
  });

  it('skips, saying why and what to run, when not root and sudo asks for a password', () => {
    const m = machine({ sudo: false });
    const answer = ensureScipy({ ...m, isRoot: false, benchPython: undefined });
    expect(answer.python).toBeUndefined();
    expect(answer.skipped).toContain('this is not root and `sudo -n true` failed');
    expect(answer.skipped).toContain('sudo apt-get update && sudo apt-get install -y python3-scipy');
    expect(m.ran.some((line) => line.includes('install'))).toBe(false);
  });

  it('runs apt-get update and installs again when the package lists are missing', () => {
    const m = machine({ lists: false });
    expect(ensureScipy({ ...m, isRoot: true, benchPython: undefined })).toEqual({ python: '/usr/bin/python3' });
    expect(m.ran.filter((line) => line.includes('DEBIAN_FRONTEND'))).toEqual([INSTALL, UPDATE, INSTALL]);
    expect(m.logged).toHaveLength(3);
  });

  it("skips with apt-get's own reason when the install fails for another reason, without updating", () => {
    const m = machine({ installFails: 'E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt-get)' });
    const answer = ensureScipy({ ...m, isRoot: true, benchPython: undefined });
    expect(answer.skipped).toBe(
      `\`${INSTALL}\` failed (exit 100: E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt-get)): ` +
        'run sudo apt-get update && sudo apt-get install -y python3-scipy, or set BENCH_PYTHON to a python3 with SciPy',
    );
    expect(m.ran).not.toContain(UPDATE);
  });

  it('skips when apt-get update fails', () => {
    const m = machine({ lists: false, updateFails: 'E: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease' });
    const answer = ensureScipy({ ...m, isRoot: true, benchPython: undefined });
    expect(answer.skipped).toMatch(/^`env DEBIAN_FRONTEND=noninteractive apt-get update` failed \(exit 100: E: Failed to fetch/);
  });

  it('skips, pointing at pip, when there is no apt-get', () => {
    const m = machine({ apt: false });
    const answer = ensureScipy({ ...m, isRoot: true, benchPython: undefined });
    expect(answer.skipped).toContain('no apt-get to install it');
    expect(answer.skipped).toContain('python3 -m pip install scipy');
  });

  it('skips when the package installs but python3 still cannot import scipy', () => {
    const m = machine({ installHelps: false });
    const answer = ensureScipy({ ...m, isRoot: true, benchPython: undefined });
    expect(answer.skipped).toContain('python3-scipy is installed but /usr/bin/python3, python3 still cannot import scipy');
  });
});

describe('runCommand', () => {
  it("gives a command's exit status and output, and null for a command that cannot start", () => {
    expect(runCommand(process.execPath, ['-e', 'process.stdout.write("out "); process.stderr.write("err"); process.exitCode = 3'])).toEqual({
      status: 3,
      output: 'out err',
    });
    expect(runCommand('/nonexistent/edumentor-no-such-command', []).status).toBeNull();
  });
});
