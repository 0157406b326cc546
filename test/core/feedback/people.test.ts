import { describe, expect, it } from 'vitest';
import { splitPeople } from '../../../src/core/feedback/people.js';

describe('splitPeople', () => {
  it('splits a group\'s joined names and addresses, lower-casing the addresses', () => {
    expect(splitPeople('Eve Hughes; Gita Rao', 'Eve@x.org; gita@x.org')).toEqual([
      { name: 'Eve Hughes', email: 'eve@x.org' },
      { name: 'Gita Rao', email: 'gita@x.org' },
    ]);
  });

  it('gives one person back as they are, and the whole name when names and addresses do not line up', () => {
    expect(splitPeople('Ana', 'ana@x.org')).toEqual([{ name: 'Ana', email: 'ana@x.org' }]);
    expect(splitPeople('The Smiths', 'a@x.org;b@x.org;')).toEqual([
      { name: 'The Smiths', email: 'a@x.org' },
      { name: 'The Smiths', email: 'b@x.org' },
    ]);
    expect(splitPeople('', 'c@x.org')).toEqual([{ name: 'c@x.org', email: 'c@x.org' }]);
  });
});
