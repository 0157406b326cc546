import { describe, expect, it } from 'vitest';
import { parseConsent } from '../../../../src/core/normalise/parse/consent.js';

describe('parseConsent', () => {
  it.each(['Yes', 'yes', 'Y', 'TRUE', 'true', 'Ticked', 'I agree', 'Agree', 'I agree to my details being shared;', '✓', 'I consent'])(
    '%s gives consent',
    (text) => expect(parseConsent(text)).toBe(true),
  );
  it.each(['No', 'n', 'FALSE', 'false', 'I do not agree', "I don't agree", 'Disagree', 'No thanks'])('%s refuses', (text) =>
    expect(parseConsent(text)).toBe(false),
  );
  it('does not guess', () => {
    expect(parseConsent('maybe later')).toBeUndefined();
    expect(parseConsent('')).toBeUndefined();
  });
});
