import { describe, expect, it } from 'vitest';
import { mergeExclusions } from '../../../src/core/feedback/exclusions.js';

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
