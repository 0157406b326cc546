import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstMeetingMonday, scheduleConfigOf } from '../../src/commands/schedule-settings.js';
import { rotaRow } from '../core/schedule/builders.js';

describe('scheduleConfigOf', () => {
  it('puts the command line over the config section, key by key', () => {
    const merged = scheduleConfigOf({ every: '3w', count: 4, tz: 'Europe/Dublin', bankHolidays: false }, undefined, { count: '8', bankHolidays: true });
    expect(merged).toEqual({ every: '3w', count: '8', tz: 'Europe/Dublin', bankHolidays: true });
  });

  it('reads holiday files of the config relative to the config file, and lets the command line replace them', () => {
    const config = path.resolve('/schemes/hlta/edumentor.config.yaml');
    expect(scheduleConfigOf({ holidays: ['term.ics', '/shared/inset.csv'] }, config, {}).holidays).toEqual([
      path.resolve('/schemes/hlta/term.ics'),
      path.resolve('/shared/inset.csv'),
    ]);
    expect(scheduleConfigOf({ holidays: 'term.ics' }, config, { holidays: ['mine.csv'] }).holidays).toEqual(['mine.csv']);
    expect(scheduleConfigOf({ holidays: 'term.ics' }, config, { holidays: [] }).holidays).toEqual([path.resolve('/schemes/hlta/term.ics')]);
  });

  it('starts a re-run on the Monday of the previous rota\'s first meeting unless a start is given', () => {
    const previous = [rotaRow({ date: '2027-02-03' }), rotaRow({ date: '2027-01-07', meeting_no: 2 })];
    expect(scheduleConfigOf({}, undefined, {}, previous).start).toBe('2027-01-04');
    expect(scheduleConfigOf({ start: '2027-01-11' }, undefined, {}, previous).start).toBe('2027-01-11');
    expect(scheduleConfigOf({}, undefined, { start: '2027-01-18' }, previous).start).toBe('2027-01-18');
    expect(scheduleConfigOf({}, undefined, {}, []).start).toBeUndefined();
  });
});

describe('firstMeetingMonday', () => {
  it('is the Monday on or before the earliest date', () => {
    expect(firstMeetingMonday([rotaRow({ date: '2027-01-04' })])).toBe('2027-01-04');
    expect(firstMeetingMonday([rotaRow({ date: '2027-01-10' }), rotaRow({ date: '2027-03-01' })])).toBe('2027-01-04');
    expect(firstMeetingMonday([])).toBeUndefined();
  });

  it('finds it among a national rota, more meetings than a function call takes arguments', () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => rotaRow({ date: i === 123_456 ? '2027-01-06' : '2027-02-10' }));
    expect(firstMeetingMonday(rows)).toBe('2027-01-04');
  });
});
