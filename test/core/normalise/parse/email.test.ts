import { describe, expect, it } from 'vitest';
import { isPersonId, isValidEmail, normaliseEmail, personId } from '../../../../src/core/normalise/parse/email.js';

describe('normaliseEmail', () => {
  it('trims, lower-cases and strips mailto: and a display name', () => {
    expect(normaliseEmail('  ROSIE.AHMED49@EXAMPLE.COM ')).toBe('rosie.ahmed49@example.com');
    expect(normaliseEmail('mailto:Jo@School.example')).toBe('jo@school.example');
    expect(normaliseEmail('Jo Bloggs <jo@school.example>')).toBe('jo@school.example');
  });
});

describe('isValidEmail', () => {
  it.each(['jo@school.org.uk', 'tomasz.lewis-hamilton57@academy.example', "o'brien+tag@example.com"])('accepts %s', (email) =>
    expect(isValidEmail(email)).toBe(true),
  );
  it.each(['jo.bloggs@', '@school.org', 'jo@school', 'jo bloggs@school.org', 'jo@@school.org', 'jo..b@school.org', 'jo\\b@x.org', 'anonymous'])(
    'rejects %s',
    (email) => expect(isValidEmail(email)).toBe(false),
  );
});

describe('personId', () => {
  it('is p- and 10 hex digits of the address’s SHA-256, the same every run', () => {
    expect(personId('jo@school.example')).toMatch(/^p-[0-9a-f]{10}$/);
    expect(personId('jo@school.example')).toBe(personId('jo@school.example'));
    expect(personId('jo@school.example')).not.toBe(personId('jo@school.examples'));
    expect(isPersonId(personId('x@y.example'))).toBe(true);
    expect(isPersonId('17')).toBe(false);
  });
});
