import type { Stage } from '../stages.js';
import type { SideTally, SignupsSection } from './model.js';
import { isMentee, isMentor, type RosterPerson } from './roster.js';
import { byCountThenLabel, countKeys, humanise, regionLabel, toTallies } from './tally.js';

/** What import merged or dropped, when those sheets were given. */
export interface ImportCounts {
  duplicatesMerged: number | null;
  rowsRejected: number | null;
}

/** Sign-ups by role, stage, phase and region. */
export function buildSignups(people: readonly RosterPerson[], stages: readonly Stage[], counts: ImportCounts): SignupsSection {
  const stageLabel = new Map(stages.map((s) => [s.slug, s.label]));
  const stageRank = new Map(stages.map((s, index) => [s.slug, index]));
  const byStage = sideTallies(people, (p) => [p.stage], (key) => stageLabel.get(key) ?? humanise(key)).sort(
    (a, b) => (stageRank.get(a.key) ?? stages.length) - (stageRank.get(b.key) ?? stages.length) || byTotal(a, b),
  );
  return {
    people: people.length,
    byRole: toTallies(countKeys(people, (p) => [p.role])),
    byStage,
    byPhase: sideTallies(people, (p) => (p.phases.length > 0 ? p.phases : [''])).sort(byTotal),
    byRegion: sideTallies(people, (p) => [p.region], regionLabel).sort(byTotal),
    ...counts,
  };
}

function byTotal(a: SideTally, b: SideTally): number {
  return byCountThenLabel({ count: a.total, label: a.label }, { count: b.total, label: b.label });
}

function sideTallies(
  people: readonly RosterPerson[],
  keysOf: (person: RosterPerson) => string[],
  label: (key: string) => string = humanise,
): SideTally[] {
  const total = countKeys(people, keysOf);
  const mentors = countKeys(
    people.filter((p) => isMentor(p.role)),
    keysOf,
  );
  const mentees = countKeys(
    people.filter((p) => isMentee(p.role)),
    keysOf,
  );
  return [...total].map(([key, count]) => ({
    key,
    label: label(key),
    mentors: mentors.get(key) ?? 0,
    mentees: mentees.get(key) ?? 0,
    total: count,
  }));
}
