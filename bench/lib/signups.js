/**
 * A seeded generator of Google Forms sign-up exports in the shape of
 * fixtures/edumentoring/responses.csv: same header, same answers, same mess.
 */
import { createRandom } from './prng.js';
import { organisationFor } from './schools.js';
import * as v from './vocabulary.js';

/** How often each kind of mess appears (per person, or per row for blank rows). */
const MESS = {
  twitter: 0.6,
  phoneInTwitter: 1 / 3000,
  formulaName: 1 / 20000,
  focusOther: 0.04,
  twoBandsOnADay: 0.45,
  primaryAllSubjects: 0.6,
  note: 0.01,
  noConsent: 0.026,
  resubmission: 0.025,
  badEmail: 0.004,
  blankRow: 1 / 500,
};

const TEACHER_EDUCATOR = 'Teacher educator / ITE tutor';
const WINDOW_START = Date.UTC(2026, 8, 1, 7);
const WINDOW_DAYS = 45;

/**
 * `people` sign-ups as export rows `{ time, cells }` in submission order (time in ms, null for a
 * blank row), with the counts of each kind of row.
 */
export function generateSignups({ people, seed }) {
  const random = createRandom(seed);
  const rows = [];
  let resubmissions = 0;
  let badEmails = 0;
  for (let i = 0; i < people; i += 1) {
    // Whole seconds: the form records no more, and xlsx date cells would round the rest.
    const time = WINDOW_START + Math.floor(random.next() * WINDOW_DAYS * 86_400) * 1000;
    const cells = personCells(random, i);
    if (random.chance(MESS.badEmail)) {
      cells[0] = brokenEmail(random, cells[0]);
      badEmails += 1;
    } else if (random.chance(MESS.resubmission)) {
      rows.push({ time: time + random.int(3_600, 10 * 86_400) * 1000, cells: resubmitted(random, cells) });
      resubmissions += 1;
    }
    rows.push({ time, cells });
  }
  rows.sort((a, b) => a.time - b.time);
  const blankRows = insertBlankRows(random, rows);
  return { rows, counts: { people, rows: rows.length, resubmissions, badEmails, blankRows } };
}

/** The timestamp as Google Sheets shows it in a UK locale: `23/11/2026 14:03:12`. */
export function formatTimestamp(ms) {
  const d = new Date(ms);
  const two = (n) => String(n).padStart(2, '0');
  return (
    `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`
  );
}

/** Every answer after the timestamp, in header order. */
function personCells(random, i) {
  const first = random.pick(v.FIRST_NAMES);
  const last = random.pick(v.LAST_NAMES);
  const role = random.weighted(v.ROLE_WEIGHTS);
  const stage = random.weighted(v.STAGE_WEIGHTS[role]);
  const phases = random.weighted(stage === TEACHER_EDUCATOR ? v.CROSS_PHASE_WEIGHTS : v.PHASE_WEIGHTS);
  const region = random.weighted(v.REGION_WEIGHTS);
  const email = `${asciiSlug(first)}.${asciiSlug(last)}${i}@${random.pick(v.EMAIL_DOMAINS)}`;
  return [
    email,
    random.chance(MESS.formulaName) ? `=HYPERLINK("http://evil.example/${i}","${first}")` : `${first} ${last}`,
    twitterHandle(random, first, last, i),
    v.ROLE_ANSWERS[role],
    stage,
    phases,
    subjects(random, phases),
    region,
    organisationFor(random, { region, phase: phases.split(', ')[0], stage }),
    focus(random),
    random.weighted(v.MODE_WEIGHTS),
    ...v.DAYS.map((_, d) => (random.chance(v.DAY_FREE_SHARE[d]) ? bandsOnADay(random) : '')),
    role === 'mentee' ? '' : random.weighted(v.CAPACITY_WEIGHTS),
    random.chance(MESS.note) ? random.pick(v.NOTES) : '',
    random.chance(MESS.noConsent) ? '' : 'Yes',
  ];
}

function twitterHandle(random, first, last, i) {
  if (random.chance(MESS.phoneInTwitter)) return `+44 7700 900${String(random.int(0, 999)).padStart(3, '0')}`;
  // The sample's handles keep accents and spaces: "@dylanó s4".
  return random.chance(MESS.twitter) ? `@${first.toLowerCase()}${last.toLowerCase().slice(0, 3)}${i}` : '';
}

function subjects(random, phases) {
  const count = random.weighted(v.SUBJECT_COUNT_WEIGHTS);
  const primary = /Primary|Early years/.test(phases);
  if (primary && random.chance(MESS.primaryAllSubjects)) {
    return [v.PRIMARY_ALL_SUBJECTS, ...random.some(v.SUBJECTS, count - 1)].join(', ');
  }
  return random.some(v.SUBJECTS, count).join(', ');
}

function focus(random) {
  const areas = random.some(v.FOCUS_AREAS, random.weighted(v.FOCUS_COUNT_WEIGHTS));
  if (random.chance(MESS.focusOther)) areas.push(random.pick(v.FOCUS_OTHER));
  return areas.join(', ');
}

function bandsOnADay(random) {
  return random.some(v.BANDS, random.chance(MESS.twoBandsOnADay) ? 2 : 1).join(', ');
}

/** A later submission by the same person: the address in another case or padded, one answer changed. */
function resubmitted(random, cells) {
  const again = [...cells];
  again[0] = random.chance(0.5) ? cells[0].toUpperCase() : ` ${cells[0]} `;
  const changed = random.int(0, 2);
  if (changed === 0) again[7] = random.weighted(v.REGION_WEIGHTS);
  else if (changed === 1) again[10] = random.weighted(v.MODE_WEIGHTS);
  else again[11] = bandsOnADay(random);
  return again;
}

function brokenEmail(random, email) {
  const [local] = email.split('@');
  return random.pick([`${local}@`, `${local}.example.com`, '']);
}

/** Blank rows at random places, as a spreadsheet's deleted answers leave them. */
function insertBlankRows(random, rows) {
  const count = Math.round(rows.length * MESS.blankRow);
  for (let b = 0; b < count; b += 1) {
    rows.splice(random.int(1, rows.length), 0, { time: null, cells: v.HEADERS.slice(1).map(() => '') });
  }
  return count;
}

/** `Łukasz Ó Súilleabháin` → `lukasz`, `osuilleabhain`: the sample's addresses are plain ASCII. */
function asciiSlug(text) {
  return text
    .replace(/ł/gi, 'l')
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}
