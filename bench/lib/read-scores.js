/**
 * Reads `match --scores` (mentor_id,mentee_id,score) and `match --mentors` (…,capacity,…) files
 * into the solver's CandidateTable (CSR by mentee) and each mentor's places.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';

/** { table, capacity } for `solveOptimal`; mentors in the Mentors sheet's order. */
export async function readCandidateTable(scoresFile, mentorsFile) {
  const { mentorIds, capacity } = await readMentors(mentorsFile);
  const mentorIndex = new Map(mentorIds.map((id, j) => [id, j]));
  const menteeIndex = new Map();
  let mentee = new Int32Array(1 << 20);
  let mentor = new Int32Array(1 << 20);
  let tenths = new Uint16Array(1 << 20);
  let size = 0;
  await eachDataLine(scoresFile, ['mentor_id', 'mentee_id', 'score'], (cells, line) => {
    const j = mentorIndex.get(cells[0]);
    if (j === undefined) throw new Error(`${scoresFile}:${line}: mentor ${cells[0]} is not in ${mentorsFile}`);
    if (!menteeIndex.has(cells[1])) menteeIndex.set(cells[1], menteeIndex.size);
    if (size === mentee.length) [mentee, mentor, tenths] = [mentee, mentor, tenths].map(doubled);
    mentee[size] = menteeIndex.get(cells[1]);
    mentor[size] = j;
    tenths[size] = Math.round(Number(cells[2]) * 10);
    size += 1;
  });
  return { table: toRows([...menteeIndex.keys()], mentorIds, mentee, mentor, tenths, size), capacity };
}

/** Pairs grouped by mentee (a counting sort keeps each mentee's pairs in file order). */
function toRows(menteeIds, mentorIds, mentee, mentor, tenths, size) {
  const rowStart = new Int32Array(menteeIds.length + 1);
  for (let k = 0; k < size; k += 1) rowStart[mentee[k] + 1] += 1;
  for (let e = 0; e < menteeIds.length; e += 1) rowStart[e + 1] += rowStart[e];
  const next = rowStart.slice(0, -1);
  const rowMentor = new Int32Array(size);
  const rowTenths = new Uint16Array(size);
  for (let k = 0; k < size; k += 1) {
    const at = next[mentee[k]]++;
    rowMentor[at] = mentor[k];
    rowTenths[at] = tenths[k];
  }
  return { menteeIds, mentorIds, rowStart, mentor: rowMentor, tenths: rowTenths, minTenths: 0 };
}

/** Mentor ids and places from the Mentors sheet (names may hold commas and quotes: parse it properly). */
async function readMentors(file) {
  const mentorIds = [];
  const places = [];
  for await (const row of createReadStream(file).pipe(parse({ columns: true, bom: true }))) {
    mentorIds.push(row.mentor_id);
    places.push(Math.max(0, Number(row.capacity) || 0));
  }
  if (mentorIds.length > 0 && (mentorIds[0] === undefined || places.every((p) => p === 0))) {
    throw new Error(`${file}: expected the Mentors sheet of \`edumentor match --mentors\` (mentor_id, capacity columns)`);
  }
  return { mentorIds, capacity: Int32Array.from(places) };
}

/**
 * Calls `onRow(cells, lineNumber)` for every data line of the scores file, with the `wanted`
 * columns in that order. It holds only ids and numbers, so a plain split is enough (and fast).
 */
async function eachDataLine(file, wanted, onRow) {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let columns = null;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line === '') continue;
    const cells = line.split(',');
    if (columns === null) {
      columns = wanted.map((name) => cells.indexOf(name));
      const missing = wanted.filter((_, i) => columns[i] < 0);
      if (missing.length > 0) throw new Error(`${file}: expected the column(s) ${missing.join(', ')} in the header, found ${line}`);
      continue;
    }
    onRow(columns.map((c) => cells[c]), lineNumber);
  }
}

function doubled(array) {
  const bigger = new array.constructor(array.length * 2);
  bigger.set(array);
  return bigger;
}
