import { DEFAULT_STAGES, type Stage } from '../core/stages.js';
import type { Config } from './schema.js';

/** The ladder a scheme uses: its own when the config gives one, else the default. */
export function stagesOf(config: Config): readonly Stage[] {
  return config.stages?.map((s) => ({ ...s, label: s.label ?? s.slug })) ?? DEFAULT_STAGES;
}
