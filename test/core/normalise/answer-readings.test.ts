import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availabilityReading, setReading, slotsOf } from '../../../src/core/normalise/answer-readings.js';
import { parseAvailability } from '../../../src/core/normalise/parse/availability.js';
import { SLOTS } from '../../../src/core/types.js';
import { DEFAULT_STAGES } from '../../../src/core/stages.js';
import { buildVocabularies } from '../../../src/core/normalise/vocabulary/build.js';

const vocabularies = buildVocabularies(DEFAULT_STAGES);

describe('setReading', () => {
  it('reads every answer of a cell, and the known slugs sorted once', () => {
    expect(setReading('Science, Maths, Other: Forest school', vocabularies.subjects)).toEqual({
      answers: [
        { answer: 'Science', known: true, slug: 'science' },
        { answer: 'Maths', known: true, slug: 'mathematics' },
        { answer: 'Other: Forest school', known: false, slug: 'forest-school' },
      ],
      allKnown: false,
      slugs: ['mathematics', 'science'],
    });
    expect(setReading('', vocabularies.subjects)).toEqual({ answers: [], allKnown: true, slugs: [] });
  });
});

describe('availability as bits', () => {
  it('gives back the slots parseAvailability reads, in SLOTS order, from any joined cells', () => {
    const piece = fc.constantFrom('Monday', 'Tue evening', 'weekends', 'after school', 'Lunchtime', 'mornings', 'any time', 'never');
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 3 }).map((p) => p.join(', ')), { maxLength: 3 }), (cells) => {
        const mask = cells.reduce((bits, cell) => bits | availabilityReading(cell, undefined).mask, 0);
        const slots = new Set(cells.flatMap((cell) => parseAvailability(cell).slots));
        expect(slotsOf(mask)).toEqual(SLOTS.filter((slot) => slots.has(slot)));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same list for the same slots, so that people free at the same times share it', () => {
    const mask = availabilityReading('Monday and Wednesday evenings', undefined).mask;
    expect(slotsOf(mask)).toBe(slotsOf(mask));
    expect(slotsOf(0)).toEqual([]);
  });

  it('reads a roster list of slot slugs by look-up exactly as the parser reads it, wherever the column sits', () => {
    const slot = fc.constantFrom(...SLOTS);
    const space = fc.constantFrom('', ' ', '  ');
    const list = fc.array(fc.tuple(space, slot, space), { minLength: 1, maxLength: 10 }).map((pieces) => pieces.map((p) => p.join('')).join(';'));
    const position = fc.constantFrom(undefined, {}, { day: 'wed' as const }, { band: 'evening' as const });
    fc.assert(
      fc.property(list, position, (cell, at) => {
        const parsed = parseAvailability(cell, at ?? {});
        expect(availabilityReading(cell, at)).toEqual({ ...parsed, mask: SLOTS.reduce((bits, s, i) => (parsed.slots.includes(s) ? bits | (1 << i) : bits), 0) });
      }),
    );
    expect(availabilityReading('mon-morning; sun-evening', undefined).slots).toEqual(['mon-morning', 'sun-evening']);
  });
});
