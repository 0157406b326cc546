import { access } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../io/write-table.js';
import { STARTER_CONFIG } from '../config/starter-config.js';
import { createUi, type CommandIO } from '../render/ui.js';
import type { CommandOutcome } from './outcome.js';

/** Options of `edumentor init`. */
export interface InitOptions {
  file: string;
  force?: boolean;
  quiet?: boolean;
}

/** `edumentor init`: writes a commented starting config (or prints it for `-`), refusing to overwrite one unless `--force`. */
export async function runInit(options: InitOptions, io: CommandIO): Promise<CommandOutcome> {
  if (options.file === '-') {
    io.stdout.write(STARTER_CONFIG);
    return { rowProblems: 0 };
  }
  if (!/\.ya?ml$/i.test(options.file)) {
    throw new UsageError(
      `the starting config is YAML, with a comment on each setting: give a name ending in .yaml ` +
        '(edumentor reads .json configs too, but they cannot hold the comments)',
      { file: options.file },
    );
  }
  const exists = await access(options.file).then(() => true, () => false);
  if (exists && !options.force) {
    throw new UsageError(`"${options.file}" already exists: edit it, or run again with --force to replace it`, { file: options.file });
  }
  await writeFileAtomic(options.file, STARTER_CONFIG);
  createUi(io, { quiet: options.quiet }).info(`wrote ${options.file}: edit it, then run e.g. edumentor match responses.csv -o matches.xlsx`);
  return { rowProblems: 0 };
}
