import { cell, cellNumber, type MatchSummary, type SheetRecord } from './input.js';
import type { LoadSummary, MatchingSection } from './model.js';
import type { MentorPlaces } from './places.js';
import { isMentee, type RosterPerson } from './roster.js';
import { criteriaMet, mean, median, scoreBins } from './scores.js';
import { countKeys, NOT_GIVEN, toTallies } from './tally.js';

/** What the matching section is built from; `matches` is required, the rest sharpen it. */
export interface MatchingSources {
  matches: readonly SheetRecord[];
  unmatched: readonly SheetRecord[] | undefined;
  roster: readonly RosterPerson[] | null;
  places: MentorPlaces | null;
  summary: MatchSummary | undefined;
}

/** Reason given to roster mentees missing from the match sheet when there is no unmatched sheet. */
export const REASON_UNKNOWN = 'reason not known (no unmatched sheet)';

const KEPT = new Set(['yes', 'y', 'true', '1', 'kept', 'locked']);

/** Matched share, reasons for the unmatched, scores, criteria met and mentor load. */
export function buildMatching(sources: MatchingSources): MatchingSection {
  const { matches } = sources;
  const matchedKeys = new Set(matches.map(menteeKey).filter(Boolean));
  const reasons = unmatchedReasons(sources, matchedKeys);
  const scores = matches.map((m) => cellNumber(m, 'score')).filter((s): s is number => s !== null);
  return {
    mentees: reasons ? matchedKeys.size + reasons.length : null,
    matched: matchedKeys.size,
    unmatched: reasons ? reasons.length : null,
    unmatchedFrom: sources.unmatched ? 'unmatched' : sources.roster ? 'roster' : null,
    pairs: matches.length,
    kept: matches.filter((m) => KEPT.has(cell(m, 'kept').toLowerCase())).length,
    unmatchedByReason: toTallies(
      countKeys(reasons ?? [], (reason) => [reason]),
      (reason) => reason || NOT_GIVEN,
    ),
    scoreBins: scoreBins(scores),
    meanScore: mean(scores),
    medianScore: median(scores),
    criteria: criteriaMet(matches),
    load: sources.places ? loadSummary(sources.places) : null,
    blockingPairs: sources.summary?.blockingPairs ?? null,
  };
}

function menteeKey(record: SheetRecord): string {
  return cell(record, 'mentee_id') || cell(record, 'mentee_email').toLowerCase();
}

/** One reason per unmatched mentee: from the unmatched sheet, else every roster mentee not in the match sheet. */
function unmatchedReasons(sources: MatchingSources, matchedKeys: Set<string>): string[] | null {
  if (sources.unmatched) {
    return sources.unmatched.filter((r) => cell(r, 'role').toLowerCase() !== 'mentor').map((r) => cell(r, 'reason'));
  }
  if (!sources.roster) return null;
  // By id or by e-mail: a roster whose ids differ from the match sheet's (hand-made ids) still links.
  const matched = new Set([...matchedKeys, ...sources.matches.map((m) => cell(m, 'mentee_email').toLowerCase())].filter(Boolean));
  return sources.roster.filter((p) => isMentee(p.role) && !matched.has(p.id) && !matched.has(p.email)).map(() => REASON_UNKNOWN);
}

function loadSummary(places: MentorPlaces): LoadSummary {
  const rows = places.loads
    .map(({ mentor, capacity, assigned, free }) => ({ mentor, capacity, assigned, free }))
    .sort((a, b) => b.assigned - a.assigned || a.free - b.free);
  const withPlaces = rows.filter((r) => r.capacity > 0);
  return {
    from: places.from,
    mentors: rows.length,
    capacity: rows.reduce((sum, r) => sum + r.capacity, 0),
    assigned: rows.reduce((sum, r) => sum + r.assigned, 0),
    full: withPlaces.filter((r) => r.assigned >= r.capacity).length,
    partly: withPlaces.filter((r) => r.assigned > 0 && r.assigned < r.capacity).length,
    unused: withPlaces.filter((r) => r.assigned === 0).length,
    paused: rows.length - withPlaces.length,
    rows,
  };
}
