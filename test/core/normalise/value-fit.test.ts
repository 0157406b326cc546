import { describe, expect, it } from 'vitest';
import { describeColumns } from '../../../src/core/normalise/columns.js';
import { valueFitter } from '../../../src/core/normalise/value-fit.js';
import { buildVocabularies } from '../../../src/core/normalise/vocabulary/build.js';
import { DEFAULT_STAGES } from '../../../src/core/stages.js';
import { table } from './tables.js';

const vocabularies = buildVocabularies(DEFAULT_STAGES);

/** One column of answers, described as auto-detection sees it. */
function column(answers: string[]) {
  const [described] = describeColumns(table(['Answer'], answers.map((answer) => [answer])));
  if (!described) throw new Error('no column');
  return described;
}

describe('valueFitter', () => {
  const addresses = Array.from({ length: 20 }, (_, i) => `person${i}@school.example`);

  it('counts every distinct answer a field recognises', () => {
    const fit = valueFitter(vocabularies);
    expect(fit('email', column([...addresses, 'not an address', 'n/a']))).toEqual({ recognised: 20, of: 22, noun: 'e-mail addresses' });
  });

  it('gives up, with no count, once the answers left cannot reach the share asked for', () => {
    const fit = valueFitter(vocabularies);
    const mostlyNot = column(['n/a', 'none', 'tbc', ...addresses.slice(0, 7)]);
    expect(fit('email', mostlyNot, 0.9)).toBeUndefined();
    expect(fit('email', mostlyNot, 0.95)).toBeUndefined();
    // Asked without a share, the same column is counted in full.
    expect(fit('email', mostlyNot)).toEqual({ recognised: 7, of: 10, noun: 'e-mail addresses' });
    expect(fit('email', mostlyNot, 0.5)).toEqual({ recognised: 7, of: 10, noun: 'e-mail addresses' });
  });

  it('tries no test on an answer longer than 2,000 characters (a long note), however it reads', () => {
    // A fitter counts each column once: one fitter per column here, as both are column 0.
    const week = (times: number) => Array.from({ length: times }, () => 'Monday morning').join(', ');
    expect(week(125).length).toBeLessThanOrEqual(2000);
    expect(valueFitter(vocabularies)('availability', column([week(125)]))).toEqual({ recognised: 1, of: 1, noun: 'days or times' });
    expect(week(150).length).toBeGreaterThan(2000);
    expect(valueFitter(vocabularies)('availability', column([week(150)]))).toEqual({ recognised: 0, of: 1, noun: 'days or times' });
  });

  it('gives the full count when the share is reached, a stray answer included', () => {
    const fit = valueFitter(vocabularies);
    const nearlyAll = column([...addresses.slice(0, 9), 'unknown']);
    expect(fit('email', nearlyAll, 0.9)).toEqual({ recognised: 9, of: 10, noun: 'e-mail addresses' });
    expect(fit('email', nearlyAll, 0.95)).toBeUndefined();
  });

  it('has no count for free-text fields or an empty column', () => {
    const fit = valueFitter(vocabularies);
    expect(fit('name', column(['Jo Bloggs']))).toBeUndefined();
    expect(fit('email', column(['', ' ']))).toBeUndefined();
  });
});
