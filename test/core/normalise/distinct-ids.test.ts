import { describe, expect, it } from 'vitest';
import type { Submission } from '../../../src/core/normalise/dedupe.js';
import { withDistinctIds } from '../../../src/core/normalise/distinct-ids.js';
import { personId } from '../../../src/core/normalise/parse/email.js';
import { person } from '../builders.js';

function kept(email: string, id: string, line: number): Submission {
  return { person: person({ email, id }), warnings: [], file: 'roster.csv', line, order: line, table: 0 };
}

describe('withDistinctIds', () => {
  it('leaves an id two people share with the one whose address made it, and gives the other its own, with a warning', () => {
    const jo = personId('jo@x.example');
    const result = withDistinctIds([kept('jo@x.example', jo, 2), kept('sam@x.example', jo, 3), kept('ann@x.example', 'p-0123456789', 4)]);
    expect(result.map((s) => s.person.id)).toEqual([jo, personId('sam@x.example'), 'p-0123456789']);
    expect(result[1]?.warnings.map((w) => [w.kind, w.row, w.column, w.value])).toEqual([['copied-id', 3, 'id', jo]]);
    expect(result[0]?.warnings).toEqual([]);
  });

  it('gives everyone their own id when the shared one is none of theirs', () => {
    const result = withDistinctIds([kept('jo@x.example', 'p-0123456789', 2), kept('sam@x.example', 'p-0123456789', 3)]);
    expect(result.map((s) => s.person.id)).toEqual([personId('jo@x.example'), personId('sam@x.example')]);
  });
});
