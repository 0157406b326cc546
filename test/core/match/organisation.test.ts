import { describe, expect, it } from 'vitest';
import { normaliseOrganisation } from '../../../src/core/match/organisation.js';

describe('normaliseOrganisation', () => {
  it.each([
    ['Oakwood Academy', 'oakwood academy'],
    ['  OAKWOOD   academy. ', 'oakwood academy'],
    ['The Oakwood Academy', 'oakwood academy'],
    ["St. Mary's C of E Primary", 'st marys c of e primary'],
    ['Saint-Étienne School', 'saint etienne school'],
    ['Smith & Jones Tutors Ltd', 'smith and jones tutors'],
    ['Learning Trust Limited', 'learning trust'],
    ['Ltd', 'ltd'],
    ['The', 'the'],
    ['', ''],
  ])('%j → %j', (name, expected) => {
    expect(normaliseOrganisation(name)).toBe(expected);
  });

  it('keeps schools with a shared first word apart', () => {
    expect(normaliseOrganisation('Oakwood Academy')).not.toBe(normaliseOrganisation('Oakwood Primary'));
  });
});
