import type { Bookings } from './bookings.js';
import { targetWeek } from './cadence.js';
import { mondayOf, weekdayOf } from './dates.js';
import type { HolidayLookup } from './holidays.js';
import { slotParts } from './slots.js';
import type { SchedulePair, ScheduleSettings } from './types.js';

/** What placing one pair's meetings needs to know about everyone else. */
export interface PlacementContext {
  settings: ScheduleSettings;
  startDay: number;
  todayDay: number;
  untilDay: number | undefined;
  holidayOn: HolidayLookup;
  bookings: Bookings;
}

/** One occurrence of a weekly slot: a day and the slot's start time (minutes after midnight). */
export interface Candidate {
  day: number;
  slot: string;
  start: number;
}

/** The occurrences of one pair's slots, why any of them cannot be used, and booking one. */
export class SlotFinder {
  private readonly times: { slot: string; weekday: number; start: number }[];

  /**
   * `anchor`: the day the pair's cadence counts from; `pairWeeks`: Monday → number of the pair's
   * meeting in that week (a pair meets at most once a week).
   */
  constructor(
    private readonly pair: SchedulePair,
    slots: readonly string[],
    private readonly ctx: PlacementContext,
    readonly anchor: number,
    private readonly pairWeeks: Map<number, number>,
  ) {
    this.times = slots
      .flatMap((slot) => {
        const parts = slotParts(slot);
        return parts ? [{ slot, weekday: parts.weekday, start: ctx.settings.bands[parts.band] }] : [];
      })
      .sort((a, b) => a.start - b.start);
  }

  /** The occurrence of `slot` on `day`. */
  private at(day: number, slot: string): Candidate {
    return { day, slot, start: this.times.find((t) => t.slot === slot)?.start ?? 0 };
  }

  /** The Monday of the week meeting `no` (1-based) belongs in. */
  week(no: number): number {
    return targetWeek(this.anchor, this.ctx.settings.every, no - 1);
  }

  /**
   * Where meeting `no` falls on `slot` if nothing is in the way. A slot whose day in the first week
   * comes before the anchor (a Monday slot, a Wednesday start) runs one week later throughout.
   */
  nominal(no: number, slot: string): Candidate {
    const weekday = slotParts(slot)?.weekday ?? 0;
    const late = this.week(1) + weekday < this.anchor ? 7 : 0;
    return this.at(this.week(no) + weekday + late, slot);
  }

  /** Whether a refused candidate was refused because people were busy (a clash, a full week): not a holiday, nor the pair's own week. */
  refusedAsBusy({ day }: Candidate): boolean {
    return this.ctx.holidayOn(day) === undefined && !this.pairWeeks.has(mondayOf(day));
  }

  /** Why a candidate cannot be used (a holiday's name, a clash, a full week), or undefined when it can. */
  refusal({ day, start }: Candidate): string | undefined {
    const { bookings, settings } = this.ctx;
    const holiday = this.ctx.holidayOn(day);
    if (holiday) return holiday;
    const sameWeek = this.pairWeeks.get(mondayOf(day));
    if (sameWeek !== undefined) return `meeting ${sameWeek} of this pair is that week`;
    if (bookings.mentorLoad(this.pair.mentor.email, mondayOf(day)) >= settings.maxPerWeek) {
      return `${this.pair.mentor.name} already has ${settings.maxPerWeek} meeting${settings.maxPerWeek > 1 ? 's' : ''} that week`;
    }
    for (const person of [this.pair.mentor, ...(this.pair.members ?? [this.pair.mentee])]) {
      if (!bookings.isFree(person.email, day, start, start + settings.durationMinutes)) return `${person.name} has another meeting then`;
    }
    return undefined;
  }

  /** Slot occurrences in time order, from day `from` (only those starting after minute `after` on it) to day `to`. */
  *occurrences(from: number, after: number, to: number): Generator<Candidate> {
    for (let day = from; day <= to; day += 1) {
      for (const t of this.times) {
        if (t.weekday === weekdayOf(day) && (day > from || t.start > after)) yield { day, slot: t.slot, start: t.start };
      }
    }
  }

  /** Books meeting `no` at a candidate: everyone in it busy, the mentor's week one fuller, the pair's week taken. */
  book(candidate: Candidate, no: number): void {
    this.ctx.bookings.add({
      mentorEmail: this.pair.mentor.email,
      menteeEmail: this.pair.mentee.email,
      day: candidate.day,
      start: candidate.start,
      end: candidate.start + this.ctx.settings.durationMinutes,
    });
    this.pairWeeks.set(mondayOf(candidate.day), no);
  }
}
