import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatherExclusions } from '../../src/commands/match-exclusions.js';
import { InputError } from '../../src/errors.js';
import { writeTables } from '../../src/io/write-table.js';
import { allTestsInTempDir } from '../helpers/temp-dirs.js';

let dir: string;
allTestsInTempDir((made) => (dir = made));

const file = (name: string) => path.join(dir, name);
const ROTA_HEADER = 'meeting_id,pair_id,meeting_no,date,start,end,mentor_name,mentor_email,mentee_name,mentee_email,status,fit';

describe('gatherExclusions', () => {
  it('joins the exclusion list, the kept workbook\'s Exclusions sheet and the rota\'s not-a-fit pairs, each pair once', async () => {
    await writeFile(file('exclude.csv'), 'mentor_email,mentee_email\nAna@x.org,zoe@x.org\nben@x.org,cat@x.org\n');
    await writeTables(file('kept.xlsx'), [
      { name: 'Matches', columns: ['mentor_email', 'mentee_email'], rows: [{ mentor_email: 'ana@x.org', mentee_email: 'bob@x.org' }] },
      { name: 'Exclusions', columns: ['mentor_email', 'mentee_email', 'reason'], rows: [{ mentor_email: 'ben@x.org', mentee_email: 'cat@x.org', reason: 'marked not-a-fit in the rota on 2026-12-01' }] },
    ]);
    await writeFile(
      file('rota.csv'),
      `${ROTA_HEADER}\np1-m01,p1,1,2027-01-20,16:00,16:45,Ana,ana@x.org,Bob,bob@x.org,held,not-a-fit\np1-m02,p1,2,2027-02-03,16:00,16:45,Ana,ana@x.org,Bob,bob@x.org,scheduled,maybe\n`,
    );
    const gathered = await gatherExclusions({ exclude: file('exclude.csv'), keep: file('kept.xlsx'), rota: file('rota.csv') });
    expect(gathered.rows).toEqual([
      { mentor_email: 'ana@x.org', mentee_email: 'bob@x.org', reason: 'marked not-a-fit in the rota on 2027-01-20' },
      { mentor_email: 'ben@x.org', mentee_email: 'cat@x.org', reason: 'listed in exclude.csv' },
      { mentor_email: 'ana@x.org', mentee_email: 'zoe@x.org', reason: 'listed in exclude.csv' },
    ]);
    expect(gathered.pairs).toContainEqual({ mentorEmail: 'ana@x.org', menteeEmail: 'bob@x.org' });
    expect(gathered.releases.map((r) => [r.menteeName, r.date])).toEqual([['Bob', '2027-01-20']]);
    expect(gathered.warnings).toEqual([`${file('rota.csv')}, row 3, column "fit": fit "maybe" is not one of good, unsure, not-a-fit; kept as written, left out of the report`]);
  });

  it('reads a match workbook given as the exclusion list by its Exclusions sheet, and refuses one without', async () => {
    const withList = await gatherExclusions({ exclude: file('kept.xlsx') });
    expect(withList.rows).toEqual([{ mentor_email: 'ben@x.org', mentee_email: 'cat@x.org', reason: 'marked not-a-fit in the rota on 2026-12-01' }]);
    await writeTables(file('plain.xlsx'), [
      { name: 'Matches', columns: ['mentor_email', 'mentee_email'], rows: [] },
      { name: 'Settings', columns: ['setting', 'value'], rows: [] },
    ]);
    await expect(gatherExclusions({ exclude: file('plain.xlsx') })).rejects.toThrow(/expected an exclusion list: .*this workbook has "Matches", "Settings"/);
    await writeFile(file('wrong.csv'), 'mentor,mentee\na@x.org,b@x.org\n');
    await expect(gatherExclusions({ exclude: file('wrong.csv') })).rejects.toThrow(InputError);
    expect((await gatherExclusions({ keep: file('exclude.csv') })).rows).toEqual([]);
  });
});
