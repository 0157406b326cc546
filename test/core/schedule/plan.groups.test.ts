import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitPeople } from '../../../src/core/feedback/people.js';
import { mondayOf, parseClock, parseIsoDate } from '../../../src/core/schedule/dates.js';
import { groupForMeetings } from '../../../src/core/schedule/groups.js';
import { planRota } from '../../../src/core/schedule/plan.js';
import type { SchedulePair } from '../../../src/core/schedule/types.js';
import { pair, settings } from './builders.js';

const grouped = (pairs: SchedulePair[]) => groupForMeetings(pairs, { sheetGroups: new Map(), groupMentors: 'all' }).units;

describe('planRota with groups', () => {
  it('gives a group one meeting each time, on a slot every member is free, counting once towards the mentor\'s cap', () => {
    const units = grouped([
      pair('p1', 'ana', 'dan', ['tue-after-school', 'thu-after-school']),
      pair('p2', 'ana', 'eve', ['thu-after-school']),
      pair('p3', 'ana', 'fay', ['mon-lunch', 'thu-after-school']),
    ]);
    const { rows, warnings } = planRota({ pairs: units, settings: settings({ start: '2027-01-04', every: '1w', count: 3, maxPerWeek: 1 }) });
    expect(warnings).toEqual([]);
    expect(rows.map((r) => [r.meeting_id, r.date, r.start, r.mentee_email])).toEqual([
      ['g-ana-m01', '2027-01-07', '16:00', 'dan@example.org; eve@example.org; fay@example.org'],
      ['g-ana-m02', '2027-01-14', '16:00', 'dan@example.org; eve@example.org; fay@example.org'],
      ['g-ana-m03', '2027-01-21', '16:00', 'dan@example.org; eve@example.org; fay@example.org'],
    ]);
  });

  it('moves a group\'s meeting when one member is busy elsewhere, and falls back to the mentor\'s times with a warning', () => {
    // Eve mentors Gus on Thursdays after school too, so the group cannot meet then.
    const units = grouped([pair('p1', 'ana', 'dan', ['thu-after-school', 'fri-lunch']), pair('p2', 'ana', 'eve', ['thu-after-school', 'fri-lunch'])]);
    const eve = pair('p9', 'eve', 'gus', ['thu-after-school']);
    const noCommon = grouped([pair('p3', 'ben', 'hal', ['mon-lunch'], ['wed-lunch']), pair('p4', 'ben', 'ivy', ['tue-lunch'], ['wed-lunch'])]);
    const { rows, warnings } = planRota({ pairs: [...units, eve, ...noCommon], settings: settings({ start: '2027-01-04', count: 1 }) });
    expect(rows.map((r) => [r.pair_id, r.date, r.start])).toEqual([
      ['g-ben', '2027-01-06', '12:30'],
      ['p9', '2027-01-07', '16:00'],
      ['g-ana', '2027-01-08', '12:30'],
    ]);
    expect(warnings.map((w) => w.message)).toEqual(["no time the whole group is free: meetings use the mentor's times (wed-lunch); check with Hal; Ivy"]);
  });

  it('never double-books any member of any group and keeps the weekly caps', () => {
    const people = ['ana', 'bob', 'cat', 'dan', 'eve', 'fay', 'gus'];
    const slots = ['mon-lunch', 'tue-after-school', 'wed-lunch', 'thu-after-school'];
    const pairsArb = fc
      .array(fc.record({ mentor: fc.integer({ min: 0, max: 2 }), mentee: fc.integer({ min: 1, max: 6 }), common: fc.subarray(slots) }), { minLength: 1, maxLength: 9 })
      .map((list) => {
        const seen = new Set<string>();
        return list
          .filter((p) => p.mentor !== p.mentee && !seen.has(`${p.mentee}`) && seen.add(`${p.mentee}`))
          .map((p, i) => pair(`p${i}`, people[p.mentor]!, people[p.mentee]!, p.common));
      });
    fc.assert(
      fc.property(pairsArb, fc.integer({ min: 1, max: 2 }), (pairs, maxPerWeek) => {
        const s = settings({ start: '2027-01-04', every: '1w', count: 4, maxPerWeek });
        const { rows } = planRota({ pairs: grouped(pairs), settings: s });
        const busy = new Map<string, [number, number][]>();
        const load = new Map<string, number>();
        for (const r of rows) {
          const [from, to] = [parseClock(r.start)!, parseClock(r.end)!];
          for (const email of [r.mentor_email, ...splitPeople(r.mentee_name, r.mentee_email).map((m) => m.email)]) {
            const taken = busy.get(`${email} ${r.date}`) ?? [];
            expect(taken.every(([a, b]) => to <= a || b <= from)).toBe(true);
            busy.set(`${email} ${r.date}`, [...taken, [from, to]]);
          }
          const week = `${r.mentor_email} ${mondayOf(parseIsoDate(r.date)!)}`;
          load.set(week, (load.get(week) ?? 0) + 1);
        }
        expect(Math.max(0, ...load.values())).toBeLessThanOrEqual(maxPerWeek);
      }),
      { numRuns: 100 },
    );
  });
});
