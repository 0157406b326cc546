import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMatch } from '../../src/commands/match.js';
import { runSchedule } from '../../src/commands/schedule.js';
import { fixture, memoryIO } from '../helpers/memory-io.js';
import { eachTestInTempDir } from '../helpers/temp-dirs.js';

let dir: string;
eachTestInTempDir((made) => (dir = made));

describe('schedule of a match workbook', () => {
  it("takes people's free times from the workbook's People sheet when no --roster is given", async () => {
    const matches = path.join(dir, 'matches.xlsx');
    await runMatch({ inputs: [fixture('edumentoring', 'responses.csv')], output: matches, quiet: true }, memoryIO(dir));
    const io = memoryIO(dir);
    await runSchedule(
      { matches, start: '2027-01-04', today: '2027-01-01', output: path.join(dir, 'rota.csv') } as Parameters<typeof runSchedule>[0],
      io,
    );
    expect(io.err()).toContain("meetings use the mentor's times");
    expect(io.err()).not.toContain('none known for the mentor: meetings use wed-after-school; check with both\n   1');
  });
});
