import type { FeedbackSection } from '../core/report/model.js';
import type { ReportSheet, SheetCell } from './report-sheets-types.js';

/** The feedback section as sheets: a summary with the weeks, every pair's feedback, and the stalled pairs. */
export function feedbackSheets(f: FeedbackSection): ReportSheet[] {
  const mean = (value: number | null) => value ?? '';
  const rows: SheetCell[][] = [
    ['Ratings', 'All', f.rating.count, mean(f.rating.mean)],
    ['Ratings', 'Mentors', f.mentorRating.count, mean(f.mentorRating.mean)],
    ['Ratings', 'Mentees', f.menteeRating.count, mean(f.menteeRating.mean)],
    ...f.fit.map((t) => ['Fit (pairs)', t.label, t.count, '']),
    ['Stalled', `Pairs (no meeting for ${f.stalledAfterWeeks} weeks, or first overdue)`, f.stalled.length, ''],
    ['Stalled', 'Mentors with every pair stalled', f.mentorsAllStalled.length, ''],
    ...f.mentorsAllStalled.map((m) => ['Mentor with every pair stalled', m.mentor.name, m.pairs, '']),
    ...f.byWeek.flatMap((w) => [
      [`Week ${w.week} (${w.monday})`, 'Mentors', w.mentor.count, mean(w.mentor.mean)],
      [`Week ${w.week} (${w.monday})`, 'Mentees', w.mentee.count, mean(w.mentee.mean)],
    ]),
    ...f.invalid.map((text) => ['Left out', text, '', '']),
  ];
  const person = (p: { mentor: { name: string; email: string }; mentee: { name: string; email: string } }) => [
    p.mentor.name,
    p.mentor.email,
    p.mentee.name,
    p.mentee.email,
  ];
  const notAFit = new Map(f.notAFit.map((p) => [p.pairId, p.date]));
  return [
    { name: 'Feedback', columns: ['Part', 'Item', 'Count', 'Mean'], rows },
    {
      name: 'Feedback per pair',
      columns: ['Pair', 'Mentor', 'Mentor e-mail', 'Mentee', 'Mentee e-mail', 'Mentor ratings', 'Mentor mean', 'Mentee ratings', 'Mentee mean', 'Fit', 'Not a fit on', 'Last held', 'Stalled'],
      rows: f.byPair.map((p) => [
        p.pairId,
        ...person(p),
        p.mentorRating.count,
        mean(p.mentorRating.mean),
        p.menteeRating.count,
        mean(p.menteeRating.mean),
        p.fit,
        notAFit.get(p.pairId) ?? '',
        p.lastHeld,
        p.stalled ? 'yes' : '',
      ]),
    },
    {
      name: 'Stalled pairs',
      columns: ['Pair', 'Mentor', 'Mentor e-mail', 'Mentee', 'Mentee e-mail', 'Why', 'First meeting', 'Last held', 'Weeks'],
      rows: f.stalled.map((s) => [s.pairId, ...person(s), s.reason, s.firstMeeting, s.lastHeld, s.weeks]),
    },
  ];
}
