import type { MatchConfig } from './config.js';
import type { KeepOutcome } from './keep.js';
import { compare, type Roster } from './roster.js';
import type { ChangeRow, MatchPair, MatchResult, MentorLoad, Optimality, ReasonCount, UnmatchedCode, UnmatchedRow } from './types.js';

/** What the run decided, before loads, changes and totals are added. */
export type DecidedParts = Pick<MatchResult, 'pairs' | 'unmatched' | 'alternatives' | 'scores' | 'blockingPairs'> & {
  optimality: Optimality | null;
};

const REASON_LABELS: Record<UnmatchedCode, string> = {
  'no-consent': 'did not consent to sharing details',
  paused: 'paused (capacity 0)',
  'no-mentors': 'no mentor signed up or consented',
  phase: 'no mentor in their phase',
  stage: 'no mentor at a higher stage',
  'in-person': 'no mentor in their region for in-person meetings',
  organisation: 'only mentors at their own organisation',
  availability: 'no mentor with a common free time',
  excluded: 'every possible mentor excluded',
  'no-capacity': 'every possible mentor has no free capacity',
  'below-min-score': 'every possible mentor scores below the minimum',
  'needed-by-others': 'every possible mentor full: more mentees can have them than they have places',
  'taken-by-better': 'every possible mentor taken by a better-scoring pair',
};

/** The full result: mentor loads, changes against kept pairs, blocking pairs and the summary. */
export function assembleResult(
  roster: Roster,
  config: MatchConfig,
  parts: DecidedParts,
  keep: KeepOutcome,
  keepGiven: boolean,
): MatchResult {
  const mentors = mentorLoads(roster, parts.pairs);
  const { optimality, ...decided } = parts;
  const { blockingPairs } = parts;
  const candidatePairs = parts.scores.pairCount;
  const unavailable = new Set(parts.unmatched.filter((u) => u.role === 'mentor').map((u) => u.id));
  const available = mentors.filter((m) => !unavailable.has(m.mentor_id));
  const tenths = parts.pairs.reduce((sum, p) => sum + Math.round(p.score * 10), 0);
  const menteeRows = parts.unmatched.filter((u) => u.role === 'mentee');
  return {
    ...decided,
    mentors,
    changes: keepGiven ? changes(parts.pairs, mentors, keep) : [],
    blockingPairs,
    candidatePairs,
    summary: {
      algorithm: config.algorithm,
      objective: config.objective,
      mentees: roster.mentees.length,
      matched: parts.pairs.length,
      kept: keep.kept.length,
      unmatchedMentees: menteeRows.length,
      mentors: roster.mentors.length,
      mentorsUsed: mentors.filter((m) => m.assigned > 0).length,
      mentorsUnavailable: parts.unmatched.length - menteeRows.length,
      places: available.reduce((sum, m) => sum + m.capacity, 0),
      placesFree: available.reduce((sum, m) => sum + m.free, 0),
      totalScore: tenths / 10,
      meanScore: parts.pairs.length === 0 ? null : Math.round(tenths / parts.pairs.length) / 10,
      candidatePairs,
      blockingPairs,
      optimality,
      unmatchedByReason: reasonCounts(menteeRows),
    },
  };
}

function mentorLoads(roster: Roster, pairs: readonly MatchPair[]): MentorLoad[] {
  const assigned = new Map<string, number>();
  for (const p of pairs) assigned.set(p.mentor_id, (assigned.get(p.mentor_id) ?? 0) + 1);
  return Array.from(roster.mentors, (p) => {
    const { id, name, email } = roster.people[p]!;
    const capacity = roster.capacity[p]!;
    const count = assigned.get(id) ?? 0;
    return { mentor_id: id, name, email, capacity, assigned: count, free: Math.max(0, capacity - count) };
  });
}

function changes(pairs: readonly MatchPair[], mentors: readonly MentorLoad[], keep: KeepOutcome): ChangeRow[] {
  const capacity = new Map(mentors.map((m) => [m.mentor_id, m.capacity]));
  const keptWith = new Map<string, number>();
  for (const p of pairs) if (p.kept) keptWith.set(p.mentor_id, (keptWith.get(p.mentor_id) ?? 0) + 1);
  const keptReason = (p: MatchPair) => {
    const places = capacity.get(p.mentor_id) ?? 0;
    return (keptWith.get(p.mentor_id) ?? 0) > places
      ? `kept although ${p.mentor_name} now has capacity ${places}`
      : 'both still signed up';
  };
  const row = (change: ChangeRow['change'], p: MatchPair, reason: string): ChangeRow => ({
    change,
    mentor_email: p.mentor_email,
    mentor_name: p.mentor_name,
    mentee_email: p.mentee_email,
    mentee_name: p.mentee_name,
    reason,
  });
  const kept = pairs.filter((p) => p.kept).map((p) => row('kept', p, keptReason(p)));
  const made = pairs.filter((p) => !p.kept).map((p) => row('new', p, `score ${p.score}`));
  const byEmails = (a: ChangeRow, b: ChangeRow) =>
    compare(a.mentee_email, b.mentee_email) || compare(a.mentor_email, b.mentor_email);
  return [...kept.sort(byEmails), ...[...keep.released].sort(byEmails), ...made.sort(byEmails)];
}

function reasonCounts(rows: readonly UnmatchedRow[]): ReasonCount[] {
  const counts = new Map<UnmatchedCode, number>();
  for (const row of rows) counts.set(row.code, (counts.get(row.code) ?? 0) + 1);
  return [...counts]
    .map(([code, count]) => ({ code, label: REASON_LABELS[code], count }))
    .sort((a, b) => b.count - a.count || compare(a.code, b.code));
}
