import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { DEFAULT_STAGES } from '../../../src/core/stages.js';
import { ROSTER_COLUMNS } from '../../../src/core/types.js';
import { planTable } from '../../../src/core/normalise/plan.js';
import { buildVocabularies } from '../../../src/core/normalise/vocabulary/build.js';
import { table } from './tables.js';

const vocabularies = buildVocabularies(DEFAULT_STAGES);

function thrown(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('planTable', () => {
  it('maps an edumentor roster 1:1 and keeps the other columns as extra', () => {
    const plan = planTable(table([...ROSTER_COLUMNS, 'Twitter'], []), { vocabularies });
    expect(plan.mapping.fields.every((f) => f.columns[0] === f.field && f.confidence === 'certain')).toBe(true);
    expect(plan.mapping.extra).toEqual(['Twitter']);
  });

  it('decides the date order from the file, unless told', () => {
    const t = table(['Timestamp', 'Email', 'Name', 'Role'], [['05/16/2020 10:00:00', 'a@b.example', 'A', 'mentor']]);
    expect(planTable(t, { vocabularies }).dateOrder).toBe('mdy');
    expect(planTable(t, { vocabularies, dateOrder: 'dmy' }).dateOrder).toBe('dmy');
    expect(planTable(t, { vocabularies }).mapping.datesUndecided).toBeUndefined();
  });

  it('says when no date shows its order, so day first is only the default, unless the order was given', () => {
    const t = table(['Timestamp', 'Email', 'Name', 'Role'], [['05/11/2020 10:00:00', 'a@b.example', 'A', 'mentor'], ['06/11/2020 11:00:00', 'c@b.example', 'C', 'mentee']]);
    expect(planTable(t, { vocabularies })).toMatchObject({ dateOrder: 'dmy', mapping: { datesUndecided: true } });
    expect(planTable(t, { vocabularies, dateOrder: 'dmy' }).mapping.datesUndecided).toBeUndefined();
  });

  it('records grid positions, the role given and the ignored columns', () => {
    const t = table(['Email', 'Name', 'Free? [Monday]', 'Bio'], [['a@b.example', 'A', 'Evening', 'x']], { role: 'mentee' });
    const plan = planTable(t, { vocabularies, role: 'mentor', mapping: { ignore: ['bio'] } });
    expect(plan.positions.get(2)).toEqual({ day: 'mon' });
    expect(plan.role).toBe('mentee');
    expect(plan.mapping.ignored).toEqual(['Bio']);
    expect(plan.extra).toEqual([]);
  });

  it('throws when there is no e-mail column, naming the file and the closest headers', () => {
    const t = table(['Timestamp', 'Emial adress', 'Name', 'Role'], [['', 'not an address', 'A', 'mentor']], { file: 'signups.csv' });
    const error = thrown(() => planTable(t, { vocabularies }));
    expect(error.context.file).toBe('signups.csv');
    expect(error.message).toContain('did you mean "Emial adress"?');
    expect(error.describe()).toMatch(/^signups\.csv: no column of e-mail addresses/);
  });

  it('says an empty file is empty rather than listing no headers', () => {
    const error = thrown(() => planTable({ file: 'empty.csv', headers: [], rows: [], blankRows: 0 }, { vocabularies }));
    expect(error.describe()).toMatch(/^empty\.csv: the file is empty \(no header row, no answers\)/);
  });

  it('says another sheet may hold the answers when a workbook\'s sheet has no address column (a "Read me" first)', () => {
    const readMe = table(['How to use this sheet'], [['Fill in the form']], { file: 'signups.xlsx', sheet: 'Read me' });
    expect(thrown(() => planTable(readMe, { vocabularies })).message).toMatch(/If the answers are on another sheet than "Read me", name it with --sheet\.$/);
    expect(thrown(() => planTable(table(['How to use this sheet'], [['x']]), { vocabularies })).message).not.toContain('--sheet');
  });

  it('suggests a header with two letters swapped ("Nmae")', () => {
    const error = thrown(() => planTable(table(['Email', 'Nmae', 'Role'], [['a@b.example', 'A', 'mentor']]), { vocabularies }));
    expect(error.message).toContain('did you mean "Nmae"?');
  });

  it('throws when there is no name column, listing the headers when none is close', () => {
    const error = thrown(() => planTable(table(['Email', 'Role'], [['a@b.example', 'mentor']]), { vocabularies }));
    expect(error.message).toContain('no column of names');
    expect(error.message).toContain('the headers are: "Email", "Role"');
  });

  it('throws when nothing says who is a mentor, suggesting --role', () => {
    const error = thrown(() => planTable(table(['Email', 'Name'], [['a@b.example', 'A']]), { vocabularies }));
    expect(error.message).toContain('--role');
    expect(() => planTable(table(['Email', 'Name'], [['a@b.example', 'A']]), { vocabularies, role: 'mentor' })).not.toThrow();
  });
});
