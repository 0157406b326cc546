import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeRows } from '../../src/io/write-rows.js';
import { writeTables } from '../../src/io/write-table.js';
import { tempDir } from '../helpers/memory-io.js';

const sheet = { name: 'Scores', columns: ['mentor_id', 'mentee_id', 'score'] };
function* rows(count: number) {
  for (let r = 0; r < count; r += 1) yield { mentor_id: `m${r % 7}`, mentee_id: r % 5 === 0 ? '=cmd()' : `e${r}`, score: r / 10 };
}

describe('writeRows', () => {
  let cleanup: () => Promise<void> = async () => undefined;
  afterEach(() => cleanup());

  it('streams CSV and TSV exactly as writeTables writes the same rows, over many batches', async () => {
    const temp = await tempDir();
    cleanup = temp.cleanup;
    for (const ext of ['csv', 'tsv']) {
      await writeRows(join(temp.dir, `streamed.${ext}`), sheet, rows(10_000));
      await writeTables(join(temp.dir, `whole.${ext}`), [{ ...sheet, rows: [...rows(10_000)] }]);
      const streamed = await readFile(join(temp.dir, `streamed.${ext}`), 'utf8');
      expect(streamed).toBe(await readFile(join(temp.dir, `whole.${ext}`), 'utf8'));
      expect(streamed.split('\n')).toHaveLength(10_002);
    }
  });

  it('writes the header alone for no rows, and JSON through writeTables', async () => {
    const temp = await tempDir();
    cleanup = temp.cleanup;
    await writeRows(join(temp.dir, 'empty.csv'), sheet, rows(0));
    expect(await readFile(join(temp.dir, 'empty.csv'), 'utf8')).toBe('mentor_id,mentee_id,score\n');
    await writeRows(join(temp.dir, 'few.json'), sheet, rows(2));
    expect(JSON.parse(await readFile(join(temp.dir, 'few.json'), 'utf8'))).toHaveLength(2);
  });
});
