import { DAY_NAMES, formatClock, isoDate, mondayOf, parseClock, parseIsoDate, weekdayOf } from './dates.js';
import { meetingId, type RotaRow } from './rota.js';
import { SlotFinder, type Candidate, type PlacementContext } from './slot-finder.js';
import { DAYS } from '../types.js';
import type { SchedulePair, ScheduleSettings, UnscheduledMeeting } from './types.js';

/** How far past a meeting's week the search for a free slot goes when there is no end date. */
export const HORIZON_WEEKS = 52;

/** A pair that lost this many weeks or more to people being busy runs late (a warning). */
export const LATE_WEEKS = 4;

/** A pair's meetings that ran late: the weeks lost to clashes and full weeks, and its last meeting placed. */
export interface LateMeetings {
  weeksLost: number;
  lastNo: number;
  lastDay: number;
}

/** A meeting already fixed for the pair (kept from a previous rota, or just placed). */
interface Fixed {
  no: number;
  day: number;
}

/**
 * Places the meetings of one pair that are not in `kept`, in number order: meeting k on the pair's
 * preferred slot in week start + k × interval or, when that is refused, the first free slot after it
 * (noted in the row). Meetings that find no slot come back in `unscheduled` with the reason.
 */
export function placePair(
  pair: SchedulePair,
  slots: readonly string[],
  kept: readonly RotaRow[],
  total: number,
  ctx: PlacementContext,
): { rows: RotaRow[]; unscheduled: UnscheduledMeeting[]; late?: LateMeetings } {
  const fixed: Fixed[] = kept.map((r) => ({ no: r.meeting_no, day: parseIsoDate(r.date) as number }));
  const active = kept.filter((r) => r.status !== 'cancelled');
  // A pair new to the rota counts its cadence from today when it joins after the start.
  const anchor = kept.length > 0 ? ctx.startDay : Math.max(ctx.startDay, ctx.todayDay);
  const pairWeeks = new Map(active.map((r) => [mondayOf(parseIsoDate(r.date) as number), r.meeting_no]));
  const finder = new SlotFinder(pair, slots, ctx, anchor, pairWeeks);
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((no) => !fixed.some((f) => f.no === no));
  const firstDay = Math.max(ctx.startDay, ctx.todayDay);
  const usable = (c: Candidate): boolean =>
    c.day >= firstDay && (ctx.untilDay === undefined || c.day <= ctx.untilDay) && finder.refusal(c) === undefined;
  const preferred = preferredSlot(slots, keptSlot(active, ctx.settings), (slot) =>
    missing.filter((no) => usable(finder.nominal(no, slot))).length,
  );

  const result: { rows: RotaRow[]; unscheduled: UnscheduledMeeting[]; late?: LateMeetings } = { rows: [], unscheduled: [] };
  for (const no of missing) {
    const before = fixed.filter((f) => f.no < no).sort((a, b) => b.day - a.day)[0];
    const placed = placeMeeting(no, preferred, finder, ctx, before);
    if ('reason' in placed) {
      result.unscheduled.push({ pair_id: pair.pairId, meeting_no: no, reason: placed.reason });
      continue;
    }
    finder.book(placed.at, no);
    fixed.push({ no, day: placed.at.day });
    result.rows.push(newRow(pair, no, total, placed.at, ctx.settings, placed.note));
    if (placed.weeksLost >= LATE_WEEKS && placed.weeksLost > (result.late?.weeksLost ?? 0)) {
      result.late = { weeksLost: placed.weeksLost, lastNo: no, lastDay: placed.at.day };
    }
  }
  return result;
}

/** Finds meeting `no` a slot, or the reason there is none. */
function placeMeeting(
  no: number,
  preferred: string,
  finder: SlotFinder,
  ctx: PlacementContext,
  before: Fixed | undefined,
): { at: Candidate; note: string; weeksLost: number } | { reason: string } {
  const week = finder.week(no);
  const until = ctx.untilDay;
  if (until !== undefined && Math.max(week, finder.anchor) > until) {
    return { reason: `its week (from ${isoDate(week)}) is after the end date ${isoDate(until)}` };
  }
  const earliest = Math.max(ctx.startDay, ctx.todayDay, (before?.day ?? -Infinity) + 1);
  const nominal = finder.nominal(no, preferred);
  const last = until ?? Math.max(nominal.day, earliest) + 7 * HORIZON_WEEKS;
  // Why the nominal slot is not used (undefined: it is free), and where the search for another starts.
  let movedBecause: string | undefined;
  let from: number;
  let after = -1;
  // The weeks passed over because someone was busy then: what a pair loses to a mentor with too few free times.
  const busyWeeks = new Set<number>();
  if (nominal.day < earliest) {
    movedBecause = nominal.day < ctx.todayDay ? 'that date has passed' : `meeting ${before?.no} is on ${isoDate(before?.day ?? 0)}`;
    from = earliest;
  } else if (nominal.day > last) {
    movedBecause = `after the end date ${isoDate(last)}`;
    from = Math.max(earliest, week);
  } else {
    movedBecause = finder.refusal(nominal);
    if (movedBecause === undefined) return { at: nominal, note: '', weeksLost: 0 };
    if (finder.refusedAsBusy(nominal)) busyWeeks.add(mondayOf(nominal.day));
    [from, after] = [nominal.day, nominal.start];
  }
  const reasons = new Set<string>([movedBecause]);
  for (const candidate of finder.occurrences(from, after, last)) {
    const why = finder.refusal(candidate);
    if (why === undefined) {
      busyWeeks.delete(mondayOf(candidate.day));
      return { at: candidate, note: `moved from ${isoDate(nominal.day)}: ${movedBecause}`, weeksLost: busyWeeks.size };
    }
    if (finder.refusedAsBusy(candidate)) busyWeeks.add(mondayOf(candidate.day));
    if (reasons.size < 4) reasons.add(why);
  }
  const span = until === undefined ? `in the ${HORIZON_WEEKS} weeks from ${isoDate(from)}` : `from ${isoDate(from)} to the end date ${isoDate(until)}`;
  return { reason: `no free slot ${span} (${[...reasons].join('; ')})` };
}

function newRow(pair: SchedulePair, no: number, total: number, at: Candidate, settings: ScheduleSettings, note: string): RotaRow {
  return {
    meeting_id: meetingId(pair.pairId, no),
    pair_id: pair.pairId,
    meeting_no: no,
    meetings_total: total,
    date: isoDate(at.day),
    day: DAY_NAMES[weekdayOf(at.day)] as string,
    start: formatClock(at.start),
    end: formatClock(at.start + settings.durationMinutes),
    mentor_name: pair.mentor.name,
    mentor_email: pair.mentor.email,
    mentee_name: pair.mentee.name,
    mentee_email: pair.mentee.email,
    mode: pair.mode,
    status: 'scheduled',
    note,
    extra: {},
  };
}

/** The slot of a pair's latest kept meeting, when its start time is one of the bands. */
function keptSlot(active: readonly RotaRow[], settings: ScheduleSettings): string | undefined {
  const latest = [...active].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  if (!latest) return undefined;
  const band = Object.entries(settings.bands).find(([, minutes]) => minutes === parseClock(latest.start))?.[0];
  return band ? `${DAYS[weekdayOf(parseIsoDate(latest.date) as number)]}-${band}` : undefined;
}

/** The slot whose nominal dates are free most often; ties go to the kept slot, then canonical order. */
function preferredSlot(slots: readonly string[], kept: string | undefined, freeWeeks: (slot: string) => number): string {
  const ordered = kept && slots.includes(kept) ? [kept, ...slots.filter((s) => s !== kept)] : slots;
  let best = ordered[0] as string;
  let bestScore = -1;
  for (const slot of ordered) {
    const score = freeWeeks(slot);
    if (score > bestScore) [best, bestScore] = [slot, score];
  }
  return best;
}
