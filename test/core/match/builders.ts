import { DEFAULT_MATCH_CONFIG, type MatchConfig } from '../../../src/core/match/config.js';
import { matchConfigSchema } from '../../../src/core/match/config-schema.js';
import { DEFAULT_STAGES } from '../../../src/core/stages.js';
import type { Person } from '../../../src/core/types.js';

/** A person with sensible defaults: a consenting, online-or-in-person mentee unless `role` says otherwise. */
export function person(fields: Partial<Person> & { id: string }): Person {
  const role = fields.role ?? 'mentee';
  return {
    email: `${fields.id}@example.org`,
    name: fields.id,
    role,
    stage: '',
    phases: [],
    subjects: [],
    focus: [],
    region: '',
    organisation: '',
    mode: 'either',
    availability: [],
    capacity: role === 'mentee' ? null : 1,
    consent: true,
    submitted: '',
    notes: '',
    extra: {},
    ...fields,
  };
}

/** A mentor (capacity 1 unless given). */
export function mentor(fields: Partial<Person> & { id: string }): Person {
  return person({ role: 'mentor', capacity: 1, ...fields });
}

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
