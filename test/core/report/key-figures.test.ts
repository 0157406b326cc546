import { describe, expect, it } from 'vitest';
import { keyFigures, percent } from '../../../src/core/report/key-figures.js';
import { buildFeedback } from '../../../src/core/report/feedback.js';
import { buildMeetings } from '../../../src/core/report/meetings.js';
import { readRoster } from '../../../src/core/report/roster.js';
import { buildSignups } from '../../../src/core/report/signups.js';
import { DEFAULT_STAGES } from '../../../src/core/stages.js';
import { meetingRow, rosterRow } from './builders.js';
import { RATED_ROTA, RATED_TODAY } from './rated-rota.js';

describe('keyFigures', () => {
  it('shows only figures of sections that exist, and overdue only with a today', () => {
    const meetings = buildMeetings([meetingRow('1', '2027-01-04', 'scheduled')], '2027-02-01');
    expect(keyFigures({ signups: null, matching: null, meetings, today: null }).map((f) => f.label)).toEqual(['Meetings held']);
    const withToday = keyFigures({ signups: null, matching: null, meetings, today: '2027-02-01' });
    expect(withToday[1]).toMatchObject({ label: 'Overdue meetings', value: '1', tone: 'bad' });
    expect(keyFigures({ signups: null, matching: null, meetings: null, today: null })).toEqual([]);
  });

  it('counts people on both sides in the sign-up detail, so the parts add up to the whole', () => {
    const roster = readRoster([rosterRow('a', { role: 'mentor' }), rosterRow('b'), rosterRow('c', { role: 'both' })]);
    const signups = buildSignups(roster, DEFAULT_STAGES, { duplicatesMerged: null, rowsRejected: null });
    const [figure] = keyFigures({ signups, matching: null, meetings: null, today: null });
    expect(figure).toMatchObject({ value: '3', detail: '1 mentor, 1 mentee, 1 both' });
  });

  it('counts meetings of a status outside the four in the held detail, so its parts add up to the whole', () => {
    const rows = [meetingRow('1', '2027-01-04', 'held'), meetingRow('2', '2027-01-11', 'postponed'), meetingRow('3', '2027-01-18', 'scheduled')];
    const [figure] = keyFigures({ signups: null, matching: null, meetings: buildMeetings(rows, null), today: null });
    expect(figure).toMatchObject({ value: '1 of 3', detail: '1 scheduled, 0 cancelled, 0 moved, 1 other' });
  });
});

describe('keyFigures of feedback', () => {
  it('shows the mean rating when there are ratings, and the stalled pairs when today is known', () => {
    const base = { signups: null, matching: null, meetings: null };
    const rated = keyFigures({ ...base, feedback: buildFeedback(RATED_ROTA, RATED_TODAY, 4), today: RATED_TODAY });
    expect(rated).toEqual([
      { label: 'Mean rating', value: '2.9 of 4', detail: 'mentors 2.5 (4), mentees 3.3 (4)', tone: 'neutral' },
      { label: 'Stalled pairs', value: '3', detail: 'no meeting for 4 weeks or first overdue; 1 not a fit', tone: 'bad' },
    ]);
    const quiet = buildFeedback([meetingRow('1', '2027-01-04', 'held')], null, 4);
    expect(keyFigures({ ...base, feedback: quiet, today: null })).toEqual([]);
    expect(keyFigures({ ...base, feedback: quiet, today: '2027-01-05' })).toEqual([
      { label: 'Stalled pairs', value: '0', detail: 'no meeting for 4 weeks or first overdue', tone: 'good' },
    ]);
  });
});

describe('percent', () => {
  it('rounds to a whole percent and shows a dash for nothing', () => {
    expect([percent(5, 9), percent(0, 0), percent(1, 3)]).toEqual(['56%', '–', '33%']);
  });
});
