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

/** Who is busy when, and how many meetings each mentor leads in each week. */
export class Bookings {
  private readonly busy = new Map<string, Array<readonly [number, number]>>();
  private readonly load = new Map<string, number>();

  /** Whether a person (by e-mail) has nothing overlapping `start`–`end` on `day`. */
  isFree(email: string, day: number, start: number, end: number): boolean {
    const taken = this.busy.get(`${email} ${day}`) ?? [];
    return taken.every(([from, to]) => end <= from || to <= start);
  }

  /** Meetings a person leads as mentor in the week starting on `monday`. */
  mentorLoad(email: string, monday: number): number {
    return this.load.get(`${email} ${monday}`) ?? 0;
  }

  /** Records a meeting: everyone in it busy, one more meeting in the mentor's week (a group's meeting counts once). */
  add(booking: Booking): void {
    const mentees = booking.menteeEmail.split(';').map((e) => e.trim()).filter((e) => e !== '');
    for (const email of [booking.mentorEmail, ...mentees]) {
      const key = `${email} ${booking.day}`;
      this.busy.set(key, [...(this.busy.get(key) ?? []), [booking.start, booking.end] as const]);
    }
    const week = `${booking.mentorEmail} ${mondayOf(booking.day)}`;
    this.load.set(week, (this.load.get(week) ?? 0) + 1);
  }
}
