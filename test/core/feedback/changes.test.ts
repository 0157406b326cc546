import { describe, expect, it } from 'vitest';
import { withReleases } from '../../../src/core/feedback/changes.js';
import type { Release } from '../../../src/core/feedback/releases.js';
import type { ChangeRow } from '../../../src/core/match/types.js';

const change = (kind: ChangeRow['change'], mentor: string, mentee: string, reason: string): ChangeRow => ({
  change: kind,
  mentor_email: `${mentor}@x.org`,
  mentor_name: mentor,
  mentee_email: `${mentee}@x.org`,
  mentee_name: mentee,
  reason,
});
const release = (mentor: string, mentee: string, date: string): Release => ({
  pairId: `${mentor}-${mentee}`,
  mentorName: mentor,
  mentorEmail: `${mentor}@x.org`,
  menteeName: mentee,
  menteeEmail: `${mentee}@x.org`,
  date,
});
const keep = (mentor: string, mentee: string) => ({ mentorEmail: `${mentor}@x.org`, menteeEmail: `${mentee}@x.org` });

describe('withReleases', () => {
  it('says why a kept pair was released, adds the release the matcher did not list, and names whom a new pair replaces', () => {
    const changes = [
      change('kept', 'ana', 'dan', 'both still signed up'),
      change('released', 'ana', 'bob', 'the pair is on the exclusion list'),
      change('new', 'cat', 'bob', 'score 61'),
      change('new', 'ana', 'eve', 'score 70'),
    ];
    const releases = [release('ana', 'bob', '2027-01-20'), release('ben', 'eve', '2027-01-21'), release('cat', 'zed', '2027-01-22')];
    const rows = withReleases(changes, releases, [keep('ana', 'dan'), keep('ana', 'bob'), keep('ben', 'eve')]);
    expect(rows.map((r) => [r.change, r.mentor_name, r.mentee_name, r.reason])).toEqual([
      ['kept', 'ana', 'dan', 'both still signed up'],
      ['released', 'ana', 'bob', 'marked not-a-fit in the rota on 2027-01-20'],
      ['released', 'ben', 'eve', 'marked not-a-fit in the rota on 2027-01-21'],
      ['new', 'cat', 'bob', 'score 61; in place of ana (not a fit)'],
      ['new', 'ana', 'eve', 'score 70; in place of ben (not a fit)'],
    ]);
  });

  it('changes nothing without releases', () => {
    const changes = [change('kept', 'ana', 'dan', 'both still signed up')];
    expect(withReleases(changes, [], [keep('ana', 'dan')])).toEqual(changes);
    expect(withReleases([], [release('ana', 'bob', '2027-01-20')], [])).toEqual([]);
  });
});
