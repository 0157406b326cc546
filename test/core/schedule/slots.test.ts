import { describe, expect, it } from 'vitest';
import { parseSlotList, slotParts, sortSlots } from '../../../src/core/schedule/slots.js';

describe('slots', () => {
  it('reads slot lists, a bare day meaning all four bands', () => {
    expect(parseSlotList('thu-lunch; tue-after-school')).toEqual({ slots: ['tue-after-school', 'thu-lunch'], unknown: [] });
    expect(parseSlotList('Mon, tue-tea').slots).toEqual(['mon-morning', 'mon-lunch', 'mon-after-school', 'mon-evening']);
    expect(parseSlotList('Mon, tue-tea').unknown).toEqual(['tue-tea']);
    expect(parseSlotList('')).toEqual({ slots: [], unknown: [] });
  });

  it('splits a slot into weekday and band and sorts canonically', () => {
    expect(slotParts('sun-evening')).toEqual({ weekday: 6, band: 'evening' });
    expect(slotParts('funday-lunch')).toBeUndefined();
    expect(sortSlots(['wed-lunch', 'mon-evening', 'wed-lunch'])).toEqual(['mon-evening', 'wed-lunch']);
  });
});
