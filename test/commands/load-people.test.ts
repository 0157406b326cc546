import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPeople, normaliseTables, type LoadedPeople } from '../../src/commands/load-people.js';
import { InputError, UsageError } from '../../src/errors.js';
import { readTables } from '../../src/io/read-table.js';
import { CIVIL, CIVIL_OPTIONS, fixture, memoryIO } from '../helpers/memory-io.js';
import { allTestsInTempDir } from '../helpers/temp-dirs.js';

const RESPONSES = fixture('edumentoring', 'responses.csv');

let dir: string;
allTestsInTempDir((made) => (dir = made));

describe('normaliseTables', () => {
  it('gives what loadPeople gives for the same file, read once', async () => {
    const tables = await readTables([RESPONSES]);
    const fromTables = await normaliseTables(tables, {}, memoryIO(dir));
    const fromFile = await loadPeople({ inputs: [RESPONSES] }, memoryIO(dir));
    expect(fromTables).toEqual(fromFile);
    expect(fromTables.result.people.length).toBeGreaterThan(400);
    expect(fromTables.tables[0]).toBe(tables[0]);
  });

  it('applies the config, the mapping and --role per table as loadPeople does', async () => {
    const options = { ...CIVIL_OPTIONS, role: [...CIVIL_OPTIONS.role] };
    const fromTables = await normaliseTables(await readTables(CIVIL), options, memoryIO(dir));
    expect(fromTables).toEqual(await loadPeople({ ...options, inputs: CIVIL }, memoryIO(dir)));
    expect(fromTables.tables.map((table) => table.role)).toEqual(['mentor', 'mentee']);
    expect(fromTables.loaded.file).toBe(CIVIL_OPTIONS.config);
    expect(fromTables.mapping).toBeDefined();
  });

  it('refuses a --role count that fits neither one nor every table, with loadPeople\'s message', async () => {
    const role = ['mentor', 'mentee', 'both'] as const;
    const error = await normaliseTables(await readTables(CIVIL), { role: [...role] }, memoryIO(dir)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    await expect(loadPeople({ inputs: CIVIL, role: [...role] }, memoryIO(dir))).rejects.toThrow((error as UsageError).message);
    expect((error as UsageError).message).toMatch(/^3 --role options for 2 input files/);
  });
});

describe('loadPeople with a mapping', () => {
  it('names in its messages where a mapping with a wrong header came from: the config or the file given', async () => {
    const config = path.join(dir, 'edumentor.config.yaml');
    await writeFile(config, 'import:\n  mapping:\n    columns:\n      stage: Grade\n');
    const fromConfig = await loadPeople({ inputs: [RESPONSES], config }, memoryIO(dir)).catch((e: unknown) => e);
    expect(fromConfig).toBeInstanceOf(InputError);
    expect((fromConfig as InputError).message).toMatch(new RegExp(`^import\\.mapping in the config ${config.replaceAll('.', '\\.')} names the column "Grade"`));

    const mapping = path.join(dir, 'map.yaml');
    await writeFile(mapping, 'columns:\n  stage: Grade\n');
    const fromFile = await loadPeople({ inputs: [RESPONSES], mapping }, memoryIO(dir)).catch((e: unknown) => e);
    expect((fromFile as InputError).message).toMatch(/^the mapping file .*map\.yaml names the column "Grade"/);
  });
});

describe('loadPeople of one large delimited input', () => {
  /** A folder of its own, out of the way of the configs other tests leave in `dir`. */
  const fresh = async () => {
    const made = path.join(dir, `stream-${Math.random().toString(36).slice(2)}`);
    await mkdir(made);
    return made;
  };

  it('normalises the rows after the head as they are read, with what normalising the whole table gives', async () => {
    const cwd = await fresh();
    const whole = await normaliseTables(await readTables([RESPONSES]), {}, memoryIO(cwd));
    const streamed = await loadPeople({ inputs: [RESPONSES] }, memoryIO(cwd), undefined, 50);
    expect(streamed.result).toEqual(whole.result);
    expect(streamed.tables).toEqual([expect.objectContaining({ headers: whole.tables[0]?.headers, rows: [] })]);
  });

  it('reads the times again rather than the file when only dates further down show month first', async () => {
    const header = 'Timestamp,Email address,Full name,Are you signing up as a mentor or a mentee?';
    const rows = Array.from({ length: 80 }, (_, i) => `${i < 79 ? '03/05/2026' : '05/23/2026'} 10:00:00,p${i}@school.example,P ${i},Mentee`);
    const cwd = await fresh();
    const file = path.join(cwd, 'late-dates.csv');
    await writeFile(file, `${header}\n${rows.join('\n')}\n`);
    const { result, tables } = await loadPeople({ inputs: [file] }, memoryIO(cwd), undefined, 50);
    expect(result.people[0]?.submitted).toBe('2026-03-05T10:00:00');
    expect(result.people.at(-1)?.submitted).toBe('2026-05-23T10:00:00');
    expect(result.warnings).toEqual([]);
    expect(result).toEqual((await normaliseTables(await readTables([file]), {}, memoryIO(cwd))).result);
    expect(tables[0]).toMatchObject({ rows: [] });
  });

  it('normalises the whole table after all when it reads otherwise than the head (a column answered only further down)', async () => {
    const header = 'Email address,,Full name,Are you signing up as a mentor or a mentee?';
    const rows = Array.from({ length: 80 }, (_, i) => `p${i}@school.example,${i < 79 ? '' : 'typed here'},P ${i},Mentee`);
    const cwd = await fresh();
    const file = path.join(cwd, 'late-column.csv');
    await writeFile(file, `${header}\n${rows.join('\n')}\n`);
    const { result, tables } = await loadPeople({ inputs: [file] }, memoryIO(cwd), undefined, 50);
    expect(result.people.at(-1)?.extra).toEqual({ 'Column 2': 'typed here' });
    expect(tables[0]).toMatchObject({ rows: expect.arrayContaining([expect.objectContaining({ line: 81 })]) });
  });

  /** The same input through the stream (a head of 5 rows) and read whole first: results, or errors, alike. */
  async function bothWays(options: Parameters<typeof loadPeople>[0]) {
    const cwd = await fresh();
    const whole = await readTables(options.inputs)
      .then((tables) => normaliseTables(tables, options, memoryIO(cwd)))
      .catch((e: unknown) => e);
    const streamed = await loadPeople(options, memoryIO(cwd), undefined, 5).catch((e: unknown) => e);
    return { whole, streamed };
  }
  const mappingFile = (yaml: string) => csv('map.yaml', [yaml]);
  const csv = async (name: string, lines: string[]) => {
    const file = path.join(dir, name);
    await writeFile(file, `${lines.join('\n')}\n`);
    return file;
  };

  it('reads every row of a file without a role column on the side --role gives it', async () => {
    const file = await csv('mentors.csv', ['Email address,Full name', ...Array.from({ length: 12 }, (_, i) => `p${i}@school.example,P ${i}`)]);
    const { whole, streamed } = await bothWays({ inputs: [file], role: ['mentor'] });
    expect((streamed as LoadedPeople).result).toEqual((whole as LoadedPeople).result);
    expect((streamed as LoadedPeople).result.people).toHaveLength(12);
    expect((streamed as LoadedPeople).tables[0]).toMatchObject({ rows: [] });
  });

  it('takes a mapping naming a column that only a row after the head answers (so only then has a name)', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `p${i}@school.example,P ${i},${i === 11 ? 'Acme School' : ''},Mentee`);
    const file = await csv('late-column.csv', ['Email address,Full name,,Are you signing up as a mentor or a mentee?', ...rows]);
    const { whole, streamed } = await bothWays({ inputs: [file], mapping: await mappingFile('columns:\n  organisation: Column 3\n') });
    expect((streamed as LoadedPeople).result).toEqual((whole as LoadedPeople).result);
    expect((streamed as LoadedPeople).result.people[11]?.organisation).toBe('Acme School');
  });

  it('tells a reading error after the head (a quote never closed) before a mistake in the mapping, as reading the whole file does', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `p${i}@school.example,${i === 9 ? '"' : ''}P ${i},Mentee`);
    const file = await csv('long.csv', ['Email address,Full name,Are you signing up as a mentor or a mentee?', ...rows]);
    const mapping = await mappingFile('columns:\n  organisation: Schoool\n');
    const { whole, streamed } = await bothWays({ inputs: [file], mapping });
    expect(streamed).toEqual(whole);
    expect(streamed).toBeInstanceOf(InputError);
    expect((streamed as InputError).message).toMatch(/never closed/);
    expect((streamed as InputError).context.row).toBe(11);
    const tidy = await csv('tidy.csv', ['Email address,Full name,Are you signing up as a mentor or a mentee?', ...rows.map((row) => row.replace('"', ''))]);
    const typo = await bothWays({ inputs: [tidy], mapping });
    expect(typo.streamed).toEqual(typo.whole);
    expect((typo.streamed as InputError).message).toMatch(/names the column "Schoool"/);
  });
});
