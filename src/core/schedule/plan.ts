import { progressCounter } from '../progress.js';
import { Bookings, type Booking } from './bookings.js';
import { belongsTo, carryOver } from './carry-over.js';
import { targetWeek } from './cadence.js';
import { isoDate, parseClock, parseIsoDate, partsOfDay } from './dates.js';
import { holidayLookup } from './holidays.js';
import { HORIZON_WEEKS, placePair, type LateMeetings } from './placement.js';
import type { PlacementContext } from './slot-finder.js';
import { isSlot } from './slots.js';
import { compareMeetings, type RotaRow } from './rota.js';
import type { OnProgress } from '../types.js';
import type { Holiday, SchedulePair, ScheduleSettings, ScheduleWarning, UnscheduledMeeting } from './types.js';

/** What `planRota` needs: the pairs, validated settings, holidays from files, and a previous rota if any. */
export interface PlanInput {
  pairs: readonly SchedulePair[];
  settings: ScheduleSettings;
  /** Holidays read from files (bank holidays are added when `settings.bankHolidays`). */
  holidays?: readonly Holiday[];
  /** The rows of a previous rota, for a re-run. */
  previous?: readonly RotaRow[];
  /** Told every ITEMS_PER_PROGRESS pairs how many pairs are planned (phase `planning meetings`), and once the rota is in order. */
  onProgress?: OnProgress;
}

/** A planned rota: its meetings in date order, the meetings that found no slot, and warnings. */
export interface RotaPlan {
  rows: RotaRow[];
  unscheduled: UnscheduledMeeting[];
  warnings: ScheduleWarning[];
}

/**
 * Plans every pair's meetings (PRODUCT.md §4). Deterministic: pairs are taken in a fixed order
 * (fewest slots first, then by pair id) whatever order they come in.
 */
export function planRota(input: PlanInput): RotaPlan {
  const { settings } = input;
  const startDay = parseIsoDate(settings.start) as number;
  const todayDay = parseIsoDate(settings.today) as number;
  const untilDay = settings.until === null ? undefined : (parseIsoDate(settings.until) as number);
  const lastDay = untilDay ?? targetWeek(startDay, settings.every, settings.count) + 7 * (HORIZON_WEEKS + 1);
  const years = { from: partsOfDay(Math.min(startDay, todayDay)).year, to: partsOfDay(Math.max(lastDay, todayDay)).year + 1 };
  const carried = carryOver(input.previous ?? [], input.pairs, settings.today);
  const ctx: PlacementContext = {
    settings,
    startDay,
    todayDay,
    untilDay,
    holidayOn: holidayLookup(input.holidays ?? [], settings.bankHolidays ? years : undefined),
    bookings: new Bookings(),
  };
  for (const row of carried.kept) if (row.status !== 'cancelled') ctx.bookings.add(bookingOf(row));

  const plan: RotaPlan = { rows: [], unscheduled: [], warnings: carried.warnings };
  const keptByPair = new Map<string, RotaRow[]>();
  for (const row of carried.kept) keptByPair.set(row.pair_id, [...(keptByPair.get(row.pair_id) ?? []), row]);
  const keptOfGonePairs = new Set(carried.kept);
  const pairs = input.pairs.map((pair) => ({ pair, ...slotsFor(pair, settings.defaultSlot) }));
  pairs.sort((a, b) => a.slots.length - b.slots.length || (a.pair.pairId < b.pair.pairId ? -1 : a.pair.pairId > b.pair.pairId ? 1 : 0));
  const progress = progressCounter('planning meetings', pairs.length, input.onProgress);
  for (const { pair, slots, warning } of pairs) {
    if (warning) plan.warnings.push({ pair_id: pair.pairId, message: warning });
    const kept = (keptByPair.get(pair.pairId) ?? []).filter((r) => belongsTo(r, pair));
    const total = Math.max(settings.count, ...kept.map((r) => r.meeting_no));
    const placed = placePair(pair, slots, kept, total, ctx);
    if (placed.late) plan.warnings.push({ pair_id: pair.pairId, message: lateWarning(placed.late, slots) });
    for (const row of kept) keptOfGonePairs.delete(row);
    plan.rows.push(...kept.map((r) => ({ ...r, meetings_total: total })), ...placed.rows);
    plan.unscheduled.push(...placed.unscheduled);
    progress.tick();
  }
  for (const row of keptOfGonePairs) plan.rows.push(row);
  plan.rows.sort(compareMeetings);
  // Only now, so that the bar stays up while the rota is put in date order (most of a second at 100,000 people).
  progress.finish();
  return plan;
}

/** The slots to use for a pair or group: common ones, else the mentor's, else the default (with a warning). */
function slotsFor(pair: SchedulePair, defaultSlot: string): { slots: string[]; warning?: string } {
  const common = pair.commonSlots.filter(isSlot);
  if (common.length > 0) return { slots: common };
  const everyone = pair.members ? 'the whole group is' : 'both are';
  const mentors = pair.mentorSlots.filter(isSlot);
  if (mentors.length > 0) {
    return { slots: mentors, warning: `no time ${everyone} free: meetings use the mentor's times (${mentors.join(', ')}); check with ${pair.mentee.name}` };
  }
  return { slots: [defaultSlot], warning: `no time ${everyone} free and none known for the mentor: meetings use ${defaultSlot}; check with ${pair.members ? 'everyone' : 'both'}` };
}

/** Why a pair's meetings run weeks behind their cadence, and what would help. */
function lateWarning(late: LateMeetings, slots: readonly string[]): string {
  return (
    `meetings run late: ${late.weeksLost} weeks passed over because someone was busy at the pair's times ` +
    `(${slots.join(', ')}), so meeting ${late.lastNo} is on ${isoDate(late.lastDay)} (see the notes): ask them for more free times`
  );
}

/** The time a kept meeting takes (rows come validated from `rotaFromTable`). */
function bookingOf(row: RotaRow): Booking {
  return {
    mentorEmail: row.mentor_email,
    menteeEmail: row.mentee_email,
    day: parseIsoDate(row.date) as number,
    start: parseClock(row.start) as number,
    end: parseClock(row.end) as number,
  };
}
