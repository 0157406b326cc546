import { describe, expect, it } from 'vitest';
import type { Table } from '../../../src/core/types.js';
import { DEFAULT_STAGES } from '../../../src/core/stages.js';
import { planTable, type PlanOptions } from '../../../src/core/normalise/plan.js';
import { readRow } from '../../../src/core/normalise/read-row.js';
import { buildVocabularies } from '../../../src/core/normalise/vocabulary/build.js';
import { table } from './tables.js';

const vocabularies = buildVocabularies(DEFAULT_STAGES);
const HEADERS = ['Email address', 'Full name', 'Are you signing up as a mentor or a mentee?'];

function read(t: Table, options: Partial<PlanOptions> = {}, index = 0) {
  const plan = planTable(t, { vocabularies, ...options });
  const row = t.rows[index];
  if (!row) throw new Error('no row');
  return readRow(plan, row, vocabularies, new Map());
}

describe('readRow', () => {
  it('rejects a row with no address, naming the file, row and column', () => {
    const t = table([...HEADERS, 'Role 2'], [['', 'Jo', 'Mentor', 'x']], { file: 'in.csv' });
    expect(read(t)).toEqual({
      kind: 'rejected',
      rejected: { file: 'in.csv', row: 2, column: 'Email address', value: '', reason: 'no e-mail address: fill in the address or delete the row' },
    });
  });

  it('rejects a row with more cells than headers (a shifted row), keeping the whole row', () => {
    const t = table(HEADERS, [['al@school.example', 'Al', 'Mentee']]);
    t.rows.push({ line: 7, cells: ['jo@school.example', 'Bloggs', ' Jo', 'Mentor'] });
    const outcome = read(t, {}, 1);
    expect(outcome).toMatchObject({ kind: 'rejected', rejected: { row: 7, column: '', value: 'jo@school.example | Bloggs |  Jo | Mentor' } });
    expect(outcome.kind === 'rejected' && outcome.rejected.reason).toMatch(/^too many fields: 1 more than the header has columns.*double quotes/);
  });

  it('rejects an invalid address, a missing name and a missing role', () => {
    const reason = (cells: string[]) => {
      const outcome = read(table(HEADERS, [cells]));
      return outcome.kind === 'rejected' ? [outcome.rejected.column, outcome.rejected.value, outcome.rejected.reason] : undefined;
    };
    expect(reason(['jo.bloggs@', 'Jo', 'Mentor'])?.slice(0, 2)).toEqual(['Email address', 'jo.bloggs@']);
    expect(reason(['jo@school.example', '  ', 'Mentor'])?.[2]).toMatch(/^no name/);
    expect(reason(['jo@school.example', 'Jo', ''])?.[2]).toMatch(/^no role/);
    const volunteer = read(table(HEADERS, [['jo@school.example', 'Jo', 'Volunteer'], ['sam@school.example', 'Sam', 'Mentor'], ['al@school.example', 'Al', 'Mentee']]));
    expect(volunteer.kind === 'rejected' && volunteer.rejected.reason).toMatch(/^not a role: answer mentor, mentee or both/);
  });

  it('reads a person: address normalised, id from it, the unmapped columns verbatim in extra', () => {
    const outcome = read(table([...HEADERS, 'Twitter'], [[' JO@School.Example ', ' Jo  Bloggs ', 'Mentor', "'@jo"]]));
    expect(outcome.kind).toBe('person');
    if (outcome.kind !== 'person') return;
    expect(outcome.person).toMatchObject({
      email: 'jo@school.example',
      name: 'Jo Bloggs',
      role: 'mentor',
      capacity: 1,
      consent: true,
      mode: 'either',
      extra: { Twitter: '@jo' },
    });
    expect(outcome.person.id).toMatch(/^p-[0-9a-f]{10}$/);
  });

  it('keeps an edumentor id from a roster', () => {
    const outcome = read(table(['id', ...HEADERS], [['p-0123456789', 'jo@school.example', 'Jo', 'mentee']]));
    expect(outcome.kind === 'person' && outcome.person.id).toBe('p-0123456789');
  });

  it('lets --role decide, a "both" answer make both, and warns when the answer disagrees', () => {
    const both = read(table(HEADERS, [['jo@school.example', 'Jo', 'Both']], { role: 'mentee' }));
    expect(both.kind === 'person' && both.person.role).toBe('both');
    const conflict = read(table(HEADERS, [['jo@school.example', 'Jo', 'Mentor']], { role: 'mentee' }));
    expect(conflict.kind === 'person' && [conflict.person.role, conflict.warnings.map((w) => w.kind)]).toEqual(['mentee', ['role-conflict']]);
  });
});

describe('field readers', () => {
  const FORM = [
    ...HEADERS, 'Role now', 'Subjects', 'Region', 'How would you prefer to meet?', 'Free? [Monday]',
    'How many mentees?', 'Consent', 'Timestamp', 'Notes',
  ];
  const GOOD = ['RQT', 'Maths, PE', 'Cornwall', 'Video call', 'Lunchtime, Evening', 'Two', 'Yes', '23/11/2026 14:03:12', ' as typed \n'];
  /** Reads `cells` as the second row, below a good one, as a few odd answers in a real column are. */
  const person = (cells: string[], role = 'Mentor') => {
    const rows = [['sam@school.example', 'Sam', 'Mentor', ...GOOD], ['jo@school.example', 'Jo', role, ...cells]];
    const outcome = read(table(FORM, rows), {}, 1);
    if (outcome.kind !== 'person') throw new Error('rejected');
    return outcome;
  };

  it('normalises every field', () => {
    const { person: p, warnings } = person(GOOD);
    expect(p).toMatchObject({
      stage: 'ect',
      subjects: ['mathematics', 'physical-education'],
      region: 'cornwall',
      mode: 'online',
      availability: ['mon-lunch', 'mon-evening'],
      capacity: 2,
      consent: true,
      submitted: '2026-11-23T14:03:12',
      notes: ' as typed \n',
    });
    expect(warnings).toEqual([]);
  });

  it('keeps unknown answers as slugs with a warning, and unreadable ones verbatim in extra', () => {
    const { person: p, warnings } = person(['Astronaut', 'Astrophysics, Maths', 'Atlantis', 'Carrier pigeon', 'When the moon is full', 'lots', 'Perhaps', 'soon', '']);
    expect(p).toMatchObject({ stage: 'astronaut', subjects: ['astrophysics', 'mathematics'], region: 'atlantis', mode: 'either', capacity: 1, consent: false, submitted: '' });
    expect(warnings.map((w) => w.kind)).toEqual([
      'unknown-stage', 'unknown-subject', 'unknown-region', 'unknown-mode', 'unknown-availability', 'unknown-capacity', 'unknown-consent', 'invalid-timestamp',
    ]);
    expect(warnings[1]).toMatchObject({ column: 'Subjects', value: 'Astrophysics', row: 3, file: 'form.csv' });
    expect(p.extra).toEqual({
      'How would you prefer to meet?': 'Carrier pigeon',
      'Free? [Monday]': 'When the moon is full',
      'How many mentees?': 'lots',
      Consent: 'Perhaps',
      Timestamp: 'soon',
    });
  });

  it('gives a mentee no capacity and reads a blank consent answer as no', () => {
    const { person: p } = person(['', '', '', '', '', '3', '', '', ''], 'Mentee');
    expect(p.capacity).toBeNull();
    expect(p.consent).toBe(false);
  });

  it('reads a paused mentor as capacity 0', () => {
    expect(person(['', '', '', '', '', '0', 'Yes', '', '']).person.capacity).toBe(0);
  });
});
