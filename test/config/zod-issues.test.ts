import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatZodIssues } from '../../src/config/zod-issues.js';

const schema = z.strictObject({
  match: z.strictObject({ weights: z.strictObject({ phase: z.number() }).optional(), minScore: z.number().default(0) }).optional(),
  stages: z.array(z.strictObject({ slug: z.string() })).optional(),
});

function lines(data: unknown): string[] {
  const parsed = schema.safeParse(data, { reportInput: true });
  if (parsed.success) throw new Error('expected problems');
  return formatZodIssues(parsed.error, '', schema);
}

describe('formatZodIssues', () => {
  it('gives each issue as path: message', () => {
    expect(lines({ match: { weights: { phase: 'lots' } } })).toEqual(['match.weights.phase: Invalid input: expected number, received string']);
  });

  it('says what was found when the message does not', () => {
    const custom = z.strictObject({ phase: z.number('expected a number').min(0, 'expected 0 or more') });
    const parsed = custom.safeParse({ phase: '30' }, { reportInput: true });
    expect(parsed.success ? [] : formatZodIssues(parsed.error)).toEqual(['phase: expected a number; found "30"']);
    const negative = custom.safeParse({ phase: -5 }, { reportInput: true });
    expect(negative.success ? [] : formatZodIssues(negative.error, 'match')).toEqual(['match.phase: expected 0 or more; found -5']);
  });

  it('names the closest known key after an unknown one, or the keys known there', () => {
    expect(lines({ match: { wieghts: {} } })).toEqual(['match: Unrecognized key: "wieghts" (did you mean "weights"?)']);
    expect(lines({ stages: [{ slug: 'a', colour: 'red' }] })).toEqual(['stages.0: Unrecognized key: "colour" (known keys here: slug)']);
    expect(lines({ foo: 1 })).toEqual(['(top level): Unrecognized key: "foo" (known keys here: match, stages)']);
  });
});
