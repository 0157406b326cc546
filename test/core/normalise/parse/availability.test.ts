import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLOTS } from '../../../../src/core/types.js';
import { parseAvailability } from '../../../../src/core/normalise/parse/availability.js';

const slots = (text: string, position = {}) => parseAvailability(text, position).slots;
const day = (d: string) => [`${d}-morning`, `${d}-lunch`, `${d}-after-school`, `${d}-evening`];

describe('parseAvailability', () => {
  it('reads the bands of a day-grid cell', () => {
    expect(slots('Lunchtime, Evening', { day: 'tue' })).toEqual(['tue-lunch', 'tue-evening']);
    expect(slots('Before school, After school', { day: 'sat' })).toEqual(['sat-morning', 'sat-after-school']);
  });

  it('reads the days of a band-grid cell', () => {
    expect(slots('Monday, Friday', { band: 'evening' })).toEqual(['mon-evening', 'fri-evening']);
  });

  it('gives a day with no band all four bands', () => {
    expect(slots('Monday;Wednesday;')).toEqual([...day('mon'), ...day('wed')]);
    expect(slots('Weekends')).toEqual([...day('sat'), ...day('sun')]);
  });

  it('reads days and bands together', () => {
    expect(slots('Tuesday after school')).toEqual(['tue-after-school']);
    expect(slots('Weekday evenings')).toEqual(['mon-evening', 'tue-evening', 'wed-evening', 'thu-evening', 'fri-evening']);
    expect(slots('Monday morning and Wednesday evening')).toEqual(['mon-morning', 'wed-evening']);
    expect(slots('Evenings on Thursday')).toEqual(['thu-evening']);
    expect(slots('Tuesday after school, Thursday evening')).toEqual(['tue-after-school', 'thu-evening']);
  });

  it('reads day ranges and clock times', () => {
    expect(slots('Mon-Wed after 6pm')).toEqual(['mon-evening', 'tue-evening', 'wed-evening']);
    expect(slots('Friday 3.30-5pm')).toEqual(['fri-after-school']);
    expect(slots('Thursday 12:30')).toEqual(['thu-lunch']);
  });

  it('reads "any time" as every slot, but not inside a narrower answer', () => {
    expect(slots('Any time')).toEqual(SLOTS);
    expect(slots('Any weekday evening')).toHaveLength(5);
  });

  it('lists the pieces that name no day or time', () => {
    expect(parseAvailability('Monday, by arrangement')).toEqual({ slots: day('mon'), unknown: ['by arrangement'] });
  });

  it('reads the roster’s own slots back', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...SLOTS), { minLength: 1 }), (chosen) => {
        const canonical = SLOTS.filter((slot) => chosen.includes(slot));
        expect(slots(canonical.join('; '))).toEqual(canonical);
      }),
      { numRuns: 200 },
    );
  });
});
