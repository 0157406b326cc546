import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
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

  it('quotes every kind of text as writeTables does (commas, quotes, line breaks, formulas, blanks)', async () => {
    const temp = await tempDir();
    cleanup = temp.cleanup;
    const text = fc.oneof(fc.string(), fc.constantFrom('', 'a,b', 'say "hi"', 'two\nlines', '=SUM(A1)', '+44 161', ' padded ', 'tab\there'));
    const cell = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell, cell), { maxLength: 20 }), fc.constantFrom('csv', 'tsv'), async (tuples, ext) => {
        run += 1;
        const rows = tuples.map(([a, b, c]) => ({ mentor_id: a, mentee_id: b, score: c }));
        await writeRows(join(temp.dir, `s${run}.${ext}`), sheet, rows);
        await writeTables(join(temp.dir, `w${run}.${ext}`), [{ ...sheet, rows }]);
        expect(await readFile(join(temp.dir, `s${run}.${ext}`), 'utf8')).toBe(await readFile(join(temp.dir, `w${run}.${ext}`), 'utf8'));
      }),
      { numRuns: 150 },
    );
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
