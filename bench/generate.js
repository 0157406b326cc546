/**
 * Writes one generated sign-up export: node bench/generate.js --people 1250 [--seed 2026] -o out.csv|out.xlsx
 */
import { parseArgs } from 'node:util';
import { generateSignups } from './lib/signups.js';
import { writeExportCsv, writeExportXlsx } from './lib/write-export.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '1250' },
    seed: { type: 'string', default: '2026' },
    output: { type: 'string', short: 'o' },
  },
});
if (!values.output) {
  console.error('usage: node bench/generate.js --people N [--seed S] -o FILE.csv|FILE.xlsx');
  process.exitCode = 2;
} else {
  const { rows, counts } = generateSignups({ people: Number(values.people), seed: Number(values.seed) });
  await (values.output.endsWith('.xlsx') ? writeExportXlsx : writeExportCsv)(values.output, rows);
  console.error(`wrote ${values.output}: ${JSON.stringify(counts)}`);
}
