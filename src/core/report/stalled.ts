import { UsageError } from '../../errors.js';
import type { PersonRef, StalledMentor, StalledPair } from './model.js';

/** The stall period when none is given: four weeks. */
export const DEFAULT_STALLED_WEEKS = 4;

/** One meeting of a pair, as stalling needs it. */
export interface DatedMeeting {
  date: string | null;
  status: string;
}

/** A pair and its meetings. */
export interface PairHistory {
  pairId: string;
  mentor: PersonRef;
  mentee: PersonRef;
  meetings: readonly DatedMeeting[];
}

/** `--stalled 4w` (or `4`) → 4; UsageError for anything but 1–52 weeks. */
export function parseStalledWeeks(text: string): number {
  const match = /^\s*(\d+)\s*w?\s*$/i.exec(text);
  const weeks = match ? Number(match[1]) : NaN;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) {
    throw new UsageError(`--stalled expects a number of weeks from 1w to 52w, like 4w; found "${text}"`);
  }
  return weeks;
}

/**
 * The pairs that have stopped meeting, as of `today`: nothing held yet and the earliest meeting not cancelled is
 * past (`first-meeting-overdue`), or nothing held for `weeks` weeks since the last held meeting while some meeting
 * is still to happen (`no-meeting-held`). A pair whose meetings are all held or cancelled has finished, not stalled.
 */
export function stalledPairs(pairs: readonly PairHistory[], today: string, weeks: number): StalledPair[] {
  return pairs.flatMap((pair): StalledPair[] => {
    const { firstMeeting, lastHeld } = firstAndLastHeld(pair.meetings);
    const base = { pairId: pair.pairId, mentor: pair.mentor, mentee: pair.mentee, firstMeeting, lastHeld };
    if (lastHeld === '') {
      return firstMeeting !== '' && firstMeeting < today
        ? [{ ...base, reason: 'first-meeting-overdue' as const, weeks: Math.floor(daysBetween(firstMeeting, today) / 7) }]
        : [];
    }
    const toCome = isRunning(pair);
    const quiet = daysBetween(lastHeld, today);
    return toCome && quiet >= 7 * weeks ? [{ ...base, reason: 'no-meeting-held' as const, weeks: Math.floor(quiet / 7) }] : [];
  });
}

/**
 * Mentors whose every pair still running has stalled (at least one), by how many pairs. Pairs that have finished
 * (every meeting held or cancelled, as a released pair's are) do not count either way.
 */
export function mentorsAllStalled(pairs: readonly PairHistory[], stalled: readonly StalledPair[]): StalledMentor[] {
  const stalledIds = new Set(stalled.map((s) => s.pairId));
  const byMentor = new Map<string, { mentor: PersonRef; pairs: number; stalled: number }>();
  for (const pair of pairs.filter(isRunning)) {
    const key = pair.mentor.email || pair.mentor.name;
    const entry = byMentor.get(key) ?? { mentor: pair.mentor, pairs: 0, stalled: 0 };
    entry.pairs += 1;
    if (stalledIds.has(pair.pairId)) entry.stalled += 1;
    byMentor.set(key, entry);
  }
  return [...byMentor.values()]
    .filter((m) => m.stalled === m.pairs)
    .map(({ mentor, pairs: count }) => ({ mentor, pairs: count }))
    .sort((a, b) => b.pairs - a.pairs || a.mentor.name.localeCompare(b.mentor.name));
}

/** The earliest dated meeting not cancelled and the latest held one ('' for none); ISO dates order as text. */
function firstAndLastHeld(meetings: readonly DatedMeeting[]): { firstMeeting: string; lastHeld: string } {
  let firstMeeting = '';
  let lastHeld = '';
  for (const { date, status } of meetings) {
    if (date === null) continue;
    if (status !== 'cancelled' && (firstMeeting === '' || date < firstMeeting)) firstMeeting = date;
    if (status === 'held' && date > lastHeld) lastHeld = date;
  }
  return { firstMeeting, lastHeld };
}

/** Whether some meeting of the pair is neither held nor cancelled. */
function isRunning(pair: PairHistory): boolean {
  return pair.meetings.some((m) => m.status !== 'held' && m.status !== 'cancelled');
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
