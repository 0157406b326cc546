import { feedbackCells, feedbackIssues, INVALID, parseFit, parseRating, type FeedbackColumn, type Fit } from '../feedback/values.js';
import type { OnProgress } from '../types.js';
import { groupBy } from './group-by.js';
import { cell, type SheetRecord } from './input.js';
import { eachOnce } from '../each-once.js';
import { isoDate, isoWeek, mondayFinder } from './iso-week.js';
import type { FeedbackSection, NotAFitPair, PairFeedback, RatingSummary, Tally, WeekRatings } from './model.js';
import { pairIdOf, PAIR_ORDER } from './pair-order.js';
import { readRows } from './progress.js';
import { meetingStatus } from '../schedule/rota.js';
import { mentorsAllStalled, stalledPairs, type PairHistory } from './stalled.js';

/** A rota row reduced to what feedback counts. */
interface RatedMeeting {
  pairId: string;
  date: string | null;
  status: string;
  mentorRating: number | null;
  menteeRating: number | null;
  fit: Fit | null;
  /** The feedback cells as written, by canonical column. */
  feedback: Record<FeedbackColumn, string>;
  record: SheetRecord;
}

const FIT_LABELS: Record<Fit | '', string> = { good: 'Good', unsure: 'Unsure', 'not-a-fit': 'Not a fit', '': 'Not given' };

/**
 * Ratings per week and per pair, pairs marked not-a-fit, and (with `today`) the pairs that stalled and the mentors
 * all of whose pairs did. Cells that are no rating (1–4) or fit are listed in `invalid` and not counted.
 * `onProgress` is told how many rota rows are read (phase `reading feedback`), and that all are once they are summed up.
 */
export function buildFeedback(
  rota: readonly SheetRecord[],
  today: string | null,
  stalledAfterWeeks: number,
  onProgress?: OnProgress,
): FeedbackSection {
  const dateOf = eachOnce(isoDate);
  const meetings = readRows(rota, (record) => readMeeting(record, dateOf), 'reading feedback', onProgress);
  // The cells already found by column: finding them in each row again would double the time on a large rota.
  const invalid = meetings.flatMap(({ feedback, record }) =>
    feedbackIssues(feedback).map((issue) => `meeting ${cell(record, 'meeting_id') || cell(record, 'pair_id')}: ${issue.message}`),
  );
  const byPair = groupBy(meetings, (m) => m.pairId);
  const histories: PairHistory[] = [...byPair]
    .map(([pairId, group]) => ({ pairId, ...people(group[0]!.record), meetings: group }))
    .sort((a, b) => PAIR_ORDER(a.pairId, b.pairId));
  const stalled = today === null ? [] : stalledPairs(histories, today, stalledAfterWeeks);
  const stalledIds = new Set(stalled.map((s) => s.pairId));
  const pairs = histories.map((h) => pairFeedback(h, byPair.get(h.pairId) ?? [], stalledIds.has(h.pairId)));
  const section: FeedbackSection = {
    stalledAfterWeeks,
    rating: summary(meetings.flatMap((m) => [m.mentorRating, m.menteeRating])),
    mentorRating: summary(meetings.map((m) => m.mentorRating)),
    menteeRating: summary(meetings.map((m) => m.menteeRating)),
    fit: (['good', 'unsure', 'not-a-fit', ''] as const).map((key) => ({
      key,
      label: FIT_LABELS[key],
      count: pairs.filter((p) => p.fit === key).length,
    })) satisfies Tally[],
    byWeek: weekRatings(meetings),
    byPair: pairs,
    notAFit: histories.flatMap((h) => notAFit(h, byPair.get(h.pairId) ?? [])),
    stalled,
    mentorsAllStalled: mentorsAllStalled(histories, stalled),
    invalid,
  };
  onProgress?.('reading feedback', rota.length, rota.length);
  return section;
}

function readMeeting(record: SheetRecord, dateOf: (text: string) => string | null): RatedMeeting {
  const feedback = feedbackCells(record);
  const rating = (text: string) => {
    const value = parseRating(text);
    return value === INVALID ? null : value;
  };
  const fit = parseFit(feedback.fit);
  return {
    pairId: pairIdOf(record),
    date: dateOf(cell(record, 'date')),
    status: meetingStatus(cell(record, 'status')),
    mentorRating: rating(feedback.mentor_rating),
    menteeRating: rating(feedback.mentee_rating),
    fit: fit === INVALID ? null : fit,
    feedback,
    record,
  };
}

function people(record: SheetRecord): Pick<PairHistory, 'mentor' | 'mentee'> {
  return {
    mentor: { name: cell(record, 'mentor_name'), email: cell(record, 'mentor_email').toLowerCase() },
    mentee: { name: cell(record, 'mentee_name'), email: cell(record, 'mentee_email').toLowerCase() },
  };
}

function pairFeedback(history: PairHistory, meetings: readonly RatedMeeting[], stalled: boolean): PairFeedback {
  const byDate = [...meetings].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const held = byDate.filter((m) => m.status === 'held' && m.date !== null);
  return {
    pairId: history.pairId,
    mentor: history.mentor,
    mentee: history.mentee,
    mentorRating: summary(meetings.map((m) => m.mentorRating)),
    menteeRating: summary(meetings.map((m) => m.menteeRating)),
    fit: byDate.filter((m) => m.fit !== null).pop()?.fit ?? '',
    lastHeld: held[held.length - 1]?.date ?? '',
    stalled,
  };
}

function notAFit(history: PairHistory, meetings: readonly RatedMeeting[]): NotAFitPair[] {
  const marked = meetings.filter((m) => m.fit === 'not-a-fit').map((m) => m.date ?? '').sort();
  if (marked.length === 0) return [];
  return [{ pairId: history.pairId, mentor: history.mentor, mentee: history.mentee, date: marked.find((d) => d !== '') ?? '' }];
}

function weekRatings(meetings: readonly RatedMeeting[]): WeekRatings[] {
  const rated = meetings.filter((m) => m.date !== null && (m.mentorRating !== null || m.menteeRating !== null));
  const mondayOf = mondayFinder();
  return [...groupBy(rated, (m) => mondayOf(m.date as string))]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([monday, group]) => ({
      week: isoWeek(monday),
      monday,
      mentor: summary(group.map((m) => m.mentorRating)),
      mentee: summary(group.map((m) => m.menteeRating)),
    }));
}

/** How many ratings there are and their mean, to one decimal. */
export function summary(ratings: readonly (number | null)[]): RatingSummary {
  const given = ratings.filter((r): r is number => r !== null);
  const total = given.reduce((sum, r) => sum + r, 0);
  return { count: given.length, mean: given.length === 0 ? null : Math.round((10 * total) / given.length) / 10 };
}
