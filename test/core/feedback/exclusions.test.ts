import { describe, expect, it } from 'vitest';
import { exclusionWarnings, mergeExclusions } from '../../../src/core/feedback/exclusions.js';

describe('mergeExclusions', () => {
  it('lists each pair once with the first reason given, sorted by mentee then mentor, leaving out rows without both addresses', () => {
    const listed = [
      { mentor_email: 'Ana@x.org', mentee_email: 'zoe@x.org', reason: ' same family ' },
      { mentor_email: 'ben@x.org', mentee_email: '', reason: 'half a pair' },
    ];
    const released = [
      { mentor_email: 'ana@x.org', mentee_email: 'ZOE@x.org', reason: 'marked not-a-fit in the rota on 2027-01-20' },
      { mentor_email: 'cat@x.org', mentee_email: 'bob@x.org', reason: 'marked not-a-fit in the rota on 2027-01-21' },
    ];
    expect(mergeExclusions(listed, released)).toEqual([
      { mentor_email: 'cat@x.org', mentee_email: 'bob@x.org', reason: 'marked not-a-fit in the rota on 2027-01-21' },
      { mentor_email: 'ana@x.org', mentee_email: 'zoe@x.org', reason: 'same family' },
    ]);
  });
});

describe('exclusionWarnings', () => {
  it('names each address of a list that is not on the roster, for which the exclusion does nothing', () => {
    const rows = [
      { mentor_email: 'ana@oak.example', mentee_email: 'eve@rowan.example', reason: '' },
      { mentor_email: 'ana@oak.exmaple', mentee_email: 'Gita@maple.example', reason: '' },
      { mentor_email: 'zed@x.example', mentee_email: 'yan@x.example', reason: '' },
    ];
    const emails = new Set(['ana@oak.example', 'eve@rowan.example', 'gita@maple.example']);
    expect(exclusionWarnings(rows, emails, 'ex.csv')).toEqual([
      'ex.csv: "ana@oak.exmaple" is not on the roster, so excluding ana@oak.exmaple with Gita@maple.example does nothing: check the spelling',
      'ex.csv: "zed@x.example" and "yan@x.example" are not on the roster, so excluding zed@x.example with yan@x.example does nothing: check the spelling',
    ]);
  });
});
