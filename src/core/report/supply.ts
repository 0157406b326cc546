import { cell, type SheetRecord } from './input.js';
import { SUPPLY_DIMENSIONS, type SupplyDimension, type SupplyRow, type SupplySection } from './model.js';
import { freeByKey, type MentorPlaces } from './places.js';
import { isMentee, isMentor, type RosterPerson } from './roster.js';
import { humanise, plural, regionLabel } from './tally.js';

/** How many gaps the "where to recruit" list names. */
const RECRUIT_LINES = 5;

const VALUES_OF: Record<SupplyDimension, (p: RosterPerson) => string[]> = {
  phase: (p) => p.phases,
  subject: (p) => p.subjects,
  region: (p) => (p.region ? [p.region] : []),
  focus: (p) => p.focus,
};

/**
 * Mentees wanting each phase, subject, region and focus area against the free places of mentors offering it.
 * Values are compared literally: an `all-through` mentor counts under `all-through` only.
 */
export function buildSupply(
  roster: readonly RosterPerson[],
  matches: readonly SheetRecord[] | undefined,
  places: MentorPlaces,
): SupplySection {
  const matched = matches ? matchedMentees(matches) : null;
  const free = freeByKey(places);
  const mentors = roster.filter((p) => isMentor(p.role));
  const mentees = roster.filter((p) => isMentee(p.role));
  const rows = SUPPLY_DIMENSIONS.flatMap((dimension) => {
    const valuesOf = VALUES_OF[dimension];
    const counts = new Map<string, { wanting: number; matched: number; places: number }>();
    const countsFor = (key: string) => {
      const found = counts.get(key);
      if (found) return found;
      const fresh = { wanting: 0, matched: 0, places: 0 };
      counts.set(key, fresh);
      return fresh;
    };
    for (const p of mentees) {
      const isMatched = matched !== null && (matched.has(p.id) || matched.has(p.email));
      for (const key of new Set(valuesOf(p))) {
        const c = countsFor(key);
        c.wanting += 1;
        if (isMatched) c.matched += 1;
      }
    }
    for (const p of mentors) {
      const placeCount = free.get(p.id) ?? free.get(p.email) ?? 0;
      for (const key of new Set(valuesOf(p))) countsFor(key).places += placeCount;
    }
    return [...counts].map(([key, c]): SupplyRow => {
      const shortfall = Math.max(0, c.wanting - c.matched - c.places);
      const matchedCount = matched ? c.matched : null;
      const label = dimension === 'region' ? regionLabel(key) : humanise(key);
      return { dimension, key, label, wanting: c.wanting, places: c.places, matched: matchedCount, shortfall };
    });
  }).sort(byShortfall);
  const placesFrom = places.from === 'mentors' ? 'mentors' : matches ? 'roster-less-matches' : 'roster';
  return { placesFrom, rows, recruit: rows.filter((r) => r.shortfall > 0).slice(0, RECRUIT_LINES).map(recruitLine) };
}

function matchedMentees(matches: readonly SheetRecord[]): Set<string> {
  return new Set(matches.flatMap((m) => [cell(m, 'mentee_id'), cell(m, 'mentee_email').toLowerCase()]).filter(Boolean));
}

function byShortfall(a: SupplyRow, b: SupplyRow): number {
  return (
    b.shortfall - a.shortfall ||
    b.wanting - a.wanting ||
    SUPPLY_DIMENSIONS.indexOf(a.dimension) - SUPPLY_DIMENSIONS.indexOf(b.dimension) ||
    a.label.localeCompare(b.label)
  );
}

function recruitLine(row: SupplyRow): string {
  const waiting = row.wanting - (row.matched ?? 0);
  return (
    `${row.label} (${row.dimension}): ${plural(row.shortfall, 'more mentor place')} needed; ` +
    `${plural(waiting, 'mentee')} without a mentor, ${plural(row.places, 'free place')}`
  );
}

