import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englandAndWalesBankHolidays } from '../../../src/core/schedule/bank-holidays.js';
import { isoDate, mondayOf, parseClock, parseIsoDate } from '../../../src/core/schedule/dates.js';
import { planRota, type PlanInput } from '../../../src/core/schedule/plan.js';
import type { Holiday } from '../../../src/core/schedule/types.js';
import { pair, settings } from './builders.js';

const PEOPLE = ['ana', 'bob', 'cat', 'dan', 'eve', 'fay'];
const SLOT_POOL = ['mon-after-school', 'tue-lunch', 'tue-after-school', 'wed-evening', 'thu-after-school', 'sat-morning'];
const day = (text: string): number => parseIsoDate(text) as number;

/** Random match sheets (shared mentors, people on both sides), holidays and options. */
const planInput: fc.Arbitrary<PlanInput> = fc
  .record({
    pairs: fc.array(
      fc.record({
        mentor: fc.integer({ min: 0, max: 5 }),
        offset: fc.integer({ min: 1, max: 5 }),
        common: fc.subarray(SLOT_POOL),
        mentorOnly: fc.subarray(SLOT_POOL, { maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    holidays: fc.array(
      fc.record({ start: fc.integer({ min: day('2027-01-01'), max: day('2027-06-30') }), length: fc.integer({ min: 1, max: 14 }) }),
      { maxLength: 4 },
    ),
    every: fc.constantFrom('1w', '2w', 'month'),
    count: fc.integer({ min: 1, max: 6 }),
    untilDays: fc.option(fc.integer({ min: 20, max: 200 }), { nil: undefined }),
    maxPerWeek: fc.integer({ min: 1, max: 3 }),
    duration: fc.constantFrom('45m', '1h', '4h'),
    bankHolidays: fc.boolean(),
  })
  .map((r) => ({
    pairs: r.pairs.map((p, i) =>
      pair(`p${i + 1}`, PEOPLE[p.mentor] as string, PEOPLE[(p.mentor + p.offset) % 6] as string, p.common, p.mentorOnly),
    ),
    holidays: r.holidays.map((h, i): Holiday => ({ start: isoDate(h.start), end: isoDate(h.start + h.length - 1), name: `H${i}` })),
    settings: settings({
      start: '2027-01-04',
      every: r.every,
      count: r.untilDays === undefined ? r.count : undefined,
      until: r.untilDays === undefined ? undefined : isoDate(day('2027-01-04') + r.untilDays),
      maxPerWeek: r.maxPerWeek,
      duration: r.duration,
      bankHolidays: r.bankHolidays,
    }),
  }));

const BANK_HOLIDAYS = englandAndWalesBankHolidays(2026, 2029);

function isHoliday(date: string, input: PlanInput): boolean {
  const bank = input.settings.bankHolidays ? BANK_HOLIDAYS : [];
  return [...(input.holidays ?? []), ...bank].some((h) => h.start <= date && date <= h.end);
}

describe('planRota properties', () => {
  it('never double-books, never meets on a holiday or past the end, keeps the caps, accounts for every meeting', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const { rows, unscheduled } = planRota(input);
        const { settings: s } = input;
        const busy = new Map<string, [number, number][]>();
        const load = new Map<string, number>();
        for (const r of rows) {
          expect(isHoliday(r.date, input)).toBe(false);
          expect(r.date >= s.start && r.date >= s.today).toBe(true);
          if (s.until !== null) expect(r.date <= s.until).toBe(true);
          const [from, to] = [parseClock(r.start) as number, parseClock(r.end) as number];
          for (const email of [r.mentor_email, r.mentee_email]) {
            const key = `${email} ${r.date}`;
            const taken = busy.get(key) ?? [];
            expect(taken.every(([a, b]) => to <= a || b <= from)).toBe(true);
            busy.set(key, [...taken, [from, to]]);
          }
          const week = `${r.mentor_email} ${mondayOf(day(r.date))}`;
          load.set(week, (load.get(week) ?? 0) + 1);
        }
        expect(Math.max(0, ...load.values())).toBeLessThanOrEqual(s.maxPerWeek);
        for (const p of input.pairs) {
          const numbers = [...rows, ...unscheduled].filter((m) => m.pair_id === p.pairId).map((m) => m.meeting_no);
          expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: s.count }, (_, i) => i + 1));
          const dates = rows.filter((r) => r.pair_id === p.pairId).sort((a, b) => a.meeting_no - b.meeting_no).map((r) => r.date);
          expect(dates).toEqual([...dates].sort());
        }
        expect(unscheduled.every((u) => u.reason.length > 0)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic and ignores the order of the pairs', () => {
    fc.assert(
      fc.property(
        planInput.chain((input) =>
          fc.shuffledSubarray([...input.pairs], { minLength: input.pairs.length }).map((shuffled) => ({ input, shuffled })),
        ),
        ({ input, shuffled }) => {
          expect(planRota({ ...input, pairs: shuffled })).toEqual(planRota(input));
        },
      ),
      { numRuns: 60 },
    );
  });
});
