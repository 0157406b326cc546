import { describe, expect, it } from 'vitest';
import type { Table } from '../../../src/core/types.js';
import { DEFAULT_STAGES } from '../../../src/core/stages.js';
import { autoMap } from '../../../src/core/normalise/auto-map.js';
import { describeColumns } from '../../../src/core/normalise/columns.js';
import type { Field } from '../../../src/core/normalise/fields.js';
import { valueFitter } from '../../../src/core/normalise/value-fit.js';
import { buildVocabularies } from '../../../src/core/normalise/vocabulary/build.js';
import { table } from './tables.js';

const vocabularies = buildVocabularies(DEFAULT_STAGES);

function mapped(t: Table, taken: number[] = [], decided: Field[] = []): Record<string, string[]> {
  const mappings = autoMap({ columns: describeColumns(t), fit: valueFitter(vocabularies), taken: new Set(taken), decided: new Set(decided) });
  return Object.fromEntries(mappings.map((m) => [m.field, m.columns]));
}

describe('autoMap', () => {
  it('maps the way other organisers phrase their questions', () => {
    const t = table(
      [
        'Timestamp', 'Email Address', 'Your name', 'Which best describes your current role?', 'Where are you based?',
        'Subject specialism(s)', 'Development priorities', 'Preferred contact', 'Mentors: how many mentees could you support?',
        'Consent to share details', "Anything else you'd like us to know?", 'Which phase(s) do you work in?', 'School',
      ],
      [['23/11/2026 14:03:12', 'jo@school.example', 'Jo', 'RQT', 'Cornwall', 'Maths', 'Wellbeing', 'Phone', '', 'Yes', '', 'Primary', 'Hill']],
    );
    expect(mapped(t)).toEqual({
      email: ['Email Address'],
      name: ['Your name'],
      stage: ['Which best describes your current role?'],
      phases: ['Which phase(s) do you work in?'],
      subjects: ['Subject specialism(s)'],
      focus: ['Development priorities'],
      region: ['Where are you based?'],
      organisation: ['School'],
      mode: ['Preferred contact'],
      capacity: ['Mentors: how many mentees could you support?'],
      consent: ['Consent to share details'],
      submitted: ['Timestamp'],
      notes: ["Anything else you'd like us to know?"],
    });
  });

  it.each([
    ['Where are you based?', 'London', 'region'],
    ['Region', 'South West', 'region'],
    ['Local authority', 'Bolton', 'region'],
    ['Which best describes your current role?', 'Classroom teacher', 'stage'],
    ['Job title', 'ITE tutor', 'stage'],
    ['Grade', 'Deputy head', 'stage'],
    ['Which phase(s) do you work in?', 'Primary, Secondary', 'phases'],
    ['Subject specialism(s)', 'History', 'subjects'],
    ['Subject / specialist area', 'Computing', 'subjects'],
    ['I can offer support with', 'Leadership;Using technology', 'focus'],
    ['Development priorities', 'Research and CPD', 'focus'],
    ['How would you prefer to meet?', 'In person', 'mode'],
    ['Preferred contact', 'Phone', 'mode'],
    ['When are you usually free to meet? [Monday]', 'Before school', 'availability'],
    ['Preferred meeting days', 'Monday;Friday;', 'availability'],
    ['Mentors: how many mentees could you support?', '2 mentees', 'capacity'],
    ['I agree to my name, email and answers being shared with my mentor or mentee', 'Yes', 'consent'],
    ['Consent to share details', 'Yes', 'consent'],
    ['Timestamp', '23/11/2026 14:03:12', 'submitted'],
    ['Completion time', '2026-09-07T09:24:00', 'submitted'],
    ["Anything else you'd like us to know?", 'Thanks', 'notes'],
    ['Are you signing up as a mentor or a mentee?', "Mentee - I'd like some support", 'role'],
    ['Name of your school or organisation', 'Hillcrest Primary', 'organisation'],
  ])('maps "%s" (%s) to %s', (header, answer, field) => {
    const t = table(['Email address', 'Full name', header], [['jo@school.example', 'Jo', answer]]);
    expect(mapped(t)[field]).toEqual([header]);
  });

  it('prefers the column whose answers fit: MS Forms’ "anonymous" Email and empty Name lose', () => {
    const t = table(
      ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Your full name', 'Work email'],
      [['1', '2026-09-07T09:21:00', '2026-09-07T09:24:00', 'anonymous', '', 'Zoë Hughes', 'z@wigan.sch.example']],
    );
    const result = mapped(t);
    expect(result.email).toEqual(['Work email']);
    expect(result.name).toEqual(['Your full name']);
    expect(result.submitted).toEqual(['Completion time']);
    expect(result.id).toBeUndefined();
  });

  it('finds the address column from its answers when no header says so', () => {
    const t = table(['Contact', 'Full name'], [['jo@school.example', 'Jo'], ['sam@school.example', 'Sam']]);
    expect(mapped(t).email).toEqual(['Contact']);
  });

  it('leaves a second address column to extra though its header names a free-text field ("School email")', () => {
    const rows = [['jo@x.example', 'Jo', 'jo@oak.sch.example', 'Oak Primary'], ['sam@x.example', 'Sam', '', 'Ash Academy']];
    const t = table(['Email address', 'Full name', 'School email (if different)', 'Name of your school'], rows);
    expect(mapped(t)).toMatchObject({ email: ['Email address'], organisation: ['Name of your school'] });
    const alone = table(['Email address', 'Full name', 'School email (if different)'], rows);
    expect(mapped(alone).organisation).toBeUndefined();
  });

  it('points out a second column that asks a field\'s question again (edited while the form was open)', () => {
    const t = table(
      ['Email address', 'Full name', 'Subject specialism(s)', 'Subject specialism(s) - please list all', 'Twitter handle'],
      [
        ['jo@x.example', 'Jo', 'Mathematics', '', '@jo'],
        ['sam@x.example', 'Sam', 'English', '', '@sam'],
        ['al@x.example', 'Al', '', 'Science, History', '@al'],
      ],
    );
    const mappings = autoMap({ columns: describeColumns(t), fit: valueFitter(vocabularies), taken: new Set(), decided: new Set() });
    expect(mappings.find((m) => m.field === 'subjects')).toMatchObject({
      columns: ['Subject specialism(s)'],
      alsoLike: ['Subject specialism(s) - please list all'],
    });
    expect(mappings.filter((m) => m.alsoLike)).toHaveLength(1);
  });

  it('takes a whole checkbox grid of days as availability', () => {
    const t = table(['Email', 'Name', 'When are you free? [Monday]', 'When are you free? [Sunday]'], [['a@b.example', 'A', 'Lunchtime', 'Evening']]);
    expect(mapped(t).availability).toEqual(['When are you free? [Monday]', 'When are you free? [Sunday]']);
  });

  it('joins first and last name columns when no column has the whole name', () => {
    const t = table(['first name', 'last name', 'email address'], [['mentor', '000', 'mentor.000@gov.uk']]);
    expect(mapped(t).name).toEqual(['first name', 'last name']);
    const british = table(['Surname', 'Forename', 'Email'], [['Bloggs', 'Jo', 'jo@school.example']]);
    expect(mapped(british).name).toEqual(['Forename', 'Surname']);
  });

  it('reads the stage from the role column when its answers name stages too', () => {
    const t = table(['I am applying as', 'Email', 'Name'], [['HLTA mentor', 'a@b.example', 'A'], ['TA working towards HLTA', 'c@d.example', 'C']]);
    const result = mapped(t);
    expect(result.role).toEqual(['I am applying as']);
    expect(result.stage).toEqual(['I am applying as']);
  });

  it('does not map a closed field to a column whose answers it cannot read', () => {
    const t = table(['both mentor and mentee', 'email address', 'Name'], [['yes', 'a@b.example', 'A'], ['no', 'c@d.example', 'C']]);
    expect(mapped(t).role).toBeUndefined();
  });

  it('leaves columns and fields a mapping file decided alone', () => {
    const t = table(['Email', 'Name', 'Region'], [['a@b.example', 'A', 'London']]);
    expect(mapped(t, [2], ['organisation'])).toEqual({ email: ['Email'], name: ['Name'] });
  });
});
