import type { MatchConfig } from '../../../src/core/match/config.js';
import { stageRanks, type Stage } from '../../../src/core/stages.js';
import type { Person } from '../../../src/core/types.js';

/**
 * The hard rules written out plainly on Person objects, as the tests' independent judge:
 * the name of the first rule mentor `m` and mentee `e` break, or null.
 */
export function brokenRule(m: Person, e: Person, config: MatchConfig, stages: readonly Stage[], excluded: readonly [string, string][] = []): string | null {
  const rules = config.rules;
  if (m.id === e.id) return 'self';
  if (rules.consent && !(m.consent && e.consent)) return 'consent';
  if ((m.capacity ?? 1) <= 0) return 'capacity';
  if (rules.phase === 'shared' && m.phases.length > 0 && e.phases.length > 0) {
    const through = m.phases.includes('all-through') || e.phases.includes('all-through');
    if (!through && !m.phases.some((p) => e.phases.includes(p))) return 'phase';
  }
  const ranks = stageRanks(stages);
  const rm = ranks.get(m.stage);
  const re = ranks.get(e.stage);
  if (rules.minStageGap > 0 && rm !== undefined && re !== undefined && rm - re < rules.minStageGap) return 'stage';
  if (rules.inPersonSameRegion && (m.mode === 'in-person' || e.mode === 'in-person')) {
    if (m.mode === 'online' || e.mode === 'online') return 'in-person';
    if (m.region && e.region && m.region !== e.region) return 'in-person';
  }
  const org = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  if (rules.sameOrganisation === 'forbid' && org(m.organisation) !== '' && org(m.organisation) === org(e.organisation)) {
    return 'organisation';
  }
  if (rules.availability === 'required' && m.availability.length > 0 && e.availability.length > 0) {
    if (!m.availability.some((s) => e.availability.includes(s))) return 'availability';
  }
  if (excluded.some(([a, b]) => a === m.email && b === e.email)) return 'excluded';
  return null;
}
