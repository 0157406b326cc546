import type { InputKey } from './input.js';

/** The whole report: what every renderer draws and what `--json` writes. */
export interface ReportModel {
  title: string;
  /** The date overdue meetings were judged against; null when none was given. */
  today: string | null;
  /** Whether names and e-mails were replaced by pseudonyms. */
  redacted: boolean;
  /** Rows read from each input that was given. */
  sources: SourceCount[];
  /** Sections left out for want of an input, and which inputs would bring them. */
  missing: MissingSection[];
  /** The few numbers to show first. */
  keyFigures: KeyFigure[];
  signups: SignupsSection | null;
  supply: SupplySection | null;
  matching: MatchingSection | null;
  meetings: MeetingsSection | null;
  feedback: FeedbackSection | null;
  quality: QualitySection | null;
}

/** The report's sections, in order. */
export const SECTION_KEYS = ['signups', 'supply', 'matching', 'meetings', 'feedback', 'quality'] as const;
/** The name of one section of the report. */
export type SectionKey = (typeof SECTION_KEYS)[number];

/** How many rows one input had. */
export interface SourceCount {
  input: InputKey;
  rows: number;
}

/** A section the report could not build; any one of `needs` would bring it. */
export interface MissingSection {
  section: SectionKey;
  needs: InputKey[];
}

/** One headline number: `value` as shown, `detail` a short line under it. */
export interface KeyFigure {
  label: string;
  value: string;
  detail: string;
  tone: 'good' | 'bad' | 'neutral';
}

/** Somebody named in the report (pseudonyms and an empty e-mail once redacted). */
export interface PersonRef {
  name: string;
  email: string;
}

/** A value (slug) and how often it occurs. */
export interface Tally {
  key: string;
  label: string;
  count: number;
}

/** A value counted per side; someone with role `both` counts on each side but once in `total`. */
export interface SideTally {
  key: string;
  label: string;
  mentors: number;
  mentees: number;
  total: number;
}

/** Who signed up (from the roster) and, when known, what import merged or dropped. */
export interface SignupsSection {
  people: number;
  byRole: Tally[];
  byStage: SideTally[];
  byPhase: SideTally[];
  byRegion: SideTally[];
  /** Rows merged into an earlier sign-up; null without the duplicates sheet. */
  duplicatesMerged: number | null;
  /** Distinct source rows rejected; null without the rejects sheet. */
  rowsRejected: number | null;
}

/** The dimensions supply is compared with demand on. */
export const SUPPLY_DIMENSIONS = ['phase', 'subject', 'region', 'focus'] as const;
/** One dimension of supply and demand. */
export type SupplyDimension = (typeof SUPPLY_DIMENSIONS)[number];

/** Demand and free mentor places for one value of one dimension. */
export interface SupplyRow {
  dimension: SupplyDimension;
  key: string;
  label: string;
  /** Mentees who asked for it. */
  wanting: number;
  /** Free places (capacity not yet used) of mentors who offer it. */
  places: number;
  /** Mentees who asked for it and have a mentor; null without the match sheet. */
  matched: number | null;
  /** Mentees who asked for it, have no mentor, and no free place could take: wanting − matched − places, at least 0. */
  shortfall: number;
}

/** Supply against demand, sorted by shortfall, with the gaps worth recruiting for. */
export interface SupplySection {
  /** Where free places came from: the mentors sheet, roster capacity less matches, or roster capacity alone. */
  placesFrom: 'mentors' | 'roster-less-matches' | 'roster';
  rows: SupplyRow[];
  /** The largest shortfalls, in words, largest first. */
  recruit: string[];
}

/** One bin of the score histogram: scores from `from` up to `to` (inclusive). */
export interface ScoreBin {
  from: number;
  to: number;
  count: number;
}

/** How many pairs met one matching criterion. */
export interface CriterionMet {
  key: 'phase' | 'subject' | 'focus' | 'slot' | 'region';
  label: string;
  met: number;
  of: number;
}

/** One mentor's places: capacity, used and free. */
export interface MentorLoad {
  mentor: PersonRef;
  capacity: number;
  assigned: number;
  free: number;
}

/** Mentor places in total and how they are used. */
export interface LoadSummary {
  from: 'mentors' | 'roster';
  mentors: number;
  capacity: number;
  assigned: number;
  /** Mentors with every place taken (capacity above 0). */
  full: number;
  /** Mentors with some but not all places taken. */
  partly: number;
  /** Mentors with places but no mentee. */
  unused: number;
  /** Mentors with no place to give: capacity 0, or listed in the unmatched sheet (no consent, paused). */
  paused: number;
  /** Every mentor, most loaded first. */
  rows: MentorLoad[];
}

/** How matching went. */
export interface MatchingSection {
  /** Mentees: matched + unmatched; null when neither the unmatched sheet nor the roster tells who is left. */
  mentees: number | null;
  matched: number;
  unmatched: number | null;
  /** Where the unmatched came from: the unmatched sheet, or roster mentees missing from the match sheet. */
  unmatchedFrom: 'unmatched' | 'roster' | null;
  pairs: number;
  /** Pairs kept from an earlier match sheet. */
  kept: number;
  unmatchedByReason: Tally[];
  /** Ten bins of ten points; the last holds 90–100. Empty when no pair has a score. */
  scoreBins: ScoreBin[];
  meanScore: number | null;
  medianScore: number | null;
  criteria: CriterionMet[];
  /** Null when neither the mentors sheet nor roster capacity is known. */
  load: LoadSummary | null;
  /** Null when the match run did not count them. */
  blockingPairs: number | null;
}

/** The statuses a meeting can have in the rota. */
export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled', 'moved'] as const;
/** One rota status. */
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Meetings counted by status; `other` holds any status outside the four. */
export interface StatusCounts {
  scheduled: number;
  held: number;
  cancelled: number;
  moved: number;
  other: number;
  /** Scheduled meetings dated before today (a part of `scheduled`). */
  overdue: number;
}

/** Meetings in one ISO week (`2027-W06`). */
export interface WeekMeetings extends StatusCounts {
  week: string;
  /** The Monday that starts the week. */
  monday: string;
}

/** One pair's meetings. */
export interface PairMeetings extends StatusCounts {
  pairId: string;
  mentor: PersonRef;
  mentee: PersonRef;
  total: number;
  /** The next scheduled meeting on or after today (the first scheduled one without today); '' when none. */
  next: string;
}

/** The rota's state. */
export interface MeetingsSection extends StatusCounts {
  total: number;
  /** Meetings whose date is not an ISO date (left out of `byWeek`). */
  undated: number;
  /** The first UNDATED_NAMED of them, by meeting id (pair and meeting number when a row has no id), in rota order. */
  undatedMeetings: string[];
  /** Every week from the first meeting to the last, empty weeks included. */
  byWeek: WeekMeetings[];
  byPair: PairMeetings[];
  /** Pairs with no meeting held yet. */
  noneHeld: PairMeetings[];
}

/** Ratings (1–4) given on one side: how many, and their mean to one decimal (null without any). */
export interface RatingSummary {
  count: number;
  mean: number | null;
}

/** Ratings of the meetings of one ISO week (`2027-W06`). */
export interface WeekRatings {
  week: string;
  /** The Monday that starts the week. */
  monday: string;
  mentor: RatingSummary;
  mentee: RatingSummary;
}

/** What the rota says about one pair (or group): ratings, the latest fit, and when it last met. */
export interface PairFeedback {
  pairId: string;
  mentor: PersonRef;
  mentee: PersonRef;
  mentorRating: RatingSummary;
  menteeRating: RatingSummary;
  /** The fit on the pair's latest meeting that has one; '' when none. */
  fit: '' | 'good' | 'unsure' | 'not-a-fit';
  /** The date of the latest held meeting; '' when none was held. */
  lastHeld: string;
  /** Whether the pair appears among the stalled. */
  stalled: boolean;
}

/** A pair marked not-a-fit, and the date of the first meeting marked so. */
export interface NotAFitPair {
  pairId: string;
  mentor: PersonRef;
  mentee: PersonRef;
  date: string;
}

/** Why a pair counts as stalled. */
export type StallReason = 'first-meeting-overdue' | 'no-meeting-held';

/** A pair that has stopped meeting: its first meeting is overdue, or nothing was held for the stall period. */
export interface StalledPair {
  pairId: string;
  mentor: PersonRef;
  mentee: PersonRef;
  reason: StallReason;
  /** The date of the pair's earliest meeting that is not cancelled; '' when there is none. */
  firstMeeting: string;
  /** The latest held meeting; '' when none was held. */
  lastHeld: string;
  /** Whole weeks from the overdue first meeting, or from the last held one, to today. */
  weeks: number;
}

/** A mentor every one of whose pairs has stalled. */
export interface StalledMentor {
  mentor: PersonRef;
  pairs: number;
}

/** Feedback and fit from the rota's optional columns, and the pairs that have stopped meeting. */
export interface FeedbackSection {
  /** A pair with no meeting held for this many weeks counts as stalled. */
  stalledAfterWeeks: number;
  /** Every rating, both sides together. */
  rating: RatingSummary;
  mentorRating: RatingSummary;
  menteeRating: RatingSummary;
  /** Pairs by their latest fit: `good`, `unsure`, `not-a-fit`, and `''` for none given. */
  fit: Tally[];
  /** Weeks that have a rating, in order. */
  byWeek: WeekRatings[];
  /** Every pair of the rota. */
  byPair: PairFeedback[];
  notAFit: NotAFitPair[];
  /** Empty when no date was given for today. */
  stalled: StalledPair[];
  mentorsAllStalled: StalledMentor[];
  /** Feedback cells that are no rating or fit, left out of the counts. */
  invalid: string[];
}

/** Problems found while importing. */
export interface QualitySection {
  /** Null without the warnings sheet. */
  warningsByKind: Tally[] | null;
  warnings: number | null;
  /** Rejects counted by reason (a row can have several); null without the rejects sheet. */
  rejectedByReason: Tally[] | null;
  rowsRejected: number | null;
  duplicatesMerged: number | null;
}
