import type { BANDS } from '../types.js';

/** A band of the school day: `morning`, `lunch`, `after-school` or `evening`. */
export type Band = (typeof BANDS)[number];

/** Start time of each band, in minutes after midnight (local wall-clock time). */
export type BandTimes = Record<Band, number>;

/** How often a pair meets: every N weeks, or once a month (same week of the month). */
export type Cadence = { unit: 'week'; weeks: number } | { unit: 'month' };

/** One side of a pair; people are identified by their lower-cased e-mail. */
export interface Participant {
  id: string;
  name: string;
  email: string;
}

/**
 * A pair to schedule, as read from a match sheet, or a group: a mentor meeting several mentees together. A group's
 * `pairId` is its group id and its `mentee` stands for all of them (names and e-mails joined by `; `, as the rota
 * shows them); `members` lists them one by one.
 */
export interface SchedulePair {
  pairId: string;
  mentor: Participant;
  mentee: Participant;
  /** The mentees of a group, by e-mail; absent for a pair. */
  members?: Participant[];
  /** Weekly slots both are free (`tue-after-school`), canonical order. */
  commonSlots: string[];
  /** The mentor's own slots, used when the pair has no common slot. */
  mentorSlots: string[];
  mode: string;
}

/** A holiday (or a term break): every day from `start` to `end`, both included, ISO dates. */
export interface Holiday {
  start: string;
  end: string;
  name: string;
}

/** Everything the planner needs to know, already validated (see `resolveScheduleSettings`). */
export interface ScheduleSettings {
  /** First day a meeting may fall on (ISO date). */
  start: string;
  every: Cadence;
  /** Meetings per pair. */
  count: number;
  /** Last day a meeting may fall on (ISO date), or null for no limit. */
  until: string | null;
  durationMinutes: number;
  bands: BandTimes;
  /** Meetings a mentor leads in one week (Monday–Sunday), at most. */
  maxPerWeek: number;
  /** Whether England and Wales bank holidays are skipped. */
  bankHolidays: boolean;
  /** IANA time zone of every date and time in the rota. */
  tz: string;
  /** Today's date in `tz` (ISO); nothing new is planned before it. */
  today: string;
  /** Slot used when a pair has no common slot and the mentor gave no availability. */
  defaultSlot: string;
  /** Holiday files (.csv of ranges or .ics) the command should read. */
  holidayFiles: string[];
  /** Domain part of calendar UIDs (`p001-m03@edumentor`). */
  icsDomain: string;
  calendarName: string;
}

/** A row-level problem in an input sheet: the row is left out and reported, never lost silently. */
export interface RowProblem {
  file: string;
  sheet?: string;
  row: number;
  column?: string;
  message: string;
}

/** Something an organiser should know about a pair's meetings (a fallback slot, a dropped meeting). */
export interface ScheduleWarning {
  pair_id: string;
  message: string;
}

/** A meeting that could not be placed, with the reason. */
export interface UnscheduledMeeting {
  pair_id: string;
  meeting_no: number;
  reason: string;
}
