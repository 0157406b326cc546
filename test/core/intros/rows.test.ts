import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../../src/core/intros/template.js';
import { INTRO_PLACEHOLDERS, introReasons, introRows, namesInWords, type IntroPair } from '../../../src/core/intros/rows.js';
import { mentor, person } from '../match/builders.js';

const template = compileTemplate('{{first_name}} ({{role}}) meets {{partner_first_name}}, their {{partner_role}}{{#group_members}}, with {{group_members}}{{/group_members}}{{#first_meeting}}, on {{first_meeting_text}}{{/first_meeting}}.', INTRO_PLACEHOLDERS);
const withheld = compileTemplate('{{first_name}}: the organiser will introduce your {{partner_role}}.', INTRO_PLACEHOLDERS);

const who = (key: string) => ({ name: `${key[0]!.toUpperCase()}${key.slice(1)} Smith`, email: `${key}@example.org` });
const pairOf = (pairId: string, mentorKey: string, menteeKey: string, groupId = ''): IntroPair => ({
  pairId,
  groupId,
  mentor: who(mentorKey),
  mentee: who(menteeKey),
  reasons: `reasons of ${pairId}`,
  kept: false,
});

const people = [
  mentor({ id: 'ana', name: 'Ana Smith', organisation: 'Oak Primary', phases: ['primary', 'early-years'], subjects: ['mathematics', 'pshe'] }),
  person({ id: 'bob', name: 'Bob Smith', organisation: 'Elm School', phases: ['primary'], subjects: ['modern-foreign-languages'] }),
  person({ id: 'cat', name: 'Cat Smith', consent: false }),
  person({ id: 'dan', name: 'Dan Smith' }),
];

describe('introRows', () => {
  it('gives each side of a pair a row with the partner\'s details from the roster and the message', () => {
    const rows = introRows({ pairs: [pairOf('p1', 'ana', 'bob')], people, template, withheld });
    expect(rows).toEqual([
      {
        email: 'ana@example.org',
        name: 'Ana Smith',
        role: 'mentor',
        partner_name: 'Bob Smith',
        partner_email: 'bob@example.org',
        partner_organisation: 'Elm School',
        partner_phase: 'Primary',
        partner_subjects: 'Modern foreign languages',
        reasons: 'reasons of p1',
        first_meeting: '',
        message: 'Ana (mentor) meets Bob, their mentee.',
        pair_id: 'p1',
        group_id: '',
        kept: 'false',
      },
      expect.objectContaining({
        email: 'bob@example.org',
        role: 'mentee',
        partner_name: 'Ana Smith',
        partner_organisation: 'Oak Primary',
        partner_phase: 'Primary, Early years',
        partner_subjects: 'Mathematics, PSHE',
        message: 'Bob (mentee) meets Ana, their mentor.',
      }),
    ]);
  });

  it('gives a mentor one row per mentee, with the first meeting of their group and the others in it', () => {
    const pairs = [pairOf('p1', 'ana', 'bob', 'g-ana'), pairOf('p2', 'ana', 'dan', 'g-ana'), pairOf('p3', 'ana', 'eve', 'g-ana')];
    const firstMeetings = new Map([['g-ana', { date: '2027-01-05', start: '16:00', end: '16:45' }]]);
    const rows = introRows({ pairs, people, firstMeetings, template, withheld });
    const ana = rows.filter((r) => r.email === 'ana@example.org');
    expect(ana.map((r) => r.partner_email)).toEqual(['bob@example.org', 'dan@example.org', 'eve@example.org']);
    expect(ana[0]?.message).toBe('Ana (mentor) meets Bob, their mentee, with Dan Smith and Eve Smith, on Tuesday 5 January 2027, 16:00–16:45.');
    expect(rows.find((r) => r.email === 'dan@example.org')?.message).toBe(
      'Dan (mentee) meets Ana, their mentor, with Bob Smith and Eve Smith, on Tuesday 5 January 2027, 16:00–16:45.',
    );
    expect(rows.every((r) => r.first_meeting === '2027-01-05 16:00' && r.group_id === 'g-ana')).toBe(true);
  });

  it('leaves out the details of someone who did not consent, and names them in no group list', () => {
    const pairs = [pairOf('p1', 'ana', 'cat', 'g-ana'), pairOf('p2', 'ana', 'dan', 'g-ana')];
    const rows = introRows({ pairs, people, template, withheld });
    const toAna = rows.find((r) => r.email === 'ana@example.org' && r.pair_id === 'p1');
    expect(toAna).toMatchObject({ partner_name: '', partner_email: '', partner_organisation: '', reasons: '', message: 'Ana: the organiser will introduce your mentee.' });
    expect(rows.find((r) => r.email === 'cat@example.org')).toMatchObject({ partner_name: 'Ana Smith', partner_email: 'ana@example.org' });
    expect(rows.find((r) => r.email === 'dan@example.org')?.message).toBe('Dan (mentee) meets Ana, their mentor, with 1 other.');
  });

  it('counts someone not on the roster as consenting, with no details to give', () => {
    const [toAna] = introRows({ pairs: [pairOf('p1', 'ana', 'zoe')], people, template, withheld });
    expect(toAna).toMatchObject({ partner_name: 'Zoe Smith', partner_organisation: '', partner_phase: '', message: 'Ana (mentor) meets Zoe, their mentee.' });
  });

  it('puts rows in the same order whatever order the pairs come in', () => {
    const pairs = [pairOf('p2', 'dan', 'bob'), pairOf('p1', 'ana', 'eve'), pairOf('p3', 'ana', 'cat')];
    const once = introRows({ pairs, people, template, withheld });
    expect(introRows({ pairs: [...pairs].reverse(), people, template, withheld })).toEqual(once);
    // Ana's partner Cat did not consent: her row names no partner, yet keeps its place among Ana's rows.
    expect(once.map((r) => `${r.email} ${r.pair_id} ${r.partner_email}`)).toEqual([
      'ana@example.org p3 ',
      'ana@example.org p1 eve@example.org',
      'bob@example.org p2 dan@example.org',
      'cat@example.org p3 ana@example.org',
      'dan@example.org p2 bob@example.org',
      'eve@example.org p1 ana@example.org',
    ]);
  });
});

describe('namesInWords', () => {
  it('marks a pair kept from an earlier sheet, and leaves the sheet\'s note that it was kept out of its reasons', () => {
    const kept = { ...pairOf('p1', 'ana', 'bob'), kept: true, reasons: 'Kept from the previous sheet (the rule "a shared phase" does not hold); Both primary' };
    const rows = introRows({ pairs: [kept], people, template, withheld });
    expect(rows.map((r) => [r.kept, r.reasons])).toEqual([
      ['true', 'Both primary'],
      ['true', 'Both primary'],
    ]);
    expect(introReasons('Kept from the previous sheet')).toBe('');
    expect(introReasons('Both primary; kept from the previous sheet')).toBe('Both primary; kept from the previous sheet');
  });

  it('joins names as a sentence does', () => {
    expect(namesInWords([])).toBe('');
    expect(namesInWords(['Ana'])).toBe('Ana');
    expect(namesInWords(['Ana', 'Ben', 'Cat'])).toBe('Ana, Ben and Cat');
    expect(namesInWords(['Ana'], 2)).toBe('Ana and 2 others');
    expect(namesInWords([], 1)).toBe('1 other');
  });
});
