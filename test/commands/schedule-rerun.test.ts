import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZipArchive } from '../../src/io/zip-archive.js';
import { eachTestInTempDir } from '../helpers/temp-dirs.js';
import { DONE_WHEN, MATCHES, readCsv, schedule } from './schedule-helpers.js';

let dir: string;
eachTestInTempDir((made) => (dir = made));
afterEach(() => vi.useRealTimers());

/** Every output of one run, into its own folder. */
async function runInto(name: string) {
  const out = (file: string) => path.join(dir, name, file);
  await schedule(dir, { ...DONE_WHEN, output: out('rota.csv'), ics: out('rota.ics'), icsDir: out('people') });
  await schedule(dir, { ...DONE_WHEN, output: out('rota.xlsx') });
  return out;
}

const XLSX_PARTS = ['[Content_Types].xml', '_rels/.rels', 'docProps/app.xml', 'xl/workbook.xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'];

async function xlsxParts(file: string): Promise<Record<string, string>> {
  const zip = await ZipArchive.open(file);
  const parts: Record<string, string> = {};
  try {
    for (const part of XLSX_PARTS) {
      const stream = await zip.text(part);
      let text = '';
      for await (const chunk of stream ?? []) text += chunk;
      parts[part] = text;
    }
  } finally {
    await zip.close();
  }
  return parts;
}

describe('schedule: re-running with the same inputs', () => {
  it('writes byte-identical CSV and .ics files, and xlsx files with the same content', async () => {
    await Promise.all(['one', 'two'].map((d) => mkdir(path.join(dir, d))));
    const [one, two] = [await runInto('one'), await runInto('two')];
    for (const file of ['rota.csv', 'rota.ics']) expect(await readFile(two(file))).toEqual(await readFile(one(file)));
    const people = await readdir(one('people'));
    expect(people).toHaveLength(13);
    expect(await readdir(two('people'))).toEqual(people);
    for (const file of people) expect(await readFile(two(`people/${file}`))).toEqual(await readFile(one(`people/${file}`)));
    // The workbook's parts match; only docProps/core.xml (created/modified) and the zip entry dates follow the clock.
    expect(await xlsxParts(two('rota.xlsx'))).toEqual(await xlsxParts(one('rota.xlsx')));
  });

  it('writes byte-identical xlsx files when the clock reads the same', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-01-01T08:00:00Z') });
    const [a, b] = [path.join(dir, 'a.xlsx'), path.join(dir, 'b.xlsx')];
    await schedule(dir, { ...DONE_WHEN, output: a });
    await schedule(dir, { ...DONE_WHEN, output: b });
    expect(await readFile(b)).toEqual(await readFile(a));
  });
});

describe('schedule --rota: carrying a previous rota over', () => {
  /** The first rota, then edited as an organiser would: early meetings held, one cancelled, a column added. */
  async function editedRota(): Promise<{ file: string; rows: Record<string, string>[] }> {
    const first = path.join(dir, 'first.csv');
    await schedule(dir, { ...DONE_WHEN, output: first });
    const rows = (await readCsv(first)).map((r): Record<string, string> => ({
      ...r,
      status: r.meeting_id === 'p02-m02' ? 'cancelled' : r.date! < '2027-01-20' ? 'held' : r.status!,
      phone: r.pair_id === 'p01' ? "'+44 7700 900123" : '',
    }));
    const file = path.join(dir, 'edited.csv');
    // A row deleted by mistake: the re-run plans it again, on the same date when the start is the same.
    await writeFile(file, stringify(rows.filter((r) => r.meeting_id !== 'p06-m05'), { header: true }));
    return { file, rows };
  }

  it('keeps held, cancelled and future meetings with their extra columns, starting from the first rota\'s Monday', async () => {
    const previous = await editedRota();
    const out = path.join(dir, 'second.csv');
    const { io, outcome } = await schedule(dir, { holidays: DONE_WHEN.holidays, rota: previous.file, today: '2027-01-20', output: out, json: true });
    const after = await readCsv(out);
    expect(outcome.rowProblems).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ carriedOver: 47, settings: { start: '2027-01-04' } });
    expect(after).toEqual(previous.rows);
    expect(after.find((r) => r.meeting_id === 'p02-m02')?.status).toBe('cancelled');
    expect(after.filter((r) => r.status === 'held')).toHaveLength(9);
    expect((await readFile(out, 'utf8')).split('\n')[0]).toMatch(/,note,mentor_rating,mentee_rating,fit,phone\r?$/);
    expect(after.find((r) => r.meeting_id === 'p01-m03')?.phone).toBe("'+44 7700 900123");
  });

  it('cancels the planned meetings of a pair no longer matched (so calendars drop them), and plans a new pair from today', async () => {
    const previous = await editedRota();
    const matches = (await readFile(MATCHES, 'utf8')).replace(/^p08,.*\n/m, '').replace(/^p07,m-kate,Kate Lewis,kate.lewis@example.org/m, 'p09,m-kate,Kate Lewis,kate.lewis@example.org');
    const changed = path.join(dir, 'matches-2.csv');
    await writeFile(changed, matches);
    const out = path.join(dir, 'second.csv');
    const { io } = await schedule(dir, { matches: changed, holidays: DONE_WHEN.holidays, rota: previous.file, today: '2027-01-20', output: out, json: true });
    const after = await readCsv(out);
    expect(after.filter((r) => r.pair_id === 'p08').map((r) => r.status)).toEqual(['held', ...Array(5).fill('cancelled')]);
    expect(after.filter((r) => r.pair_id === 'p07').map((r) => r.status)).toEqual(['held', ...Array(5).fill('cancelled')]);
    expect(after.find((r) => r.pair_id === 'p07' && r.status === 'cancelled')?.note).toBe('cancelled: the pair is no longer in the match sheet');
    const p09 = after.filter((r) => r.pair_id === 'p09');
    expect(p09).toHaveLength(6);
    expect(p09.every((r) => r.date! >= '2027-01-20')).toBe(true);
    expect(JSON.parse(io.out()).warnings).toContainEqual({
      kind: '… planned meetings (…) cancelled',
      count: 2,
      example: 'p07: 5 planned meetings (2027-01-20, 2027-02-03, 2027-02-24, 2027-03-03, 2027-03-17) cancelled: the pair is no longer in the match sheet',
    });
  });
});
