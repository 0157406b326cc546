/** The generated exports the bench reads, made once per size and seed and kept in bench/data/. */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSignups } from './signups.js';
import { writeExportCsv, writeExportXlsx } from './write-export.js';

const LIB = fileURLToPath(new URL('.', import.meta.url));
/** A change to any of these makes the cached exports stale. */
const GENERATOR_FILES = ['signups.js', 'vocabulary.js', 'schools.js', 'prng.js', 'write-export.js'].map((f) => join(LIB, f));

/**
 * The .csv and .xlsx export of `people` sign-ups under `dataDir`, generated unless an up-to-date
 * copy is there: { csv, xlsx, counts }.
 */
export async function ensureDataset({ dataDir, people, seed, log }) {
  mkdirSync(dataDir, { recursive: true });
  const base = join(dataDir, `signups-${people}-seed${seed}`);
  const files = { csv: `${base}.csv`, xlsx: `${base}.xlsx`, counts: `${base}.json` };
  if (isFresh(Object.values(files))) {
    return { csv: files.csv, xlsx: files.xlsx, counts: JSON.parse(readFileSync(files.counts, 'utf8')) };
  }
  log(`generating ${people.toLocaleString('en-GB')} sign-ups (seed ${seed})…`);
  const { rows, counts } = generateSignups({ people, seed });
  await writeExportCsv(files.csv, rows);
  log(`writing the same rows as .xlsx…`);
  await writeExportXlsx(files.xlsx, rows);
  counts.csvBytes = statSync(files.csv).size;
  counts.xlsxBytes = statSync(files.xlsx).size;
  // The counts file is written last: a run stopped half-way leaves a set that is not fresh.
  writeFileSync(files.counts, `${JSON.stringify(counts, null, 2)}\n`);
  return { csv: files.csv, xlsx: files.xlsx, counts };
}

function isFresh(paths) {
  if (!paths.every((p) => existsSync(p))) return false;
  const madeAt = Math.min(...paths.map((p) => statSync(p).mtimeMs));
  return GENERATOR_FILES.every((f) => statSync(f).mtimeMs < madeAt);
}
