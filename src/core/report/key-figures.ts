import type { KeyFigure, ReportModel } from './model.js';
import { plural } from './tally.js';

type Sections = Pick<ReportModel, 'signups' | 'matching' | 'meetings' | 'today'> & Partial<Pick<ReportModel, 'feedback'>>;

/** The headline numbers of whichever sections exist, each with the line that explains it. */
export function keyFigures({ signups, matching, meetings, feedback, today }: Sections): KeyFigure[] {
  const figures: KeyFigure[] = [];
  if (signups) {
    const mentors = signups.byRole.find((t) => t.key === 'mentor')?.count ?? 0;
    const mentees = signups.byRole.find((t) => t.key === 'mentee')?.count ?? 0;
    const both = signups.byRole.find((t) => t.key === 'both')?.count ?? 0;
    figures.push({
      label: 'People signed up',
      value: String(signups.people),
      detail: `${plural(mentors, 'mentor')}, ${plural(mentees, 'mentee')}${both > 0 ? `, ${both} both` : ''}`,
      tone: 'neutral',
    });
  }
  if (matching) {
    const { matched, mentees, unmatched } = matching;
    figures.push({
      label: 'Mentees matched',
      value: mentees === null ? String(matched) : `${matched} of ${mentees}`,
      detail: mentees === null ? 'no unmatched sheet' : `${percent(matched, mentees)}; ${unmatched} waiting`,
      tone: mentees === null ? 'neutral' : matched === mentees ? 'good' : matched * 2 < mentees ? 'bad' : 'neutral',
    });
    if (matching.meanScore !== null) {
      figures.push({
        label: 'Mean match score',
        value: String(matching.meanScore),
        detail: `out of 100; median ${matching.medianScore}`,
        tone: 'neutral',
      });
    }
    if (matching.load) {
      const free = matching.load.capacity - matching.load.assigned;
      figures.push({
        label: 'Mentor places used',
        value: `${matching.load.assigned} of ${matching.load.capacity}`,
        detail: `${plural(Math.max(0, free), 'place')} free`,
        tone: 'neutral',
      });
    }
  }
  if (meetings) {
    figures.push({
      label: 'Meetings held',
      value: `${meetings.held} of ${meetings.total}`,
      detail: `${meetings.scheduled} scheduled, ${meetings.cancelled} cancelled, ${meetings.moved} moved${meetings.other > 0 ? `, ${meetings.other} other` : ''}`,
      tone: 'neutral',
    });
  }
  if (meetings && today !== null) {
    figures.push({
      label: 'Overdue meetings',
      value: String(meetings.overdue),
      detail: `${plural(meetings.noneHeld.length, 'pair')} yet to meet`,
      tone: meetings.overdue > 0 ? 'bad' : 'good',
    });
  }
  if (feedback) figures.push(...feedbackFigures(feedback, today));
  return figures;
}

/** Mean rating when any was given; stalled pairs when today is known. */
function feedbackFigures(feedback: NonNullable<ReportModel['feedback']>, today: string | null): KeyFigure[] {
  const figures: KeyFigure[] = [];
  const { rating, mentorRating: mentor, menteeRating: mentee } = feedback;
  if (rating.mean !== null) {
    figures.push({
      label: 'Mean rating',
      value: `${rating.mean} of 4`,
      detail: `mentors ${mentor.mean ?? '–'} (${mentor.count}), mentees ${mentee.mean ?? '–'} (${mentee.count})`,
      tone: 'neutral',
    });
  }
  if (today !== null) {
    const notAFit = feedback.notAFit.length;
    figures.push({
      label: 'Stalled pairs',
      value: String(feedback.stalled.length),
      detail: `no meeting for ${feedback.stalledAfterWeeks} weeks or first overdue${notAFit > 0 ? `; ${notAFit} not a fit` : ''}`,
      tone: feedback.stalled.length > 0 ? 'bad' : 'good',
    });
  }
  return figures;
}

/** `56%`; `–` of nothing. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`;
}
