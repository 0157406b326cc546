import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import type { Table } from '../../../src/core/types.js';
import { normalise, personToRecord, rosterHeaders, recordToCells } from '../../../src/core/normalise/index.js';
import { table } from './tables.js';

const FORM = ['Timestamp', 'Email address', 'Full name', 'Are you signing up as a mentor or a mentee?', 'Subject specialism(s)', 'Twitter'];

/** A spreadsheet writer's formula neutralising, as the roster writer does it. */
const neutralise = (text: string) => (/^[ \u00a0]*[=+\-@\t\r\n\0]/.test(text.replace(/^'+/, '')) ? `'${text}` : text);

describe('normalise', () => {
  it('accounts for every row: rows read = people + duplicates + rejected + blank, per file', () => {
    const address = fc.constantFrom('a@x.example', 'A@X.example ', 'b@x.example', 'c@y.example', '', 'not-an-address', 'd@z.example');
    const row = fc.tuple(
      fc.integer({ min: 1, max: 28 }), address, fc.constantFrom('Jo', '', 'Sam Lee'), fc.constantFrom('Mentor', 'Mentee', 'Both'),
    );
    const file = fc.record({ rows: fc.array(row, { maxLength: 25 }), blank: fc.nat({ max: 3 }) });
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 3 }), (files) => {
        const tables: Table[] = files.map((f, i) =>
          table(
            FORM,
            f.rows.map(([day, email, name, role]) => [`${String(day).padStart(2, '0')}/05/2020 10:00:00`, email, name, role, 'Maths', '']),
            { file: `form${i}.csv`, blankRows: f.blank },
          ),
        );
        const result = normalise(tables);
        result.files.forEach((summary, i) => {
          expect(summary.rows).toBe((tables[i]?.rows.length ?? 0) + (tables[i]?.blankRows ?? 0));
          expect(summary.rows).toBe(summary.people + summary.duplicates + summary.rejected + summary.blank);
        });
        const valid = new Set(files.flatMap((f) => f.rows).filter(([, e, n]) => e.includes('@') && n !== '').map(([, e]) => e.trim().toLowerCase()));
        expect(result.people.map((p) => p.email).sort()).toEqual([...valid].sort());
        expect(result.people.length + result.duplicates.length + result.rejected.length).toBe(tables.reduce((n, t) => n + t.rows.length, 0));
      }),
      { numRuns: 100 },
    );
  });

  it('gives back the same roster when it reads a roster it wrote', () => {
    const form = table(FORM, [
      ['11/04/2020 09:16:31', 'jo@school.example', '=HYPERLINK("x")', 'Mentor - I\'d like to support someone', 'Maths, Astrophysics', '+44 7700 900123'],
      ['12/04/2020 10:00:00', 'sam@school.example', 'Sam', 'Mentee', 'Other: Latin, Greek', '@sam'],
    ]);
    const first = normalise([form]);
    const headers = rosterHeaders(first.people);
    const written = first.people.map((p) => recordToCells(personToRecord(p), headers).map(neutralise));
    const second = normalise([table(headers, written, { file: 'people.csv' })]);
    expect(second.people.map(personToRecord)).toEqual(first.people.map(personToRecord));
    expect(second.mappings[0]?.fields.every((f) => f.reason === 'edumentor roster column')).toBe(true);
  });

  it('reports its progress over the rows of every table, ending at all of them', () => {
    const rows = (n: number, at: string) => Array.from({ length: n }, (_, i) => ['', `p${i}@${at}.example`, `P ${i}`, 'Mentee', '', '']);
    const reports: [string, number, number][] = [];
    normalise([table(FORM, rows(1500, 'a')), table(FORM, rows(700, 'b'), { file: 'more.csv' })], {
      onProgress: (phase, done, total) => reports.push([phase, done, total]),
    });
    expect(reports).toEqual([['normalising', 1024, 2200], ['normalising', 2048, 2200], ['normalising', 2200, 2200]]);
  });

  it('uses each table’s role, then --role, for tables without a role column', () => {
    const mentors = table(['Email', 'Name'], [['a@x.example', 'A']], { role: 'mentor', file: 'mentors.csv' });
    const others = table(['Email', 'Name'], [['b@x.example', 'B']], { file: 'mentees.csv' });
    expect(normalise([mentors, others], { role: 'mentee' }).people.map((p) => p.role)).toEqual(['mentor', 'mentee']);
  });

  it('reads ambiguous dates as the option says', () => {
    const form = table(['Timestamp', 'Email', 'Name', 'Role'], [['01/02/2020 10:00:00', 'a@x.example', 'A', 'mentor']]);
    expect(normalise([form]).people[0]?.submitted).toBe('2020-02-01T10:00:00');
    expect(normalise([form], { dateOrder: 'mdy' }).people[0]?.submitted).toBe('2020-01-02T10:00:00');
  });

  it('applies the scheme’s vocabulary and a mapping file’s values', () => {
    const form = table(['Email', 'Name', 'Role', 'Subjects', 'Grade'], [['a@x.example', 'A', 'mentor', 'Maths GCSE, French', 'SCS1']]);
    const result = normalise([form], {
      vocabulary: { subjects: { 'Maths GCSE': 'mathematics', French: 'french' } },
      mapping: { columns: { stage: 'grade' }, values: { stage: { SCS1: 'senior-leader' } } },
    });
    expect(result.people[0]).toMatchObject({ subjects: ['french', 'mathematics'], stage: 'senior-leader' });
    expect(result.warnings).toEqual([]);
  });

  it('reads a mapping file’s values for the other fields as if they were the answer', () => {
    const form = table(
      ['Email', 'Name', 'Role', 'Consent', 'How many mentees?', 'School', 'Comments'],
      [['a@x.example', 'A', 'mentor', 'Happy to', 'Lots', 'St Marys', 'hi'], ['b@x.example', 'B', 'mentor', 'yes', '2', 'Hill', '']],
    );
    const result = normalise([form], {
      mapping: {
        columns: { notes: null },
        values: { consent: { 'happy to': 'yes' }, capacity: { LOTS: '3' }, organisation: { 'St Marys': "St Mary's CE Primary School" } },
      },
    });
    expect(result.people[0]).toMatchObject({ consent: true, capacity: 3, organisation: "St Mary's CE Primary School", notes: '', extra: { Comments: 'hi' } });
    expect(result.warnings).toEqual([]);
  });

  it('warns only about the people kept, not the submissions they replaced', () => {
    const form = table(FORM, [
      ['11/04/2020 09:00:00', 'a@x.example', 'A', 'Mentor', 'Astrophysics', ''],
      ['12/04/2020 09:00:00', 'a@x.example', 'A', 'Mentor', 'Physics', ''],
    ]);
    const result = normalise([form]);
    expect(result.warnings).toEqual([]);
    expect(result.duplicates).toHaveLength(1);
  });

  it('throws InputError for a mapping-file column no file has', () => {
    const form = table(['Email', 'Name', 'Role'], [['a@x.example', 'A', 'mentor']]);
    expect(() => normalise([form], { mapping: { columns: { stage: 'Grade' } } })).toThrow(InputError);
  });
});
