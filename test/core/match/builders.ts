import { DEFAULT_MATCH_CONFIG, type MatchConfig } from '../../../src/core/match/config.js';
import { matchConfigSchema } from '../../../src/core/match/config-schema.js';
import { DEFAULT_STAGES } from '../../../src/core/stages.js';

export { mentor, person } from '../builders.js';

/** A config: the defaults with `changes` validated on top (nested sections merge). */
export function config(changes: Record<string, unknown> = {}): MatchConfig {
  const merged: Record<string, unknown> = { ...changes };
  for (const section of ['weights', 'rules', 'idealStageGap'] as const) {
    if (changes[section]) merged[section] = { ...DEFAULT_MATCH_CONFIG[section], ...(changes[section] as object) };
  }
  return matchConfigSchema.parse(merged);
}

/** Options for matchPeople with the default ladder. */
export const STAGES = { stages: DEFAULT_STAGES };
