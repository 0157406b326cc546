import { describe, expect, it } from 'vitest';
import { keyFigures, percent } from '../../../src/core/report/key-figures.js';
import { buildMeetings } from '../../../src/core/report/meetings.js';
import { meetingRow } from './builders.js';

describe('keyFigures', () => {
  it('shows only figures of sections that exist, and overdue only with a today', () => {
    const meetings = buildMeetings([meetingRow('1', '2027-01-04', 'scheduled')], '2027-02-01');
    expect(keyFigures({ signups: null, matching: null, meetings, today: null }).map((f) => f.label)).toEqual(['Meetings held']);
    const withToday = keyFigures({ signups: null, matching: null, meetings, today: '2027-02-01' });
    expect(withToday[1]).toMatchObject({ label: 'Overdue meetings', value: '1', tone: 'bad' });
    expect(keyFigures({ signups: null, matching: null, meetings: null, today: null })).toEqual([]);
  });
});

describe('percent', () => {
  it('rounds to a whole percent and shows a dash for nothing', () => {
    expect([percent(5, 9), percent(0, 0), percent(1, 3)]).toEqual(['56%', '–', '33%']);
  });
});
