import { findConfigFile, readStructuredFile } from '../io/read-config.js';
import type { Config } from './schema.js';

/** A loaded config and where it came from (for the Settings sheet and messages). */
export interface LoadedConfig {
  config: Config;
  file?: string;
}

/** Loads `--config FILE` or the config found in `cwd`; an empty config when there is none. */
export async function loadConfig(explicit: string | undefined, cwd: string): Promise<LoadedConfig> {
  const file = await findConfigFile(explicit, cwd);
  if (!file) return { config: {} };
  // The schema (and zod with it) is loaded only when there is a file to check: most runs have none.
  const { configSchema } = await import('./schema.js');
  return { config: await readStructuredFile(file, configSchema, 'config file'), file };
}
