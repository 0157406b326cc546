import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/io/ics.js';
import { readPreviousEvents } from '../../src/io/ics-previous.js';
import { rotaRow } from '../core/schedule/builders.js';
import { tempFile } from './helpers.js';

const OPTIONS = { tz: 'Europe/London', name: 'Mentoring meetings', dtstamp: new Date('2027-01-01T00:00:00Z') };

/** Each event's UID and SEQUENCE in a calendar's text. */
function sequences(text: string): Record<string, number> {
  const events = text.replace(/\r\n[ \t]/g, '').split('BEGIN:VEVENT').slice(1);
  return Object.fromEntries(events.map((e) => [/UID:(\S+)/.exec(e)?.[1], Number(/SEQUENCE:(\d+)/.exec(e)?.[1])]));
}

/** The calendar of `rows`, written over the one in `file` as a re-run writes it. */
async function rewrite(file: string, rows: Parameters<typeof buildCalendar>[0], dtstamp = OPTIONS.dtstamp) {
  const text = buildCalendar(rows, { ...OPTIONS, dtstamp, previous: await readPreviousEvents(file) });
  return { text, file: await tempFile('rota.ics', text) };
}

describe('SEQUENCE across runs (readPreviousEvents)', () => {
  const first = [rotaRow(), rotaRow({ meeting_no: 2, meeting_id: 'p1-m02', date: '2027-01-19' })];

  it('keeps an unchanged event\'s SEQUENCE and raises a changed one\'s, each time it changes', async () => {
    const start = await tempFile('rota.ics', buildCalendar(first, OPTIONS));
    // Planned again on another day, its status still scheduled: the status alone would have left it at 0.
    const replanned = [first[0]!, { ...first[1]!, date: '2027-01-26' }];
    const second = await rewrite(start, replanned, new Date('2027-01-20T00:00:00Z'));
    expect(sequences(second.text)).toEqual({ 'p1-m01@edumentor': 0, 'p1-m02@edumentor': 1 });
    // The same again (another day's DTSTAMP): nothing changed, so nothing rises, and the text is the same but for DTSTAMP.
    const again = await rewrite(second.file, replanned, new Date('2027-01-21T00:00:00Z'));
    expect(sequences(again.text)).toEqual(sequences(second.text));
    const cancelled = await rewrite(again.file, [first[0]!, { ...replanned[1]!, status: 'cancelled' }]);
    expect(sequences(cancelled.text)['p1-m02@edumentor']).toBe(2);
    // Reinstated: higher still, not back to 0, so the calendar takes it.
    const reinstated = await rewrite(cancelled.file, replanned);
    expect(sequences(reinstated.text)['p1-m02@edumentor']).toBe(3);
  });

  it('starts from the status when there is no earlier calendar, or it is none edumentor could read', async () => {
    expect(await readPreviousEvents('/no/such/calendar.ics')).toEqual(new Map());
    const notACalendar = await tempFile('notes.ics', 'just some notes\r\n');
    expect(await readPreviousEvents(notACalendar)).toEqual(new Map());
    const moved = [{ ...first[0]!, status: 'moved' }];
    expect(sequences(buildCalendar(moved, { ...OPTIONS, previous: await readPreviousEvents(notACalendar) }))).toEqual({ 'p1-m01@edumentor': 1 });
  });

  it('reads folded lines as one, so a long event that did not change keeps its SEQUENCE', async () => {
    const long = rotaRow({ note: 'a long note '.repeat(20), mentor_name: 'Zoë Brontë-Łukasiewicz' });
    const start = await tempFile('rota.ics', buildCalendar([long], OPTIONS));
    const replanned = await rewrite(start, [{ ...long, date: '2027-01-12' }]);
    expect(replanned.text).toMatch(/\r\n /);
    expect(sequences(replanned.text)).toEqual({ 'p1-m01@edumentor': 1 });
    // Read back folded, it says the same: 1 stays 1 (a misread would give a new event, 0, or a change, 2).
    expect(sequences((await rewrite(replanned.file, [{ ...long, date: '2027-01-12' }])).text)).toEqual({ 'p1-m01@edumentor': 1 });
  });
});
