import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { parseBands, parseDuration, parseEvery, parseTimeZone, parseWholeNumber } from '../../../src/core/schedule/options.js';

describe('parseEvery', () => {
  it('reads weeks and months', () => {
    expect(parseEvery('2w')).toEqual({ unit: 'week', weeks: 2 });
    expect(parseEvery(' 4W ')).toEqual({ unit: 'week', weeks: 4 });
    expect(parseEvery('fortnightly')).toEqual({ unit: 'week', weeks: 2 });
    expect(parseEvery('month')).toEqual({ unit: 'month' });
  });

  it('says what it expects', () => {
    expect(() => parseEvery('0w')).toThrow(UsageError);
    expect(() => parseEvery('2d')).toThrow(/--every expects .*1w, 2w.*month; found "2d"/);
  });
});

describe('parseDuration', () => {
  it('reads minutes and hours', () => {
    expect(parseDuration('45m')).toBe(45);
    expect(parseDuration('1h')).toBe(60);
    expect(parseDuration('1h30m')).toBe(90);
    expect(parseDuration('90')).toBe(90);
    expect(parseDuration(30)).toBe(30);
  });

  it('refuses nonsense and extremes', () => {
    for (const bad of ['', 'h', '0m', '2', '9h', 'soon']) expect(() => parseDuration(bad)).toThrow(UsageError);
    expect(() => parseDuration('soon')).toThrow(/like 45m, 1h or 1h30m.*found "soon"/);
  });
});

describe('parseBands', () => {
  it('overrides the default times', () => {
    expect(parseBands('after-school=15:30,evening=18:45')).toEqual({
      morning: 465,
      lunch: 750,
      'after-school': 930,
      evening: 1125,
    });
    expect(parseBands({ 'After school': '16:15' })['after-school']).toBe(975);
  });

  it('names the bad band or time', () => {
    expect(() => parseBands('brunch=10:00')).toThrow(/"brunch" is not a band/);
    expect(() => parseBands('lunch=noon')).toThrow(/"noon" for lunch is not a time/);
    expect(() => parseBands('lunch')).toThrow(/morning=07:45,lunch=12:30,after-school=16:00,evening=19:00/);
  });
});

describe('other options', () => {
  it('checks whole numbers and time zones', () => {
    expect(parseWholeNumber('6', '--count', 1, 200)).toBe(6);
    expect(() => parseWholeNumber('six', '--count', 1, 200)).toThrow(/--count expects a whole number from 1 to 200; found "six"/);
    expect(parseTimeZone('Europe/London')).toBe('Europe/London');
    expect(() => parseTimeZone('Mars/Olympus')).toThrow(UsageError);
  });
});
