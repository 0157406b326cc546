import { describe, expect, it } from 'vitest';
import { mappingSchema } from '../../../src/core/normalise/mapping-schema.js';
import { vocabularySchema } from '../../../src/core/normalise/vocabulary-schema.js';

describe('mappingSchema', () => {
  it('accepts columns as a header, a list or null, values and ignore', () => {
    const mapping = {
      columns: { email: 'email address', name: ['first name', 'last name'], notes: null },
      values: { stage: { SCS1: 'senior-leader' }, role: { yes: 'both', no: '' } },
      ignore: ['biography'],
    };
    expect(mappingSchema.parse(mapping)).toEqual(mapping);
  });

  it('names what is wrong: an unknown field, an empty list, a role that is none', () => {
    const issues = (value: unknown) => mappingSchema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues({ columns: { emial: 'x' } })?.[0]).toContain('emial');
    expect(issues({ columns: { name: [] } })?.[0]).toMatch(/^columns\.name/);
    expect(issues({ values: { role: { yes: 'maybe' } } })).toEqual(['values.role.yes: expected one of "mentor", "mentee", "both", "", found "maybe"']);
    expect(issues({ values: { mode: { Zoom: 'online' } } })).toBeUndefined();
    expect(issues({ colums: {} })).toHaveLength(1);
  });
});

describe('vocabularySchema', () => {
  it('accepts synonyms per field and checks the closed ones', () => {
    expect(vocabularySchema.safeParse({ subjects: { 'Maths GCSE': 'mathematics' }, role: { Buddy: 'mentor' } }).success).toBe(true);
    expect(vocabularySchema.safeParse({ role: { Buddy: 'friend' } }).success).toBe(false);
    expect(vocabularySchema.safeParse({ hobbies: {} }).success).toBe(false);
  });
});
