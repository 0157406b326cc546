import fc from 'fast-check';
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

  it('reads one address (the quick path) as the general rule does', () => {
    // The rule for any cell pair, spelt out: split both on `;`, pair them when they line up.
    const byRule = (names: string, emails: string) => {
      const addresses = emails.split(';').map((e) => e.trim().toLowerCase()).filter((e) => e !== '');
      const parts = names.split(';').map((n) => n.trim());
      return addresses.map((email, i) => ({ email, name: (parts.length === addresses.length ? parts[i] : names.trim()) || email }));
    };
    const text = fc.array(fc.constantFrom('a', 'B', ' ', ';', '@', '\t', 'É'), { maxLength: 8 }).map((units) => units.join(''));
    fc.assert(
      fc.property(text, text, (names, emails) => {
        expect(splitPeople(names, emails)).toEqual(byRule(names, emails));
      }),
    );
    expect(splitPeople('Ana; Bo', ' ')).toEqual([]);
  });
});
