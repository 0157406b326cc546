import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMatch } from '../../src/commands/match.js';
import { runSchedule, type ScheduleCommandOptions } from '../../src/commands/schedule.js';
import { UsageError } from '../../src/errors.js';
import { fixture, memoryIO, tempDir } from '../helpers/memory-io.js';
import { parseEvents, readCsv } from './schedule-helpers.js';

/** `schedule` after matching: group meetings, introductions with the first meeting, and feedback kept on re-runs. */

const PEOPLE = fixture('life', 'people.csv');

let dir: string;
let cleanup: () => Promise<void>;
const inDir = (name: string) => path.join(dir, name);
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await runMatch({ inputs: [PEOPLE], output: inDir('matches.xlsx'), quiet: true }, memoryIO(dir));
  await runMatch({ inputs: [PEOPLE], output: inDir('matches.csv'), quiet: true }, memoryIO(dir));
});
afterAll(() => cleanup());

async function schedule(options: Partial<ScheduleCommandOptions>) {
  const io = memoryIO(dir);
  const outcome = await runSchedule({ matches: inDir('matches.xlsx'), start: '2027-01-04', today: '2027-01-01', count: '4', quiet: true, ...options }, io);
  return { io, outcome };
}

describe('schedule --groups', () => {
  it('plans one meeting per group with every member, and one calendar event with all of them', async () => {
    const { io } = await schedule({ groups: true, output: inDir('groups.csv'), ics: inDir('groups.ics'), roster: [PEOPLE], quiet: false });
    expect(io.err()).toContain('8 pairs (4 groups meeting together), 16 meetings (every 2 weeks from 2027-01-04, 4 per pair or group)');
    const rota = await readCsv(inDir('groups.csv'));
    expect(rota).toHaveLength(16);
    expect(new Set(rota.map((r) => r.pair_id)).size).toBe(4);
    expect(rota.every((r) => r.pair_id!.startsWith('g-') && r.mentee_email!.split('; ').length === 2)).toBe(true);
    const events = parseEvents(await readFile(inDir('groups.ics'), 'utf8'));
    expect(events).toHaveLength(16);
    expect(events.every((e) => e.attendees.length === 3)).toBe(true);
  });

  it('writes introductions with each pair\'s (or group\'s) first meeting', async () => {
    await schedule({ groups: true, output: inDir('g.csv'), intros: inDir('intros.csv'), roster: [PEOPLE] });
    const [rota, intros] = [await readCsv(inDir('g.csv')), await readCsv(inDir('intros.csv'))];
    expect(intros).toHaveLength(16);
    for (const intro of intros) {
      const first = rota.filter((r) => r.pair_id === intro.group_id).sort((a, b) => a.date!.localeCompare(b.date!))[0];
      expect(intro.first_meeting).toBe(`${first?.date} ${first?.start}`);
      expect(intro.message).toContain(`Your first meeting is on ${first?.day} `);
      expect(intro.message).toContain('You will meet as a group, together with');
      expect(intro.partner_organisation).not.toBe('');
    }
  });

  it('takes partners\' details from the workbook\'s People sheet when no --roster is given', async () => {
    const { io } = await schedule({ output: inDir('w.csv'), intros: inDir('from-workbook.csv'), quiet: false });
    expect(io.err()).not.toContain('--intros without --roster');
    expect((await readCsv(inDir('from-workbook.csv'))).every((r) => r.partner_organisation !== '')).toBe(true);
  });

  it('warns that without the roster the partners\' details stay empty, and needs --intros for a template', async () => {
    const { io } = await schedule({ matches: inDir('matches.csv'), output: inDir('p.csv'), intros: inDir('no-roster.csv'), quiet: false });
    expect(io.err()).toContain('warning: --intros without --roster');
    expect((await readCsv(inDir('no-roster.csv'))).every((r) => r.partner_organisation === '' && r.first_meeting !== '' && r.group_id === '')).toBe(true);
    await expect(schedule({ introTemplate: fixture('life', 'intro-template.txt') })).rejects.toThrow(UsageError);
    await expect(schedule({ intros: '-' })).rejects.toThrow('--intros needs a file');
  });
});

describe('schedule --rota with feedback', () => {
  it('keeps every rating and fit, past or to come, and warns of a value it cannot read with its row', async () => {
    await schedule({ output: inDir('first.csv') });
    const rows = await readCsv(inDir('first.csv'));
    const [rated, odd] = [rows[0]!, rows[1]!];
    const marked = rows.map((r) => ({
      ...r,
      status: r.date! < '2027-01-15' ? 'held' : r.status!,
      mentor_rating: r === rated ? '4' : r === odd ? 'great' : '',
      mentee_rating: r === rated ? '3' : '',
      fit: r === rated ? 'good' : '',
      // A fit written on a future meeting, still scheduled.
      ...(r.meeting_no === '3' && r.pair_id === rated.pair_id ? { fit: 'unsure' } : {}),
    }));
    await writeFile(inDir('marked.csv'), stringify(marked, { header: true }));
    const { io } = await schedule({ rota: inDir('marked.csv'), today: '2027-01-20', output: inDir('second.csv'), json: true });
    const after = await readCsv(inDir('second.csv'));
    const find = (id: string) => after.find((r) => r.meeting_id === id);
    expect(find(rated.meeting_id!)).toMatchObject({ mentor_rating: '4', mentee_rating: '3', fit: 'good', status: 'held' });
    expect(find(odd.meeting_id!)).toMatchObject({ mentor_rating: 'great' });
    expect(after.find((r) => r.pair_id === rated.pair_id && r.meeting_no === '3')?.fit).toBe('unsure');
    const oddRow = rows.indexOf(odd) + 2;
    expect(JSON.parse(io.out()).warnings).toContainEqual({
      kind: expect.any(String),
      count: 1,
      example: `${inDir('marked.csv')}, row ${oddRow}, column "mentor_rating": mentor_rating "great" is not a rating: expected 1, 2, 3 or 4; kept as written, left out of the report`,
    });
  });
});
