import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { configSchema } from '../../../src/config/schema.js';
import { stagesOf } from '../../../src/config/stages-of.js';
import type { Person, Table } from '../../../src/core/types.js';
import { normalise, type ImportResult } from '../../../src/core/normalise/index.js';
import { mappingSchema } from '../../../src/core/normalise/mapping-schema.js';
import { csvTable, xlsxTable } from './tables.js';

const FIXTURES = new URL('../../../fixtures/', import.meta.url).pathname;
const byEmail = (result: ImportResult, email: string): Person => {
  const found = result.people.find((p) => p.email === email);
  if (!found) throw new Error(`${email} not imported`);
  return found;
};
const count = <T>(values: readonly T[]) => {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return Object.fromEntries(counts);
};

describe('edumentoring 2020 (Google Sheets CSV, one form for both sides)', () => {
  let result: ImportResult;
  beforeAll(() => {
    result = normalise([csvTable(`${FIXTURES}edumentoring/responses.csv`)]);
  });

  it('turns 417 rows into 404 people, 10 duplicates, 2 rejected and 1 blank', () => {
    expect(result.files).toEqual([{ file: 'responses.csv', rows: 417, people: 404, duplicates: 10, rejected: 2, blank: 1 }]);
    expect(result.people).toHaveLength(404);
  });

  it('rejects the row with no address and the one with a bad address, saying where', () => {
    expect(result.rejected.map((r) => [r.row, r.column, r.value])).toEqual([
      [415, 'Email address', ''],
      [416, 'Email address', 'jo.bloggs@'],
    ]);
  });

  it('treats resubmissions differing only in address case or spaces as duplicates, keeping the later one', () => {
    const rosie = result.duplicates.find((d) => d.email === 'rosie.ahmed49@example.com');
    expect(rosie).toMatchObject({ row: 51, kept_row: 405, submitted: '2020-04-15T19:37:35' });
    expect(result.duplicates.every((d) => d.kept_row > 400 && d.row < d.kept_row)).toBe(true);
    expect(byEmail(result, 'dylan.robinson23@example.org').submitted).toBe('2020-05-15T15:37:25');
  });

  it('keeps the multi-line note and formula-like cells verbatim', () => {
    expect(byEmail(result, 'multi.line@example.org').notes).toBe('I work part-time (Mon-Wed).\nPlease email, not phone, "thanks"!');
    expect(byEmail(result, 'formula.person@example.org').name).toBe('=HYPERLINK("http://evil.example/x","Click me")');
    expect(byEmail(result, 'plus.person@example.org').extra).toEqual({ 'Twitter handle (optional)': '+44 7700 900123' });
  });

  it('reads day-first timestamps, roles, stages, the grid of days and capacities', () => {
    expect(byEmail(result, 'kerin.wood2@example.com')).toMatchObject({
      submitted: '2020-04-11T13:19:45',
      role: 'both',
      stage: 'ect',
      phases: ['post-16'],
      subjects: ['biology', 'history', 'science'],
      mode: 'online',
      availability: ['mon-lunch', 'fri-lunch', 'fri-evening'],
      capacity: 2,
    });
    expect(byEmail(result, 'dylan.osuilleabhain4@example.net').stage).toBe('middle-leader');
    expect(count(result.people.map((p) => p.role))).toEqual({ mentee: 202, mentor: 181, both: 21 });
    expect(result.people.every((p) => p.stage !== '' && p.region !== '' && p.phases.length > 0)).toBe(true);
    expect(result.people.filter((p) => p.role === 'mentee').every((p) => p.capacity === null)).toBe(true);
    expect(new Set(result.people.filter((p) => p.role !== 'mentee').map((p) => p.capacity))).toEqual(new Set([1, 2, 3]));
  });

  it('keeps an option with commas whole and "Other: …" answers as slugs with a warning', () => {
    expect(byEmail(result, 'kerin.patel16@school.example').subjects).toEqual(['history', 'pshe']);
    expect(byEmail(result, 'emily.wilson1@academy.example').focus).toEqual(['assessment', 'moving-into-senco-role-not-sure-yet', 'research']);
    expect(new Set(result.warnings.map((w) => w.kind))).toEqual(new Set(['unknown-focus']));
    expect(new Set(result.warnings.map((w) => w.value))).toEqual(
      new Set(['Other: Moving into SENCo role, not sure yet', 'Other: EAL learners', 'Other: Returning after maternity leave']),
    );
  });

  it('reads a blank consent answer as no consent', () => {
    expect(byEmail(result, 'lily.taylor146@example.com').consent).toBe(false);
    expect(result.people.filter((p) => !p.consent)).toHaveLength(10);
  });

  it('keeps only the Twitter column in extra', () => {
    expect(result.mappings[0]?.extra).toEqual(['Twitter handle (optional)']);
    expect(result.mappings[0]?.fields.find((f) => f.field === 'availability')?.columns).toHaveLength(7);
  });
});

describe('STEP (the Forms download, one file per side)', () => {
  let result: ImportResult;
  beforeAll(() => {
    const mentors: Table = { ...csvTable(`${FIXTURES}step/mentors.csv`), role: 'mentor' };
    const mentees: Table = { ...csvTable(`${FIXTURES}step/mentees.csv`), role: 'mentee' };
    result = normalise([mentors, mentees]);
  });

  it('imports 25 mentors and 40 mentees, with no warnings', () => {
    expect(count(result.people.map((p) => p.role))).toEqual({ mentor: 25, mentee: 40 });
    expect(result.warnings).toEqual([]);
    expect(result.files.map((f) => [f.file, f.people])).toEqual([['mentors.csv', 25], ['mentees.csv', 40]]);
  });

  it('reads Username as the address, job titles as stages, counties as regions and keeps the offset', () => {
    expect(byEmail(result, 'oscar.osuilleabhain.mentor0@academy.example')).toMatchObject({
      name: 'Oscar Ó Súilleabháin',
      stage: 'teacher-educator',
      subjects: ['history'],
      focus: ['curriculum', 'mentoring', 'send'],
      region: 'cornwall',
      mode: 'in-person',
      consent: true,
      submitted: '2026-10-02T00:00:00+01:00',
      extra: { 'Years in teacher education': '20' },
    });
    expect(result.people.every((p) => p.stage === 'teacher-educator')).toBe(true);
    expect(new Set(result.people.map((p) => p.region))).toEqual(new Set(['cornwall', 'somerset', 'devon', 'wiltshire', 'dorset', 'gloucestershire', 'bristol']));
  });
});

describe('HLTA peer mentoring (Microsoft Forms xlsx)', () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = normalise([await xlsxTable(`${FIXTURES}hlta/responses.xlsx`)]);
  });

  it('imports 120 people with no warnings, from the work e-mail and full name columns', () => {
    expect(result.people).toHaveLength(120);
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(byEmail(result, 'zhughes0@wigan.sch.example').name).toBe('Zoë Hughes');
  });

  it('reads the role and the stage from "I am applying as"', () => {
    expect(count(result.people.map((p) => `${p.role} ${p.stage}`))).toEqual({ 'mentor hlta': 39, 'mentee ta': 81 });
  });

  it('reads completion times, meeting days, local authorities and capacities', () => {
    expect(byEmail(result, 'zhughes0@wigan.sch.example')).toMatchObject({
      submitted: '2026-09-07T09:24:00',
      region: 'bolton',
      phases: ['primary'],
      focus: ['assessment', 'planning'],
      capacity: 1,
      availability: ['mon', 'wed', 'thu'].flatMap((d) => ['morning', 'lunch', 'after-school', 'evening'].map((b) => `${d}-${b}`)),
      extra: { ID: '1', 'Start time': '2026-09-07T09:21:00', Email: 'anonymous', Name: '', 'Years working in schools': '19' },
    });
    expect(result.people.every((p) => p.submitted !== '' && p.availability.length > 0)).toBe(true);
  });
});

describe('Civil Service mentor-match sample (mapping file and own ladder)', () => {
  let result: ImportResult;
  beforeAll(() => {
    const mapping = mappingSchema.parse(parseYaml(readFileSync(`${FIXTURES}civil-service/mapping.yaml`, 'utf8')));
    const config = configSchema.parse(parseYaml(readFileSync(`${FIXTURES}civil-service/edumentor.config.yaml`, 'utf8')));
    const mentors: Table = { ...csvTable(`${FIXTURES}civil-service/mentors.csv`), role: 'mentor' };
    const mentees: Table = { ...csvTable(`${FIXTURES}civil-service/mentees.csv`), role: 'mentee' };
    result = normalise([mentors, mentees], { mapping, stages: stagesOf(config) });
  });

  it('imports all 1000 people, "both mentor and mentee: yes" making them both', () => {
    expect(result.people).toHaveLength(1000);
    expect(result.warnings).toEqual([]);
    expect(count(result.people.map((p) => p.role))).toEqual({ mentor: 242, both: 258 + 242, mentee: 258 });
  });

  it('joins first and last names, reads grades on the ladder and departments as organisations', () => {
    expect(byEmail(result, 'mentor.002@gov.uk')).toMatchObject({ name: 'mentor 002', role: 'both', stage: 'g7', organisation: 'Department of Love', capacity: 1 });
    expect(byEmail(result, 'mentee.003@gov.uk')).toMatchObject({ role: 'mentee', stage: 'ao', capacity: null });
    expect(new Set(result.people.map((p) => p.stage))).toEqual(new Set(['aa', 'ao', 'eo', 'heo', 'seo', 'g7', 'g6', 'scs1', 'scs2', 'scs3', 'scs4']));
  });

  it('stops with an InputError naming the yes/no column when no --role or mapping file says the side', () => {
    expect(() => normalise([csvTable(`${FIXTURES}civil-service/mentors.csv`)])).toThrow(
      /no column says who is a mentor and who a mentee.*did you mean "both mentor and mentee"\? Pass --role/,
    );
  });

  it('keeps the other columns in extra and leaves the ignored biography out', () => {
    expect(Object.keys(byEmail(result, 'mentor.000@gov.uk').extra)).toEqual(['job title', 'profession', 'characteristics']);
    expect(result.mappings[0]?.ignored).toEqual(['biography']);
  });
});
