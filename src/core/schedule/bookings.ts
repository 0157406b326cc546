import { mondayOf } from './dates.js';

/** A meeting's claim on time: who, which day, from and to (minutes after midnight). */
export interface Booking {
  mentorEmail: string;
  /** One address, or a group's addresses joined by `;`. */
  menteeEmail: string;
  day: number;
  start: number;
  end: number;
}

/**
 * Who is busy when, and how many meetings each mentor leads in each week. By address, then by day: the planner
 * asks about many slots for every meeting it places, so no key is made for each question.
 */
export class Bookings {
  private readonly busy = new Map<string, Map<number, [number, number][]>>();
  private readonly load = new Map<string, Map<number, number>>();

  /** Whether a person (by e-mail) has nothing overlapping `start`–`end` on `day`. */
  isFree(email: string, day: number, start: number, end: number): boolean {
    const taken = this.busy.get(email)?.get(day);
    if (taken === undefined) return true;
    for (const [from, to] of taken) if (end > from && to > start) return false;
    return true;
  }

  /** Meetings a person leads as mentor in the week starting on `monday`. */
  mentorLoad(email: string, monday: number): number {
    return this.load.get(email)?.get(monday) ?? 0;
  }

  /** Records a meeting: everyone in it busy, one more meeting in the mentor's week (a group's meeting counts once). */
  add(booking: Booking): void {
    const mentees = booking.menteeEmail.split(';').map((e) => e.trim()).filter((e) => e !== '');
    for (const email of [booking.mentorEmail, ...mentees]) {
      const days = entryOf(this.busy, email, () => new Map<number, [number, number][]>());
      entryOf(days, booking.day, () => []).push([booking.start, booking.end]);
    }
    const weeks = entryOf(this.load, booking.mentorEmail, () => new Map<number, number>());
    const monday = mondayOf(booking.day);
    weeks.set(monday, (weeks.get(monday) ?? 0) + 1);
  }
}

/** The value of `key` in `map`, made by `make` and kept there when there is none yet. */
function entryOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
