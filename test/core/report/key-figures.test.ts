import { describe, expect, it } from 'vitest';
import { keyFigures, percent } from '../../../src/core/report/key-figures.js';
import { buildMeetings } from '../../../src/core/report/meetings.js';
import { readRoster } from '../../../src/core/report/roster.js';
import { buildSignups } from '../../../src/core/report/signups.js';
import { DEFAULT_STAGES } from '../../../src/core/stages.js';
import { meetingRow, rosterRow } from './builders.js';

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
});

describe('percent', () => {
  it('rounds to a whole percent and shows a dash for nothing', () => {
    expect([percent(5, 9), percent(0, 0), percent(1, 3)]).toEqual(['56%', '–', '33%']);
  });
});
