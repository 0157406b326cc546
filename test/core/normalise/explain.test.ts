import { describe, expect, it } from 'vitest';
import { explainMapping, mappingToFile } from '../../../src/core/normalise/explain.js';
import type { TableMapping } from '../../../src/core/normalise/types.js';

const mentors: TableMapping = {
  file: 'mentors.csv',
  fields: [
    { field: 'email', columns: ['Username'], indexes: [1], reason: 'header is "username"', confidence: 'high' },
    { field: 'focus', columns: ['I can offer support with'], indexes: [7], reason: 'header contains "can offer"', confidence: 'medium' },
  ],
  extra: ['Years in teacher education'],
  ignored: [],
};
const mentees: TableMapping = {
  ...mentors,
  file: 'mentees.csv',
  sheet: 'Form1',
  fields: [{ field: 'focus', columns: ['Development priorities'], indexes: [7], reason: 'mapping file', confidence: 'certain' }],
  extra: [],
  ignored: ['Biography'],
};

describe('explainMapping', () => {
  it('lists field <- column with reason and confidence, then extra and ignored columns', () => {
    expect(explainMapping([mentors, mentees])).toBe(
      [
        'mentors.csv',
        '  email <- "Username"',
        '           header is "username" (high)',
        '  focus <- "I can offer support with"',
        '           header contains "can offer" (medium)',
        '  extra <- "Years in teacher education"',
        '',
        'mentees.csv, sheet "Form1"',
        '  focus   <- "Development priorities"',
        '             mapping file (certain)',
        '  extra   <- (none)',
        '  ignored <- "Biography"',
        '',
      ].join('\n'),
    );
  });

  it('points out a column that looks like a field already taken, and what to do about it', () => {
    const focus = { ...mentors.fields[1]!, alsoLike: ['I could also offer'] };
    const text = explainMapping([{ ...mentors, fields: [mentors.fields[0]!, focus], extra: ['I could also offer'] }]);
    expect(text).toContain(
      '           "I could also offer" looks like focus too, but is kept in extra: if the question was edited while the form was open, ' +
        'name all its columns under focus in a mapping file (--write-mapping, edit, --mapping)\n',
    );
  });
});

describe('mappingToFile', () => {
  it('writes each field’s columns across the tables, and carries a previous file’s values over', () => {
    expect(mappingToFile([mentors, mentees], { values: { role: { yes: 'both' } } })).toEqual({
      columns: { email: 'Username', focus: ['I can offer support with', 'Development priorities'] },
      values: { role: { yes: 'both' } },
      ignore: ['Biography'],
    });
  });

  it('keeps a field the previous file mapped to no column (null), so it is not auto-detected next time', () => {
    const file = mappingToFile([mentors], { columns: { notes: null, email: 'Username' } });
    expect(file.columns).toEqual({ email: 'Username', focus: 'I can offer support with', notes: null });
  });
});
