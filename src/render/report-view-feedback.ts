import type { FeedbackSection, PersonRef, RatingSummary, StallReason } from '../core/report/model.js';
import { plural } from '../core/report/tally.js';
import { formatDate, personName } from './report-format.js';
import { limited, type SectionBody, type ViewList, type ViewTable } from './report-view-parts.js';

/** Why a pair counts as stalled, in words. */
export const STALL_REASONS: Record<StallReason, string> = {
  'first-meeting-overdue': 'first meeting overdue',
  'no-meeting-held': 'no meeting held since',
};

/** A rating summary as `3.4 (5)`, or `–` with none. */
export function ratingText(rating: RatingSummary): string {
  return rating.mean === null ? '–' : `${rating.mean} (${rating.count})`;
}

/** The feedback section as facts, lists and tables. */
export function feedbackView(f: FeedbackSection, today: string | null): SectionBody {
  const facts = [ratingsFact(f), `Fit, by each pair's latest mark: ${f.fit.map((t) => `${t.count} ${t.label.toLowerCase()}`).join(', ')}.`];
  facts.push(
    today === null
      ? 'No date was given for today, so no pair is counted as stalled.'
      : `${plural(f.stalled.length, 'pair')} of ${f.byPair.length} stalled: first meeting overdue, or no meeting held for ${plural(f.stalledAfterWeeks, 'week')}.`,
  );
  if (f.mentorsAllStalled.length > 0) facts.push(`${plural(f.mentorsAllStalled.length, 'mentor')} with every pair stalled: worth a call.`);
  const lists: ViewList[] = [];
  if (f.mentorsAllStalled.length > 0) {
    lists.push({ title: 'Mentors whose pairs have all stalled', items: f.mentorsAllStalled.map((m) => `${personName(m.mentor)}: ${plural(m.pairs, 'pair')}`) });
  }
  if (f.invalid.length > 0) lists.push({ title: 'Feedback cells left out (not a rating 1–4 or a fit)', items: f.invalid });
  const rated = f.byPair.filter((p) => p.mentorRating.count + p.menteeRating.count > 0 || p.fit !== '');
  const tables: ViewTable[] = [
    {
      caption: 'Ratings per ISO week (mean of 4, with how many)',
      columns: ['Week', 'Starts', 'Mentors', 'Mentees'],
      ...limited(f.byWeek.map((w) => [w.week, formatDate(w.monday), ratingText(w.mentor), ratingText(w.mentee)]), 'weeks'),
    },
    {
      caption: 'Pairs marked not a fit',
      columns: ['Pair', 'Mentor', 'Mentee', 'Marked on'],
      ...limited(f.notAFit.map((p) => [p.pairId, ...names(p), p.date ? formatDate(p.date) : '–']), 'pairs'),
    },
    {
      caption: `Stalled pairs (as of ${today ? formatDate(today) : 'no date'})`,
      columns: ['Pair', 'Mentor', 'Mentee', 'Why', 'Since', 'Weeks'],
      ...limited(
        f.stalled.map((s) => [s.pairId, ...names(s), STALL_REASONS[s.reason], dateOrDash(s.lastHeld || s.firstMeeting), s.weeks]),
        'pairs',
      ),
    },
    {
      caption: 'Ratings per pair (mean of 4, with how many)',
      columns: ['Pair', 'Mentor', 'Mentee', 'By mentor', 'By mentee', 'Fit'],
      ...limited(rated.map((p) => [p.pairId, ...names(p), ratingText(p.mentorRating), ratingText(p.menteeRating), p.fit || '–']), 'pairs'),
    },
  ];
  return { facts, lists, tables };
}

function ratingsFact(f: FeedbackSection): string {
  if (f.rating.count === 0) {
    return 'No ratings yet: fill in mentor_rating and mentee_rating (1–4) and fit (good, unsure, not-a-fit) in the rota.';
  }
  const side = (r: RatingSummary, who: string) => `${plural(r.count, 'rating')} from ${who}${r.mean === null ? '' : ` (mean ${r.mean})`}`;
  return `${side(f.mentorRating, 'mentors')} and ${side(f.menteeRating, 'mentees')}; ${f.rating.mean} of 4 overall.`;
}

function names(pair: { mentor: PersonRef; mentee: PersonRef }): string[] {
  return [personName(pair.mentor), personName(pair.mentee)];
}

function dateOrDash(date: string): string {
  return date ? formatDate(date) : '–';
}
