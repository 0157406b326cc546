import { describe, expect, it } from 'vitest';
import { notAFitReleases, releaseReason, type FitMeeting } from '../../../src/core/feedback/releases.js';

const meeting = (pairId: string, date: string, fit: string, mentee = 'bob', mentor = 'ana'): FitMeeting => ({
  pairId,
  date,
  mentorName: mentor.toUpperCase(),
  mentorEmail: `${mentor}@X.org`,
  menteeName: mentee.toUpperCase(),
  menteeEmail: `${mentee}@x.org`,
  fit,
});

describe('notAFitReleases', () => {
  it('releases each pair marked not-a-fit on any meeting once, with the earliest date marked', () => {
    const releases = notAFitReleases([
      meeting('p1', '2027-02-03', 'not-a-fit'),
      meeting('p1', '2027-01-20', 'Not a fit'),
      meeting('p1', '2027-01-06', 'unsure'),
      meeting('p2', '2027-01-07', 'good', 'cat'),
      meeting('p3', '2027-01-08', '', 'dan'),
    ]);
    expect(releases).toEqual([
      { pairId: 'p1', mentorName: 'ANA', mentorEmail: 'ana@x.org', menteeName: 'BOB', menteeEmail: 'bob@x.org', date: '2027-01-20' },
    ]);
    expect(releaseReason(releases[0]!)).toBe('marked not-a-fit in the rota on 2027-01-20');
  });

  it('releases every mentee of a group whose meeting is marked not-a-fit', () => {
    const group = { ...meeting('g-ana', '2027-01-05', 'not-a-fit'), menteeName: 'Eve; Fay', menteeEmail: 'eve@x.org; fay@x.org' };
    expect(notAFitReleases([group, meeting('p9', '2027-01-05', 'not-a-fit', 'cat', 'ben')]).map((r) => [r.mentorEmail, r.menteeEmail, r.menteeName])).toEqual([
      ['ben@x.org', 'cat@x.org', 'CAT'],
      ['ana@x.org', 'eve@x.org', 'Eve'],
      ['ana@x.org', 'fay@x.org', 'Fay'],
    ]);
  });
});
