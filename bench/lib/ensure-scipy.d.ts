// Types for test/bench/ensure-scipy.test.ts, which imports the plain-JS module (tsconfig has no allowJs).

/** What a command did: its exit status (null when it could not start) and its stdout then stderr. */
export interface CommandRun {
  status: number | null;
  output: string;
}

/** Runs a command to its end. */
export function runCommand(command: string, args: string[]): CommandRun;

/** A python3 that imports SciPy (installing python3-scipy when allowed), or why there is none. */
export function ensureScipy(options: {
  log: (message: string) => void;
  run?: (command: string, args: string[]) => CommandRun;
  isRoot?: boolean;
  benchPython?: string;
}): { python: string; skipped?: undefined } | { python?: undefined; skipped: string };
