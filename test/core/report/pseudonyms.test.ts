import { describe, expect, it } from 'vitest';
import { pseudonymsFor } from '../../../src/core/report/pseudonyms.js';
import { matchRow, rosterRow } from './builders.js';

describe('pseudonymsFor', () => {
  const input = {
    roster: [rosterRow('m1', { role: 'mentor', name: 'Ann Lee' }), rosterRow('e1', { name: 'Bo Chen' }), rosterRow('x1', { role: 'both', name: 'Cy Dee' })],
    matches: [matchRow('1', 'm2', 'e1', { mentor_name: 'Dora Finn' })],
    duplicates: [{ email: 'E1@example.org', name: 'Bo Chen' }],
  };
  const p = pseudonymsFor(input);

  it('numbers each role in order of first appearance, the same person the same everywhere', () => {
    expect(p.of('Ann Lee', 'm1@example.org')).toBe('Mentor 1');
    expect(p.of('Bo Chen', 'e1@example.org')).toBe('Mentee 1');
    expect(p.of('', 'E1@EXAMPLE.ORG')).toBe('Mentee 1');
    expect(p.of('Cy Dee', 'x1@example.org')).toBe('Person 1');
    expect(p.of('Dora Finn', 'm2@example.org')).toBe('Mentor 2');
    expect(p.of('Zed', 'zed@example.org')).toBe('Person ?');
  });

  it('gives the same pseudonyms for the same input every time', () => {
    const again = pseudonymsFor(input);
    expect(again.of('Dora Finn', 'm2@example.org')).toBe('Mentor 2');
  });

  it('scrubs known names and addresses from text, and any other address too', () => {
    expect(p.scrub('Ann Lee (m1@example.org) asked Bo Chen, cc someone@else.net')).toBe('Mentor 1 (Mentor 1) asked Mentee 1, cc [e-mail]');
    expect(p.scrub('Annabel Leeds is not Ann Lee')).toBe('Annabel Leeds is not Mentor 1');
  });
});
